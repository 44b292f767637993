"""`officina bench speech`: the spoken test set through the real offline pipeline, scored per language and
per clean/noisy audio.

Each utterance of data/speech_set.jsonl (Italian and English, labelled with the reference transcript,
intent, slots, the plate it must resolve to, whether it writes and the right outcome) is rendered by
Kokoro (benches.speech_audio, cached), then run as one push-to-talk turn: VAD → STT (whisper, the
app's settings) → fast path → tools → spoken answer, on a fresh copy of the bench workshop
(benches.speech_workshop: 10,000+ vehicles, look-alike plates) with the clock fixed at the set's day.

Figures per language and condition:
- `wer`: word error rate of the transcript against the reference (lower case, no punctuation, digits
  one per word, short capitalised letter groups one letter per word, so "GH907MN", "GH 907 MN" and
  "G H 9 0 7 M N" are the same words);
- `plate_right_pct`: of the utterances naming a vehicle, those whose turn resolved to that vehicle
  (the fast path acted on it, or asked about something else naming it, or said the write back whole
  naming it; not when it asked about the vehicle itself);
- `intent_slots_right_pct`: the fast path's parse of the transcript has the labelled intent and slots
  (out-of-scope utterances: right when nothing was taken);
- `outcome_right_pct`: did it / asked / refused as labelled;
- `wrong_writes`: turns that wrote (or prepared a confirmed write) anything other than the labelled action;
- `questions`: turns that ended in a question;
- `said_back`: writes said back whole for a yes instead of made (heard over noise, or a plate heard
  only nearly); the bench answers as a careful person would: "sì" when the write said back has the
  labelled vehicle, day and time, else "no". `said_back_accepted` counts the yeses, and the
  `…_after_yes_pct` figures count as right a labelled "do" made after that one yes (plate, intent and
  slots, outcome);
- `vehicle_asked`: turns that ended on a question about the vehicle itself, a plate heard only nearly
  ("Intendi la Panda grigia GH907MN?"); the bench says "sì" only when it is the labelled vehicle
  (`vehicle_asked_accepted`), and the `…_after_yes_pct` figures count that vehicle as right and a labelled
  "do" carried out after the yes (a write after it is judged as the first turn's would be: wrong if the
  request was heard wrong). `plate_right_pct` never counts them;
- `first_audio_ms_p50/p95`: key release (the whole recording handed over) → first audio of the answer;
  with `ptt` the recording is spoken into the push-to-talk microphone in real time and the key released
  0.5 s after the last word, so STT that started while the key was held counts as in the app.
Condition `text` runs the reference transcripts instead of audio (no STT): the fast path's own ceiling.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import os
import re
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from benches import speech_audio as audio
from benches import speech_workshop as workshop
from benches.nlu import slot_mismatches
from benches.replay_mic import push_to_talk
from benches.speech_sets import SET
from benches.speech_sets import SETS as SETS  # re-exported: the tests and scripts know the sets from here
from engine.audio import FileSink
from engine.audio.quality import is_noisy
from engine.config import Settings
from engine.errors import ConfigError
from engine.fastpath import FastPath, intent_guess
from engine.fastpath.intents import WRITE_INTENTS
from engine.fastpath.parser import parse, taken_alone
from engine.pipeline import Pipeline
from engine.pipeline.engines import load_engines, make_voice_clips
from engine.trace import TraceRecorder
from engine.tts import KokoroTTS
from engine.tts.fixed_lines import FixedLines
from wp_api.contract import CallContext
from wp_api.local import LocalBackend

_LOGGER = logging.getLogger(__name__)

CONDITIONS = ("clean", "noisy", "text")
OUTCOMES = ("do", "ask", "refuse")
WRITE_TOOLS = frozenset(
    {
        "create_appointment",
        "reschedule_appointment",
        "cancel_appointment",
        "send_message",
        "schedule_reminder",
    }
)


def load_set(path: Path | None = None) -> list[dict[str, Any]]:
    """The labelled utterances, in file order."""
    path = path or SET
    if not path.exists():
        raise ConfigError(f"The speech test set is missing ({path}).")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        missing = {
            "id",
            "language",
            "spoken",
            "reference",
            "intent",
            "slots",
            "plate",
            "write",
            "outcome",
        } - set(row)
        if missing or row["outcome"] not in OUTCOMES:
            raise ConfigError(
                f"Speech set row {row.get('id', '?')} is malformed (missing {sorted(missing)})."
            )
    return rows


# --- scoring ---------------------------------------------------------------------------------------

_WORD = re.compile(r"[0-9]+|[^\W\d_]+", re.UNICODE)


def normalise_words(text: str) -> list[str]:
    """Words for WER: lower case, punctuation dropped, every digit a word, and a capitalised group of one
    to three letters (a plate's letters: "GH", "MN") one letter per word."""
    words: list[str] = []
    for match in _WORD.finditer(text.replace("’", "'").replace("'", " ")):
        token = match.group(0)
        if token.isdigit():
            words.extend(token)
        elif token.isupper() and len(token) <= 3:
            words.extend(token.lower())
        else:
            words.append(token.lower())
    return words


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1]


