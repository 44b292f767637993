"""The phrase index (engine.fastpath.normalize) is built once per phrase list and kept: a list joined anew on every
call was indexed anew, and kept, on every call — about 0.7 MB a request never freed, an app left on all day at the
counter (and the test run) growing without end. Reading the same requests again indexes nothing new, and however
many lists come, the kept indexes stay bounded."""

from __future__ import annotations

from datetime import date

from engine.fastpath import normalize
from engine.fastpath.normalize import find_any
from engine.fastpath.parser import parse

TODAY = date(2026, 3, 2)
REQUESTS = [
    ("la Rossi domani a un imprevisto: sposta il tagliando della AB 123 CD a venerdì alle 10", "it"),
    ("non so ancora a che ora, prenota un tagliando per la AB 123 CD venerdì", "it"),
    ("il tagliando l'ha mai fatto da noi la AB 123 CD?", "it"),
    ("mercoledì non gli va bene: il cambio olio della AB 123 CD mettilo a giovedì alle 9", "it"),
    ("se possibile prenota la revisione della AB 123 CD lunedì alle 11, grazie", "it"),
    ("book an MOT for AB 123 CD on Friday at 10 or Saturday at 9", "en"),
    ("she can't make Monday, move the Clio AB 123 CD to Tuesday at 3 if we can", "en"),
]


def test_reading_the_same_requests_again_indexes_no_new_phrase_list() -> None:
    for text, language in REQUESTS:
        parse(text, language=language, today=TODAY)
    kept = len(normalize._INDEXES)
    for text, language in REQUESTS * 3:
        parse(text, language=language, today=TODAY)
    assert len(normalize._INDEXES) == kept


def test_the_kept_indexes_stay_bounded_however_many_lists_come() -> None:
    for n in range(normalize._MOST_INDEXES + 500):
        find_any(["a", "b"], [("w", str(n))])
    assert len(normalize._INDEXES) <= normalize._MOST_INDEXES
    assert find_any(["la", "ab"], [("ab",)]) == (1, ("ab",))  # still found, its index built again
