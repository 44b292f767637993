"""The installable zip of the Officina Voice WordPress plugin, built from the folder the app ships.

The plugin folder travels inside the `wp_api` package (the repo, the wheel's force-include and the
PyInstaller bundle all put it at `wp_api/wordpress-plugin/officina-voice`), so the zip can be made
wherever the app is installed. The archive is reproducible: sorted entries, fixed timestamps.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import wp_api

__all__ = ["PLUGIN_SLUG", "build_plugin_zip", "plugin_dir", "plugin_version"]

PLUGIN_SLUG = "officina-voice"
_EPOCH = (1980, 1, 1, 0, 0, 0)
_SKIP_PARTS = {"__pycache__", ".git", ".svn", "node_modules"}


def plugin_dir() -> Path:
    """The plugin's source folder inside the installed `wp_api` package."""
    folder = Path(wp_api.__file__).resolve().parent / "wordpress-plugin" / PLUGIN_SLUG
    if not (folder / f"{PLUGIN_SLUG}.php").is_file():
        raise FileNotFoundError(
            f"The WordPress plugin is missing from this installation (looked in {folder})."
        )
    return folder


def plugin_version(folder: Path | None = None) -> str:
    """The `Version:` of the plugin header."""
    header = ((folder or plugin_dir()) / f"{PLUGIN_SLUG}.php").read_text(encoding="utf-8")
    found = re.search(r"^\s*\*\s*Version:\s*([0-9A-Za-z.\-]+)", header, re.MULTILINE)
    if found is None:
        raise ValueError("The plugin header has no Version line.")
    return found.group(1)


def _files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part in _SKIP_PARTS or part.startswith(".") for part in path.relative_to(folder).parts)
    )


def build_plugin_zip(out: Path | None = None) -> Path:
    """Write `officina-voice-<version>.zip` into the folder `out` (or to `out` if it ends in .zip).

    The zip holds one top folder, `officina-voice/`, as WordPress's "Upload Plugin" expects.
    """
    folder = plugin_dir()
    target = Path(out) if out is not None else Path.cwd()
    if target.suffix.lower() != ".zip":
        target = target / f"{PLUGIN_SLUG}-{plugin_version(folder)}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in _files(folder):
            name = f"{PLUGIN_SLUG}/{path.relative_to(folder).as_posix()}"
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    partial.replace(target)  # a half-written zip never carries the final name
    return target
