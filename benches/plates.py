"""Development bench of plate recovery on a small set written for it (benches/data/plates_dev.jsonl).

Not the held-out evaluation (`officina bench speech` measures that on its own set): this is the set the
levers of engine.fastpath.plate_hearing were developed on, so its figures are optimistic.

Each row is an Italian request naming a plate (or none). `text` mode runs the transcript written in the
row (shaped like whisper base's real mistakes) through the fast path; `audio` mode speaks the row with
Kokoro (cached by content hash), transcribes it with whisper base and runs that. The workshop is the
demo one (about 9,600 vehicles) plus the set's plates, each with two look-alikes one character apart.
A question naming the right plate is answered "sì", any other "no", as the person would.

    uv run python -m benches.plates [text|audio] [--no-repair] [--prompt P] [--prompt-en P] [--lang it|en|all]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np

_LOGGER = logging.getLogger(__name__)

DATASET = Path(__file__).resolve().parent / "data" / "plates_dev.jsonl"
TODAY = date(2026, 12, 1)
NOW = datetime(2026, 12, 1, 8, 0)
_LOOK_ALIKE = {"M": "N", "N": "M", "B": "P", "P": "B", "D": "T", "T": "D", "C": "G", "G": "C", "V": "B",
               "K": "C", "L": "R", "R": "L", "S": "F", "F": "S", "H": "K", "E": "A", "A": "E", "Z": "S"}  # fmt: skip
_DIGIT_ALIKE = {
    "0": "9",
    "1": "7",
    "2": "3",
    "3": "2",
    "4": "5",
    "5": "4",
    "6": "0",
    "7": "1",
    "8": "3",
    "9": "0",
}


def load(path: Path = DATASET) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def look_alikes(plate: str) -> list[str]:
    """Two plates one character from `plate`: a confusable letter of the last pair, a digit."""
    letter = plate[:5] + _LOOK_ALIKE.get(plate[5], "X") + plate[6]
    digit = plate[:3] + _DIGIT_ALIKE[plate[3]] + plate[4:]
    return [letter, digit]


async def build_workshop(folder: Path, rows: list[dict[str, Any]]) -> tuple[Path, dict[str, int]]:
    """The demo workshop with the set's plates and their look-alikes; plate → vehicle id of the set's."""
    from wp_api.local import LocalBackend
    from wp_api.local.demo import build_demo

    path = folder / "plates-dev.sqlite3"
    build_demo(path, customers=8000, seed=11, today=TODAY)
    backend = LocalBackend(path, now=lambda: NOW, kick_outbox=False)
    from wp_api.contract import CallContext

    ctx = CallContext(session_id="bench-plates", actor="bench")
    ids: dict[str, int] = {}
    try:
        for n, row in enumerate(r for r in rows if r.get("plate")):
            for k, plate in enumerate([row["plate"], *look_alikes(row["plate"])]):
                args = {"customer_id": 100 + 3 * n + k, "plate": plate, "make": "Fiat", "model": "Panda"}
                result = await backend.call_tool("add_vehicle", args, context=ctx)
                vid = result.data.get("vehicle", {}).get("vehicle_id")
                if vid is None and result.error is not None:
                    vid = result.error.details.get("vehicle_id")  # already on file: the refusal names it
                if k == 0:
                    if vid is None:
                        raise RuntimeError(f"could not add the dev vehicle {plate}: {result.error}")
                    ids[plate] = int(vid)
    finally:
        await backend.aclose()
    return path, ids


CACHE = Path.home() / ".cache" / "officina-voice" / "plates-dev-audio"
"""Where the spoken rows are kept (by content hash): not in the repository."""


def speech(text: str, style: str, language: str = "it") -> np.ndarray:
    """`text` spoken by Kokoro at 16 kHz, cached by content hash."""
    from engine.audio import resample
    from engine.tts.kokoro import SAMPLE_RATE, load_kokoro

    key = hashlib.sha256(f"kokoro|{language}|{style}|1.0|{text}".encode()).hexdigest()[:24]
    folder = CACHE
    folder.mkdir(parents=True, exist_ok=True)
    cached = folder / f"{key}.npy"
    if cached.exists():
        return np.load(cached)
    audio = resample(load_kokoro().speak(text, language, style=style), SAMPLE_RATE, 16_000)
    np.save(cached, audio)
    return audio


async def _turn(fast: Any, text: str, ctx: Any) -> tuple[Any, list[Any]]:
    out = await fast.handle(text, ctx)
    return out, list(out.tool_calls)


async def run_rows(
    rows: list[dict[str, Any]], transcripts: dict[str, str], db: Path, ids: dict[str, int], *, repair: bool
) -> dict[str, Any]:
    import shutil
    import tempfile

    from engine.fastpath import FastPath
    from wp_api.contract import CallContext
    from wp_api.local import LocalBackend

    right = asked = wrong_writes = wrong_reads = writes = 0
    known = {p for r in rows if r.get("plate") for p in [r["plate"], *look_alikes(r["plate"])]}
    misses: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "w.sqlite3"
        shutil.copy(db, path)
        backend = LocalBackend(path, now=lambda: NOW, kick_outbox=False)
        kwargs: dict[str, Any] = {"language": "it", "now": lambda: NOW}
        if "plate_repair" in FastPath.__init__.__code__.co_varnames:
            kwargs["plate_repair"] = repair
        fast = FastPath(backend, **kwargs)
        ctx = CallContext(session_id="bench-plates", actor="bench")
        try:
            for row in rows:
                text = transcripts[row["id"]]
                out, calls = await _turn(fast, text, ctx)
                question = out.clarification if not out.handled else None
                if question:
                    asked += 1
                    again = await fast.resume(_answer(question, row.get("plate")), ctx)
                    if again is not None:
                        out, calls = again, calls + list(again.tool_calls)
                booked = [c for c in calls if c.name == "create_appointment" and c.result.ok]
                writes += len(booked)
                want = ids.get(row.get("plate") or "")
                if booked:
                    ok = want is not None and all(c.arguments.get("vehicle_id") == want for c in booked)
                    wrong_writes += 0 if ok else 1
                else:
                    said = out.reply_text or ""
                    ok = bool(row.get("plate")) and out.handled and row["plate"] in said
                    if row.get("plate") is None:
                        ok = not any(c.name == "find_vehicle" and "plate" in c.arguments for c in calls)
                    elif out.handled and not ok:
                        wrong_reads += 1 if _named_another_plate(said, row["plate"], known) else 0
                right += ok
                if not ok:
                    misses.append(
                        {"id": row["id"], "heard": text, "answer": out.reply_text or out.clarification}
                    )
        finally:
            await backend.aclose()
    plates = [r for r in rows if r.get("plate")]
    return {
        "rows": len(rows),
        "plate_rows": len(plates),
        "right_pct": round(100 * right / len(rows), 1),
        "questions": asked,
        "writes": writes,
        "wrong_writes": wrong_writes,
        "wrong_reads": wrong_reads,
        "misses": misses,
    }


def _answer(question: str, plate: str | None) -> str:
    """What the person answers: "sì" to "Intendi X?" when X is theirs, "la seconda" to a list, else "no"."""
    import re

    named = re.findall(r"\b[A-Z]{2}\d{3}[A-Z]{2}\b", question)
    if not plate or plate not in named:
        return "no"
    if len(named) == 1:
        return "sì"
    return ("la prima", "la seconda", "la terza")[named.index(plate)]


def _named_another_plate(said: str, plate: str, known: set[str]) -> bool:
    """The answer names a vehicle on file that is not the one spoken (a wrong read)."""
    import re

    return any(p in known and p != plate for p in re.findall(r"\b[A-Z]{2}\d{3}[A-Z]{2}\b", said))


def transcribe_all(
    rows: list[dict[str, Any]], *, prompts: dict[str, str | None], styles: tuple[str, ...]
) -> dict[str, str]:
    import models
    from engine.stt import FasterWhisperSTT

    stt = FasterWhisperSTT.load(models.install("whisper-base"))
    out: dict[str, str] = {}
    for row in rows:
        for style in styles:
            lang = row.get("lang", "it")
            audio = speech(row["say"], style, lang)
            result = asyncio.run(stt.transcribe(audio, language=lang, prompt=prompts.get(lang)))
            out[f"{row['id']}|{style}"] = result.text
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["text", "audio"], nargs="?", default="text")
    parser.add_argument("--no-repair", action="store_true")
    parser.add_argument("--prompt", default=None, help="audio: the STT prompt for Italian speech")
    parser.add_argument("--prompt-en", default=None, help="audio: the STT prompt for English speech")
    parser.add_argument("--lang", choices=["it", "en", "all"], default="all")
    parser.add_argument("--styles", default="jf_alpha,jm_kumo")
    parser.add_argument("--workdir", default="/tmp/plates-dev")
    parser.add_argument("--reuse", action="store_true", help="audio: reuse the transcripts of the last run")
    args = parser.parse_args(argv)
    rows = [r for r in load() if args.lang in ("all", r.get("lang", "it"))]
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    db, ids = asyncio.run(build_workshop(work, rows))
    started = time.perf_counter()
    if args.mode == "text":
        transcripts = {r["id"]: r["heard"] for r in rows}
        result = asyncio.run(run_rows(rows, transcripts, db, ids, repair=not args.no_repair))
    else:
        styles = tuple(args.styles.split(","))
        prompts = {"it": args.prompt, "en": args.prompt_en}
        saved = work / f"transcripts-{args.lang}-{hashlib.sha256(str(prompts).encode()).hexdigest()[:8]}.json"
        if args.reuse and saved.exists():
            heard = json.loads(saved.read_text(encoding="utf-8"))
        else:
            heard = transcribe_all(rows, prompts=prompts, styles=styles)
            saved.write_text(json.dumps(heard, ensure_ascii=False, indent=1), encoding="utf-8")
        expanded = [{**r, "id": f"{r['id']}|{s}"} for r in rows for s in styles]
        result = asyncio.run(run_rows(expanded, heard, db, ids, repair=not args.no_repair))
    result["mode"] = args.mode
    result["repair"] = not args.no_repair
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(main())