@dataclass
class TurnScore:
    """One utterance's turn, scored against its labels."""

    id: str
    language: str
    condition: str
    voice: str
    transcript: str
    ref_words: int
    word_errors: int
    intent: str | None
    parsed_plate: str | None
    intent_slots_right: bool
    problems: list[str]
    plate: str | None
    """The plate of the vehicle the utterance means (labelled)."""
    resolved_plate: str | None
    plate_right: bool | None
    """None when the utterance names no vehicle by plate."""
    outcome: str
    """do, ask, refuse or failed (taken, but it could not: not found, refused by the workshop...)."""
    outcome_right: bool
    wrote: bool
    wrong_write: bool
    first_audio_ms: float | None
    reply: str
    tools: list[str] = field(default_factory=list)
    said_back: bool = False
    said_back_accepted: bool = False
    done_after_yes: bool = False
    """The write said back was accepted and then made."""
    said_back_plate: str | None = None
    """The plate of the vehicle in the write said back."""
    vehicle_asked: bool = False
    """The turn ended on a question about the vehicle itself ("Intendi la Panda grigia AB123CD?")."""
    vehicle_asked_accepted: bool = False
    """That vehicle was the labelled one, and the person said yes."""
    careful: bool = False
    """The words were heard over a loud background: the fast path said a write back whole (as the app does)."""


def score_turn(
    row: dict[str, Any],
    condition: str,
    voice: str,
    result: Any,
    events: list[Any],
    today: date,
    fastpath: FastPath | None = None,
) -> TurnScore:
    """Score one finished turn (a TurnResult and its trace events) against the row's labels; the intent and slots
    as `fastpath` parses the transcript (with the workshop's own models it read), else as the tables alone do."""

    transcript = result.transcript or ""
    ref = normalise_words(row["reference"])
    errors = edit_distance(ref, normalise_words(transcript)) if condition != "text" else 0
    parsed = next((e for e in events if e.type == "fastpath_parsed"), None)

    # offline (as the bench runs) the fast path takes a request with words no table knows, its writes said back
    # whole, and guesses the intent of one no rule reads
    read = fastpath.parse if fastpath is not None else partial(parse, language=row["language"], today=today)
    p = taken_alone(read, transcript)[0] if transcript else None
    problems: list[str] = []
    # offline, a turn that asks nothing of the workshop ("No no, niente, lascia stare") may be answered that nothing
    # is done or open; no tool called, it is not taken
    nothing_done = (
        result.path == "fastpath" and not result.tool_calls and parsed is not None
        and parsed.reason in NOTHING_DONE
    )  # fmt: skip
    if row["intent"] is None:
        intent_ok = result.path != "fastpath" or nothing_done
        if not intent_ok:
            problems.append(f"taken as {parsed.intent if parsed else '?'}")
    elif p is None or p.intent != row["intent"]:
        intent_ok = False
        problems.append(
            f"intent: want {row['intent']}, got {p.intent if p else None} ({p.reason if p else 'no words'})"
        )
    calls = list(result.tool_calls or [])
    resolved = _resolved_plate(calls, result.pending) if result.path == "fastpath" else None
    if getattr(parsed, "reason", None) in NOT_FOUND:
        # "Non trovo nessun veicolo con targa …": a lookup along the way (a repair, a twin) may have listed the car,
        # but the answer names none, so the turn resolved to no vehicle
        resolved = None
    if result.path == "clarify" and parsed is not None and parsed.reason not in ASKED_ABOUT_VEHICLE:
        # a question about something else (the time, the service) or a write said back whole, naming the
        # vehicle looked up: the turn resolved to it ("Prenoto: … per la Ducato bianca DX093KP …. Confermi?")
        if parsed.reason in OFFERED:  # other times for the vehicle found: the answer books that one
            resolved = _resolved_plate(calls)
        else:
            resolved = _named_plate(calls, result.reply_text or "")
    plate_right = None if not row.get("plate") else resolved == row["plate"]
    if row["intent"] is not None and p is not None and p.intent == row["intent"]:
        slot_problems = slot_mismatches(row["slots"], p)
        if plate_right:  # a misheard plate that the workshop's data put right is the right vehicle
            slot_problems = [q for q in slot_problems if not q.startswith("plate:")]
        problems += _judged_by_the_write(slot_problems, row.get("slots") or {}, calls, result.pending)
        intent_ok = not problems
    if plate_right is False:
        problems.append(f"vehicle: want {row['plate']}, got {resolved}")
    wrote = result.pending is not None or any(c.name in WRITE_TOOLS and c.result.ok for c in calls)
    outcome = "refuse" if nothing_done else _outcome(result, parsed, calls)
    outcome_right = outcome == row["outcome"]
    if not outcome_right:
        problems.append(f"outcome: want {row['outcome']}, got {outcome}")
    wrong_write = wrote and not (
        row["outcome"] == "do"
        and row["write"]
        and (intent_ok or _cancels_what_was_meant(row, result.pending))
        and plate_right is not False
    )
    captured = next((e for e in events if e.type == "audio_captured"), None)
    careful = captured is not None and is_noisy(captured.snr_db)
    first = next((e for e in events if e.type == "tts_first_audio"), None)
    first_ms = (
        first.since_speech_end_s * 1000
        if first is not None and first.since_speech_end_s is not None
        else None
    )
    return TurnScore(
        id=row["id"], language=row["language"], condition=condition, voice=voice, transcript=transcript,
        ref_words=len(ref), word_errors=errors, intent=p.intent if p else None,
        parsed_plate=(p.slots.get("plate") if p else None), intent_slots_right=intent_ok, problems=problems,
        plate=row.get("plate"), resolved_plate=resolved, plate_right=plate_right, outcome=outcome, outcome_right=outcome_right,
        wrote=wrote, wrong_write=wrong_write, first_audio_ms=first_ms, reply=result.reply_text, careful=careful,
        tools=[c.name + ("" if c.result.ok else "!") for c in calls] + ([f"pending:{result.pending.tool}"] if result.pending else []),
    )  # fmt: skip


