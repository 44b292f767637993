"""Streaming sentence splitter for Italian and English LLM output (a sentence goes to TTS as soon as it ends)."""

from __future__ import annotations

import logging
import re

_LOGGER = logging.getLogger(__name__)

# Lower-case, without the final dot. A dot after one of these does not end a sentence.
ABBREVIATIONS = frozenset(
    {
        # Italian titles and common abbreviations
        "sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa", "dr", "prof", "prof.ssa", "ing", "avv",
        "geom", "rag", "arch", "spett", "egr", "gent", "gent.mo", "gent.ma", "ecc", "es", "ca", "cfr",
        "pag", "tel", "cell", "n", "nr", "num", "art", "p.es", "c.a", "s.p.a", "s.r.l", "srl", "spa",
        "int", "sc", "fig", "vol", "ore",
        # English
        "mr", "mrs", "ms", "st", "vs", "etc", "e.g", "i.e", "approx", "jr", "sr", "inc", "ltd", "co",
        "dept", "ave", "rd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    }
)  # fmt: skip

# Terminator run, optional closing quotes/brackets, then whitespace.
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’»)\]]*)(\s+)")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SOFT_BREAK = re.compile(r"[,;:]\s")


class SentenceSplitter:
    """`push_text(delta)` returns the sentences that delta completed; `flush()` returns the rest.

    A `.` ends a sentence only when followed by whitespace and then a capital letter, digit or
    opening quote, and the word before it is not an abbreviation ("Sig.", "Dott.", "ecc.", "e.g.")
    or a single capital initial. Decimals ("3.5"), times ("9.30") and plates ("AB 123 CD") contain
    no dot followed by a space, so they never split. A blank line always ends a sentence; an overlong
    sentence is cut at its last comma/semicolon after `max_chars`.

    `eager_first=True` also cuts the FIRST piece at its first comma/semicolon/colon ("Fatto, ..."):
    Piper's cost grows with the sentence's length, so a short first clause is heard sooner.
    """

    def __init__(self, *, max_chars: int = 300, eager_first: bool = False) -> None:
        self._buffer = ""
        self._max_chars = max_chars
        self._eager_first = eager_first
        self._emitted = False

    def push_text(self, delta: str) -> list[str]:
        """Add streamed text; return every sentence now known to be complete."""
        self._buffer += delta
        return self._drain(final=False)

    def flush(self) -> list[str]:
        """End of the text: return whatever is left as sentences."""
        sentences = self._drain(final=True)
        rest = self._buffer.strip()
        self._buffer = ""
        return [*sentences, rest] if rest else sentences

    def _drain(self, *, final: bool) -> list[str]:
        sentences: list[str] = []
        while True:
            cut = self._next_cut(final)
            if cut is None:
                break
            sentence, self._buffer = self._buffer[:cut].strip(), self._buffer[cut:].lstrip()
            if sentence:
                sentences.append(sentence)
                self._emitted = True
        return sentences

    def _next_cut(self, final: bool) -> int | None:
        text = self._buffer
        candidates: list[int] = []
        para = _PARAGRAPH.search(text)
        if para:
            candidates.append(para.start())
        for match in _BOUNDARY.finditer(text):
            follow = match.end()
            if follow >= len(text) and not final:
                break  # wait for the next character to decide
            if _is_boundary(text, match, follow):
                candidates.append(match.end(2))
                break
        if self._eager_first and not self._emitted:
            soft = _SOFT_BREAK.search(text)
            if soft and (soft.end() < len(text) or final):
                candidates.append(soft.end())
        if candidates:
            return min(candidates)
        if len(text) > self._max_chars:
            breaks = [m.end() for m in _SOFT_BREAK.finditer(text, 0, len(text))]
            return breaks[-1] if breaks else None
        return None


def _is_boundary(text: str, match: re.Match[str], follow: int) -> bool:
    terminator = match.group(1)
    if any(ch in terminator for ch in "!?…") or len(terminator) > 1:
        return True
    next_char = text[follow] if follow < len(text) else ""
    if next_char and not (next_char.isupper() or next_char.isdigit() or next_char in "\"'“‘«(["):
        return False
    word = re.search(r"(\S+)$", text[: match.start(1)])
    if word is None:
        return True
    token = word.group(1).lstrip("\"'“‘«([").lower()
    if token in ABBREVIATIONS:
        return False
    return not (len(token) == 1 and token.isalpha() and word.group(1)[-1].isupper())


def clauses(sentence: str, *, lead_in: bool = True) -> list[str]:
    """One sentence cut after each comma, semicolon or colon that a space follows.

    For an engine that makes a sentence in one piece (Kokoro): its first audio waits for the first
    clause only, and later clauses are made while earlier ones play. "89,50" and "9:30" hold no break.
    `lead_in` also cuts a long first clause short (`_lead_in`); without it, only the punctuation cuts.
    """
    pieces: list[str] = []
    start = 0
    for match in _SOFT_BREAK.finditer(sentence):
        piece = sentence[start : match.end()].strip()
        if piece:
            pieces.append(piece)
        start = match.end()
    rest = sentence[start:].strip()
    pieces = [*pieces, rest] if rest else pieces
    return [*_lead_in(pieces[0]), *pieces[1:]] if pieces and lead_in else pieces


# Words a spoken phrase may start with: a long first clause is cut before one of them.
_PHRASE_STARTS = frozenset(
    ["per", "alle", "alla", "al", "allo", "agli", "ai", "a", "di", "del", "della", "dello", "dei", "delle", "con", "su", "sul", "sulla", "tra", "fra", "da", "dal", "dalla", "che", "e", "o", "ma", "perché", "quando", "è", "for", "at", "on", "in", "with", "to", "from", "of", "by", "and", "or", "but", "that", "which", "when", "is"]
)
_LEAD_IN_WORDS = 6
# Words the first piece keeps at least: two say something ("L'ultimo tagliando | della GH 907 MN è
# stato …", "La GH 907 MN | è la Panda …"); Kokoro's run time grows with the piece (docs/PERFORMANCE.md).
_LEAD_IN_MIN = 2
# Never cut right after one of these: they belong to the word after ("si è", "ci sono", "non è").
_CLINGING = frozenset(
    ["si", "ci", "ne", "non", "mi", "ti", "vi", "lo", "la", "le", "li", "il", "un", "una", "che", "the", "a", "an", "not"]
)  # fmt: skip


def _lead_in(clause: str) -> list[str]:
    """A first clause of more than six words cut before a phrase start ("per", "alle", "è") after its second word.

    The first audio waits for the whole first piece: "Fatto: tagliando per la Panda GH 907 MN di
    Rossi" is heard after "tagliando" is made, not after the plate and the name are.
    """
    words = clause.split(" ")
    if len(words) <= _LEAD_IN_WORDS:
        return [clause]
    for k in range(_LEAD_IN_MIN, len(words) - 2):
        if words[k].lower() in _PHRASE_STARTS and words[k - 1].lower() not in _CLINGING:
            return [" ".join(words[:k]), " ".join(words[k:])]
    return [clause]
