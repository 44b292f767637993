"""The labelled speech sets of `officina bench speech`, by name: paths only, so the command line can list
them without importing the bench (benches.speech)."""

from __future__ import annotations

from pathlib import Path

SET = Path(__file__).resolve().parent / "data" / "speech_set.jsonl"
HELDOUT = Path(__file__).resolve().parent / "data" / "speech_set_heldout.jsonl"
"""Italian requests written after the fast path was tuned on SET (same format); tuned on in turn since
2026-12-02 (docs/PERFORMANCE.md), so a floor like SET, no longer an estimate."""
HELDOUT2 = Path(__file__).resolve().parent / "data" / "speech_set_heldout2.jsonl"
"""60 Italian requests written 2026-12-02 while fixes were tuned on both sets above; tuned on in turn since
late 2026-12-02 (docs/PERFORMANCE.md, "Held-out set 2 tuned on"), so a floor like the others, not an estimate:
the unbiased estimate moves to HELDOUT3 (same format)."""
HELDOUT3 = Path(__file__).resolve().parent / "data" / "speech_set_heldout3.jsonl"
"""50 Italian requests written 2026-12-02 late, after the three sets above were all being tuned on: never
tuned on, the end-of-day estimate (same format). Its misses are not listed anywhere, so keep it so."""
HELDOUT4 = Path(__file__).resolve().parent / "data" / "speech_set_heldout4.jsonl"
"""60 Italian requests written 2026-12-02 (morning) from scratch, for tuning (same format): read its misses and fix
from them, so a floor once tuned on; HELDOUT3 stays the estimate."""
HELDOUT5 = Path(__file__).resolve().parent / "data" / "speech_set_heldout5.jsonl"
"""60 Italian requests written 2026-12-02 (afternoon) blind (from the workshop's data only, without reading the
other sets' rows or the fast path's code), same format: never tuned on, the honest estimate after HELDOUT4's
tuning (docs/PERFORMANCE.md, "Held-out set 5"). Keep it so: fix nothing from its misses."""
HELDOUT6 = Path(__file__).resolve().parent / "data" / "speech_set_heldout6.jsonl"
"""60 Italian requests written 2026-12-02 (evening) blind (from the workshop's data only, without reading the other
sets' rows or the fast path's code), same format, about 15 vehicles of their own (batch "heldout6" in the workshop's
data, so no other set's plate): the honest estimate after HELDOUT5, measured blind first (docs/PERFORMANCE.md, "Held-out
set 6"). Only its two wrong writes were fixed (as classes, tested on new sentences: a first free slot asked about, a
model the fast path did not know); keep the rest so: fix nothing from its other misses."""
HELDOUT7 = Path(__file__).resolve().parent / "data" / "speech_set_heldout7.jsonl"
"""60 Italian and 20 English requests written 2026-12-02 (night) blind: from the workshop's data and the label format
only (other sets' rows read for their shape, not the fast path's code or word lists; no run on it before commit), same
format, 15 vehicles of their own (batch "heldout7" in the workshop's data): never tuned on, the fresh estimate once
HELDOUT6 is tuned on. Keep it so: fix nothing from its misses."""
HELDOUT8 = Path(__file__).resolve().parent / "data" / "speech_set_heldout8.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 blind: from the workshop's data and the label format only
(other sets' rows read for their shape, not the fast path's code or word lists; no run on its audio before commit), same
format, 15 vehicles of their own (batch "heldout8" in the workshop's data): never tuned on, the next estimate once
HELDOUT7 is tuned on. Keep it so: fix nothing from its misses."""
HELDOUT9 = Path(__file__).resolve().parent / "data" / "speech_set_heldout9.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (morning) blind: from the workshop's data and the label format
only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; no run
on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout9" in the workshop's data,
three of them one symbol from an earlier set's plate): measured blind once (docs/PERFORMANCE.md, "Set 8 tuned on, set 9
written blind"), tuned on since 2026-12-03 (noon), so a floor like the others, no longer an estimate: HELDOUT10 is."""
HELDOUT10 = Path(__file__).resolve().parent / "data" / "speech_set_heldout10.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (late morning) blind: from the workshop's data and the label
format only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists;
no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout10" in the workshop's
data, three of them one symbol from an earlier set's plate): measured blind once, after HELDOUT9 was tuned on
(docs/PERFORMANCE.md, "Set 9 tuned on, set 10 written blind"); only the bench's scoring of its one counted wrong write
was fixed. Tuned on since 2026-12-03 (afternoon, docs/PERFORMANCE.md, "Set 10 tuned on, set 11 measured blind"), so a
floor like the others, no longer an estimate."""
HELDOUT11 = Path(__file__).resolve().parent / "data" / "speech_set_heldout11.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (midday) blind: from the workshop's data and the label format
only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; no run
on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout11" in the workshop's data,
three of them one symbol from an earlier set's plate): measured blind once, after HELDOUT10 was tuned on
(docs/PERFORMANCE.md, "Set 10 tuned on, set 11 measured blind"); three of its English lines were seen by a helper
during that tuning (noted there). Tuned on since 2026-12-03 (evening, docs/PERFORMANCE.md, "Set 11 tuned on, set 12
measured blind"), so a floor like the others, no longer an estimate."""
HELDOUT12 = Path(__file__).resolve().parent / "data" / "speech_set_heldout12.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (afternoon) blind: from the workshop's data and the label
format only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists;
no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout12" in the workshop's
data, three of them one symbol from an earlier set's plate): measured blind once, after HELDOUT11 was tuned on
(docs/PERFORMANCE.md, "Set 11 tuned on, set 12 measured blind"). Tuned on since 2026-12-03 (late evening,
docs/PERFORMANCE.md, "Set 12 tuned on, set 13 measured blind"), so a floor like the others, no longer an estimate."""
HELDOUT13 = Path(__file__).resolve().parent / "data" / "speech_set_heldout13.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (evening) blind: from the workshop's data and the label
format only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists;
set 12 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout13"
in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once, after HELDOUT12
was tuned on (docs/PERFORMANCE.md, "Set 12 tuned on, set 13 measured blind"); tuned on since 2026-12-03 (night,
docs/PERFORMANCE.md, "Set 13 tuned on, set 14 written blind"), so a floor like the others, no longer an estimate."""
HELDOUT14 = Path(__file__).resolve().parent / "data" / "speech_set_heldout14.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (late evening) blind: from the workshop's data and the label
format only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists;
set 13 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout14"
in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once, after HELDOUT13 was
tuned on (docs/PERFORMANCE.md, "Set 14 measured blind"); tuned on since, so a floor like the others, no longer an
estimate."""
HELDOUT15 = Path(__file__).resolve().parent / "data" / "speech_set_heldout15.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (night) blind: from the workshop's data and the label format
only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists;
sets 13 and 14 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch
"heldout15" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once, after
HELDOUT14 was tuned on (docs/PERFORMANCE.md, "Set 14 tuned on, set 15 measured blind"); its one wrong write (an hour
written "3.30pm") was fixed. Tuned on since (2026-12-04: "Set 15 tuned on, set 16 measured blind"): a floor, no longer
an estimate."""
HELDOUT16 = Path(__file__).resolve().parent / "data" / "speech_set_heldout16.jsonl"
"""60 Italian and 20 English requests written 2026-12-03 (late night) blind: from the workshop's data and the label
format only (other sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists;
sets 13, 14 and 15 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch
"heldout16" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once,
after HELDOUT15 was tuned on (docs/PERFORMANCE.md, "Set 15 tuned on, set 16 measured blind"); its one wrong write (a
channel heard as "per me il") was fixed. Tuned on since ("Set 16 tuned on, first pass"): a floor, no longer an
estimate; HELDOUT17 is the fresh one."""
HELDOUT17 = Path(__file__).resolve().parent / "data" / "speech_set_heldout17.jsonl"
"""60 Italian and 20 English requests written 2026-12-04 (small hours) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 16 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout17" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once,
after HELDOUT16's first pass (docs/PERFORMANCE.md, "Set 17 measured blind"); no wrong write. Tuned on since ("Set 16
second pass, set 17 tuned on"): a floor, no longer an estimate; HELDOUT18 is the fresh one."""
HELDOUT18 = Path(__file__).resolve().parent / "data" / "speech_set_heldout18.jsonl"
"""60 Italian and 20 English requests written 2026-12-04 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13
to 17 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout18"
in the workshop's data, three of them one symbol from an earlier set's plate): rendered, measured blind once on
2026-12-04 (evening) and being tuned on since: a floor, no longer an estimate; HELDOUT19 is the fresh one."""
HELDOUT19 = Path(__file__).resolve().parent / "data" / "speech_set_heldout19.jsonl"
"""60 Italian and 20 English requests written 2026-12-04 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13
to 18 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout19"
in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once 2026-12-04
(night, transcripts in data/heard/heldout19_blind.jsonl), tuned on since: a floor now, no estimate."""
HELDOUT20 = Path(__file__).resolve().parent / "data" / "speech_set_heldout20.jsonl"
"""60 Italian and 20 English requests written 2026-12-04 (evening) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 19 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout20" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-04 (night, at 1c0e73a's behaviour; transcripts in data/heard/heldout20_blind.jsonl), tuned on since: a floor
now, no estimate. The next blind set is the estimate."""
HELDOUT21 = Path(__file__).resolve().parent / "data" / "speech_set_heldout21.jsonl"
"""60 Italian and 20 English requests written 2026-12-04 (late evening) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 20 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout21" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-04 (late night, at 4dc49a9's behaviour; transcripts in data/heard/heldout21_blind.jsonl), tuned on since: a
floor now, no estimate. The next blind set is the estimate."""
HELDOUT22 = Path(__file__).resolve().parent / "data" / "speech_set_heldout22.jsonl"
"""60 Italian and 20 English requests written 2026-12-04 (night) blind: from the workshop's data and the label format
only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets
13 to 21 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch
"heldout22" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (small hours, at 6d17e8e's behaviour; transcripts in data/heard/heldout22_blind.jsonl), tuned on since: a
floor now, no estimate. The next blind set is the estimate."""
HELDOUT23 = Path(__file__).resolve().parent / "data" / "speech_set_heldout23.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (small hours) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 22 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout23" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (small hours, at b573311's behaviour; transcripts in data/heard/heldout23_blind.jsonl), tuned on since: a
floor."""
HELDOUT24 = Path(__file__).resolve().parent / "data" / "speech_set_heldout24.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (early morning) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 23 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout24" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (early morning, at 153cca2's behaviour; transcripts in data/heard/heldout24_blind.jsonl), tuned on since: a
floor."""
HELDOUT25 = Path(__file__).resolve().parent / "data" / "speech_set_heldout25.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (morning) blind: from the workshop's data and the label format
only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets
13 to 24 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch
"heldout25" in the workshop's data, three of them one symbol from an earlier set's plate; the writer saw the end of
the workshop file's appointments once by accident, after its own batch was chosen): measured blind once 2026-12-05
(morning, at b81474c's behaviour; transcripts in data/heard/heldout25_blind.jsonl); tuned on since (2026-12-05, late
morning): a regression floor now, no longer an estimate."""
HELDOUT26 = Path(__file__).resolve().parent / "data" / "speech_set_heldout26.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (morning, later) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists;
sets 13 to 25 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch
"heldout26" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (morning, at 0f8f545's behaviour, the end of that session; transcripts in data/heard/heldout26_blind.jsonl);
tuned on since (2026-12-05, late morning): a regression floor now, no longer an estimate."""
HELDOUT27 = Path(__file__).resolve().parent / "data" / "speech_set_heldout27.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (morning, later still) blind: from the workshop's data and
the label format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or
miss lists; sets 13 to 26 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout27" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (late morning, at 791ccdc's behaviour: sets 25 and 26 tuned on; transcripts in
data/heard/heldout27_blind.jsonl); tuned on since (2026-12-05, late morning): a floor, no longer an estimate."""
HELDOUT28 = Path(__file__).resolve().parent / "data" / "speech_set_heldout28.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (late morning) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 27 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout28" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (midday, at fb28f57's behaviour: set 27 tuned on; transcripts in data/heard/heldout28_blind.jsonl); tuned on
since (2026-12-05, midday): a floor, no longer an estimate."""
HELDOUT29 = Path(__file__).resolve().parent / "data" / "speech_set_heldout29.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (midday) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 28 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout29" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (early afternoon, at fbb43db's behaviour: sets 27 and 28 tuned on; transcripts in
data/heard/heldout29_blind.jsonl; its one wrong write, a "text reminder" scheduled on WhatsApp, mended in 0b9dc10);
tuned on since (2026-12-05, afternoon): a floor, no longer an estimate."""
HELDOUT30 = Path(__file__).resolve().parent / "data" / "speech_set_heldout30.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (afternoon) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 29 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout30" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (afternoon, at f617790's behaviour: set 29 tuned on; transcripts in data/heard/heldout30_blind.jsonl; its
one wrong write, an email's confirmation heard "per me" and sent on WhatsApp, mended as a safety fix); tuned on since
(set 31 written blind meanwhile): a floor, no longer an estimate."""
HELDOUT31 = Path(__file__).resolve().parent / "data" / "speech_set_heldout31.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (afternoon) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 30 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout31" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (afternoon, at 568b3af's behaviour: sets 29 and 30 tuned on; transcripts in
data/heard/heldout31_blind.jsonl), its transcripts replayed with later code: the estimate now, but for one kind
mended from its typed misses as a safety fix (a model the tables do not know put back as a job, "la Korando" read "la
collaudo"). Fix nothing else from its misses until the next blind set is written."""
HELDOUT32 = Path(__file__).resolve().parent / "data" / "speech_set_heldout32.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (evening) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 31 not read; no run on its audio or text before commit), same format, 15 vehicles of their own
(batch "heldout32" in the workshop's data, three of them one symbol from an earlier set's plate): measured blind once
2026-12-05 (night, at b83c979's behaviour: set 31 tuned on; transcripts in data/heard/heldout32_blind.jsonl; no wrong
write), its transcripts replayed with later code (the workshop's own models read as models, fd682f4) without a look at
its rows: the estimate now. Fix nothing from its misses until the next blind set is written."""
HELDOUT33 = Path(__file__).resolve().parent / "data" / "speech_set_heldout33.jsonl"
"""60 Italian and 20 English requests written 2026-12-05 (night) blind: from the workshop's data and the label
format only (older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss
lists; sets 13 to 32 not read, but for set 32's first 32 rows glimpsed in its commit's diff before writing; no run on
its audio or text before commit), same format, 15 vehicles of their own (batch "heldout33" in the workshop's data,
three of them one symbol from an earlier set's plate): measured blind once 2026-12-05 (night, at 965c672's behaviour:
set 31 tuned on, the workshop's own models read as models; transcripts in data/heard/heldout33_blind.jsonl; no wrong
write): the estimate now, with set 32. Fix nothing from its misses until the next blind set is written."""
HELDOUT34 = Path(__file__).resolve().parent / "data" / "speech_set_heldout34.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
33 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout34" in
the workshop's data, three of them one symbol from an earlier set's plate). Measured once, blind, at 85e7fa5 (the fast
path as session 36 began): it clean 52.2 % plates / 50.0 % intent, noisy 26.1 / 26.7, en 60.0 / 45 and 40.0 / 35, typed
it 73.9 / 70.0, en 86.7 / 75; no wrong write; transcripts in data/heard/heldout34_blind.jsonl. Tuned on since set 35
was written (session 37): a regression floor now, no longer an estimate."""
HELDOUT35 = Path(__file__).resolve().parent / "data" / "speech_set_heldout35.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
34 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout35" in
the workshop's data, three of them one symbol from an earlier set's plate). Measured blind at 97392dd (the fast path of
s37start with the first two of session 37's fixes, made from set 34 and never from this set): it clean 43.5 % plates /
41.7 % intent, noisy 30.4 / 28.3, en 73.3 / 65 and 53.3 / 55, typed it 80.4 / 75.0, en 93.3 / 90; no wrong write;
transcripts in data/heard/heldout35_blind.jsonl. Tuned on since (session 38, after set 36 was written): a floor."""
HELDOUT36 = Path(__file__).resolve().parent / "data" / "speech_set_heldout36.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
35 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout36" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's result, typed). Measured blind at b463ef5 (s38start with session 38's first three fixes, made
from set 35 and never from this set): it clean 37.0 % plates / 35.0 % intent, noisy 34.8 / 30.0, en 43.8 / 40.0 and
25.0 / 30.0, typed it 69.6 / 68.3, en 93.8 / 95.0; no wrong write; transcripts in data/heard/heldout36_blind.jsonl.
Tuned on since (session 38, once set 37 was written)."""
HELDOUT37 = Path(__file__).resolve().parent / "data" / "speech_set_heldout37.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
36 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout37" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's result, typed). Measured blind at 028adf4 (s39start: fixes made from sets 35 and 36, never
from this set): it clean 38.8 % plates / 38.3 % intent (WER 0.315), noisy 28.6 / 26.7, en 56.2 / 50.0 and 56.2 / 45.0,
typed it 81.6 / 75.0, en 87.5 / 90.0; one wrong write, it-nn32 clean and typed (a move named by its old slot alone,
made at once where the label asks which car); push-to-talk it clean 20 rows 108 / 300 ms. Transcripts in
data/heard/heldout37_blind.jsonl. Tuned on since (session 39, once set 38 was written)."""
HELDOUT38 = Path(__file__).resolve().parent / "data" / "speech_set_heldout38.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
37 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout38" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's result, typed). Measured blind at a137996 (session 39's fixes, made from set 37 and never from
this set): it clean 50.0 % plates / 46.7 % intent (WER 0.307), noisy 20.5 / 23.3, en 56.2 / 40.0 and 43.8 / 35.0,
typed it 84.1 / 80.0, en 81.2 / 80.0; no wrong write; push-to-talk it clean 20 rows 311 / 547 ms. Transcripts in
data/heard/heldout38_blind.jsonl. Tuned on since (session 39, once set 39 was written)."""
HELDOUT39 = Path(__file__).resolve().parent / "data" / "speech_set_heldout39.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
38 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout39" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's result, typed). Measured blind at eedc656 (session 39's end code, fixes made from sets 37 and 38
and never from this set): it clean 37.8 % plates / 41.7 % intent (WER 0.276), noisy 26.7 / 23.3, en 46.7 / 45.0 and
40.0 / 35.0, typed it 66.7 / 70.0, en 93.3 / 90.0; no wrong write; push-to-talk it clean 20 rows 278 / 631 ms.
Transcripts in data/heard/heldout39_blind.jsonl. Tuned on since (session 40, once set 40 was being written)."""
HELDOUT40 = Path(__file__).resolve().parent / "data" / "speech_set_heldout40.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
39 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout40" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's result, typed). Measured blind at 53f1d43 (session 40's end code, fixes made from set 39 and
never from this set; offline, the car of a request not understood is said and what to do asked): it clean 76.1 %
plates (15 of the 35 right in turns that said the car and asked what to do: 43.5 % acted on or asked about otherwise)
/ 41.7 % intent (WER 0.254), noisy 56.5 /
26.7, en 73.3 / 35.0 and 60.0 / 30.0, typed it 95.7 / 66.7, en 100 / 70.0; no wrong write; push-to-talk it clean 20
rows 297 / 413 ms. Transcripts in data/heard/heldout40_blind.jsonl. Tuned on since (session 40, once set 41 was being written)."""
HELDOUT41 = Path(__file__).resolve().parent / "data" / "speech_set_heldout41.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
40 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout41" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's result, typed). Measured blind at 02c9495 (session 40's end code, fixes made from sets 39 and
40 and never from this set): it clean 61.7 % plates (9 of the 29 right in turns that said the car and asked what to
do: 42.6 % acted on or asked about otherwise) / 40.0 % intent (WER 0.302), noisy 44.7 / 20.0, en 75.0 / 45.0 and 50.0
/ 40.0, typed it 97.9 / 78.3, en 93.8 / 85.0; no wrong write; push-to-talk it clean 20 rows 344 / 615 ms. Transcripts
in data/heard/heldout41_blind.jsonl. Tuned on since (session 41, once set 42 was being written)."""
HELDOUT42 = Path(__file__).resolve().parent / "data" / "speech_set_heldout42.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
41 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout42" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's result, typed). Measured blind at aabc64c (session 41's merges, fixes made from set 41 and
never from this set): it clean 70.2 % plates (14 of the 33 right in turns that said the car and asked what to do: 40.4
% acted on or asked about otherwise) / 40.0 % intent (WER 0.292), noisy 55.3 / 30.0, en 73.3 / 55.0 and 60.0 / 30.0,
typed it 97.9 / 73.3, en 93.3 / 80.0; three wrong writes (two fixed at once, one cancel card by its slot alone left to
decide); push-to-talk it clean 20 rows: see docs/PERFORMANCE.md. Transcripts in data/heard/heldout42_blind.jsonl."""
HELDOUT43 = Path(__file__).resolve().parent / "data" / "speech_set_heldout43.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
42 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout43" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles checked
to change no other set's typed result; three spoken rows of sets 27, 35 and 41 replay differently with it: a look-alike
drawn for the batch shares a model with their car). Measured blind at c9a6097 (session 41's end code): it clean 65.1 %
plates (7 of the 28 right in turns that said the car and asked what to do: 48.8 % acted on or asked about otherwise) /
56.7 % intent (WER 0.33), noisy 48.8 / 35.0, en 73.3 / 40.0 and 46.7 / 25.0, typed it 100.0 / 91.7, en 100.0 / 70.0;
no wrong write; push-to-talk it clean 20 rows 349 / 638 ms. Transcripts in data/heard/heldout43_blind.jsonl."""
HELDOUT44 = Path(__file__).resolve().parent / "data" / "speech_set_heldout44.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
43 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout44" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked to change no other set's typed result; 3 noisy spoken rows of sets 23 and 36 and 41 replay with one more car
in their question: a look-alike drawn for the batch). Measured blind at 0af0007 (session 42's
code before its tuning on sets 42 and 43 was merged): it clean 64.4 % plates (7 of the 29 right in turns that said the
car and asked what to do: 48.9 % acted on or asked about otherwise) / 53.3 % intent (WER 0.292), noisy 42.2 / 31.7, en
33.3 / 50.0 and 33.3 / 20.0, typed it 93.3 / 75.0, en 73.3 / 80.0; no wrong write. Transcripts in
data/heard/heldout44_blind.jsonl."""
HELDOUT45 = Path(__file__).resolve().parent / "data" / "speech_set_heldout45.jsonl"
"""60 Italian and 20 English requests written 2026-12-06 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
44 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout45" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked to change no other set's typed result; 2 spoken rows of sets 23 and 36 replay with one more car in their
question: a look-alike drawn for the batch, a clean one of set 23 so losing its right answer). Measured blind at
a74f657 (session 43's code with its tuning on set 44): it clean 58.7 % plates (12 of the 27 right in turns that said
the car and asked what to do: 32.6 % acted on or asked about otherwise) / 41.7 % intent (WER 0.299), noisy 45.7 / 21.7,
en 73.3 / 45.0 and 53.3 / 40.0, typed it 93.5 / 61.7, en 93.3 / 80.0; no wrong write; push-to-talk it clean 20 rows
547 / 735 ms. Transcripts in data/heard/heldout45_blind.jsonl. Tuned on since (2026-12-07): a floor, no estimate."""
HELDOUT46 = Path(__file__).resolve().parent / "data" / "speech_set_heldout46.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
45 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout46" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked to change no other set's typed or replayed result). Measured blind at 2997cda (s44start's fast path, none of
session 44's tuning): it clean 76.6 % plates (12 of the 36 right in turns that said the car and asked what to do: 51.1 %
acted on or asked about otherwise) / 41.7 % intent (WER 0.313), noisy 48.9 / 23.3, en 66.7 / 30.0 and 33.3 / 20.0,
typed it 97.9 / 71.7, en 100.0 / 70.0; no wrong write. Transcripts in data/heard/heldout46_blind.jsonl. Tuned on
since (session 45): a floor now, no estimate."""
HELDOUT47 = Path(__file__).resolve().parent / "data" / "speech_set_heldout47.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
46 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout47" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch changes no other set's typed
row and 4 of 5046 replayed, one for the worse: set 45's it-ee33 asks about the batch's Emzoom before its cancel).
Measured blind at s45start (80f0bff, session 44's end code, none of session 45's tuning): it clean 69.6 % plates (10
of the 32 right in turns that said the car and asked what to do: 47.8 % acted on or asked about otherwise) / 43.3 %
intent (WER 0.297), noisy 52.2 / 31.7, en 68.8 / 50.0 and 50.0 / 45.0, typed it 95.7 / 65.0, en 100.0 / 75.0; one wrong
write, typed and spoken alike: it-cc51's "un messaggino di conferma su WhatsApp" queued an SMS (fixed since, ca7925f).
Transcripts in data/heard/heldout47_blind.jsonl. Tuned on since (2026-12-07, morning: phrasings, hearing, and the
intent guesser's examples, benches.intent_examples): a floor, no longer an estimate."""
HELDOUT48 = Path(__file__).resolve().parent / "data" / "speech_set_heldout48.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
47 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout48" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked to change no other set's typed or replayed result but one replayed row of set 27, for the better). Measured
blind at s46start (440af9d, session 45's end code, none of session 46's work): it clean 69.6 % plates (13 of the 32
right in turns that said the car and asked what to do: 41.3 % acted on or asked about otherwise) / 41.7 % intent (WER
0.275), noisy 56.5 / 28.3, en 68.8 / 45.0 and 43.8 / 25.0, typed it 97.8 / 65.0, en 100.0 / 90.0; no wrong write.
Transcripts in data/heard/heldout48_blind.jsonl. Tuned on since (2026-12-07, late morning: phrasings, hearing, and
the intent guesser's examples): a floor, no longer an estimate."""
HELDOUT49 = Path(__file__).resolve().parent / "data" / "speech_set_heldout49.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
48 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout49" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked against the others: no typed score changed, 4 of 4726 replayed rows of sets 33, 38 and 43 ask where they
acted, the batch's look-alikes and the make "Marruá" heard in "Marussi"; none writes). Measured blind at s47start
(c6faad7, session 46's end code, none of session 47's work): it clean 69.6 % plates (14 of the 32 right in turns that
said the car and asked what to do: 39.1 % acted on or asked about otherwise) / 40.0 % intent (WER 0.292), noisy 56.5 /
28.3, en 68.8 / 55.0 and 43.8 / 50.0, typed it 100.0 / 71.7, en 100.0 / 85.0; no wrong write. Transcripts in
data/heard/heldout49_blind.jsonl. Tuned on since (2026-12-07, afternoon: phrasings, hearing, and the intent guesser's
examples)."""
HELDOUT50 = Path(__file__).resolve().parent / "data" / "speech_set_heldout50.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
49 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout50" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked against the others: 1 of 3403 typed rows and 6 of 4886 replayed rows of sets 17 to 45 changed, none writes —
"Ajola" and "varina" heard near the models "Aigle" and "Varzina", and a look-alike drawn for DD396WR; sets 46 to 49's
replays not checked). Measured blind at s48start (4fa5366, session 47's end code, none of session 48's work): it
clean 78.3 % plates (8 of the 36 right in turns that said the car and asked what to do: 60.9 % acted on or asked about
otherwise) / 55.0 % intent (WER 0.326), noisy 52.2 / 31.7, en 87.5 / 50.0 and 56.2 / 30.0, typed it 97.8 / 70.0, en
100.0 / 65.0; no wrong write. Transcripts in data/heard/heldout50_blind.jsonl. Tuned on since (2026-12-07, evening:
phrasings, hearing, and the intent guesser's examples)."""
HELDOUT51 = Path(__file__).resolve().parent / "data" / "speech_set_heldout51.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
50 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout51" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked against the others: 0 of 3483 typed rows and 6 of 5686 replayed rows of sets 17 to 50 changed, none writes —
one worse, set 41's it-jj43 noisy: "G-A-4990" now near GE499GG and its look-alike, a car asked for a history; two
better, three replies only). Measured blind at s49start (dd147e0, session 48's end code, none of session 49's work):
it clean 65.2 % plates (2 of the 30 right in turns that said the car and asked what to do: 60.9 % acted on or asked
about otherwise) / 58.3 % intent (WER 0.344), noisy 45.7 / 23.3, en 68.8 / 40.0 and 50.0 / 30.0, typed it 91.3 / 85.0,
en 100.0 / 85.0; no wrong write. Transcripts in data/heard/heldout51_blind.jsonl. Tuned on since (2026-12-07, night:
phrasings, hearing, and the intent guesser's examples)."""
HELDOUT52 = Path(__file__).resolve().parent / "data" / "speech_set_heldout52.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
51 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout52" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked against the others: 0 of 3003 typed rows scored otherwise (one reply reworded) and 2 of the replayed rows of sets 17 to 51 changed, none writes —
one worse, set 40's it-kk31 noisy: a cancel for DP863HS now asks between it and GD925MB, the look-alike of this
batch's GD925MA drawn as set 40's Evantra; one better, set 45's it-ee33 clean). Measured blind at s50start (c3a4fe3,
session 49's end code, none of session 50's work): it clean 73.9 % plates / 55.0 % intent (WER 0.294), noisy 54.3 /
25.0, en 75.0 / 65.0 and 43.8 / 35.0, typed it 97.8 / 86.7, en 100.0 / 95.0; **two wrong writes typed** (it-ae25,
it-ae26: a move "da giovedì 10 giugno … a sabato 12" written to the nearer Saturday 12 December; fixed since, the
only rule taken from this set), none spoken. Transcripts in data/heard/heldout52_blind.jsonl. Tuned on since
(2026-12-07, late night: phrasings, hearing, the models said of the car found; not yet the intent guesser's examples,
whose regeneration through set 52 made one test sentence a booking question and lost the car's focus, reverted)."""
HELDOUT53 = Path(__file__).resolve().parent / "data" / "speech_set_heldout53.jsonl"
"""60 Italian and 20 English requests written 2026-12-07 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
52 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout53" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked against the others: 0 of 3083 typed rows changed; 2 of 6006 replayed rows of main and sets 17 to 52 worse,
none writes: set 26's it-u55 and set 46's it-dd53 now ask which of two Cayennes / Samands, the workshop builder having
drawn those models for two of this batch's look-alikes). Measured blind at s51start (b55af98, session 50's end code,
none of session 51's work): it clean 65.2 % plates (76.1 % after one yes) / 58.3 % intent (WER 0.288), noisy 65.2 /
40.0 (WER 0.426), en 68.8 / 60.0 and 81.2 / 35.0, typed it 97.8 / 80.0, en 100.0 / 85.0; no wrong write. Transcripts in
data/heard/heldout53_blind.jsonl. Tuned on since (2026-12-08, night: phrasings, hearing, the intent guesser's
examples through set 53)."""
HELDOUT54 = Path(__file__).resolve().parent / "data" / "speech_set_heldout54.jsonl"
"""60 Italian and 20 English requests written 2026-12-08 blind: from the workshop's data and the label format only
(older sets' rows read for their shape, not the fast path's code, word lists, bench results or miss lists; sets 13 to
53 not read; no run on its audio or text before commit), same format, 15 vehicles of their own (batch "heldout54" in
the workshop's data, three of them one symbol from an earlier set's plate; the batch's appointments and vehicles
checked against the others: 1 of 3163 typed rows and 6 of 6166 replayed rows worse, one a wrong write, set 31's
it-uu20 booking the one white 600 on file, a look-alike of this batch: a write for a car found by its description
alone is said back since). Measured blind at s52start (ca38b51, session 51's end code, none of session 52's work): it
clean 65.2 % plates (71.7 % after one yes) / 45.0 % intent (WER 0.326), noisy 41.3 / 26.7 (WER 0.417), en 62.5 / 70.0
and 56.2 / 30.0, typed it 95.7 / 86.7, en 100.0 / 100.0; no wrong write. Transcripts in
data/heard/heldout54_blind.jsonl. Tuned on since (2026-12-08, night: its typed phrasings, and the intent guesser's
examples through set 54)."""
SETS = {
    "main": SET,
    "heldout": HELDOUT,
    "heldout2": HELDOUT2,
    "heldout3": HELDOUT3,
    "heldout4": HELDOUT4,
    "heldout5": HELDOUT5,
    "heldout6": HELDOUT6,
    "heldout7": HELDOUT7,
    "heldout8": HELDOUT8,
    "heldout9": HELDOUT9,
    "heldout10": HELDOUT10,
    "heldout11": HELDOUT11,
    "heldout12": HELDOUT12,
    "heldout13": HELDOUT13,
    "heldout14": HELDOUT14,
    "heldout15": HELDOUT15,
    "heldout16": HELDOUT16,
    "heldout17": HELDOUT17,
    "heldout18": HELDOUT18,
    "heldout19": HELDOUT19,
    "heldout20": HELDOUT20,
    "heldout21": HELDOUT21,
    "heldout22": HELDOUT22,
    "heldout23": HELDOUT23,
    "heldout24": HELDOUT24,
    "heldout25": HELDOUT25,
    "heldout26": HELDOUT26,
    "heldout27": HELDOUT27,
    "heldout28": HELDOUT28,
    "heldout29": HELDOUT29,
    "heldout30": HELDOUT30,
    "heldout31": HELDOUT31,
    "heldout32": HELDOUT32,
    "heldout33": HELDOUT33,
    "heldout34": HELDOUT34,
    "heldout35": HELDOUT35,
    "heldout36": HELDOUT36,
    "heldout37": HELDOUT37,
    "heldout38": HELDOUT38,
    "heldout39": HELDOUT39,
    "heldout40": HELDOUT40,
    "heldout41": HELDOUT41,
    "heldout42": HELDOUT42,
    "heldout43": HELDOUT43,
    "heldout44": HELDOUT44,
    "heldout45": HELDOUT45,
    "heldout46": HELDOUT46,
    "heldout47": HELDOUT47,
    "heldout48": HELDOUT48,
    "heldout49": HELDOUT49,
    "heldout50": HELDOUT50,
    "heldout51": HELDOUT51,
    "heldout52": HELDOUT52,
    "heldout53": HELDOUT53,
    "heldout54": HELDOUT54,
}