def says_what_was_meant(row: dict[str, Any], back: dict[str, Any], score: TurnScore | None = None) -> bool:
    """Would a careful person say yes to this write said back? Only to a labelled "do" write, with the
    labelled vehicle, day and time, and (from the turn's `score`) the labelled intent and other slots."""
    if row.get("outcome") != "do" or not row.get("write"):
        return False
    if row.get("plate") and back.get("plate") != row["plate"]:
        return False
    args = back.get("arguments") or {}
    start = str(args.get("start") or args.get("new_start") or "")
    slots = row.get("slots") or {}
    if back.get("tool") in ("create_appointment", "reschedule_appointment"):
        if slots.get("date") and start[:10] != slots["date"]:
            return False
        if slots.get("time") and start[11:16] != slots["time"]:
            return False
    if score is not None:  # the sentence says the service and the rest: wrong there, the person says no
        heard_wrong = [q for q in score.problems if not q.startswith(("plate:", "vehicle:", "outcome:"))]
        if heard_wrong or score.intent != row.get("intent"):
            return False
    return True


def answer_said_back(
    score: TurnScore, accepted: bool, after: Any, back_plate: str | None = None
) -> TurnScore:
    """`score` with the person's answer to the write said back, and what the answer's turn wrote: a
    write after a no, or after a yes to something else, is a wrong write."""
    made = any(c.name in WRITE_TOOLS and c.result.ok for c in after.tool_calls or [])
    score.said_back, score.said_back_accepted = True, accepted
    score.said_back_plate = back_plate
    score.done_after_yes = accepted and made
    if made and not accepted:
        score.wrong_write = True
        score.problems.append("a write after a no to a say-back")
    return score


def answer_vehicle_asked(row: dict[str, Any], score: TurnScore, accepted: bool, after: Any) -> TurnScore:
    """`score` with the person's answer to a question about the vehicle itself ("Intendi la Panda grigia AB123CD?"):
    yes only to the labelled vehicle. The answer's turn is judged as the first would have been with that vehicle: a
    labelled "do" carried out after the yes counts in the `…_after_yes_pct` figures; a write after a no, or a write
    of a request heard wrong (its intent, day, time or service), is a wrong write."""
    score.vehicle_asked, score.vehicle_asked_accepted = True, accepted
    calls = list(after.tool_calls or [])
    made = after.pending is not None or any(c.name in WRITE_TOOLS and c.result.ok for c in calls)
    heard = [q for q in score.problems if not q.startswith(("plate:", "vehicle:", "outcome:"))]
    heard_wrong = _judged_by_the_write(heard, row.get("slots") or {}, calls, after.pending)
    meant = accepted and row["outcome"] == "do" and score.intent == row["intent"] and not heard_wrong
    if made and not (meant and row["write"]):
        score.wrong_write = True
        score.problems.append("a write after the vehicle asked about, not the one meant")
    elif meant and (made or (not row["write"] and after.path == "fastpath" and _outcome(after, None, calls) == "do")):
        score.done_after_yes = True
    return score


OFFERED = frozenset({"slot_taken", "outside_hours", "off_grid", "closed_day"})
"""The fast path's reasons for offering other times (engine.fastpath.steps.slot_refusal): a question about
the time, for the vehicle already found (the write refused named it)."""

NOT_FOUND = frozenset({"vehicle_not_found"})
"""The fast path's reasons for answering that no vehicle was found."""

ASKED_ABOUT_VEHICLE = frozenset(
    {"fuzzy_plate", "ambiguous_vehicle", "plate_description_mismatch", "say_back:vehicle", "say_back:booked"}
)
"""The fast path's reasons for a question about the vehicle itself (which one, a plate heard only nearly):
such a turn did not resolve to a vehicle, whatever it looked up."""


