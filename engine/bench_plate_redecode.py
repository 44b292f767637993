"""Lever measured and NOT kept: re-decode the plate span limited to letters/digits/letter names
(FasterWhisperSTT.plate_hypotheses) and count how often the plate said is among the readings.
    uv run python -m engine.bench_plate_redecode /tmp/plates-dev/transcripts-<hash>.json"""

import json
import sys
import time

import models
from engine.bench_plates import load, speech
from engine.fastpath import plate_hearing as H
from engine.fastpath.parser import heard_tokens
from engine.fastpath.plates_spoken import find_plates
from engine.stt import FasterWhisperSTT

stt = FasterWhisperSTT.load(models.install("whisper-base"))
rows = {r["id"]: r for r in load()}
with open(sys.argv[1], encoding="utf-8") as fh:
    trans = json.load(fh)
stats = {"span": 0, "orig_hit": 0, "re_hit": 0, "either": 0}
for key, text in trans.items():
    rid, style = key.split("|")
    row = rows[rid]
    if not row.get("plate"):
        continue
    toks = heard_tokens(text)
    ms = find_plates(toks)
    if not ms:
        continue
    m = ms[0]
    span = toks[m.start : m.end]
    stats["span"] += 1
    k = next((j for j, t in enumerate(span) if any(c.isdigit() for c in t)), 0)
    words = text.split()
    first_digit = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), len(words))
    prefix = " ".join(words[: max(0, first_digit - k)])
    t0 = time.time()
    hyps = stt.plate_hypotheses(speech(row["say"], style), language="it", prefix=prefix)
    dt = time.time() - t0
    found = H.readings(span, limit=48)
    orig = row["plate"] in [r.text for r in found]
    re_forms = set()
    for h in hyps:
        for r in H.readings(heard_tokens(h), limit=48):
            re_forms.add(r.text)
    hit = row["plate"] in re_forms
    stats["orig_hit"] += orig
    stats["re_hit"] += hit
    stats["either"] += orig or hit
    print(f"{key:14} {dt:.2f}s orig={orig} re={hit} | {text!r} | prefix={prefix!r} | {hyps}")
print(stats)
