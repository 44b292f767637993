"""`officina wordpress plugin-zip`: the installable plugin zip, from the repo and from the built wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from wp_api.wordpress.plugin_zip import build_plugin_zip, plugin_dir, plugin_version

ROOT = Path(__file__).resolve().parents[2]


def _source_files() -> dict[str, bytes]:
    folder = plugin_dir()
    return {
        f"officina-voice/{p.relative_to(folder).as_posix()}": p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_the_command_writes_the_plugin_as_wordpress_uploads_it(tmp_path: Path, capsys) -> None:
    assert main(["wordpress", "plugin-zip", str(tmp_path)]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written == tmp_path / f"officina-voice-{plugin_version()}.zip"
    with zipfile.ZipFile(written) as archive:
        assert archive.testzip() is None
        contents = {name: archive.read(name) for name in archive.namelist()}
    # one top folder named for the plugin, every file of the shipped folder, byte for byte
    assert contents == _source_files()
    assert "officina-voice/officina-voice.php" in contents
    assert "officina-voice/includes/class-officina-confirmations.php" in contents
    # reproducible: the same folder gives the same bytes
    again = build_plugin_zip(tmp_path / "again.zip")
    assert again.read_bytes() == written.read_bytes()


@pytest.mark.skipif(
    shutil.which("php") is None and not os.environ.get("CI"), reason="needs php (Debian php-cli)"
)
def test_every_php_file_in_the_zip_parses(tmp_path: Path) -> None:
    with zipfile.ZipFile(build_plugin_zip(tmp_path)) as archive:
        archive.extractall(tmp_path / "unpacked")
    php_files = sorted((tmp_path / "unpacked").rglob("*.php"))
    assert len(php_files) > 20
    for path in php_files:
        lint = subprocess.run(["php", "-l", str(path)], capture_output=True, text=True, check=False)
        assert lint.returncode == 0, lint.stdout + lint.stderr


def test_an_unwritable_destination_is_a_clear_error(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["wordpress", "plugin-zip", str(blocker / "sub")]) == 1
    assert "cannot write the plugin zip" in capsys.readouterr().err


@pytest.mark.skipif(
    shutil.which("uv") is None and not os.environ.get("CI"), reason="needs uv to build the wheel"
)
def test_the_installed_wheel_carries_the_plugin_and_zips_it(tmp_path: Path) -> None:
    built = subprocess.run(
        ["uv", "build", "--wheel", "-o", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("officina_voice-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    script = (
        "import wp_api, sys; from wp_api.wordpress.plugin_zip import build_plugin_zip; "
        "assert wp_api.__file__.startswith(sys.argv[1]), wp_api.__file__; "
        "print(build_plugin_zip(__import__('pathlib').Path(sys.argv[2])))"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(site), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    with zipfile.ZipFile(run.stdout.strip()) as archive:
        assert set(archive.namelist()) == set(_source_files())


def test_the_bundle_carries_the_plugin_where_plugin_dir_looks() -> None:
    """PyInstaller puts wp_api at the bundle root: the spec must put the plugin folder inside it."""
    import wp_api

    spec = (ROOT / "installer" / "officina.spec").read_text(encoding="utf-8")
    assert '"wordpress-plugin"), "wp_api/wordpress-plugin"))' in spec
    package = Path(wp_api.__file__).resolve().parent
    assert plugin_dir().relative_to(package) == Path("wordpress-plugin/officina-voice")
    # the installer build ships the zip the bundle itself wrote
    assert '"$bundle_cli" wordpress plugin-zip dist' in (ROOT / "installer" / "build").read_text(
        encoding="utf-8"
    )