def _cancels_what_was_meant(row: dict[str, Any], pending: Any) -> bool:
    """A cancellation card for exactly the labelled appointment (its vehicle, day and time): the labelled
    action prepared, even where the parse missed a slot the appointment was found without ("divenerdì")."""
    start = _carded_start(pending)
    if not start or row.get("intent") != "cancel":
        return False
    appointment = pending.display.get("appointment")
    slots = row.get("slots") or {}
    return (
        (not row.get("plate") or appointment.get("plate") == row["plate"])
        and (not slots.get("old_date") or start[:10] == slots["old_date"])
        and (not slots.get("old_time") or start[11:16] == slots["old_time"])
    )


def _carded_start(pending: Any) -> str:
    """The start of the appointment a cancellation card (still to be confirmed by a person) is about ("" if none):
    the card names it, and the person's yes cancels that one."""
    if pending is None or pending.tool != "cancel_appointment":
        return ""
    return str(((pending.display or {}).get("appointment") or {}).get("start") or "")


def _judged_by_the_write(problems: list[str], slots: dict[str, Any], calls: list[Any], pending: Any) -> list[str]:
    """`problems` less those the turn's write itself got right: a day or time the parse left out ("da venerdì a
    lunedì, stessa ora": the old hour kept), and the appointment's old day the parse left out or read another week
    ("non riesce a venire veniti": no day heard), judged by the appointment the write moved or cancelled, or the
    cancellation card (for a yes) is about."""
    written = _written_start(calls)
    acted_on = _acted_on_start(calls) or _carded_start(pending)
    return [
        q for q in problems
        if not (q.startswith("date:") and slots.get("date") and written[:10] == slots["date"])
        and not (q.startswith("time:") and slots.get("time") and written[11:16] == slots["time"])
        and not (q.startswith("old_date:") and slots.get("old_date") and acted_on[:10] == slots["old_date"])
        # a day the label left out that is the one of the appointment acted on ("ricordargli lunedì")
        and not (acted_on and q == f"old_date: not expected, got {acted_on[:10]}")
    ]  # fmt: skip


def _written_start(calls: list[Any]) -> str:
    """The start the turn booked or moved to ("" if it wrote none)."""
    for call in calls:
        if call.name in ("create_appointment", "reschedule_appointment") and call.result.ok:
            return str(call.arguments.get("start") or call.arguments.get("new_start") or "")
    return ""


def _appointments_seen(calls: list[Any]) -> dict[Any, dict[str, Any]]:
    """The appointments the turn's searches returned, by id."""
    return {
        a.get("appointment_id"): a
        for call in calls if call.name == "search_appointments" and call.result.ok
        for a in (call.result.data or {}).get("appointments") or []
    }  # fmt: skip


def _acted_on_start(calls: list[Any]) -> str:
    """The start the appointment a turn moved, cancelled or messaged about had ("" if it acted on none)."""
    seen = {key: str(a.get("start") or "") for key, a in _appointments_seen(calls).items()}
    for call in calls:
        if call.name in ("reschedule_appointment", "cancel_appointment") and call.result.ok:
            data = call.result.data or {}
            return str(data.get("previous_start") or (data.get("appointment") or {}).get("start") or "")
        if call.name in ("send_message", "schedule_reminder") and call.result.ok:
            return seen.get(call.arguments.get("appointment_id"), "")
    return ""


def _resolved_plate(calls: list[Any], pending: Any = None) -> str | None:
    """The vehicle the turn acted on: the one its write (or the cancellation card it prepared) is about; else
    the best match of its first successful find_vehicle. (A first lookup narrowed by the name said may
    return another plate fuzzily, "GR001LB of Ferrari" for GR 091 LB of Ferraresi, before the plate heard
    is read again: what was written or prepared is what counts.)"""
    for call in calls:
        if call.name in ("create_appointment", "reschedule_appointment") and call.result.ok:
            plate = ((call.result.data or {}).get("appointment") or {}).get("plate")
            if plate:
                return str(plate)
    if pending is not None and pending.tool == "cancel_appointment":
        plate = ((pending.display or {}).get("appointment") or {}).get("plate")
        if plate:
            return str(plate)
    acted = _acted_on_plate(calls)
    if acted is not None:
        return acted
    for call in calls:
        if call.name == "find_vehicle" and call.result.ok:
            matches = (call.result.data or {}).get("matches") or []
            return str(matches[0].get("plate")) if matches else None
    return None


