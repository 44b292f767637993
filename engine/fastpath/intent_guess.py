"""What a request asks for, guessed from the counter's own sentences when no rule reads it.

The fast path's rules read a request by its words (`intents`, `cues`, `parser`); a phrasing none of them knows
("Tira una riga sulla diagnosi di martedì 30 marzo", "fammi l'elenco, ora per ora, delle macchine di domani") is
refused, though the request is an everyday one. Here a naive Bayes classifier, trained on the labelled requests
of the speech sets that were tuned on (as written and as whisper heard them: `data/intent_examples.jsonl`, made by
`python -m benches.intent_examples`), names the intent those sentences' words point to, and only when it is far
surer of one intent than of any other (`MARGIN`, in log-odds; below it, the refusal stands). It never decides a
slot: the parser's own readers fill the day, the hour, the plate and the service as for any request.

Offline only (`FastPath.handle(..., alone=True)`): with a model in the cloud, the words go to it. A write taken on
a guess is always said back whole for a yes (`Parse.careful == "guessed"`), never made as heard; a read is
answered (it changes nothing). Measured in docs/PERFORMANCE.md ("The intent guessed ...").
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from engine.fastpath.intents import WRITE_INTENTS

_LOGGER = logging.getLogger(__name__)

EXAMPLES = Path(__file__).resolve().parent / "data" / "intent_examples.jsonl"
"""The labelled requests the guesser learns from: one JSON object per line, `language`, `intent` (None for a
request the fast path must refuse: out of scope, a campaign, chit-chat) and `text`."""

MARGIN = 10.0
"""How much likelier (natural log) the best intent must be than the next one, the refusal ("None") included,
before it is taken. Chosen on sets 30 to 47 as whisper heard them, each guessed by a model trained on the sets
before it only: at 10, Italian clean 101 right of 106 taken (none where nothing was to be done), Italian noisy
195 of 204, English 106 of 108; at 6, Italian clean 132 of 143 (one where nothing was to be done)."""

MARGIN_WRITE = 8.0
"""The margin for a write: one so taken is always said back whole for a yes, so a wrong guess costs a "no", never
a write. Chosen on sets 30 to 48 through `parser.taken_alone` (each set guessed by a model of the sets before it;
the refusals read past included): Italian heard, writes taken right 131 → 142, wrong 2 → 5, none where nothing
was to be done; at 6, 162 right, 7 wrong, and one where nothing was (docs/PERFORMANCE.md)."""

_WORD = re.compile(r"[a-zàèéìíòóùú#']+")


def features(text: str) -> set[str]:
    """The words of `text` (lower case, every number one "#"), its word pairs, and its longer words' first five
    letters (so "rinviamo" and "rinviare" share "rinvi")."""
    words = [w.strip("'") for w in _WORD.findall(re.sub(r"[0-9]+", "#", text.lower()))]
    words = [w for w in words if w]
    found = {f"w:{w}" for w in words} | {f"b:{a}_{b}" for a, b in itertools.pairwise(words)}
    return found | {f"p:{w[:5]}" for w in words if len(w) >= 5}


@dataclass
class _Model:
    """Per language: how many examples each intent has, and in how many of them each feature occurs."""

    examples: Counter[str] = field(default_factory=Counter)
    seen: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    vocabulary: set[str] = field(default_factory=set)

    def learn(self, intent: str, text: str) -> None:
        self.examples[intent] += 1
        for feature in features(text):
            self.seen[intent][feature] += 1
            self.vocabulary.add(feature)

    def scores(self, text: str) -> list[tuple[float, str]]:
        """Each intent's log-likelihood for `text` (best first); features never seen in training are left out."""
        known = features(text) & self.vocabulary
        total = sum(self.examples.values())
        scored = []
        for intent, count in self.examples.items():
            seen = self.seen[intent]
            score = math.log(count / total) + sum(math.log((seen[f] + 0.5) / (count + 1)) for f in known)
            scored.append((score, intent))
        return sorted(scored, reverse=True)


@cache
def _models() -> dict[str, _Model]:
    """The examples learnt, per language; none (nothing guessed, the refusals stand) where the file cannot be read."""
    models: dict[str, _Model] = defaultdict(_Model)
    try:
        with EXAMPLES.open(encoding="utf-8") as lines:
            for line in lines:
                example = json.loads(line)
                models[example["language"]].learn(str(example["intent"]), example["text"])
    except (OSError, ValueError, KeyError) as exc:
        _LOGGER.warning("The intent guesser's examples could not be read (%s): no intent is guessed", exc)
        return {}
    return dict(models)


def warm() -> None:
    """Learn the examples now (≈ 0.3 s), off the turn that would first need them."""
    _models()


def guess_intent(text: str, language: str) -> str | None:
    """The intent `text` asks for when the examples point to it by `MARGIN` or more (`MARGIN_WRITE` for a write,
    said back); else None (refuse)."""
    model = _models().get(language)
    if model is None:
        return None
    scored = model.scores(text)
    if len(scored) < 2:
        return None
    (best, intent), (second, _) = scored[0], scored[1]
    if intent == "None" or best - second < (MARGIN_WRITE if intent in WRITE_INTENTS else MARGIN):
        return None
    return intent


def leaning_to(text: str, language: str) -> str | None:
    """The intent the examples rate likeliest for `text`, by any margin; None when that is the refusal. Evidence
    only: a caller takes it with evidence of its own (`parser.taken_alone`: a booking's slots said)."""
    model = _models().get(language)
    scored = model.scores(text) if model is not None else []
    if not scored or scored[0][1] == "None":
        return None
    return scored[0][1]
