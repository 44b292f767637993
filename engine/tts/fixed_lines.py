"""The fixed words the app says: heads of the fast path's templates and the pipeline's whole lines.

A voice that is slow to start (Kokoro: one ONNX run per piece) can render these once and play them at
once: "Fatto:", "Il primo posto libero", "Non trovo nessun veicolo" begin a reply whose rest depends on
the turn; "Questo non lo so fare senza il modello in cloud." or "Puoi ripetere la targa lettera per
lettera?" never change. A head is the template's text before its first placeholder, without the
articles and prepositions that lean on the words after it ("Il primo posto libero per {service}" →
"Il primo posto libero"); a single word is a head only when punctuation ends it ("Fatto:") or it
opens a question ("Intendi {vehicle}?"). A plate's lead is the few words before a plate that opens a
sentence ("La {plate} è …" → "La", "Per la {plate}, …" → "Per la"): engine.tts.plate_speech says such
an opening from clips. The day words ("Oggi", "Domani", "Lunedì" …) are heads too, and a template that
opens with its day ("{day} ci sono {count} appuntamenti") gives the heads of "Oggi …" and "Domani …";
one with a channel gives one per channel ("Promemoria {channel} {when}" → "Promemoria SMS").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# Words that lean on what follows: a head never ends with one (it would be said cut off).
_LEANING = frozenset(
    [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "di", "del", "dello", "della",
        "dei", "degli", "delle", "per", "a", "al", "allo", "alla", "ai", "agli", "alle", "da", "dal",
        "dalla", "con", "su", "sul", "sulla", "in", "nel", "nella", "tra", "fra", "che", "e", "o", "non",
        "the", "an", "of", "for", "to", "at", "on", "with", "from", "by", "and", "or", "that",
    ]
)  # fmt: skip
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_PLATE_FIELDS = ("{plate}", "{heard}")
_LEAD_WORDS = 4


@dataclass(frozen=True)
class FixedLines:
    """`heads`: fixed beginnings of changing sentences; `whole`: sentences that never change;
    `plate_leads`: the words before a plate that opens a sentence (may be "": the plate comes first)."""

    heads: tuple[str, ...]
    whole: tuple[str, ...]
    plate_leads: tuple[str, ...] = ()


def head_of(template: str) -> str | None:
    """The fixed beginning of one sentence of a template, or None when it has none worth a clip."""
    cut = template.find("{")
    if cut < 0:
        return None
    words = template[:cut].split()
    while words and words[-1].lower() in _LEANING:
        words.pop()
    if not words or not words[0][0].isupper():
        return None  # nothing fixed, or a fragment of another sentence (" e altri {more}")
    if len(words) == 1 and words[0][-1] not in ":;," and not template.rstrip().endswith("?"):
        return None  # one bare word ("Annullo …"): only a question's verb stands alone ("Intendi …?")
    return " ".join(words)


def split_template(template: str) -> tuple[list[str], list[str]]:
    """One template → (heads of its sentences with a placeholder, its sentences without one)."""
    heads: list[str] = []
    whole: list[str] = []
    for sentence in _SENTENCE_END.split(template.strip()):
        if not sentence:
            continue
        if _PLACEHOLDER.search(sentence) is None:
            whole.append(sentence)
        elif (head := head_of(sentence)) is not None:
            heads.append(head)
    return heads, whole


def plate_lead(template: str) -> str | None:
    """The words before the plate of a sentence that opens with at most four fixed words and a plate."""
    cuts = [template.find(field) for field in _PLATE_FIELDS if field in template]
    if not cuts:
        return None
    before = template[: min(cuts)]
    if "{" in before or len(before.split()) > _LEAD_WORDS or (before and not before[0].isupper()):
        return None
    return before.strip()


def day_words(language: str) -> list[str]:
    """ "Oggi", "Domani" and the weekdays, capitalised as they open a reply ("Lunedì 30 novembre …")."""
    from i18n.dates import WORDS, weekday
    from i18n.languages import lookup

    monday = date(2024, 1, 1)
    words = [lookup(WORDS, "today", language), lookup(WORDS, "tomorrow", language)]
    words += [weekday(monday + timedelta(days=k), language) for k in range(7)]
    return [word[:1].upper() + word[1:] for word in words]


def fixed_lines(language: str) -> FixedLines:
    """Every head and whole line of the fast path's templates and the pipeline's replies in `language`."""
    from i18n.fastpath import CHANNELS, TEXTS, channel_name
    from i18n.languages import lookup
    from i18n.replies import REPLIES

    heads: dict[str, None] = {}
    whole: dict[str, None] = {}
    leads: dict[str, None] = {}
    days = day_words(language)
    heads.update(dict.fromkeys(days))
    templates = [
        *(lookup(TEXTS, k, language) for k in TEXTS),
        *(lookup(REPLIES, k, language) for k in REPLIES),
    ]
    # "{day} ci sono …" said of today or tomorrow: "Oggi ci sono", "Domani non ci sono appuntamenti."
    templates += [t.replace("{day}", day, 1) for t in templates if t.startswith("{day}") for day in days[:2]]
    # A channel is one of three names: "Promemoria SMS", "Conferma WhatsApp inviata."
    channels = [channel_name(channel, language) for channel in CHANNELS]
    named = [t.replace("{channel}", name) for t in templates if "{channel}" in t for name in channels]
    templates += [t[:1].upper() + t[1:] for t in named]  # as `say` writes it ("Text message confirmation …")
    for template in templates:
        template_heads, template_whole = split_template(template)
        heads.update(dict.fromkeys(template_heads))
        whole.update(dict.fromkeys(template_whole))
        for sentence in _SENTENCE_END.split(template.strip()):
            if (lead := plate_lead(sentence)) is not None:
                leads[lead] = None
    return FixedLines(tuple(heads), tuple(whole), tuple(leads))