def _acted_on_plate(calls: list[Any]) -> str | None:
    """The plate of the appointment a write about one was made on (a reminder, a confirmation, a message),
    read from the appointments the turn's searches returned; else of the vehicle, among the lookups' matches,
    whose history or appointments were read. A look-alike topping the fuzzy lookup ("GN402CE" for "GN402.E"
    heard, the Outlander GN402GE meant and written) is not what was acted on."""
    plates = {key: str(a["plate"]) for key, a in _appointments_seen(calls).items() if key is not None and a.get("plate")}
    for call in calls:
        if call.name in WRITE_TOOLS and call.result.ok and call.arguments.get("appointment_id") in plates:
            return plates[call.arguments["appointment_id"]]
    # a read or write on a vehicle of the lookup's matches (its history, its appointments): that vehicle
    found: dict[Any, str] = {}
    for call in calls:
        if call.name == "find_vehicle" and call.result.ok:
            for match in (call.result.data or {}).get("matches") or []:
                found.setdefault(match.get("vehicle_id"), str(match.get("plate")))
    for call in calls:
        if call.name != "find_vehicle" and call.result.ok and call.arguments.get("vehicle_id") in found:
            return found[call.arguments["vehicle_id"]]
    return None


def _named_plate(calls: list[Any], reply: str) -> str | None:
    """The vehicle a question or a say-back names: the first plate its lookups found that the reply says (a
    look-alike may top the first lookup before the plate heard is ranked again: "DV338NE" for "DW338NE")."""
    for call in calls:
        if call.name == "find_vehicle" and call.result.ok:
            for match in (call.result.data or {}).get("matches") or []:
                if match.get("plate") and str(match["plate"]) in reply:
                    return str(match["plate"])
    return None


NOTHING_DONE = frozenset({"declined", "nothing_open"})
"""The fast path's reasons for answering that nothing is done ("Va bene, non faccio niente.") or open to confirm."""


def _outcome(result: Any, parsed: Any, calls: list[Any]) -> str:
    if (
        result.path == "clarify"
    ):  # the pipeline speaks the fast path's question only for a command it understood
        return "ask" if parsed is not None and parsed.intent and parsed.clarification else "refuse"
    if result.path != "fastpath":
        return "failed"
    if result.pending is not None or any(c.name in WRITE_TOOLS and c.result.ok for c in calls):
        return "do"
    intent = parsed.intent if parsed is not None else None
    if getattr(parsed, "reason", None) in NOT_FOUND:
        # "Non trovo nessun veicolo con targa …. Puoi ripetere la targa …?": no vehicle named, whatever a hidden lookup
        # along the way (the repair's candidates) found: the plate asked again, or nothing done
        return "ask" if getattr(parsed, "clarification", None) else "failed"
    if intent in WRITE_INTENTS:
        return "failed"
    # A call that failed counts only when no later call of the same tool did what it could not: the plate read
    # as heard and missed, then found by its heard forms, is the answer given, not a failure.
    for i, call in enumerate(calls):
        if not _did(call) and not any(later.name == call.name and _did(later) for later in calls[i + 1 :]):
            if _no_such_customer(intent, call):
                continue
            return "failed"
    return "do"


def _no_such_customer(intent: str | None, call: Any) -> bool:
    """ "Che auto ha Zapparoli?" of a name on no record: "Non trovo clienti con quel nome" is the answer asked for
    (the name itself is scored as the "customer" slot), not a lookup that failed. Nor is a word the fast path looked
    up as a name only to decide (a hidden call: "la Colciago vuole anticipare … FX0412G") that names nobody: the
    answer is what the turn's other calls found or did not."""
    if call.name != "find_customer" or call.result.error is None or call.result.error.code != "not_found":
        return False
    return intent == "customer_vehicles" or not getattr(call, "shown", True)


def _did(call: Any) -> bool:
    """The call succeeded, and a vehicle lookup found a vehicle."""
    if not call.result.ok:
        return False
    return call.name != "find_vehicle" or bool((call.result.data or {}).get("matches"))


def summarise(scores: list[TurnScore]) -> dict[str, Any]:
    """The figures of one language and condition."""
    n = len(scores)
    plates = [s for s in scores if s.plate_right is not None]
    ref_words = sum(s.ref_words for s in scores)
    times = sorted(s.first_audio_ms for s in scores if s.first_audio_ms is not None)
    outcomes = {k: sum(s.outcome == k for s in scores) for k in (*OUTCOMES, "failed")}
    return {
        "utterances": n,
        "wer": round(sum(s.word_errors for s in scores) / ref_words, 3) if ref_words else None,
        "plate_utterances": len(plates),
        "plate_right_pct": _pct(sum(bool(s.plate_right) for s in plates), len(plates)),
        "plate_parsed_right_pct": _pct(sum(s.parsed_plate == s.plate for s in plates), len(plates)),
        "intent_slots_right_pct": _pct(sum(s.intent_slots_right for s in scores), n),
        "outcome_right_pct": _pct(sum(s.outcome_right for s in scores), n),
        "outcomes": outcomes,
        "wrong_writes": sum(s.wrong_write for s in scores),
        "writes": sum(s.wrote for s in scores),
        "questions": outcomes["ask"],
        "said_back": sum(s.said_back for s in scores),
        "said_back_accepted": sum(s.said_back_accepted for s in scores),
        "vehicle_asked": sum(s.vehicle_asked for s in scores),
        "vehicle_asked_accepted": sum(s.vehicle_asked_accepted for s in scores),
        "outcome_right_after_yes_pct": _pct(sum(s.outcome_right or s.done_after_yes for s in scores), n),
        "plate_right_after_yes_pct": _pct(
            sum(
                bool(s.plate_right) or (s.said_back_accepted and s.said_back_plate == s.plate)
                or s.vehicle_asked_accepted
                for s in plates
            ),
            len(plates),
        ),
        "intent_slots_right_after_yes_pct": _pct(
            sum(s.intent_slots_right or s.done_after_yes for s in scores), n
        ),
        "first_audio_ms_p50": round(statistics.median(times), 1) if times else None,
        "first_audio_ms_p95": round(_percentile(times, 0.95), 1) if times else None,
    }


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _percentile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


