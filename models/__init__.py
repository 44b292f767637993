"""Officina Voice models: the manifest, the installer, and `resolve()` for the engine."""

from models._fetch import Progress, hub_reachable
from models._store import ModelStatus, fix_command, models_dir, resolve
from models.errors import ModelError
from models.installer import ensure_defaults, install, status, verify
from models.manifest import MODELS, FileSpec, HubFile, ModelSpec, WheelPart, get_spec

__all__ = [
    "MODELS",
    "FileSpec",
    "HubFile",
    "ModelError",
    "ModelSpec",
    "ModelStatus",
    "Progress",
    "WheelPart",
    "ensure_defaults",
    "fix_command",
    "get_spec",
    "hub_reachable",
    "install",
    "models_dir",
    "resolve",
    "status",
    "verify",
]
