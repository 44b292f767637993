"""Hallucination filter: decide whether a decoded whisper segment is speech or an artefact."""

from __future__ import annotations

import logging
import re
import zlib
from dataclasses import dataclass

_LOGGER = logging.getLogger(__name__)

# Whisper's well-known phantom outputs on silence, noise and music (subtitle credits from its
# training data). Matched on normalised text: lower case, no punctuation.
PHANTOM_SUBSTRINGS = (
    "sottotitoli a cura di",
    "sottotitoli creati dalla comunità amara",
    "amara org",
    "thanks for watching",
    "thank you for watching",
    "please subscribe",
    "iscriviti al canale",
    "grazie per la visione",
    "subtitles by",
)
# Whole-segment phantoms: only dropped when the model itself doubts there was speech.
PHANTOM_EXACT = ("you", "thank you", "e", "grazie", "bye", "okay", "ok", "so", "oh")


@dataclass(frozen=True)
class FilterOptions:
    """Thresholds of the filter (defaults follow whisper's, measured on Piper speech and noise)."""

    no_speech_threshold: float = 0.6
    """With a low log-probability, above this no-speech probability the segment is silence."""
    logprob_threshold: float = -1.0
    certain_no_speech: float = 0.85
    """Above this no-speech probability the segment is dropped whatever its log-probability."""
    min_logprob: float = -1.5
    """Below this average log-probability the text is too unlikely to be what was said."""
    compression_ratio_threshold: float = 2.4
    """Above this gzip ratio the text is repetitive (a decoding loop)."""
    phantom_doubt: float = 0.3
    """Exact phantoms ("you", "grazie") are dropped when the no-speech probability exceeds this."""


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def drop_reason(
    text: str, *, avg_logprob: float, no_speech_prob: float, options: FilterOptions = FilterOptions()
) -> str | None:
    """Why this segment looks like a hallucination, or None when it should be kept."""
    norm = normalise(text)
    if not norm:
        return "empty"
    ratio = compression_ratio(text)
    if no_speech_prob >= options.certain_no_speech:
        return f"no speech (p={no_speech_prob:.2f})"
    if no_speech_prob >= options.no_speech_threshold and avg_logprob < options.logprob_threshold:
        return f"no speech (p={no_speech_prob:.2f}, logprob {avg_logprob:.2f})"
    if ratio > options.compression_ratio_threshold:
        return f"repetitive (compression ratio {ratio:.1f})"
    if avg_logprob < options.min_logprob:
        return f"low confidence (logprob {avg_logprob:.2f})"
    for phrase in PHANTOM_SUBSTRINGS:
        if phrase in norm:
            return f"phantom phrase ({phrase!r})"
    if norm in PHANTOM_EXACT and no_speech_prob >= options.phantom_doubt:
        return f"phantom phrase ({norm!r}, p={no_speech_prob:.2f})"
    return None


def split_repeat(text: str, *, min_words: int = 3, cut: bool = False) -> tuple[str, str]:
    """Split off a tail that repeats the start of the text ("Find plate GH456KL. Find plate GH"),
    which whisper produces when it decodes past the end of a short utterance, or a run of the same
    group said again and again ("FG 123 HK, FG 123 HK, FG 123 HK", a prompted plate looped). Returns
    (head, tail); tail is "" when there is no such repeat.

    `cut`: the decode was stopped by its token budget, so the text may end inside a loop's copy
    ("… the day before. Send a WhatsApp conf"): that last, partial copy counts as one."""
    looped = _split_loop(text, cut=cut)
    if looped is not None:
        return looped
    sentences = [m.group(0).strip() for m in re.finditer(r"[^.?!]+[.?!]*", text) if m.group(0).strip()]
    if len(sentences) < 2:
        return text, ""
    first = normalise(sentences[0]).split()
    for i in range(1, len(sentences)):
        tail_words = normalise(" ".join(sentences[i:])).split()
        if len(tail_words) >= min(min_words, len(first)) and first[: len(tail_words)] == tail_words:
            return " ".join(sentences[:i]), " ".join(sentences[i:])
    return text, ""


_WORD_AT = re.compile(r"\w+")


def _split_loop(text: str, *, min_times: int = 3, cut: bool = False) -> tuple[str, str] | None:
    """The same group of words said `min_times` or more times in a row, whatever the punctuation
    between ("FG 123 HK, FG 123 HK, FG 123 HK"): (text with one copy, the copies dropped), or None.
    A single word counts only when it holds a digit, and a bare number only when it comes back once
    more than that ("no, no, no" is speech, and so is the "3, 3, 3" of a plate). With `cut`, the
    text's end may be a copy broken off by the token budget (its first words, the last one partly)."""
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _WORD_AT.finditer(text)]
    tokens = [w for w, _, _ in words]
    for n in range(1, 13):
        for i in range(len(tokens) - n * (min_times - cut) + 1):
            unit = tokens[i : i + n]
            if n == 1 and not any(c.isdigit() for c in unit[0]):
                continue
            times = 1
            while tokens[i + times * n : i + (times + 1) * n] == unit:
                times += 1
            end = i + times * n  # past the last whole copy
            broken = cut and n > 1 and _starts(unit, tokens[end:])
            if times + broken < min_times + (n == 1 and unit[0].isdigit()):
                continue
            first_end = words[i + n - 1][2]
            last_end = words[len(tokens) - 1][2] if broken else words[end - 1][2]
            rest = text[last_end:].lstrip(" ,;")
            head = text[:first_end] + ((" " + rest) if rest.strip(" .,;!?") else text[last_end:].strip(" ,;"))
            return head.strip(), text[first_end:last_end].strip(" ,;.")
    return None


def _starts(unit: list[str], rest: list[str]) -> bool:
    """`rest` is the start of one more copy of `unit`, cut anywhere (its last word may be cut too)."""
    if not rest or len(rest) > len(unit):
        return False
    *whole, last = rest
    return unit[: len(whole)] == whole and unit[len(whole)].startswith(last)