# --- running ---------------------------------------------------------------------------------------


def select(
    rows: list[dict[str, Any]],
    *,
    lang: str | None = None,
    limit: int | None = None,
    ids: list[str] | None = None,
) -> list[tuple[int, dict[str, Any]]]:
    """(position in the set, row) of the rows asked for; `limit` counts per language."""
    chosen: list[tuple[int, dict[str, Any]]] = []
    per_lang: dict[str, int] = {}
    for position, row in enumerate(rows):
        if lang and row["language"] != lang:
            continue
        if ids and row["id"] not in ids:
            continue
        if limit is not None and per_lang.get(row["language"], 0) >= limit:
            continue
        per_lang[row["language"]] = per_lang.get(row["language"], 0) + 1
        chosen.append((position, row))
    return chosen


def workshop_db(rows: list[dict[str, Any]], customers: int) -> Path:
    """The bench workshop, built once per fixture version and size (cached next to the audio)."""

    path = audio.cache_dir() / f"workshop-{workshop.fingerprint(rows, customers)}.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # built aside and moved into place whole: a run stopped mid-build leaves no half workshop in the cache
        building = path.with_name(f"{path.stem}.{os.getpid()}.building")
        try:
            workshop.build(building, rows, customers=customers)
            os.replace(building, path)
        finally:
            for left in building.parent.glob(f"{building.name}*"):
                left.unlink(missing_ok=True)
    return path


