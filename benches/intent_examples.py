"""Write engine/fastpath/data/intent_examples.jsonl, the requests the offline intent guesser learns from
(engine.fastpath.intent_guess): every labelled request of the speech sets tuned on, as written (`reference`) and as
whisper heard it (benches/data/heard: the replays kept of each set), with its intent.

Sets still kept blind are left out, so that their figures stay estimates: the ones never tuned on (`KEPT_BLIND`)
and every set after `TUNED_THROUGH` (the newest, written blind and measured before anything learns from it). When a
set is tuned on, raise `TUNED_THROUGH` and run `uv run python -m benches.intent_examples`; the test
tests/engine/fastpath/test_intent_guess.py fails while the file is not what this writes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benches import speech_sets
from engine.fastpath.intent_guess import EXAMPLES

TUNED_THROUGH = 54
"""The newest set tuned on: the sets after it are not learnt from."""

KEPT_BLIND = frozenset({"heldout3", "heldout5", "heldout7", "heldout8"})
"""Sets never tuned on (benches/speech_sets.py says so of each): kept so, nothing learns from them."""

HEARD = Path(speech_sets.__file__).resolve().parent / "data" / "heard"


def _number(name: str) -> int:
    return 0 if name == "main" else int(name[len("heldout") :] or 1)


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _heard_file(name: str) -> Path | None:
    for candidate in (HEARD / f"{name}_blind.jsonl", HEARD / f"{name}.jsonl"):
        if candidate.exists():
            return candidate
    return None


def examples() -> Iterator[dict[str, Any]]:
    """The examples in a fixed order (set by set, written before heard), each text once per language and intent."""
    seen: set[tuple[str, str | None, str]] = set()
    for name, path in speech_sets.SETS.items():
        if name in KEPT_BLIND or _number(name) > TUNED_THROUGH:
            continue
        labelled = {row["id"]: row for row in _rows(path)}
        said = [(row["language"], row["intent"], row["reference"]) for row in labelled.values()]
        heard_path = _heard_file(name)
        heard = [] if heard_path is None else [
            (row["language"], labelled[row["id"]]["intent"], row["transcript"])
            for row in _rows(heard_path) if row["id"] in labelled and row.get("transcript")
        ]  # fmt: skip
        for language, intent, text in [*said, *heard]:
            key = (language, intent, text.strip())
            if key in seen:
                continue
            seen.add(key)
            yield {"language": language, "intent": intent, "text": key[2]}


def render() -> str:
    return "".join(json.dumps(example, ensure_ascii=False) + "\n" for example in examples())


def main() -> int:
    EXAMPLES.parent.mkdir(parents=True, exist_ok=True)
    EXAMPLES.write_text(render(), encoding="utf-8")
    print(f"wrote {EXAMPLES} ({sum(1 for _ in examples())} examples, sets through {TUNED_THROUGH})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
