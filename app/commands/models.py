"""`officina models list [--verify]` and `officina models install [ID ...]`."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from typing import TextIO

_LOGGER = logging.getLogger(__name__)


class ProgressBar:
    """A one-line text progress bar on stderr, fed with (bytes done, bytes total)."""

    def __init__(self, label: str, *, stream: TextIO | None = None, width: int = 30) -> None:
        self._label = label
        self._stream = stream or sys.stderr
        self._width = width
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        # On a terminal redraw at most 10 times a second; in a log file, one line per quarter.
        interval = 0.1 if self._stream.isatty() else 15.0
        if now - self._last < interval and done < total:
            return
        self._last = now
        frac = done / total if total else 0.0
        filled = int(frac * self._width)
        bar = "#" * filled + "." * (self._width - filled)
        end = "" if self._stream.isatty() else "\n"
        self._stream.write(
            f"\r{self._label:<22} [{bar}] {frac * 100:5.1f}% {done / 1e6:7.1f}/{total / 1e6:.1f} MB{end}"
        )
        self._stream.flush()

    def close(self) -> None:
        self._stream.write("\n")
        self._stream.flush()


def _list(args: argparse.Namespace) -> int:
    import models

    rows = models.status(verify=args.verify)
    print(f"{'model':<22} {'kind':<8} {'default':<8} {'state':<8} detail")
    for s in rows:
        size = f" ({s.size_bytes / 1e6:.0f} MB)" if s.size_bytes else ""
        print(f"{s.id:<22} {s.kind:<8} {'yes' if s.default else '':<8} {s.state:<8} {s.detail}{size}")
    print(f"\nmodels folder: {models.models_dir()}")
    print("\n".join(_voice_lines()))
    broken = [s for s in rows if s.state in ("partial", "corrupt")]
    for s in broken:
        print(f"fix {s.id}: {models.fix_command(s.id)}", file=sys.stderr)
    return 1 if broken else 0


def _voice_lines() -> list[str]:
    """Which voice speaks each language with what is installed, and why."""
    from engine.config import load_settings
    from engine.tts.voice_choice import voice_choices

    settings = load_settings()
    choices = voice_choices({"it": settings.voice_it, "en": settings.voice_en})
    lines = ["voices:", *(f"  {choice.reason(settings.language)}" for choice in choices)]
    from engine.stt.size_check import load_stamp

    check = load_stamp()
    if check is not None:
        projected = ", ".join(f"{m} {s:.2f} s" for m, s in check.projected_s.items())
        lines.append(
            f"whisper: {check.installed} — base finalize {check.base_s['total_s']:.2f} s measured here; "
            f"projected {projected}; {check.reason}"
        )
    return lines


def _install(args: argparse.Namespace) -> int:
    import models

    if not args.ids:
        bar = ProgressBar("defaults")
        try:
            results = models.ensure_defaults(bar)
        finally:
            bar.close()
        for s in results:
            print(f"{s.id:<22} {s.state:<8} {s.detail}")
        return 0
    unknown = [i for i in args.ids if i not in models.MODELS]
    if unknown:
        print(
            f"officina: unknown model {', '.join(unknown)}; known: {', '.join(models.MODELS)}",
            file=sys.stderr,
        )
        return 2
    for model_id in args.ids:
        bar = ProgressBar(model_id)
        try:
            path = models.install(model_id, bar, force=args.force)
        finally:
            bar.close()
        print(f"{model_id}: {path}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("models", help="list, verify and install models")
    sub = parser.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    p_list = sub.add_parser("list", help="show installed models")
    p_list.add_argument("--verify", action="store_true", help="check every file's sha256 (slow)")
    p_list.set_defaults(func=_list)
    p_inst = sub.add_parser("install", help="install models (default: the default models)")
    p_inst.add_argument("ids", nargs="*", metavar="ID", help="model ids (see `models list`)")
    p_inst.add_argument("--force", action="store_true", help="reinstall even if the model looks fine")
    p_inst.set_defaults(func=_install)