async def _run_language(
    language: str,
    picked: list[tuple[int, dict[str, Any]]],
    conditions: list[str],
    voice_choices: list[Any],
    db: Path,
    renderer: Any,
    folder: Path,
    clips: bool = True,
    stt_options: dict[str, Any] | None = None,
    ptt: bool = False,
    speak: bool = True,
    heard: dict[tuple[str, str], TurnScore] | None = None,
) -> list[TurnScore]:
    """Score `picked` in each condition; with `heard`, the transcripts of an earlier run ((id, condition) →
    turn) are answered instead, as typed text (heard over noise where that turn was), with no audio or STT."""

    fixed_now = workshop.now()

    def clock() -> Any:
        return fixed_now

    settings = Settings(language=language, offline_only=True, fastpath_enabled=True)
    engines = await asyncio.to_thread(load_engines, settings, install=False, voices=speak)
    await asyncio.to_thread(intent_guess.warm)  # as the app's warm-up does: not on the first turn that guesses
    if clips:  # Kokoro's clips of the fixed words, as the desktop makes them once idle (kept on disk)
        await asyncio.to_thread(make_voice_clips, engines)
    else:
        for _voice_id, tts in engines.voices.values():
            if isinstance(tts, KokoroTTS):
                tts.use_clips(FixedLines((), ()))
    if engines.stt is None and heard is None and any(c != "text" for c in conditions):
        raise ConfigError("Speech-to-text is not installed: run `officina models install whisper-base`.")
    if stt_options and engines.stt is not None:
        set_options = getattr(engines.stt, "update_options", None)
        if set_options is None:
            raise ConfigError("This speech-to-text engine takes no decoding options.")
        try:
            set_options(**stt_options)
        except TypeError as exc:
            raise ConfigError(f"Unknown speech-to-text option in {sorted(stt_options)}: {exc}") from exc
    scores: list[TurnScore] = []
    try:
        # whisper's first run is slow: one warm-up turn, not scored
        warm = [(c, p, r) for c in conditions for p, r in picked]
        if warm and warm[0][0] != "text" and heard is None:
            _, position, row = warm[0]
            first = renderer.audio(
                row["spoken"], language, audio.voice_for(position, voice_choices), noisy=False
            )
            if engines.stt is not None:
                await engines.stt.transcribe(first, language=language, prompt=None)
        for condition in conditions:
            for position, row in picked:
                voice = audio.voice_for(position, voice_choices)
                before = heard.get((row["id"], condition)) if heard is not None else None
                if heard is not None and before is None:
                    continue
                samples = None
                if condition != "text" and before is None:
                    samples = await asyncio.to_thread(
                        renderer.audio, row["spoken"], language, voice, noisy=condition == "noisy"
                    )
                turn_db = folder / "turn.sqlite3"
                for stale in folder.glob("turn.sqlite3*"):
                    stale.unlink()
                shutil.copyfile(db, turn_db)
                backend = LocalBackend(turn_db, now=clock, kick_outbox=False)
                pipeline = await Pipeline.create(
                    settings, backend=backend, player=FileSink(), actor="bench", recorder=TraceRecorder(None),
                    engines=engines, warm_up=False,
                )  # fmt: skip
                pipeline.fastpath = FastPath(backend, language=language, now=clock)
                # the workshop's models read before the turn, as the app's warm-up reads them once (and again in the
                # background): read within the turn, they had been counted in every turn's first audio
                await pipeline.fastpath.read_models(CallContext(session_id=pipeline.session_id, actor="bench"))
                if not pipeline.fastpath.models_read:  # the log says why; a turn without them is not the app's
                    raise ConfigError("The bench workshop's models could not be read for the fast path.")
                events: list[Any] = []
                pipeline.add_listener(events.append)
                try:
                    release_to_first: float | None = None
                    if samples is not None and ptt:
                        # the rendered audio ends 0.5 s after the last word: the key is released there
                        turn = await push_to_talk(pipeline, samples, hold_after_s=0.0)
                        result, release_to_first = turn.result, turn.release_to_first_audio_s
                    elif samples is not None:
                        result = await pipeline.run_audio_turn(samples)
                    elif before is not None:
                        careful = "noisy" if before.careful else None
                        result = await pipeline.run_text_turn(before.transcript, careful=careful)
                    else:
                        result = await pipeline.run_text_turn(row["reference"])
                    score = score_turn(
                        row, condition, before.voice if before else voice.name, result, events, fixed_now.date(),
                        pipeline.fastpath,
                    )  # fmt: skip
                    if before is not None:  # as heard then: the same words over the same background
                        score = dataclasses.replace(score, careful=before.careful, first_audio_ms=None)
                    if ptt and samples is not None:
                        first_ms = None if release_to_first is None else release_to_first * 1000
                        score = dataclasses.replace(score, first_audio_ms=first_ms)
                    back = pipeline.fastpath.said_back
                    asked = pipeline.fastpath.vehicle_asked
                    if back is None and asked is not None:  # "Intendi la …?": yes to the labelled vehicle only
                        accepted = bool(row.get("plate")) and asked.get("plate") == row["plate"]
                        answer = ("sì" if language == "it" else "yes") if accepted else "no"
                        after = await pipeline.run_text_turn(answer)
                        score = answer_vehicle_asked(row, score, accepted, after)
                        back = pipeline.fastpath.said_back if accepted else None  # the write then said back
                    if back is not None:  # the person's answer to the write said back
                        accepted = says_what_was_meant(row, back, score)
                        answer = ("sì" if language == "it" else "yes") if accepted else "no"
                        after = await pipeline.run_text_turn(answer)
                        score = answer_said_back(score, accepted, after, back.get("plate"))
                finally:
                    await pipeline.aclose()
                    await backend.aclose()
                _LOGGER.info(
                    "%s %s: %s", row["id"], condition, "ok" if not score.problems else score.problems
                )
                scores.append(score)
    finally:
        if engines.stt is not None:
            await engines.stt.aclose()
    return scores


