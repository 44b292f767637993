"""The offline fast path: common counter commands understood locally, run on the tools, answered from the templates in i18n.fastpath.

How it is laid out, each arrow an import that never runs back:

    front.FastPath          the front the pipeline holds: parse, ask back, take the answer (choices)
      → execution.Execution one parse carried out; its end (answer, refusal, question, failure) → outcome
        → handlers/         one async function per intent (booking, lookups, messages), given a Context
          → steps           the shared steps: vehicle (plate repair), service, appointment, free slot
            → context       Context (backend, clock, language, choices, calls), Stop, why
    parser → intents, dates, numbers, services, vehicles, plates_spoken → plate_hearing → plate_symbols
    parser → misheard (whisper's spellings put back; English ones first: heard_en; its little words last:
             little_words) → sounds_like
"""

from __future__ import annotations

from engine.fastpath.front import FastPath
from engine.fastpath.outcome import FastPathOutcome
from engine.fastpath.parser import HANDLE_THRESHOLD, Parse, parse

__all__ = ["HANDLE_THRESHOLD", "FastPath", "FastPathOutcome", "Parse", "parse"]
