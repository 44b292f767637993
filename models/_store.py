"""Installed-model store: where models live, the install stamp, and the quick/full integrity checks."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import platformdirs

from models.errors import ModelError
from models.manifest import ModelSpec, get_spec

_LOGGER = logging.getLogger(__name__)

STAMP = ".officina-stamp.json"
_CHUNK = 1 << 20

State = Literal["ok", "missing", "partial", "corrupt"]


APP_DATA = ("officina-voice", "Officina")
"""platformdirs' (app name, author) of the app's data folder, as in engine.paths (a test keeps them equal)."""


def models_dir() -> Path:
    """OFFICINA_MODELS_DIR if set, else the app's models folder (`models` under OFFICINA_HOME or the
    app's data folder: the same folder as engine.paths.app_paths().models)."""
    override = os.environ.get("OFFICINA_MODELS_DIR")
    if override:
        return Path(override).expanduser().resolve()
    home = os.environ.get("OFFICINA_HOME")
    if home:
        return Path(home).expanduser().resolve() / "models"
    return Path(platformdirs.user_data_dir(*APP_DATA)) / "models"


def fix_command(model_id: str) -> str:
    """The command that installs `model_id`, as this copy of the app is started."""
    prefix = "officina" if getattr(sys, "frozen", False) else "uv run officina"
    return f"{prefix} models install {model_id}"


@dataclass(frozen=True)
class ModelStatus:
    """What `models list` shows for one model."""

    id: str
    kind: str
    default: bool
    state: State
    detail: str
    path: Path | None
    size_bytes: int
    verified: bool  # True when a full sha256 check ran and passed

    @property
    def ok(self) -> bool:
        return self.state == "ok"


class IntegrityError(Exception):
    """A model in the store is missing, partial or corrupt (internal; surfaced as ModelError)."""

    def __init__(self, state: State, detail: str) -> None:
        super().__init__(detail)
        self.state = state
        self.detail = detail


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def install_dir(model_id: str, root: Path | None = None) -> Path:
    return (root or models_dir()) / model_id


def entry_path(spec: ModelSpec, folder: Path) -> Path:
    return folder / spec.entry if spec.entry else folder


def read_stamp(folder: Path) -> dict | None:
    try:
        return json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None


def write_stamp(folder: Path, spec: ModelSpec, source: str, hashes: dict[str, str]) -> None:
    files = {}
    for f in spec.files:
        st = (folder / f.name).stat()
        files[f.name] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": hashes[f.name]}
    stamp = {"id": spec.id, "source": source, "files": files}
    (folder / STAMP).write_text(json.dumps(stamp, indent=2), encoding="utf-8")


def check(spec: ModelSpec, folder: Path, *, full: bool) -> None:
    """Raise IntegrityError unless every file is present with the right size (and sha256 when `full`).

    The quick check compares size and mtime with the install stamp; a file whose mtime moved is hashed
    once, and the stamp is refreshed if it still matches.
    """
    stamp = read_stamp(folder)
    if not folder.is_dir() or stamp is None:
        raise IntegrityError("missing", f"Model {spec.id} is not installed.")
    refreshed = False
    for f in spec.files:
        path = folder / f.name
        rec = stamp.get("files", {}).get(f.name)
        if not path.is_file() or rec is None:
            raise IntegrityError("partial", f"Model {spec.id} is incomplete: {f.name} is missing.")
        size = path.stat().st_size
        want_size = f.size if f.size is not None else rec["size"]
        if size != want_size:
            raise IntegrityError(
                "partial", f"Model {spec.id} is incomplete: {f.name} has {size} bytes, expected {want_size}."
            )
        if full or path.stat().st_mtime_ns != rec["mtime_ns"]:
            want_sha = f.sha256 or rec["sha256"]
            if sha256_file(path) != want_sha:
                raise IntegrityError(
                    "corrupt", f"Model {spec.id} is corrupt: {f.name} fails its sha256 check."
                )
            if path.stat().st_mtime_ns != rec["mtime_ns"]:
                rec["mtime_ns"] = path.stat().st_mtime_ns
                refreshed = True
    if refreshed:
        (folder / STAMP).write_text(json.dumps(stamp, indent=2), encoding="utf-8")


def resolve(model_id: str, *, root: Path | None = None) -> Path:
    """The verified install path (whisper: the CT2 folder; piper: the .onnx), or ModelError.

    `root` overrides the models folder (default: `models_dir()`)."""
    try:
        spec = get_spec(model_id)
    except KeyError as exc:
        raise ModelError(f"{exc.args[0]}.", fix="uv run officina models list") from None
    folder = install_dir(model_id, root)
    try:
        check(spec, folder, full=False)
    except IntegrityError as exc:
        raise ModelError(exc.detail, fix=fix_command(model_id)) from None
    return entry_path(spec, folder)


def status_of(spec: ModelSpec, *, full: bool) -> ModelStatus:
    folder = install_dir(spec.id)
    try:
        check(spec, folder, full=full)
    except IntegrityError as exc:
        detail = exc.detail
        if exc.state == "missing" and (not spec.wheels or spec.wheels_incomplete):
            detail += " Source: the model hub (needs internet)."
        return ModelStatus(spec.id, spec.kind, spec.default, exc.state, detail, None, 0, False)
    size = sum((folder / f.name).stat().st_size for f in spec.files)
    detail = "verified (sha256)" if full else "installed"
    return ModelStatus(spec.id, spec.kind, spec.default, "ok", detail, entry_path(spec, folder), size, full)