def run(
    *,
    lang: str | None = None,
    limit: int | None = None,
    ids: list[str] | None = None,
    styles: tuple[str, ...] | None = None,
    speeds: tuple[float, ...] | None = None,
    conditions: tuple[str, ...] = ("clean", "noisy"),
    customers: int | None = None,
    details: bool = False,
    out: Path | None = None,
    set_path: Path | None = None,
    render_only: bool = False,
    clips: bool = True,
    stt_options: dict[str, Any] | None = None,
    ptt: bool = False,
    speak: bool = True,
    heard_from: list[Path] | None = None,
) -> dict[str, Any]:
    """Run the bench (blocking) and return its figures; `out` gets one JSON line per scored turn;
    `heard_from`: the transcripts saved by earlier runs (`out`) are answered again by today's fast path
    and tools, with no audio or STT (seconds, not minutes: what a change to the fast path alone does);
    `set_path` replaces the shipped set (same format); `clips=False` speaks without Kokoro's clips;
    `speak=False` scores what was understood and done without speaking the answers (no voice is loaded,
    no first-audio figures: Kokoro's runs are most of an Italian turn's time);
    `stt_options` are whisper decoding options (`FasterWhisperSTT.update_options`) to measure against
    the defaults; `ptt`: each recording is spoken in real time into the push-to-talk microphone (STT and
    the fast path start while the key is held, as in the app) and `first_audio_ms` is key release →
    first audio."""

    started = time.perf_counter()
    rows = load_set(set_path)
    heard = None
    if heard_from:
        heard = {(s.id, s.condition): s for s in _load_turns(heard_from) if s.condition in conditions}
        unknown_ids = sorted({i for i, _ in heard} - {r["id"] for r in rows})
        if unknown_ids:
            raise ConfigError(
                f"{', '.join(unknown_ids[:3])} … are not in this speech set: give the --set those turns were run on."
            )
        if ptt or render_only:
            raise ConfigError("Transcripts heard earlier have no audio to speak or render.")
        ids = sorted({i for i, _ in heard} & set(ids or {i for i, _ in heard}))
        speak = False  # no audio, no first-audio figures
    picked = select(rows, lang=lang, limit=limit, ids=ids)
    if not picked:
        raise ConfigError("No utterance of the speech set matches the options given.")
    unknown = set(styles or ()) - set(_kokoro_styles())
    if unknown:
        raise ConfigError(f"Unknown Kokoro style(s): {', '.join(sorted(unknown))}.")
    voice_choices = audio.voices(styles or audio.STYLES, speeds or audio.SPEEDS)
    renderer = audio.Renderer()
    if render_only:  # make the missing WAVs (e.g. ahead of a run), nothing else
        for position, row in picked:
            voice = audio.voice_for(position, voice_choices)
            for condition in conditions:
                if condition != "text":
                    renderer.audio(row["spoken"], row["language"], voice, noisy=condition == "noisy")
        return {
            "utterances": len(picked),
            "rendered_now": renderer.rendered,
            "audio_cache": str(renderer.folder),
        }
    db = workshop_db(rows, customers or workshop.CUSTOMERS)
    scores: list[TurnScore] = []
    with tempfile.TemporaryDirectory(prefix="officina-bench-speech-") as tmp:
        for language in ("it", "en"):
            mine = [(p, r) for p, r in picked if r["language"] == language]
            if mine:
                scores += asyncio.run(
                    _run_language(
                        language,
                        mine,
                        list(conditions),
                        voice_choices,
                        db,
                        renderer,
                        Path(tmp),
                        clips,
                        stt_options,
                        ptt,
                        speak,
                        heard,
                    )
                )
    results: dict[str, dict[str, Any]] = {}
    for language in ("it", "en"):
        for condition in conditions:
            chosen = [s for s in scores if s.language == language and s.condition == condition]
            if chosen:
                results.setdefault(language, {})[condition] = summarise(chosen)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for s in scores:
                fh.write(json.dumps(s.__dict__, ensure_ascii=False) + "\n")
    failures = [
        {
            "id": s.id,
            "condition": s.condition,
            "voice": s.voice,
            "heard": s.transcript,
            "problems": s.problems,
        }
        for s in scores
        if s.problems
    ]
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "results": results,
        "voices": [v.name for v in voice_choices],
        "voice_clips": clips,
        "spoken": speak,
        "workshop": {"vehicles": _count_vehicles(db), "today": workshop.today().isoformat()},
        "rendered_now": renderer.rendered,
        "audio_cache": str(renderer.folder),
        "machine": {"cpus": os.cpu_count(), "load_avg_1m": round(load[0], 2) if load else None},
        **({"stt_options": stt_options} if stt_options else {}),
        "first_audio_from": "key release, spoken in real time (push-to-talk)"
        if ptt
        else "the whole recording",
        "bench_seconds": round(time.perf_counter() - started, 1),
        **({"failures": failures} if details else {"failures_count": len(failures)}),
    }


def merge(files: list[Path]) -> dict[str, Any]:
    """The figures of turns recorded by earlier runs (`--out`), as one result: a bench run in pieces."""
    latest = {(s.id, s.condition): s for s in _load_turns(files)}  # a turn run twice counts once (the later run)
    results: dict[str, dict[str, Any]] = {}
    for language in ("it", "en"):
        for condition in CONDITIONS:
            chosen = [s for s in latest.values() if s.language == language and s.condition == condition]
            if chosen:
                results.setdefault(language, {})[condition] = summarise(chosen)
    return {"results": results, "turns": len(latest), "files": [str(f) for f in files]}


def _load_turns(files: list[Path]) -> list[TurnScore]:
    """The turns written by earlier `--out` runs, in file order."""
    scores: list[TurnScore] = []
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"Cannot read {path}: {exc.strerror}.") from exc
        try:
            turns = [json.loads(line) for line in lines if line.strip()]
            for turn in turns:
                # written before turns recorded it: the noisy copies are mixed at 10 dB, well under the
                # 25 dB at which the app answers carefully; the clean recordings are far above it
                turn.setdefault("careful", turn.get("condition") == "noisy")
            scores += [TurnScore(**turn) for turn in turns]
        except (TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{path} is not a file of turns written by `bench speech --out`.") from exc
    return scores


def _kokoro_styles() -> tuple[str, ...]:
    from engine.tts.kokoro import STYLES

    return STYLES


def _count_vehicles(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM vehicles").fetchone()[0])
    finally:
        conn.close()
