"""A day or an hour of the request that whisper base misheard, put back before the dates are read.

Whisper base writes an Italian day as it sounds, often run into the words around it: a preposition glued on
("addomani", "davenerdi"), "alle" stuck to the day or its hour ("venerdiale 11", "allenove", "all'E3"), the day's
first "l" taken by the article ("all'unedì 30"), a weekday one or two sounds off ("venedi", "mekkole di 16"),
"lunedì" heard "non è di", "tre dicembre" heard "13mbre", a correcting "no" heard as a 9 on the date ("179"),
and a weekday glued to the word before it (`weekday_run_on`). Each is put back only where a day is said (its date,
its hour, "prossimo" or a preposition beside it), so that `dates` checks a weekday against its date and asks when
they disagree: a day is never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from engine.fastpath.sounds_like import edit_distance
from engine.fastpath.weekday_run_on import weekday_run_on

DAY_WORDS = ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "domani",
              "dopodomani", "oggi")  # fmt: skip


def _hour_word(rest: str) -> bool:
    """`rest` is an hour of the working day, in digits or words ("9", "nove", "dieci")."""
    from engine.fastpath.numbers import word_to_number

    value = word_to_number(rest) if rest else None
    return value is not None and 1 <= value <= 20


def _hour_without_alle(tokens: list[str], i: int) -> bool:
    """tokens[i] is a weekday's date (or its month, `_month_of_weekday`) with an hour right after it and nothing
    of a plate after that ("venerdì 11 9 e poi …": alle 9; "venerdì 18 dicembre, 9 e mezza", set 42, dictated
    with a comma for its "alle"; "venerdì 11, 9 4 5 …" is a plate's digits, left as heard)."""
    from engine.fastpath.numbers import word_to_number
    from engine.fastpath.plate_symbols import LETTER_WORDS

    if _month_of_weekday(tokens, i):
        if not tokens[i + 1 : i + 2] or not tokens[i + 1].isdigit():
            return False  # only an hour in digits: "martedì 22 dicembre, uno per uno" counts
        if _compact_hour(tokens[i + 1]):
            return True  # "giovedì 17 dicembre 1730" (whisper's 17:30, set 42): `dates` reads it after "alle"
        if tokens[i + 2 : i + 3] and tokens[i + 2] not in _HOUR_GOES_ON:
            return False  # "martedì 22 dicembre, 1 per 1": a count, no hour
        i -= 1  # the date's own checks, its hour after the month
        tokens = [*tokens[:i + 1], *tokens[i + 2 :]]
    if i < 1 or tokens[i - 1] not in DAY_WORDS[:7] or i + 1 >= len(tokens):
        return False
    day = word_to_number(tokens[i])
    if day is None or not 1 <= day <= 31 or not tokens[i].isdigit() or not _hour_word(tokens[i + 1]):
        return False
    if tokens[i] in ("13", "16"):
        return False  # "giovedì 13.9": "tre di(cembre)", its "alle" lost, left for `dates` to check (time asked)
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    if after in _HOURS_COUNTED:
        return False  # "venerdì 11, 1 ora dopo": hours counted, the appointment shifted, no hour of the day
    return not (after.isdigit() or after in LETTER_WORDS or (len(after) == 1 and after.isalpha() and after != "e"))


def _month_of_weekday(tokens: list[str], i: int) -> bool:
    """Is tokens[i] the month of a weekday's date in digits ("giovedì 17 dicembre")? Only a weekday's: "dal 3
    dicembre 10 giorni" names no day whose hour could follow."""
    return (
        tokens[i] in _IT_MONTHS and i >= 2 and tokens[i - 1].isdigit() and tokens[i - 2] in DAY_WORDS[:7]
    )


_HOUR_GOES_ON = frozenset({"e", "meno", "in", "del", "di", "della", "precise", "esatte", "circa"})
"""What may follow an hour dictated after its date's month ("17 e 30", "9 meno un quarto", "10 in punto", "3 del
pomeriggio"); else it ends the request."""


def _compact_hour(tok: str) -> bool:
    """Is `tok` an hour of the working day written with its minutes and no colon ("1730", "930")?"""
    if not (tok.isdigit() and len(tok) in (3, 4)):
        return False
    hour, minutes = divmod(int(tok), 100)
    return 7 <= hour <= 19 and minutes < 60 and minutes % 5 == 0


_HOURS_COUNTED = frozenset({"ora", "ore"})
"""Said after a number that counts hours ("1 ora dopo", "2 ore prima"): a shift, never the hour itself."""


_HOUR_NAMES = ("una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici")
_WHEN_BEFORE_HOUR = frozenset({*DAY_WORDS, "novembre", "dicembre", "gennaio"})
"""Said right before "alle" and the hour: the day, or the month of its date ("lunedì 14 dicembre alle 3")."""
_ALLE_HOUR_RUN_ON = re.compile(r"all?e(?P<hour>[a-z]{2,})")


def _alle_hour_heard(tokens: list[str], known: frozenset[str]) -> list[str]:
    """The hour's "alle" heard cut or run on right after the day or its month: "dicembre alette" (alle tre, its ll
    said once and the r of "tre" lost), "dopodomani le 10" (its a lost). Put back only after a day or a month, only
    for a word no table knows whose rest is one sound from one hour's name, or "le" before an hour in digits."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        after_day = i > 0 and tokens[i - 1] in _WHEN_BEFORE_HOUR
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        then = tokens[i + 2] if i + 2 < len(tokens) else ""
        if tok == "le" and out[-1:] == ["al"] and _hour_word(nxt) and not then.isdigit():
            out[-1] = "alle"  # "giovedì 3, al le 3 e mezza" (set 50): "alle" written in two, no Italian "al le"
            continue
        found = _ALLE_HOUR_RUN_ON.fullmatch(tok) if after_day and tok not in known else None
        hours = [h for h in _HOUR_NAMES if found and edit_distance(found["hour"], h, 1) <= 1]
        if len(hours) == 1:
            out.extend(["alle", hours[0]])
        elif after_day and tok == "le" and nxt.isdigit() and _hour_word(nxt) and not then.isdigit():
            out.append("alle")  # "dopodomani le 10 mi metti …"
        else:
            out.append(tok)
    return out


def _alle_put_back(tokens: list[str]) -> list[str]:
    """ "lunedì 14 4": the "alle" lost between a weekday's date and its hour put back (`_hour_without_alle`)."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        out.append(tok)
        if _hour_without_alle(tokens, i):
            out.append("alle")
    return out


_RANGE_OPENERS = frozenset({"dal", "da", "dall", "tra", "fra"})
"""Said before a date, they make the "al" after it a range's end ("dal 3 dicembre al 5"), not the hour's "alle"."""
_HOUR_CLOSERS = frozenset({"del", "di", "e", "in", "mattina", "pomeriggio", "sera"})
"""What may follow an hour ("al 3 del pomeriggio", "al 10 e mezza", "al 9 in punto"): after a month, an "al" before
a number is the hour's only when one of these or the sentence's end follows."""


def _alle_cut_after_date(tokens: list[str], i: int) -> bool:
    """Is tokens[i] the hour's "alle" heard cut to "al" or as "allo" right after a day's date? Over workshop noise
    its "e" goes or turns to "o" ("sabato 5 al 10", "martedì 15 dicembre allo 5 del pomeriggio", "mercoledì 9 al 5
    del pomeriggio"). After a weekday and its number, or after a month; never with "dal"/"tra" before the date
    ("dal 3 dicembre al 5" is a range), and after a month "al" only when what follows the number closes an hour."""
    from engine.fastpath.numbers import word_to_number

    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    then = tokens[i + 2] if i + 2 < len(tokens) else ""
    if tok not in ("al", "allo") or i < 2 or not _hour_word(nxt) or then.isdigit():
        return False
    if _RANGE_OPENERS & set(tokens[max(0, i - 4) : i]):
        return False
    if tokens[i - 2] in DAY_WORDS[:7] and word_to_number(tokens[i - 1]):
        return True
    month = tokens[i - 1] in _IT_MONTHS and word_to_number(tokens[i - 2]) is not None
    return month and (tok == "allo" or then in _HOUR_CLOSERS or then == "")


def _weekday_clicked(tok: str) -> str:
    """A weekday's stressed "ì" heard with a click after it ("venerdic", "alunedic"): the "c" dropped. Only a
    weekday ending in "i" (or one run onto its preposition) loses it; any other word keeps its letters."""
    if not tok.endswith("dic"):
        return tok
    stem = tok[:-1]
    days = [d for d in DAY_WORDS[:5] if stem.endswith(d)]
    return stem if days and stem[: -len(days[0])] in ("", "a", "ad", "da", "dal", "di") else tok


_NUMBER_HEARD = {"tri": "tre", "sate": "sette"}
"""A day's number as whisper wrote it run onto its weekday, its vowel closed ("da gioveditri": da giovedì tre) or
opened ("lunedissate": lunedì sette, set 26)."""


def _glued_number(rest: str) -> str:
    """What follows a weekday run on, as its number's word: its first consonant doubled as Italian says it after
    the stressed "ì" ("lunedissette": lunedì sette) said once, then a vowel heard off put back (`_NUMBER_HEARD`)."""
    if len(rest) > 3 and rest[0] == rest[1] and rest[0] not in "aeiou":
        rest = rest[1:]
    return _NUMBER_HEARD.get(rest, rest)


def _run_together(tokens: list[str]) -> list[str]:
    """A preposition and a day heard as one word, the consonant doubled as Italian says it ("addomani",
    "allunedi": a domani, a lunedì; "davenerdi": da venerdì), and a day with the "a" of "alle" stuck to it
    ("venerdia le 10"), a weekday with its date run on ("lunedisette"), "alle" with its hour ("allenove"),
    "alle" cut to "al" after a weekday's date ("sabato 5 al 10"), "di" run onto a weekday ("divenerdi") and a
    weekday heard with a click after its "ì" ("venerdic", "alunedic"), a weekday with "alle" run on before its
    hour ("venerdiale 11"), and "alle" written elided with its "e" on the hour ("all'E3": alle 3)."""
    from engine.fastpath.numbers import word_to_number

    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok, nxt = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok.endswith("a") and tok[:-1] in DAY_WORDS and nxt in ("le", "lle"):
            out.extend([tok[:-1], "alle"])
            i += 2
            continue
        day_at = next((d for d in DAY_WORDS[:7] if tok in (d + "ale", d + "alle")), None)
        if day_at and _hour_word(nxt):  # "spostalo a venerdiale 11": venerdì alle 11
            out.extend([day_at, "alle"])
            i += 1
            continue
        glued = next(
            (d for d in DAY_WORDS[:7] if tok.startswith(d) and word_to_number(_glued_number(tok[len(d) :]))),
            None,
        )
        if glued:  # "lunedisette": lunedì sette; "gioveditri": giovedì tre; "lunedissate": lunedì sette
            out.extend([glued, _glued_number(tok[len(glued) :])])
            i += 1
            continue
        if _alle_cut_after_date(tokens, i):  # "sabato 5 al 10", "martedì 15 dicembre allo 5 del pomeriggio"
            out.append("alle")
            i += 1
            continue
        if _hour_without_alle(tokens, i):  # "venerdì 11 9": the "alle" lost between the date and the hour
            out.extend([tok, "alle"])
            i += 1
            continue
        pair = re.fullmatch(r"(\d{1,2})-(\d{1,2})", tok)
        if pair and i >= 1 and tokens[i - 1] in DAY_WORDS[:7] and _hour_without_alle([tokens[i - 1], *pair.groups()], 1):
            out.extend([pair[1], "alle", pair[2]])  # "venerdì 11-10", written as a range
            i += 1
            continue
        if tok == "all" and nxt[:1] == "e" and nxt[1:].isdigit() and _hour_word(nxt[1:]):
            out.extend(["alle", nxt[1:]])  # "All'E3, no, alle 4": "alle 3", its "e" written onto the hour
            i += 2
            continue
        at = next((a for a in ("alle", "ale") if tok.startswith(a) and _hour_word(tok[len(a) :])), None)
        if at:  # "allenove", "Ale4": alle nove, alle 4
            out.extend(["alle", tok[len(at) :]])
            i += 1
            continue
        tok = _weekday_clicked(tok)
        day = next((d for d in DAY_WORDS if tok in (f"a{d}", f"a{d[0]}{d}", f"ad{d}")), None)
        since = next((d for d in DAY_WORDS if tok in (f"da{d}", f"dal{d}")), None)  # "davenerdi"
        of = next((d for d in DAY_WORDS[:7] if tok == f"di{d}"), None)  # "divenerdi": di venerdì
        out.extend(["a", day] if day else ["da", since] if since else ["di", of] if of else [tok])
        i += 1
    return out


_ARTICLE_RUN_ON = {"all": "al", "dall": "dal", "dell": "del", "nell": "nel"}
"""An article whisper wrote elided onto the day after it ("a lunedì" heard "all'unedì"): the article as said."""


def _day_after_article(
    tokens: list[str], known: frozenset[str], same_sound: Callable[[str], set[str]]
) -> list[str]:
    """ "spostala all'unedì 30", "all'uned 7": a day's first "l" run into the article before it ("a lunedì",
    "al lunedì"), put back when "l" and the piece after the article sound exactly like a weekday or a month
    (its last stressed vowel maybe lost: "uned"). With its date right after it, a weekday with vowels lost after
    its opening ("dall'UND 7": dal lunedì 7) too: `dates` still asks the day when weekday and date disagree. The
    day's "l" written as an article alone ("tagliando l'UND 7", "l'unedì 30") is the day's own."""
    from engine.fastpath.dates import MONTHS, WEEKDAYS  # local: dates imports nothing from here

    days = set(WEEKDAYS) | set(MONTHS)
    out: list[str] = []
    for k, tok in enumerate(tokens):
        before = out[-1] if out else ""
        piece, _, rest = tok.partition("-")  # "all'UNED-7": the day's number written onto it
        if (before in _ARTICLE_RUN_ON or before == "l") and piece.isalpha() and len(piece) >= 3 and piece not in known:
            same = same_sound("l" + piece) | same_sound("l" + piece + "i")
            heard = same & days
            if not heard and _dated(rest or (tokens[k + 1] if k + 1 < len(tokens) else "")):
                heard = {d for d in WEEKDAYS if _vowels_lost("l" + piece, d)}
            if len(heard) == 1 and (not rest or rest.isdigit()):
                if before == "l":  # "tagliando l'UND 7": the day's own "l" written as an article
                    out.pop()
                else:
                    out[-1] = _ARTICLE_RUN_ON[before]
                out.extend([heard.pop(), *([rest] if rest else [])])
                continue
        out.append(tok)
    return out


def _dated(tok: str) -> bool:
    """`tok` is a day of the month in digits, so a weekday said before it is checked against it."""
    return tok.isdigit() and 1 <= int(tok) <= 31


def _vowels_lost(heard: str, day: str) -> bool:
    """`heard` is `day` with only some of its vowels lost after its first three letters ("lund": lunedì), so
    the weekday's opening is whole and its consonants all said in order."""
    if len(heard) < 4 or heard[:3] != day[:3]:
        return False
    said = list(day[3:])
    for c in heard[3:]:
        while said and said[0] != c and said[0] in "aeiou":
            said.pop(0)
        if not said or said[0] != c:
            return False
        said.pop(0)
    return all(d in "aeiou" for d in said)


_BEFORE_WEEKDAY = frozenset({"da", "a", "per", "dal", "al", "fino", "entro"})
_AFTER_WEEKDAY = frozenset({"alle", "mattina", "pomeriggio", "prossimo"})
_NEXT_WEEK = frozenset({"prossimo", "prossima"})
_DAY_OF = frozenset({"quella", "quello", "appuntamento", "prenotazione"})
"""Said before "di" and a day ("quella di venerdì", "l'appuntamento di venerdì"): after any other word, "di" may
name whose ("la Punto di Sabati"), so the day is put back there only with its date after it."""


def _tail_apart(tokens: list[str], i: int) -> bool:
    """tokens[i + 1] is a weekday's last syllable heard apart over the noise, right before its date ("sava to 5
    dicembre": sabato 5): a short word, then a day of the month in digits (so `dates` checks the weekday). A syllable
    has a vowel: letters with none are a plate's first ("della Vencer, DM 7 3 8 GW", set 41: no "venerdì 7")."""
    from engine.fastpath.numbers import word_to_number

    if i + 2 >= len(tokens) or not tokens[i + 2].isdigit():
        return False
    tail = tokens[i + 1]
    return (
        1 <= len(tail) <= 3 and tail.isalpha() and any(v in tail for v in "aeiouy")
        and (word_to_number(tokens[i + 2]) or 0) in range(1, 32)
    )  # fmt: skip


def _weekday_misheard(tokens: list[str], known: frozenset[str]) -> list[str]:
    """A weekday with one sound lost or swapped ("venedi", "venet di": venerdì): put back when no known word, one
    edit from one weekday only (Monday to Saturday), and said where a day is: after "da"/"a"/"per", after "quella
    di" (`_DAY_OF`), or before its date ("venet di 11"). Its "di" may be heard apart ("venet di"); so heard and
    before its date, two edits ("mekkole di 16": mercoledì, found speaking to the app under Xvfb). Letters
    read one by one ("venedi" is also "v e n e d i") would be a plate only with a digit beside them."""
    from engine.fastpath.numbers import word_to_number

    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        for pieces in (1, 2, 3):  # "venedi", or "venet di" with its "di" heard apart, or "sava to 5" before its date
            if pieces == 2 and tokens[i + 1 : i + 2] != ["di"] and not _tail_apart(tokens, i):
                continue  # "venne i di 23" may still be three pieces
            if pieces == 3 and tokens[i + 1 : i + 3] != ["i", "di"]:
                break
            heard = "".join(tokens[i : i + pieces])
            after = tokens[i + pieces] if i + pieces < len(tokens) else ""
            where = (
                (out and out[-1] in _BEFORE_WEEKDAY)
                or (out[-2:-1] != [] and out[-1] == "di" and out[-2] in _DAY_OF)
                or (word_to_number(after) or 0) in range(1, 32)
                or after in _AFTER_WEEKDAY  # "giuvedì alle tre": a day before its time
            )
            # its "di" heard apart and its date after it ("mekkole di 16", "meccolo di 9"): two sounds off too
            # or "prossimo" after it ("Mekkole di prossimo": mercoledì prossimo, held-out set 18)
            dated = pieces >= 2 and ((word_to_number(after) or 0) in range(1, 32) or after in _NEXT_WEEK)
            near = 2 if dated and len(heard) >= 8 else 1
            days = (
                [d for d in DAY_WORDS[:6] if edit_distance(heard, d, near) <= near and (near == 1 or d[:2] == heard[:2])]
                if len(heard) >= 6 and tok.isalpha() and tok not in known and heard not in known and where
                and not (pieces == 3 and out and out[-1] in _CLITICS)  # "ne venne i di 4": the verb
                else []
            )
            if len(days) != 1:
                days = _known_word_dated(tok, heard, pieces, out[-1:], after)
            if len(days) == 1:
                out.append(days[0])
                i += pieces
                break
        else:
            out.append(tok)
            i += 1
            continue
        if len(days) != 1:
            out.append(tok)
            i += 1
    return out


_TEEN_MONTH = re.compile(r"(1[36])mbre")


def _december_run_on(tokens: list[str]) -> list[str]:
    """ "tre dicembre" heard as "tredici" and the month's end ("giovedì 13mbre": giovedì 3 dicembre; "sei
    dicembre" as "16mbre"): put back only right after a weekday, so the date is checked against it (`dates`
    merges a weekday and a date only when they agree, else asks which day)."""
    out: list[str] = []
    skip = False
    for i, tok in enumerate(tokens):
        if skip:
            skip = False
            continue
        found = _TEEN_MONTH.fullmatch(tok)
        after_day = bool(out) and out[-1] in DAY_WORDS[:7]
        if found is not None and after_day:
            out.extend([str(int(found.group(1)) - 10), "dicembre"])
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("13", "16") and after_day and (_MONTH_END_APART.fullmatch(nxt) or _month_cut_to_c(tokens, i + 1)):
            out.extend([str(int(tok) - 10), "dicembre"])  # "giovedì 13 centri": giovedì 3 dicembre
            skip = True
            continue
        out.append(tok)
    return out


_MONTH_END_APART = re.compile(r"(?:[csz]?e[mn][bt]r[eiao]|mbre)")
"""The end of "dicembre" heard as a word of its own after the "tredi-" taken for 13 ("13 centri", "13 sembre",
"13 embre" with its c lost over the noise, held-out set 28)."""
_MONTH_CUT_THEN = frozenset({"", "alle", "all", "nel", "di", "mattina", "pomeriggio"})


def _month_cut_to_c(tokens: list[str], i: int) -> bool:
    """ "giovedì 13.C.": the end of "dicembre" cut to its first sound, written as the letter C, after the "tredi-"
    taken for 13 (held-out set 28). Only as the request's last word or before the hour or the part of the day, so
    a C that opens a plate's letters ("giovedì 13, C D 4 …") stays a letter."""
    nxt = tokens[i] if i < len(tokens) else None
    then = tokens[i + 1] if i + 1 < len(tokens) else ""
    return nxt in ("c", "ce", "ci") and then in _MONTH_CUT_THEN


_WEEKDAY_CUT = {"saba": "sabato"}
"""A weekday heard cut short before its date ("Saba 5 dicembre": sabato 5, held-out set 32), put back only right
before a day of the month (1 to 31), where `dates` checks the weekday against its date and asks when they
disagree. ("venne di 4", a weekday two sounds off, is `_weekday_misheard`'s, with its verb kept.)"""


def _day_of_month(tok: str) -> bool:
    """`tok` is a day of the month, in digits or in words ("15", "quindici")."""
    from engine.fastpath.numbers import word_to_number

    day = word_to_number(tok)
    return day is not None and 1 <= day <= 31


def _weekday_cut(tokens: list[str]) -> list[str]:
    """`tokens` with a weekday heard cut (`_WEEKDAY_CUT`) put back where a day of the month follows it."""
    return [
        _WEEKDAY_CUT[tok] if tok in _WEEKDAY_CUT and i + 1 < len(tokens) and _day_of_month(tokens[i + 1]) else tok
        for i, tok in enumerate(tokens)
    ]


_DECEMBER_AFTER_DI = re.compile(r"[cg]em{1,2}(?:b?r[aeo]|ore|e)")
"""The end of "dicembre" heard as a word of its own after its "di" ("15 di Cemre", "11 di Cemme", "5 di Gemre",
"21 di cemore", held-out sets 32 and 33): none of these is an Italian word."""


def _december_cut_at_di(tokens: list[str]) -> list[str]:
    """ "martedì 15 dicembre" heard "Marte di 15 di Cemre": the month split after its "di" and the rest written as
    it sounds, its b lost or its c voiced. Put back only right after a day of the month (1 to 31, in digits or
    words), so "di" + the heard end is the month of that date; `dates` still checks it against any weekday said
    and asks when they disagree, and a booking is said back or written only as the date reads."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        cut = tok == "di" and out and i + 1 < len(tokens) and _DECEMBER_AFTER_DI.fullmatch(tokens[i + 1])
        if cut and _day_of_month(out[-1]):
            out.append("dicembre")
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


_MONDAY_AS_NOT = (("non", "e", "di"), ("non", "edi"), ("none", "di"), ("nonedi",))
_DAY_THEN = frozenset({"alle", "all", "mattina", "pomeriggio", "sera"})


_DAY_ASKED_OF = frozenset({"viene", "vengono", "arriva", "arrivano", "appuntamenti", "programma"})
_PARTS = frozenset({"mattina", "pomeriggio"})


def _monday_as_not(tokens: list[str]) -> list[str]:
    """ "lunedì 30 alle 2" heard "non è di 30 alle 2" (its l said n, its u said o): "lunedì" put back only before
    a date in digits with its time or part of the day right after it, so `dates` checks the weekday against the
    date (asked when they disagree); "non è di Rossi", "non è di 30 anni", "non è di 30" stay. And right after the
    agenda asked of a day, before its part ("chi viene non è di mattina": chi viene lunedì mattina, the main set), a
    read: no negation can sit there ("la revisione non è di mattina" stays)."""
    out = list(tokens)
    k = 0
    while k < len(out):
        heard = next((w for w in _MONDAY_AS_NOT if tuple(out[k : k + len(w)]) == w), None)
        if heard is not None:
            rest = out[k + len(heard) : k + len(heard) + 2]
            dated = rest[:1] != [] and rest[0].isdigit() and 1 <= int(rest[0]) <= 31
            asked = out[k - 1 : k] != [] and out[k - 1] in _DAY_ASKED_OF and rest[:1] != [] and rest[0] in _PARTS
            if (dated and rest[1:] != [] and rest[1] in _DAY_THEN) or asked:
                out[k : k + len(heard)] = ["lunedi"]
        elif _monday_di_in_date(out, k):
            out[k : k + 3] = ["lunedi", out[k + 2][1:]]  # "non è 17 dicembre": lunedì 7 dicembre
        k += 1
    return out


_TUESDAY_AS_PART = ("parte", "di")
_PART_OF = frozenset({"da", "la", "una", "in", "a", "gran", "buona", "questa", "quella", "sua"})


def _tuesday_as_part(tokens: list[str]) -> list[str]:
    """ "martedì 8" heard "parte di 8" (its m lost, its "dì" said apart): put back only before a date in digits
    (or "primo", the 1st as said: "il tagliando parte di primo nel pomeriggio", set 41) with nothing after it, or
    its month, time or part of the day, so `dates` checks the weekday against the date; read as no day at all,
    "cosa c'è parte di 8?" answered today's agenda. "da parte di", "una parte di 8 pezzi" stay."""
    out = list(tokens)
    k = 0
    while k + 2 < len(out):
        said = tuple(out[k : k + 2]) == _TUESDAY_AS_PART and (k == 0 or out[k - 1] not in _PART_OF)
        day, after = out[k + 2], out[k + 3 : k + 5]
        dated = (day.isdigit() and 1 <= int(day) <= 31) or day == _FIRST_SAID
        if said and dated and (not after or after[0] in _DAY_THEN | _IT_MONTHS or _in_part_of_day(after)):
            out[k : k + 2] = ["martedi"]
        k += 1
    return out


_FIRST_SAID = "primo"
"""The 1st of the month as Italian says it after its weekday ("martedì primo")."""


def _in_part_of_day(after: list[str]) -> bool:
    """Is `after` a part of the day said with its "nel" ("nel pomeriggio", "nella mattina")?"""
    return len(after) == 2 and after[0] in ("nel", "nella", "di", "in") and after[1] in _PARTS


def _day_said_twice(tokens: list[str]) -> list[str]:
    """ "giovedì 17" heard "giovedì di 17" (set 41): a weekday said whole, its stressed "dì" heard again apart
    before its date in digits, then the hour, its month or part of the day (or nothing): the "di" dropped, so
    `dates` checks the weekday against the date. "Lunedì di dicembre" (a month, no date) and "la Punto di 17
    anni" stay."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        if tok == "di" and 0 < k < len(tokens) - 1 and tokens[k - 1] in DAY_WORDS[:7]:
            day, after = tokens[k + 1], tokens[k + 2 : k + 4]
            dated = day.isdigit() and 1 <= int(day) <= 31
            if dated and (not after or after[0] in _DAY_THEN | _IT_MONTHS or _in_part_of_day(after)):
                continue
        out.append(tok)
    return out


_IT_MONTHS = frozenset({"novembre", "dicembre", "gennaio"})


def _monday_di_in_date(tokens: list[str], k: int) -> bool:
    """ "lunedì 7 dicembre" heard "non è 17 dicembre": its "non è di" (`_MONDAY_AS_NOT`) with "di" and the date's
    "sette" heard as one number, "diciassette" (sets 24 and 26, over noise); only with a month right after, so
    `dates` checks the weekday against the date (at most one of the 7th and the 17th is a Monday: asked when they
    disagree). "non è il 17 dicembre" keeps its article and stays."""
    said = tokens[k : k + 4]
    return (
        len(said) == 4 and said[:2] == ["non", "e"] and re.fullmatch(r"1[1-9]", said[2]) is not None
        and said[3] in _IT_MONTHS
    )  # fmt: skip


_MONDAY_AS_ONE = frozenset({"1", "uno"})
_MONDAY_AS_ONE_DI = frozenset({"1d", "1di"})
"""The same written as one word ("portalo al 1D 7 dicembre")."""
_ONE_AFTER = {"al": "a", "a": "a", "dal": "da", "da": "da", "l": ""}
"""Said before "lunedì" heard "l'1 di" ("spostalo al 1 di 30": a lunedì 30), the preposition as said."""


def _monday_as_one(tokens: list[str]) -> list[str]:
    """ "lunedì 30" heard "1 di 30" or "1D 30" (its "lun" as "l'uno", "spostalo al 1 di 30", "da venerdì al 1 di 30"): put
    back only after "al"/"dal"/"a"/"da" and before a date in digits, so `dates` checks the weekday against the date
    (asked when they disagree); "il 1 di dicembre" (a month) and "1 di 3" with no preposition stay."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        before = out[-1] if out else ""
        rest = tokens[k + 2] if k + 2 < len(tokens) else ""
        if (
            tokens[k] in _MONDAY_AS_ONE and tokens[k + 1 : k + 2] == ["di"] and before in _ONE_AFTER
            and rest.isdigit() and 1 <= int(rest) <= 31
        ):  # fmt: skip
            out[-1:] = [_ONE_AFTER[before]] if _ONE_AFTER[before] else []
            out.extend(["lunedi", rest])
            k += 3
            continue
        date = tokens[k + 1] if k + 1 < len(tokens) else ""
        if tokens[k] in _MONDAY_AS_ONE_DI and before in _ONE_AFTER and date.isdigit() and 1 <= int(date) <= 31:
            out[-1:] = [_ONE_AFTER[before]] if _ONE_AFTER[before] else []  # "al 1D 7 dicembre": a lunedì 7
            out.append("lunedi")
            k += 1
            continue
        out.append(tokens[k])
        k += 1
    return out


_NO_AS_NINE = re.compile(r"([1-9]|[12][0-9]|3[01])9")


def _no_as_nine(tokens: list[str]) -> list[str]:
    """A day corrected with "no" heard as a 9 run onto its date ("giovedì 17... no, venerdì 18" heard "giovedì
    179, venerdì 18"): the "no" put back, so the correction is taken (`corrections`), only where the number is
    no date (over 31) but is one without its 9, between a weekday and another weekday."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        found = _NO_AS_NINE.fullmatch(tok)
        days = out[-1:] + tokens[k + 1 : k + 2]
        if found is not None and int(tok) > 31 and len(days) == 2 and all(d in DAY_WORDS[:7] for d in days):
            out.extend([found.group(1), "no"])
            continue
        out.append(tok)
    return out


_DAY_DATED_BEFORE = frozenset({"di", "a", "da", "per", "al", "dal"})
_CLITICS = frozenset({"ne", "ci", "si", "mi", "ti", "vi", "gli", "le", "lo", "la", "li"})
_WEEKDAY_OPENING = 3


def _known_word_dated(tok: str, heard: str, pieces: int, before: list[str], after: str) -> list[str]:
    """A weekday heard as a word two sounds off, maybe a known one, its opening kept, right before its date:
    "venne di 4" (venerdì 4, its "dì" apart), "il tagliando di giovani 3" (giovedì 3, after "di"/"a"/"da"), "Venne
    i di 23 aprile" (its "ì" heard as a word of its own between them, set 49: three pieces, even opening the
    request). Only
    with the date after it, so that a weekday that does not fall on that date is asked about, never guessed
    (`dates`: ambiguous which day); and a word said alone before a date needs the preposition before it."""
    from engine.fastpath.numbers import word_to_number

    if not tok.isalpha() or len(heard) < 7 or (word_to_number(after) or 0) not in range(1, 32):
        return []
    if tok in DAY_WORDS or (not before and pieces < 3) or (before and before[-1] in _CLITICS):
        return []  # "ne venne di 4": the verb; "Venne i di 23 aprile" (venerdì, its "ì" heard apart, set 49) is none
    if pieces == 1 and before[-1] not in _DAY_DATED_BEFORE:
        return []
    return [
        d
        for d in DAY_WORDS[:6]
        if d[:_WEEKDAY_OPENING] == heard[:_WEEKDAY_OPENING] and edit_distance(heard, d, 2) <= 2
    ]


def _alle_run_onto_word(tokens: list[str], known: frozenset[str]) -> list[str]:
    """ "una ricarica del climale 4": "alle" run onto the known word before it, its "a" shared with a word ending
    in "a" ("clima alle 4"), put back only before an hour and only as a known word that is no day (a weekday's
    own is `_run_together`'s: "venerdiale 11")."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        half = _HOUR_HALF_RUN_ON.fullmatch(nxt)
        word = next((w for w in (tok[:-2], tok[:-3], tok[:-4]) if len(w) >= 4 and w in known), None)
        hour = _hour_word(half.group(1) if half else nxt)
        if tok.endswith(("ale", "alle")) and tok not in known and word and word not in DAY_WORDS and hour:
            out.extend([word, "alle"])
            continue
        half = _HOUR_HALF_RUN_ON.fullmatch(tok)
        if half and out[-1:] == ["alle"] and _hour_word(half.group(1)):  # "alle 4mesa": alle 4 e mezza
            out.extend([half.group(1), "e", "mezza"])
            continue
        out.append(tok)
    return out


_HOUR_HALF_RUN_ON = re.compile(r"(\d{1,2})e?(?:mezza|meza|mesa|messa)")
"""An hour with its half run on ("alle 4mesa"), as whisper writes it in the noise."""


_THURSDAY_AS_NINE = re.compile(r"9d(\d{1,2})")
""""giovedì 10" heard "9D10": "giove" sounds as "nove", written 9, its "-dì" cut to a D run onto the date after it
(`_thursday_as_nine`)."""


_OF_DAY_RUN_ON = re.compile(r"([a-z]{4,}?)(?:di|i|d)(domani|dopodomani|oggi)")


def _of_day_run_on(tokens: list[str], known: frozenset[str]) -> list[str]:
    """ "fammi il puntoidomani": a known word, "di" and the day run into one word (its "d" lost: "punto i domani"),
    or only the word and "di" ("puntoi domani") before the day: put apart as "punto di domani", only where the word
    heard is no known word and what opens it is one."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        found = _OF_DAY_RUN_ON.fullmatch(tok) if tok not in known else None
        cut = _OF_RUN_ON.fullmatch(tok) if tok not in known and tokens[i + 1 : i + 2] in _DAY_NEXT else None
        if found is not None and found.group(1) in known:
            out.extend([found.group(1), "di", found.group(2)])
        elif cut is not None and cut.group(1) in known:  # "fammi il puntoi domani": punto di domani
            out.extend([cut.group(1), "di"])
        else:
            out.append(tok)
    return out


_OF_RUN_ON = re.compile(r"([a-z]{4,}?)(?:di|i)")
_DAY_NEXT = [["domani"], ["dopodomani"], ["oggi"]]


def _day_number_misheard(tokens: list[str], known: frozenset[str]) -> list[str]:
    """A day of the month said in words right after its weekday, one vowel or consonant heard off over the noise
    ("lunedì tronta": trenta): put back as the one day-number word one edit away, never a known word. `dates`
    then checks the weekday against the date and asks when they disagree, so the day is never guessed."""
    from engine.fastpath.numbers import IT_NUMBERS

    days = {word: n for word, n in IT_NUMBERS.items() if 1 <= n <= 31 and len(word) >= 5 and word.isalpha()}
    out = _day_number_apart(tokens, days)
    for i in range(1, len(out)):
        tok = out[i]
        if out[i - 1] not in DAY_WORDS[:7] or len(tok) < 5 or not tok.isalpha() or tok in known or tok in days:
            continue
        near = {n for word, n in days.items() if edit_distance(tok, word, 1) <= 1}
        if len(near) == 1:
            out[i] = str(near.pop())
    return out


_PIECE = 3
"""The longest piece of a day-number word heard apart ("un di cim")."""


def _day_number_apart(tokens: list[str], days: dict[str, int]) -> list[str]:
    """A day of the month said in words right after its weekday, heard in two or three short pieces ("venerdì, un
    di cim mattinata": undici, set 37; "sabato do dici": dodici): put back as the one day-number word the
    pieces make, one edit off at most, so `dates` checks it against the weekday (and asks when they disagree).
    Only pieces of three letters or fewer but the last, none of them a day's number of its own followed by its
    month ("venerdì tre dicembre" stays)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        out.append(tokens[i])
        i += 1
        if tokens[i - 1] not in DAY_WORDS[:7]:
            continue
        for size in (3, 2):
            pieces = tokens[i : i + size]
            if len(pieces) < size or not all(p.isalpha() for p in pieces):
                continue
            if any(len(p) > _PIECE for p in pieces[:-1]) or pieces[-1] in _IT_MONTHS or pieces[-1] in days:
                continue
            joined = "".join(pieces)
            near = {n for word, n in days.items() if edit_distance(joined, word, 1) <= 1}
            if len(near) == 1:
                out.append(str(near.pop()))
                i += size
                break
    return out


_NINE_CLOCK = re.compile(r"9:([0-2]?[1-9]|[123]0|31)")
_NOT_AN_HOUR_AFTER = (["stessa", "ora"], ["stesso", "orario"])
"""Said right after a move's new day: the hour stays, so a number there is the day, never the time."""
HOUR_BEFORE = frozenset({"alle", "le", "ore", "dalle", "verso", "all"})


def _thursday_as_nine(tokens: list[str]) -> list[str]:
    """ "giovedì 3" heard "9.3" over the noise ("9.3 dicembre", "sposta la revisione a 9.3 stessa ora", "passa a
    9.10, stessa ora": sets 24 to 26), its "gio-" heard as nove: put back only where the number cannot be an hour
    (an Italian month right after it, or "stessa ora" saying the hour stays) and no hour word nor a plate's digit or
    letter before it ("Echo X-ray 5 9 3 November" is a plate), so `dates` checks
    the weekday against the date and asks when they disagree ("alle 9.30" and "9.10 di mattina" stay as heard). Or
    with its "-dì" cut to a D run onto the date in one word ("da mercoledì passa a 9D10": a day of the month, 1 to
    31; "9 D 10" apart may be a plate's, and stays)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok, before = tokens[i], tokens[i - 1] if i else ""
        run_on = _THURSDAY_AS_NINE.fullmatch(tok)
        if run_on is not None and 1 <= int(run_on.group(1)) <= 31:
            out.extend(["giovedi", run_on.group(1)])  # "9D10"
            i += 1
            continue
        clock = _NINE_CLOCK.fullmatch(tok)
        if clock and before not in HOUR_BEFORE and tokens[i + 1 : i + 3] in _NOT_AN_HOUR_AFTER:
            out.extend(["giovedi", str(int(clock.group(1)))])  # "passa a 9:10, stessa ora"
            i += 1
            continue
        day = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2 : i + 4]
        month_or_same = (after[:1] != [] and after[0] in _IT_MONTHS) or after in _NOT_AN_HOUR_AFTER
        plate_digits = before.isdigit() or (len(before) == 1 and before.isalpha() and before not in "ae")
        dated = day.isdigit() and 1 <= int(day) <= 31 and month_or_same
        if tok == "9" and dated and before not in HOUR_BEFORE and not plate_digits:
            out.extend(["giovedi", day])  # "9.3 dicembre", "a 9.3 stessa ora"
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


_THURSDAY_IN_TWO = (("giu", "vedi"), ("gio", "vedi"))
""""giovedì" heard as two words ("Giù vedì", the app under Kokoro: session 37)."""
_DAY_BEFORE = frozenset({"a", "per", "da", "di", "entro", "fino", "al", "dal", "e", "o"})
_DAY_AFTER = frozenset({"alle", "all", "mattina", "pomeriggio", "sera", "prossimo"})


def thursday_in_two(tokens: list[str]) -> list[str]:
    """ "Giù vedì alle 10", "per gio vedì 3 dicembre": Thursday, put back only where a day is said (said alone, as an
    answer; a preposition before it; its date or hour after it), then checked against its date as any other;
    "mettila giù, vedi tu" stays as heard."""
    from engine.fastpath.numbers import word_to_number

    out: list[str] = []
    i = 0
    while i < len(tokens):
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        where = (
            len(tokens) == 2 or (out[-1:] != [] and out[-1] in _DAY_BEFORE) or after in _DAY_AFTER
            or (word_to_number(after) or 0) in range(1, 32)
        )  # fmt: skip
        if tuple(tokens[i : i + 2]) in _THURSDAY_IN_TWO and where:
            out.append("giovedi")
            i += 2
            continue
        out.append(tokens[i])
        i += 1
    return out


def days_put_back(
    tokens: list[str], known: frozenset[str], same_sound: Callable[[str], set[str]]
) -> list[str]:
    """`tokens` with the days and hours whisper misheard put back. `known` is every word the fast path knows (a
    known word is never taken for a day but where its date proves it); `same_sound` gives the known words that
    sound exactly like a heard piece (`SoundIndex.same`)."""
    heard = weekday_run_on(
        _run_together(_alle_run_onto_word(_of_day_run_on(tokens, known), known)), known, same_sound
    )  # "gommelone di 30"
    heard = _alle_hour_heard(heard, known)
    heard = _day_after_article(
        _monday_as_one(_monday_as_not(_tuesday_as_part(_day_said_twice(heard)))), known, same_sound
    )

    # the day put back after its article ("L'UNEDY 14.4": lunedì 14 4) now stands before its date and hour: the
    # "alle" lost between them is put back as for a day heard whole
    heard = _alle_put_back(heard)
    heard = _day_number_misheard(_weekday_misheard(heard, known), known)
    return _thursday_as_nine(_no_as_nine(_december_run_on(_december_cut_at_di(_weekday_cut(heard)))))
