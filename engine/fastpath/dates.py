"""Dates and times said in Italian or English, resolved against today's date in the workshop's time zone.

"domani alle tre" → tomorrow 15:00 (a bare hour 1–7 is afternoon in workshop hours), "mercoledì
prossimo", "la settimana prossima" (a range), "il 12 marzo", "12/3", "next Wednesday morning",
"tomorrow at 3pm", "on March 12th", "alle 9 e mezza". A bare weekday is the next such day after today
(today's own weekday is ambiguous: today or in a week?); "prossimo/next" + weekday is the coming one
when that falls in next calendar week, and ambiguous when it falls in this week ("venerdì prossimo"
said on a Wednesday: the 27th or the 4th?); "<weekday> della settimana prossima" / "<weekday> next
week" is the one in next calendar week.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from engine.fastpath.normalize import phrases
from engine.fastpath.numbers import number_at, ordinal_to_number, word_to_number

_LOGGER = logging.getLogger(__name__)

WEEKDAYS: dict[str, int] = {
    "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4, "sabato": 5, "domenica": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
MONTHS: dict[str, int] = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_NEXT = {"prossimo", "prossima", "next", "coming"}
INSTEAD = phrases(
    "invece che", "invece di", "invece delle", "invece dell", "invece dalle", "anziche", "al posto delle",
    "al posto dell", "instead of", "rather than",
)  # fmt: skip
"""What says that the time after it is the one an appointment had ("alle 5 invece che alle 3")."""
_THIS = {"questo", "questa", "this"}
_MORNING = {"mattina", "mattinata", "mattino", "morning", "stamattina", "stamani", "domattina"}
_AFTERNOON = {"pomeriggio", "afternoon", "sera", "evening", "stasera", "tonight", "pomeridiano"}
_STRONG_INTRO = {
    "alle",
    "all",
    "ore",
    "at",
    "dalle",
    "around",
    "about",
    "verso",
    "between",
    "after",
    "before",
    "until",
}
_AFTER_MADE_HOUR = tuple([w] for w in ("in", "am", "pm", "o", "oclock", "instead", "on", "same", "then", "please",
                                          "and", "thirty", "fifteen", "forty", "rather", "that", "sharp"))
"""What may follow the hour of "make it 9": its part of day, "instead", minutes; "make it 2 hours later", "make it 2
cars" name no hour."""
_NOT_TIME_AFTER = {"giorni", "giorno", "days", "day", "settimane", "weeks", "week", "mesi", "months", *MONTHS}
_PM = {"pm"}
_AM = {"am"}
_NO_MINUTE = {"un", "una", "uno"}
"""After "alle 11 e", a word that is no minute on its own: "e una Clio", "e un quarto" (read before it)."""


@dataclass
class DateMention:
    """One date said in the utterance: the day (or the first day of a range) and where it was said."""

    day: date
    start: int
    end: int
    until: date | None = None
    ambiguous: bool = False
    weekday: int | None = None
    """Set when the mention is a bare weekday name ("lunedì"): it may be followed by its date."""
    weekday_said: int | None = None
    """Set when a weekday was said with a date it does not fall on ("martedì 9 dicembre", the 9th a Wednesday):
    the day is the date's, and which day was meant is asked (never one of the two taken)."""


@dataclass
class DateTimeSlots:
    """Everything about when: dates in order of mention, one time, a part of day."""

    dates: list[DateMention] = field(default_factory=list)
    time: str | None = None
    time_start: int = -1
    part_of_day: str | None = None
    conflicts: list[str] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)
    """Token positions the dates and times were read from."""
    times: list[TimeMention] = field(default_factory=list)
    """Every time said, in order (`time` is the first)."""


_ARTICLE_ONE = frozenset({"un", "una"})
_FIRST_AS_THE_DAY_BEFORE = frozenset({"", "alle", "all", "ore", "verso", "dalle", "entro", "in", "nel", "di", "o",
                                      "e", "per", "a", "al", "stessa"})  # fmt: skip
"""What follows "primo" said as a weekday's day ("lunedì primo alle 14", "lunedì primo di mattina", "lunedì primo o
marzo" as whisper wrote "lunedì primo marzo"): an hour or the request's end; a noun after it ("primo posto", "primo
buco") makes it no date, and "lunedì primo pomeriggio" is early in the afternoon."""
"""The article after a weekday ("venerdì un cambio gomme alle 10", "venerdì, un di cim mattinata" for "undici" in
set 37): never its 1st, which would be another month's Friday (1 January), never the one meant."""


def _next_weekday(today: date, weekday: int, *, allow_today: bool = False) -> date:
    delta = (weekday - today.weekday()) % 7
    if delta == 0 and not allow_today:
        delta = 7
    return today + timedelta(days=delta)


def _monday_next_week(today: date) -> date:
    return today + timedelta(days=7 - today.weekday())


_WEEK_AFTER = (("della", "settimana", "dopo"), ("della", "settimana", "successiva"), ("di", "settimana", "dopo"))
"""Said right after a weekday, its week is the one after ("giovedì della settimana dopo"). English "Thursday the week
after" is left as it was (a British "Thursday week" is another day)."""


def _week_after_said(tokens: list[str], at: int) -> int:
    """How many tokens from `at` say the week after ("della settimana dopo"), 0 when they do not. Never "the week
    after next" (a fortnight) nor "la settimana dopo il 10" (after a day said: another reckoning, asked)."""
    for words in _WEEK_AFTER:
        end = at + len(words)
        if tuple(tokens[at:end]) == words and tokens[end : end + 1] not in (["next"], ["il"], ["l"]):
            return len(words)
    return 0


def _month_day(today: date, month: int, day: int, year: int | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        candidate = date(today.year, month, day)
        if candidate < today:
            candidate = date(today.year + 1, month, day)
        return candidate
    except ValueError:
        return None


_NTH_WEEKDAY: dict[str, int] = {
    "primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "ultimo": -1,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1,
}  # fmt: skip
"""The place of a weekday in its month ("il primo lunedì di dicembre", "the last Friday in January")."""
_TO_ITS_MONTH = frozenset({"di", "del", "d", "a", "ad", "in", "of", "the"})
"""The words between a weekday and the month it is placed in ("lunedì di dicembre", "Monday in December")."""
_NEXT_MONTH = (["mese", "prossimo"], ["prossimo", "mese"], ["next", "month"])


def _month_after_weekday(tokens: list[str], i: int, today: date) -> tuple[int, int, bool] | None:
    """The month a weekday at `i` is placed in, said within three words with no number between ("lunedì di
    dicembre", "il primo lunedì del mese prossimo", "a Monday in January", whisper's "lunedì set dicembre"):
    (month, index past it, whether only linking words stand between). Such a weekday is no next Monday: it is
    that month's, found by its place when one is said, else asked."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        said = tokens[k]
        pair = tokens[k : k + 2]
        if pair in _NEXT_MONTH:
            month = today.month % 12 + 1
        elif said in MONTHS and (len(said) > 3 or (said == "may" and tokens[k - 1] in ("in", "of"))):
            month = MONTHS[said]
        else:
            if said[:1].isdigit() or word_to_number(said) is not None or ordinal_to_number(said) is not None or (
                said in WEEKDAYS
            ):
                return None
            continue
        end = k + (2 if pair in _NEXT_MONTH else 1)
        if _day_number(tokens, end + (tokens[end : end + 1] == ["the"])) is not None:
            return None  # "Tuesday, December 1st": the month's day follows, a date
        return month, end, all(t in _TO_ITS_MONTH for t in tokens[i + 1 : k])
    return None


def _nth_weekday(today: date, month: int, weekday: int, nth: int) -> date | None:
    """The `nth` `weekday` of `month` (-1: its last), in the coming twelve months; None when already past."""
    year = today.year if month >= today.month else today.year + 1
    first = date(year, month, 1)
    if nth > 0:
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        if day.month != month:
            return None
    else:
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - weekday) % 7)
    return day if day >= today else None


def _weekday_with_day(today: date, weekday: int, day_n: int) -> date | None:
    """The next day numbered `day_n` (this month or the next two) that falls on `weekday`."""
    return _numbered_on_weekday(today, today.year, today.month, 3, weekday, day_n)


def _weekday_with_day_of_date_said(said: list[DateMention], today: date, weekday: int, day_n: int) -> date | None:
    """A weekday's number said with no month, after another date: the day numbered `day_n` in the month of the date
    said before it (or the month after), if it falls on `weekday` ("from Friday the 19th of February to Friday the
    26th", set 43: February's 26th, a Friday; "da giovedì 10 giugno a sabato 12": June's, not December's nearer 12th,
    a Saturday too). Else None (the one near today, or asked)."""
    if not said:
        return None
    return _numbered_on_weekday(today, said[-1].day.year, said[-1].day.month, 2, weekday, day_n)


def _numbered_on_weekday(today: date, year: int, month: int, months: int, weekday: int, day_n: int) -> date | None:
    """The first day numbered `day_n`, not before `today`, in `months` months from `month` of `year`, that falls on
    `weekday`; None when none does."""
    for _ in range(months):
        try:
            candidate = date(year, month, day_n)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today and candidate.weekday() == weekday:
            return candidate
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


def _day_number(tokens: list[str], i: int) -> int | None:
    if i >= len(tokens):
        return None
    value = ordinal_to_number(tokens[i])
    if value is None:
        value = word_to_number(tokens[i])
    return value if value is not None and 1 <= value <= 31 else None


def _digit_word(tok: str) -> int | None:
    """The value of a token that is a single digit, written or in words ("7", "sette"), else None."""
    value = word_to_number(tok) if tok else None
    return value if value is not None and 0 <= value <= 9 else None


_NOT_A_DAY_AFTER = {"posto", "primo", "giorni", "giorno", "km", "chilometri", "mila", "euro", "percento",
                    "volte", "anni", "mesi", "settimane", "ore", "minuti", "appuntamenti", "macchine", "auto",
                    "minutes", "hours", "days", "weeks", "months", "years", "cars", "percent", "k", "miles"}  # fmt: skip


_ONE_OF_DAY = frozenset({"quella", "quello", "appuntamento", "prenotazione"})
"""Said before "delle" and a number, the number is that appointment's hour ("quello delle 4 di oggi"); after any
other word "delle 4" may be no hour ("le gomme delle 4 macchine")."""


def _day_of_month(tokens: list[str], i: int, today: date) -> date | None:
    """The date "il nove", "il 9" names (after the article): the next day of that number, today included.
    Not "il primo" (posto, appuntamento…), not a count ("il 2 per cento"), nor a number followed by a month
    (read with the month) or by more digits (a plate's)."""
    if i >= len(tokens) or tokens[i] in ("primo", "prima"):
        return None
    said = tokens[i]
    in_words = said.isalpha() and (word_to_number(said) is not None or ordinal_to_number(said) is not None)
    if not (said.isdigit() and len(said) <= 2) and not in_words and not _en_ordinal(said):
        return None
    day_n = _day_number(tokens, i)
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if day_n is None or after in MONTHS or after in ("di", "of") or after in _NOT_A_DAY_AFTER:
        return None
    if tokens[i + 1 : i + 3] == ["per", "cento"]:  # "il 2 per cento"; "il 10 per la Mazda" is a day
        return None
    if _digit_word(after) is not None or after[:1].isdigit():
        return None
    for months_on in range(2):
        month, year = today.month + months_on, today.year
        if month > 12:
            month, year = month - 12, year + 1
        try:
            candidate = date(year, month, day_n)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _en_ordinal(said: str) -> bool:
    """An English day written as an ordinal in digits: "15th", "1st", "22nd"."""
    return len(said) in (3, 4) and said[:-2].isdigit() and said[-2:] in ("st", "nd", "rd", "th")


def _en_day_of_month(tokens: list[str], i: int) -> bool:
    """Is "the" at `i` an English day of the month said alone: "the 15th" (a digit ordinal), or "on the 15"
    (whisper's ordinal dropped after "on")? "the 208", "the 15 minutes", "the first free slot" are none."""
    said = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    in_words = (
        said.isalpha() and said != "first" and ordinal_to_number(said) is not None
        and tokens[i - 1 : i] and tokens[i - 1] in _BEFORE_DAY_IN_WORDS and after not in _NOT_A_DAY_AFTER_ORDINAL
    )  # fmt: skip
    return _en_ordinal(said) or (said.isdigit() and len(said) <= 2 and tokens[i - 1 : i] == ["on"]) or bool(in_words)


_BEFORE_DAY_IN_WORDS = frozenset({"on", "to", "from", "until", "till", "for", "do", "make"})
"""Before "the ninth" said alone, what makes it a day of the month ("can't do the ninth any more", "move it to
the tenth", "from the eleventh"); "the second car", "the third time" are none (`_NOT_A_DAY_AFTER_ORDINAL`)."""
_NOT_A_DAY_AFTER_ORDINAL = frozenset({"one", "ones", "time", "times", "car", "cars", "van", "vehicle", "job", "jobs",
                                      "booking", "slot", "appointment", "option", "week", "month", "floor", "bay",
                                      "ramp", "lift", "day", "of", "in", "row", "place", "customer", "thing"})  # fmt: skip


_NOT_A_DAY_AFTER_FIRST = frozenset({"free", "available", "open", "slot", "one", "time", "thing", "appointment",
                                    "opening", "gap", "space"})  # fmt: skip


def _ordinal_word_day(said: str, after: str) -> bool:
    """ "Thursday the tenth", "Saturday the fifth": an English ordinal in words after "the" dates the weekday
    as its digits do ("the 10th"); "Friday, the first free slot" is no date."""
    return said.isalpha() and ordinal_to_number(said) is not None and not (
        said == "first" and after in _NOT_A_DAY_AFTER_FIRST
    )


def _year_at(tokens: list[str], i: int) -> int | None:
    if i < len(tokens) and tokens[i].isdigit() and len(tokens[i]) == 4:
        year = int(tokens[i])
        return year if 2000 <= year <= 2100 else None
    return None


def _parse_dates(tokens: list[str], today: date) -> list[DateMention]:
    out: list[DateMention] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else ""
        prev = tokens[i - 1] if i > 0 else ""
        if tok in ("oggi", "today", "stamattina", "stamani", "stasera", "tonight", "stanotte"):
            out.append(DateMention(today, i, i + 1))
        elif tok in ("morning", "afternoon", "evening") and prev == "this":
            out.append(DateMention(today, i - 1, i + 1))  # "this afternoon": today's, as "stamattina"
        elif tok == "dopodomani" or (
            tok == "day" and nxt == "after" and tokens[i + 2 : i + 3] == ["tomorrow"]
        ):
            span = 1 if tok == "dopodomani" else 3
            out.append(DateMention(today + timedelta(days=2), i, i + span))
            i += span
            continue
        elif tok in ("domani", "tomorrow", "domattina"):
            out.append(DateMention(today + timedelta(days=1), i, i + 1))
        elif tok in WEEKDAYS:
            wd = WEEKDAYS[tok]
            window = tokens[i + 1 : i + 5]
            next_week = ("settimana" in window and ("prossima" in window or "prossimo" in window)) or (
                "next" in window and "week" in window
            )
            week_after = _week_after_said(tokens, i + 1)
            if week_after and not next_week:
                # "venerdì della settimana dopo": the week after the one of the day said before it (the day an
                # appointment has, "il tagliando di martedì 9 marzo: a giovedì della settimana dopo"), else this one
                said_week = out[-1].day if out else today
                monday = said_week - timedelta(days=said_week.weekday()) + timedelta(days=7)
                out.append(DateMention(monday + timedelta(days=wd), i, i + 1 + week_after))
                i += 1 + week_after
                continue
            if next_week:
                day = _monday_next_week(today) + timedelta(days=wd)
                end = i + 1 + max(k for k, w in enumerate(window) if w in ("settimana", "week")) + 1
                if end < n and tokens[end] in ("prossima", "prossimo"):
                    end += 1
                out.append(DateMention(day, i, end))
                i = end
                continue
            if nxt == "week" and prev not in _NEXT | _THIS:
                # "Thursday week": British for a week after the coming Thursday (today's, said on a Thursday)
                out.append(DateMention(_next_weekday(today, wd, allow_today=True) + timedelta(days=7), i, i + 2))
                i += 2
                continue
            explicit_next = prev in _NEXT or nxt in _NEXT
            explicit_this = prev in _THIS
            day = _next_weekday(today, wd, allow_today=explicit_this)
            # a bare weekday that is today, or "venerdì prossimo" said earlier in the same week: two days fit
            ambiguous = (wd == today.weekday() and not explicit_next and not explicit_this) or (
                explicit_next and day < _monday_next_week(today)
            )
            start = i - (1 if prev in _NEXT | _THIS else 0)
            # only a written number ("giovedì 3", "Thursday 3rd"): "venerdì, primo posto libero" is no date
            # "Thursday the 3rd": the article may stand between the weekday and its number
            # and in Italian "prossimo" and the article ("giovedì prossimo, il 3", "giovedì il 3")
            the = 1 if nxt in _NEXT else 0
            the += 1 if tokens[i + 1 + the : i + 2 + the] in (["il"], ["the"]) else 0
            said = tokens[i + 1 + the] if i + 1 + the < n else ""
            after = tokens[i + 2 + the] if i + 2 + the < n else ""
            day_n = _day_number(tokens, i + 1 + the) if said[:1].isdigit() else None
            if day_n is None and the and tokens[i + the] == "the" and _ordinal_word_day(said, after):
                day_n = _day_number(tokens, i + 1 + the)  # "Thursday the tenth": as "Thursday the 10th"
            # "lunedì sette" in words: only a cardinal that dates that weekday, before no other number
            # (a plate's digits said after the day), never "primo" ("venerdì, primo posto libero")
            if (
                day_n is None and said.isalpha() and said not in _ARTICLE_ONE
                and word_to_number(said) is not None and _digit_word(after) is None
            ):  # fmt: skip
                in_words = _day_number(tokens, i + 1 + the)
                day_n = in_words if in_words is not None and _weekday_with_day(today, wd, in_words) else None
            if day_n is None and said == "primo" and after in _FIRST_AS_THE_DAY_BEFORE:
                # "spostalo a lunedì primo alle 14": the 1st, as "lunedì 1" is (it read as the next Monday, a date
                # never said); "venerdì, primo posto libero" stays no date
                day_n = 1
            clock = tokens[i + 2 + the : i + 4 + the] == ["o", "clock"] or after in ("oclock", "am", "pm")
            if after in ("noon", "midday") or (clock and not the):
                day_n = None  # "Friday, 12 noon", "Friday, 11 o'clock", "Friday 10 am": the hour, no 12th, 11th, 10th
            month_follows = after in MONTHS or (
                after in ("di", "of") and i + 3 + the < n and tokens[i + 3 + the] in MONTHS
            )
            if day_n is not None and not month_follows and not _minutes_may_follow(tokens, i + 2 + the):
                # "giovedì 3": the next 3rd of a month that is a Thursday, else two days fit; after another date, the
                # one in that date's month first ("da giovedì 10 giugno lo portiamo a sabato 12": June's 12th, though
                # December's is a Saturday too and nearer today)
                dated = _weekday_with_day_of_date_said(out, today, wd, day_n) or _weekday_with_day(today, wd, day_n)
                out.append(
                    DateMention(dated or day, start, i + 2 + the, ambiguous=dated is None, weekday=None)
                )
                i += 2 + the
                continue
            placed = _month_after_weekday(tokens, i, today) if day_n is None else None
            if placed is not None:
                # "il primo lunedì di dicembre": that month's first Monday; "lunedì di dicembre", a word not heard
                # between ("lunedì set dicembre") or a place past: which day is asked, never the next Monday
                month, end, linked = placed
                nth = _NTH_WEEKDAY.get(prev) if linked else None
                placed_day = _nth_weekday(today, month, wd, nth) if nth is not None else None
                start = i - 1 if nth is not None else start
                while out and out[-1].end > start:
                    out.pop()  # "il primo" read as the 1st before its weekday was seen
                out.append(DateMention(placed_day or day, start, end, ambiguous=placed_day is None))
                i = end
                continue
            out.append(DateMention(day, start, i + 1, ambiguous=ambiguous, weekday=wd))
        elif tok in ("settimana", "week") and (prev in _NEXT or nxt in _NEXT):
            monday = _monday_next_week(today)
            start = i - 1 if prev in _NEXT else i
            out.append(
                DateMention(monday, start, i + (2 if nxt in _NEXT else 1), until=monday + timedelta(days=6))
            )
        elif tok in ("settimana", "week") and prev in _THIS:
            sunday = today + timedelta(days=6 - today.weekday())
            out.append(DateMention(today, i - 1, i + 1, until=sunday))
        elif tok in ("tra", "fra", "in") and (num := number_at(tokens, i + 1)) is not None:
            value, span = num
            unit = tokens[i + 1 + span] if i + 1 + span < n else ""
            if unit in ("giorni", "giorno", "days", "day") and 1 <= value <= 60:
                out.append(DateMention(today + timedelta(days=value), i, i + 2 + span))
                i += 2 + span
                continue
            if unit in ("settimana", "settimane", "week", "weeks") and 1 <= value <= 8:
                out.append(DateMention(today + timedelta(days=7 * value), i, i + 2 + span))
                i += 2 + span
                continue
        elif tok in ("il", "l", "dell") and (dated := _day_of_month(tokens, i + 1, today)) is not None:
            # "un tagliando il nove alle 10", "l'8": the next day of that number; "le gomme dell'11": the job's day
            out.append(DateMention(dated, i, i + 2))
            i += 2
            continue
        elif tok == "the" and _en_day_of_month(tokens, i) and (dated := _day_of_month(tokens, i + 1, today)):
            # "on the 15th at 10", "on the 15": the next day of that number, as Italian "il 15"
            out.append(DateMention(dated, i - (prev == "on"), i + 2))
            i += 2
            continue
        elif tok in ("tra", "fra", "in") and nxt == "a" and tokens[i + 2 : i + 3] == ["week"]:
            out.append(DateMention(today + timedelta(days=7), i, i + 3))
        elif "/" in tok:
            parts = tok.split("/")
            if len(parts) in (2, 3) and all(p.isdigit() for p in parts):
                day_n, month_n = int(parts[0]), int(parts[1])
                year = int(parts[2]) if len(parts) == 3 else None
                if year is not None and year < 100:
                    year += 2000
                if 1 <= month_n <= 12:
                    d = _month_day(today, month_n, day_n, year)
                    if d is not None:
                        out.append(DateMention(d, i, i + 1))
        elif tok in MONTHS and not (
            tok == "may" and _day_number(tokens, i + 1) is None and prev not in ("of",)
        ):
            month = MONTHS[tok]
            # "12 marzo", "12th of March", "il primo dicembre"
            back = i - 1
            if back >= 0 and tokens[back] in ("of", "di"):
                back -= 1
            day_n = _day_number(tokens, back) if back >= 0 else None
            if day_n is not None:
                year = _year_at(tokens, i + 1)
                d = _month_day(today, month, day_n, year)
                if d is not None:
                    out.append(DateMention(d, back, i + 1 + (1 if year else 0)))
            else:
                # "March 12th", "March the 12th"
                j = i + 1
                if j < n and tokens[j] == "the":
                    j += 1
                day_n = _day_number(tokens, j)
                if day_n is not None:
                    year = _year_at(tokens, j + 1)
                    d = _month_day(today, month, day_n, year)
                    if d is not None:
                        out.append(DateMention(d, i, j + 1 + (1 if year else 0)))
                        i = j + 1
                        continue
        i += 1
    return _range_start_placed(_weekday_in_week_said(_merge_weekday_and_date(out, tokens), tokens), tokens, today)


_RANGE_FROM = frozenset({"da", "dal", "from"})
_RANGE_TO = frozenset({"a", "al", "fino", "to", "till", "until"})


def _range_start_placed(mentions: list[DateMention], tokens: list[str], today: date) -> list[DateMention]:
    """ "da giovedì 4 a giovedì 11 marzo" (set 45): a weekday's number said with no month and none near today on
    that weekday (asked, `ambiguous`), opening a span whose other end names its month: the day numbered so in that
    month, or the one before, that falls on the weekday before the span's end (Thursday the 4th of March). So, with
    no span said, beside a day whose month is named (`_weekday_number_placed`): the old day of a move ("ha un
    funerale venerdì 7: … rimettila venerdì 14 maggio", "il tagliando di lunedì 10 trasferiscilo al … 17 maggio",
    set 50) or its new one ("can it go to Tuesday the 11th at 3 p.m. instead of Wednesday the 5th of May?")."""
    out = list(mentions)
    for k in range(len(out) - 1):
        first, then = out[k], out[k + 1]
        if not first.ambiguous or first.weekday is not None or then.ambiguous or then.weekday_said is not None:
            continue
        if first.start == 0 or tokens[first.start - 1] not in _RANGE_FROM or tokens[first.start] not in WEEKDAYS:
            continue
        if not tokens[first.end : then.start] or not all(t in _RANGE_TO for t in tokens[first.end : then.start]):
            continue
        day_n = _day_number(tokens, first.start + 1)
        if day_n is None or first.end != first.start + 2:
            continue
        weekday = WEEKDAYS[tokens[first.start]]
        before = (12, then.day.year - 1) if then.day.month == 1 else (then.day.month - 1, then.day.year)
        for year, month in ((then.day.year, then.day.month), (before[1], before[0])):
            try:
                placed = date(year, month, day_n)
            except ValueError:
                continue
            if today <= placed < then.day and placed.weekday() == weekday:
                out[k] = DateMention(placed, first.start, first.end)
                break
    return [_weekday_number_placed(out, k, tokens, today) for k in range(len(out))]


def _weekday_number_placed(mentions: list[DateMention], k: int, tokens: list[str], today: date) -> DateMention:
    """Mention `k` placed by the month of the nearest other day said with its month, when it is a weekday's number
    said with no month and none near today on that weekday ("venerdì 7", "Tuesday the 11th"): the day numbered so
    in that month that falls on the weekday, else the one in the month before or after when only one of the two
    does. Never a guess between two, nor from a day with no month named ("lunedì 10 … il 17": asked)."""
    said = mentions[k]
    if not said.ambiguous or said.weekday is not None or tokens[said.start] not in WEEKDAYS:
        return said
    the = tokens[said.start + 1 : said.start + 2] == ["the"]
    day_n = _day_number(tokens, said.start + 1 + the)
    if day_n is None or said.end != said.start + 2 + the:
        return said
    named = [
        m for m in mentions
        if m is not said and not m.ambiguous and m.weekday_said is None and m.until is None
        and any(t in MONTHS for t in tokens[m.start : m.end])
    ]  # fmt: skip
    if not named:
        return said
    anchor = min(named, key=lambda m: abs(m.start - said.start)).day
    weekday = WEEKDAYS[tokens[said.start]]

    def fits(months_on: int) -> date | None:
        month, year = anchor.month + months_on, anchor.year
        month, year = (month - 12, year + 1) if month > 12 else (month + 12, year - 1) if month < 1 else (month, year)
        try:
            placed = date(year, month, day_n)
        except ValueError:
            return None
        return placed if placed >= today and placed.weekday() == weekday else None

    near = [d for d in (fits(-1), fits(1)) if d is not None]
    placed = fits(0) or (near[0] if len(near) == 1 else None)
    return DateMention(placed, said.start, said.end) if placed is not None else said


_PART_BETWEEN = frozenset({"mattina", "mattinata", "mattino", "pomeriggio", "sera", "morning", "afternoon", "evening"})
"""The part of a day said between its weekday and its date ("Saturday morning, the 5th", "sabato mattina, il 5")."""


_FOLLOWING = frozenset({"successivo", "seguente"})
"""The weekday said as the one after, then its date ("trasferiscilo al lunedì successivo, il 17 maggio", set 50):
one day when the weekday agrees (parted, as by a part of the day). Never "dopo": "il sabato dopo il 5 dicembre" is
the Saturday after it."""


def _merge_weekday_and_date(mentions: list[DateMention], tokens: list[str]) -> list[DateMention]:
    """ "lunedì 7 dicembre", "Monday, December 7th": one date when the weekday agrees. When it does not
    ("martedì 9 dicembre", the 9th a Wednesday) it is still one day said, with a slip in it: one mention marked
    `weekday_said`, for the parser to ask which day (the weekday with its date said right after it is never an
    old day and a new one). With the part of the day between them ("Saturday morning, the 5th", set 39) they are
    one only when the weekday agrees: two days that disagree, so parted, stay two (asked)."""
    out: list[DateMention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        gap = tokens[prev.end : mention.start] if prev is not None else []
        parted = any(t in _PART_BETWEEN or t in _FOLLOWING for t in gap)
        if (
            prev is not None
            and prev.weekday is not None
            and all(t in ("il", "the", "di", "del", "on") or t in _PART_BETWEEN or t in _FOLLOWING for t in gap)
            and sum(t in _PART_BETWEEN for t in gap) <= 1
            and mention.until is None
            and (mention.day.weekday() == prev.weekday or (not parted and _numbered(tokens[mention.start : mention.end])))
        ):
            slip = prev.weekday if mention.day.weekday() != prev.weekday else None
            out[-1] = DateMention(mention.day, prev.start, mention.end, mention.until, weekday_said=slip)
            continue
        out.append(mention)
    return out


_BETWEEN_WEEK_AND_DAY = frozenset({"la", "il", "di", "della", "nella", "on", "the", "in"})


def _weekday_in_week_said(mentions: list[DateMention], tokens: list[str]) -> list[DateMention]:
    """ "la settimana prossima, giovedì alle 10", "giovedì, la settimana prossima", "next week, on Thursday", "questa
    settimana, venerdì": one day, the weekday in the week said beside it (a week to its Sunday, and a weekday next to
    it, bare or with its date in that week, only an article or "di"/"on" between). A weekday already past in the week
    said, or a date outside it, stays two days (asked)."""
    out = list(mentions)
    k = 0
    while k < len(out) - 1:
        first, then = out[k], out[k + 1]
        week, day = (first, then) if first.until is not None else (then, first)
        until = week.until
        a_week = until is not None and until.weekday() == 6 and (until - week.day).days <= 6
        gap = tokens[first.end : then.start]
        if until is not None and a_week and day.until is None and all(t in _BETWEEN_WEEK_AND_DAY for t in gap):
            meant = until - timedelta(days=6 - day.weekday) if day.weekday is not None else day.day
            named = day.weekday is not None or any(t in WEEKDAYS for t in tokens[day.start : day.end])
            if week.day <= meant <= until and named:
                out[k : k + 2] = [DateMention(meant, min(first.start, then.start), max(first.end, then.end))]
        k += 1
    return out


def weekday_near(day: date, weekday: int, today: date) -> date:
    """The day falling on `weekday` nearest to `day` and not before `today`: what "martedì 9 dicembre" may mean
    when the 9th is a Wednesday (Tuesday the 8th), asked against the 9th itself."""
    before = day - timedelta(days=(day.weekday() - weekday) % 7)
    after = before + timedelta(days=7)
    return before if before >= today and day - before <= after - day else after


def _numbered(said: list[str]) -> bool:
    """A date said by its number ("9 dicembre", "nove dicembre", "December 9th", "il 9"), not a day named relative
    to today."""
    return any(t[:1].isdigit() or t in MONTHS or word_to_number(t) is not None for t in said)


_PARTS_AFTER_HOUR = (["in", "the", "morning"], ["in", "the", "afternoon"], ["in", "the", "evening"])


def _hour_of_part_after_day(tokens: list[str], i: int) -> bool:
    """ "Tuesday, December 15, 2 in the afternoon": a bare hour (1 to 12) at tokens[i] with its part of the day
    said after it, right after a day of the month or "today" / "tomorrow" (so the number can be no day itself): an
    hour said whole, no "at" needed. "On December 2 in the afternoon" is the 2nd (no day before it)."""
    if i == 0 or not tokens[i].isdigit() or not 1 <= int(tokens[i]) <= 12:
        return False
    if tokens[i + 1 : i + 4] not in _PARTS_AFTER_HOUR:
        return False
    before = tokens[i - 1]
    day = before[:-2] if before[-2:] in ("st", "nd", "rd", "th") else before
    return (day.isdigit() and 1 <= int(day) <= 31) or before in ("today", "tomorrow")


def british_half(tokens: list[str], i: int) -> bool:
    """ "half nine", "half 11" at tokens[i]: the British half past the hour (an hour of 1 to 12 right after
    "half", no "past"), never "half a day" or "half 2 days"."""
    if tokens[i : i + 1] != ["half"]:
        return False
    hour = number_at(tokens, i + 1)
    if hour is None or not 1 <= hour[0] <= 12:
        return False
    after = tokens[i + 1 + hour[1] : i + 2 + hour[1]]
    return not (after and (after[0] in _NOT_TIME_AFTER or after[0].isdigit()))


def hour_minute(tokens: list[str], i: int) -> tuple[int, int, int] | None:
    """hour, minute, tokens used, for a time starting at tokens[i] (after "alle"/"at")."""
    n = len(tokens)
    if i >= n:
        return None
    tok = tokens[i]
    if tok in ("mezzogiorno", "noon", "midday"):
        if tokens[i + 1 : i + 3] in (["e", "mezza"], ["e", "mezzo"]):
            return 12, 30, 3
        return 12, 0, 1
    twelve = number_at(tokens, i)
    if twelve is not None and twelve[0] == 12 and tokens[i + twelve[1] : i + twelve[1] + 1] in (["noon"], ["midday"]):
        return 12, 0, twelve[1] + 1  # "12 noon", "twelve midday": noon said whole
    if british_half(tokens, i):
        hour = number_at(tokens, i + 1)
        assert hour is not None
        return hour[0], 30, 1 + hour[1]  # "half nine", "half 11": half past the hour
    if tok in ("half", "quarter") and i + 2 < n and tokens[i + 1] in ("past", "to"):
        num = number_at(tokens, i + 2)
        if num is None or not 1 <= num[0] <= 12:
            return None
        minutes = 30 if tok == "half" else 15
        if tokens[i + 1] == "to":
            return num[0] - 1, 60 - minutes, 2 + num[1]
        return num[0], minutes, 2 + num[1]
    hh: int | None = None
    mm = 0
    used = 1
    if tok.endswith(("am", "pm")) and tok[:-2].count(":") <= 1 and tok[:-2].replace(":", "").isdigit():
        core = tok[:-2]  # "3pm", "3:30pm" (its minutes kept: "3:30pm" read nothing, "3.30pm" read 15:00)
        if ":" in core:
            hh, mm = (int(x) for x in core.split(":"))
        else:
            hh = int(core)
        if tok.endswith("pm") and hh < 12:
            hh += 12
        if tok.endswith("am") and hh == 12:
            hh = 0
        return (hh, mm, 1) if 0 <= hh <= 23 and 0 <= mm <= 59 else None
    if ":" in tok:
        parts = tok.split(":")
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            hh, mm = int(parts[0]), int(parts[1])
    elif tok.isdigit() and len(tok) in (3, 4) and int(tok) % 100 % 5 == 0 and int(tok) % 100 < 60:
        hh, mm = divmod(int(tok), 100)  # "at 430", "alle 1030": whisper's times without their colon
    else:
        if tok in ("una",):  # "all'una"
            hh = 1
        else:
            num = number_at(tokens, i)
            if num is None:
                return None
            hh, used = num
    if hh is None or not 0 <= hh <= 23:
        return None
    j = i + used
    # minutes: "e mezza", "e un quarto", "e trenta", "meno un quarto", "9 30", "o'clock"
    if j < n and tokens[j] == "e" and j + 1 < n:
        after = tokens[j + 1]
        if after in ("mezza", "mezzo"):
            mm, used = 30, used + 2
        elif after == "un" and j + 2 < n and tokens[j + 2] == "quarto":
            mm, used = 15, used + 3
        elif after == "quarto":
            mm, used = 15, used + 2
        elif after == "tre" and j + 2 < n and tokens[j + 2] == "quarti":
            mm, used = 45, used + 3
        elif after not in _NO_MINUTE:  # "alle 11? È una Clio" is no 11:01
            num = number_at(tokens, j + 1)
            if num is not None and 0 <= num[0] <= 59:
                mm, used = num[0], used + 1 + num[1]
    elif j < n and tokens[j] == "meno" and tokens[j + 1 : j + 3] == ["un", "quarto"]:
        hh, mm, used = hh - 1, 45, used + 3
    elif (
        j < n
        and tokens[j] == "meno"
        and (less := number_at(tokens, j + 1)) is not None
        and 1 <= less[0] <= 30
    ):
        hh, mm, used = hh - 1, 60 - less[0], used + 1 + less[1]  # "alle 10 meno 10" is 9:50
    elif j < n and tokens[j].isdigit() and len(tokens[j]) == 2 and ":" not in tok:
        mm, used = int(tokens[j]), used + 1
    elif j < n and tokens[j] in ("thirty", "fifteen", "forty-five", "trenta", "quindici"):
        mm, used = word_to_number(tokens[j]) or 0, used + 1
    j = i + used
    if j < n and tokens[j] in ("o", "oclock") and tokens[j + 1 : j + 2] in (["clock"], []):
        used += 2 if tokens[j] == "o" else 1
    j = i + used
    if j < n and tokens[j] in _PM and hh < 12:
        hh, used = hh + 12, used + 1
    elif j < n and tokens[j] in _AM:
        used += 1
    if not 0 <= mm <= 59:
        return None
    return hh, mm, used


def _qualifier(tokens: list[str], i: int) -> str | None:
    """ "di mattina", "del pomeriggio", "in the morning", "di sera" right after a time; never the part of another
    day ("alle 10 e mezza, e la sera prima mandale un promemoria": the evening before, the reminder's)."""
    window = tokens[i : i + 3]
    for k, word in enumerate(window):
        if tokens[i + k + 1 : i + k + 2] and tokens[i + k + 1] in _ANOTHER_DAY:
            return None
        if word in _MORNING:
            return "morning"
        if word in _AFTERNOON:
            return "afternoon"
    return None


_ANOTHER_DAY = frozenset({"prima", "precedente", "before", "dopo", "seguente"})
"""Said right after a part of the day, it names that part of another day ("la sera prima", "the evening before")."""


_BOUND_BEFORE = {"dopo", "prima", "entro", "fino", "after", "before", "until", "till", "from", "by", "tra", "fra",
                 "between", "dalle", "dall", "da"}  # fmt: skip


@dataclass
class TimeMention:
    """One clock time said: "HH:MM", where, and whether it was a bound ("dopo le 15") rather than a time."""

    time: str
    start: int
    end: int
    part: str
    bounded: bool = False
    night: bool = False


def _all_times(tokens: list[str]) -> list[TimeMention]:
    n = len(tokens)
    out: list[TimeMention] = []
    i = 0
    while i < n:
        tok = tokens[i]
        explicit = ":" in tok or tok.endswith(("am", "pm")) or tok in ("mezzogiorno", "noon", "midday")
        if tok in ("half", "quarter") and i + 1 < n and tokens[i + 1] in ("past", "to"):
            explicit = True
        if british_half(tokens, i):
            explicit = True  # "at half 9", "Thursday, half nine"
        if i + 1 < n and tokens[i + 1] in ("am", "pm"):
            explicit = True
        if tokens[i + 1 : i + 3] == ["o", "clock"] or tokens[i + 1 : i + 2] == ["oclock"]:
            explicit = True  # "Friday, 11 o'clock": an hour said whole, no "at" needed
        if i + 1 < n and tokens[i + 1] in ("noon", "midday") and number_at(tokens, i) == (12, 1):
            explicit = True  # "Monday the 30th, 12 noon"
        if _hour_of_part_after_day(tokens, i):
            explicit = True  # "Tuesday, December 15, 2 in the afternoon"
        prev = tokens[i - 1] if i > 0 else ""
        prev2 = tokens[i - 2] if i > 1 else ""
        intro = prev in _STRONG_INTRO or (
            prev == "le" and prev2 in ("per", "verso", "entro", "dopo", "prima", "tra", "fra")
        ) or (prev == "delle" and prev2 in _ONE_OF_DAY)  # "quello delle 4": the appointment's hour
        # the old hour kept, then said: "… martedì 16 marzo, alla stessa ora, le 10" (set 45)
        intro = intro or (prev == "le" and tokens[max(0, i - 3) : i - 1] in (["stessa", "ora"], ["stesso", "orario"]))
        # the hour named as such: "da giovedì 6 a giovedì 13 maggio, orario le 2" (set 50)
        intro = intro or (prev == "le" and prev2 == "orario")
        # the new hour made ("Friday the 7th of May: make it 9 in the morning instead, same day", set 50); never a
        # count ("make it 2 hours later": its unit after it)
        intro = intro or (
            prev == "it" and prev2 == "make" and (tokens[i + 1 : i + 2] in ([], *_AFTER_MADE_HOUR)
                                                  or tokens[i + 1][:1].isdigit())
        )
        if not explicit and not intro:
            i += 1
            continue
        if i + 1 < n and tokens[i + 1] in _NOT_TIME_AFTER:
            i += 1
            continue  # "il 12 marzo", "tra 3 giorni"
        hm = hour_minute(tokens, i)
        if hm is None:
            i += 1
            continue
        hh, mm, used = hm
        qualifier = _qualifier(tokens, i + used)
        is_ampm = tok.endswith(("am", "pm")) or (i + 1 < n and tokens[i + 1] in ("am", "pm"))
        if qualifier == "afternoon" and hh < 12:
            hh += 12
        elif qualifier is None and not is_ampm and 1 <= hh <= 7:
            hh += 12  # workshop hours: "alle tre" is 15:00
        if not 0 <= hh <= 23:
            i += used
            continue
        window = {prev, prev2} if prev in ("le", "alle", "all", "at") else {prev}
        if prev2 in ("dopo", "prima") and i >= 3 and tokens[i - 3] in ("ora", "ore"):
            window = {prev}  # "lo facciamo un'ora dopo, alle 9 e mezza": the hour the shift comes to, no bound
        if prev2 in ("dopo", "successiva") and i >= 3 and tokens[i - 3] == "settimana":
            window = {prev}  # "venerdì della settimana dopo alle 3": that day's hour, no "after 3"
        bounded = bool(window & _BOUND_BEFORE)
        night = any(t in ("notte", "night") for t in tokens[i + used : i + used + 3])
        part = "morning" if hh < 13 else "afternoon"
        out.append(TimeMention(f"{hh:02d}:{mm:02d}", i, i + used, part, bounded, night))
        i += used
    return out


def first_time(tokens: list[str]) -> tuple[str | None, int, str | None]:
    """The first time said: ("HH:MM", token index, part of day), or (None, -1, None)."""
    times = _all_times(tokens)
    if not times:
        return None, -1, None
    return times[0].time, times[0].start, times[0].part


_MEAL_PARTS = {("dopo", "pranzo"): "afternoon", ("prima", "di", "pranzo"): "morning",
               ("prima", "del", "pranzo"): "morning", ("prima", "pranzo"): "morning",
               ("after", "lunch"): "afternoon", ("before", "lunch"): "morning",
               ("verso", "sera"): "afternoon", ("verso", "la", "sera"): "afternoon", ("in", "serata"): "afternoon",
               ("verso", "serata"): "afternoon", ("sul", "tardi"): "afternoon", ("sul", "presto"): "morning",
               ("late", "in", "the", "day"): "afternoon", ("early", "in", "the", "day"): "morning"}  # fmt: skip
"""The part of the day told by lunch ("dopodomani dopo pranzo", "qualcosa prima di pranzo"): the workshop's
afternoon starts after it, its morning ends before it. So by the evening coming ("per la revisione giovedì 21
gennaio, verso sera", set 49; "in serata"): the workshop's last hours, its afternoon (never "sera" alone: "la sera
prima" is a reminder's). So "sul tardi" ("per una diagnosi venerdì 4, sul tardi", set 50), "late in the day", the
afternoon, and "sul presto" the morning (never "tardi" or "presto" alone: "più tardi", "al più presto" are no part
of a day)."""


def _part_of_day(tokens: list[str]) -> str | None:
    for k, tok in enumerate(tokens):
        if tok in _MORNING:
            return "morning"
        if tok in ("pomeriggio", "afternoon", "pomeridiano"):
            return "afternoon"
        meal = next((part for said, part in _MEAL_PARTS.items() if tuple(tokens[k : k + len(said)]) == said), None)
        if meal is not None:
            return meal
    return None


def _minutes_may_follow(tokens: list[str], at: int) -> bool:
    """Could the "e" at `at`, after a weekday's number, be the "and" of its minutes ("giovedì 10 e mezza": 10:30, a
    time said without "alle")? Not before a word no minutes are ("sabato 5 è fuori città", set 28: the accent lost,
    "is" away, so the 5th): there the number dates the weekday."""
    if tokens[at : at + 1] == ["and"]:
        # "Thursday 10 and a half", "… 10 and 20": minutes; "Thursday the third and at what times?" a date
        said = tokens[at - 1] if at > 0 else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        cardinal = said.isdigit() or (said.isalpha() and word_to_number(said) is not None)
        return cardinal and (after in ("a", "half", "quarter") or after.isdigit() or word_to_number(after) is not None)
    if tokens[at : at + 1] != ["e"]:
        return False
    nxt = tokens[at + 1] if at + 1 < len(tokens) else ""
    minutes = {"mezza", "mezzo", "quarto", "quaranta", *_CUT_MINUTES, *_MINUTES_MISHEARD}
    return not nxt.isalpha() or nxt in minutes or word_to_number(nxt) is not None


_CUT_MINUTES = {"me", "mez", "mezz", "m", "un", "tre"}
"""What is left of "e mezza", "e un quarto", "e tre quarti" when the recording stops mid-word."""


_MINUTES_MISHEARD = {"me", "mes", "mez", "mezz", "mesi", "mese", "meso", "messi", "mezzi", "mezze"}
"""Words whisper writes for "mezza" that could be something else ("mesi": months): after "alle 2 e", asked."""


def _minutes_cut(tokens: list[str], end: int) -> bool:
    """ "alle 9 e" or "alle 9 e me" at the very end: the minutes were cut off (whisper stopped at
    "e me" of "e mezza"), or "alle 9 mezza" (its "e" lost), so the hour alone would be a guess."""
    rest = tokens[end:]
    if rest[:1] == ["e"] and len(rest) >= 2 and rest[1] in _MINUTES_MISHEARD:
        return True  # "alle 2 e mesi": half past, or not? asked, never read as 2 o'clock
    if rest[:1] == ["mezza"]:
        return True  # "alle due, mezza": the "e" of "e mezza" lost, half past likely; asked, never read as 2 o'clock
    return bool(rest) and rest[0] == "e" and (len(rest) == 1 or (len(rest) == 2 and rest[1] in _CUT_MINUTES))


def _eleven_cut(tokens: list[str], moment: TimeMention) -> bool:
    """ "dopodomani alle 1", "anzi no, alle 1": Italian says one o'clock "all'una", never "alle 1"; whisper writes
    so "alle 11" over noise with its second 1 lost ("undici" heard short: sets 21 and the main set's). The hour is
    asked, never written as 13:00 (nor guessed as 11)."""
    return (
        moment.end == moment.start + 1
        and tokens[moment.start] == "1"
        and tokens[moment.start - 1 : moment.start] in (["alle"], ["le"])
        and tokens[moment.end : moment.end + 1] not in (["e"], ["meno"])
    )


_EN_WEEKDAYS = {day: n for day, n in WEEKDAYS.items() if day.endswith("day")}


def _en_ordinal_of(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _said_to_for_the(tokens: list[str], today: date) -> list[str]:
    """English "Friday the 11th" heard "Friday to 11" (the "the" said "to"): read as the date only where that is
    the one reading, the tokens kept in place. The 11th must fall on that weekday, and "to 11" must not be an
    hour: a destination ("… to Wednesday", "… to the 9th") or an hour ("to 2", "at 2") said after it, or a number
    no hour has. An hour said with "to" right after the date the appointment goes to ("to Wednesday to 9 to 2")
    is its time ("at 2"). "from Friday to 11" stays as heard (11 o'clock, or the 11th?): the parser asks."""
    out = list(tokens)
    for i in range(len(out) - 2):
        weekday, said = _EN_WEEKDAYS.get(out[i]), out[i + 2]
        if weekday is None or out[i + 1] != "to" or not said.isdigit() or not 1 <= int(said) <= 31:
            continue
        if _weekday_with_day(today, weekday, int(said)) is None:
            continue
        after = out[i + 3 : i + 5]
        hour_after = len(after) == 2 and after[1].isdigit() and 1 <= int(after[1]) <= 12
        to_after = after[:1] == ["to"] and len(after) == 2 and (after[1] in WEEKDAYS or after[1] == "the" or hour_after)
        if not (to_after or after[:1] == ["at"] or int(said) > 12):
            continue
        out[i + 1], out[i + 2] = "the", _en_ordinal_of(int(said))
        closes = i + 5 == len(out) or not (out[i + 5].isdigit() or out[i + 5] in ("to", "the"))
        if to_after and hour_after and i > 0 and out[i - 1] == "to" and closes:
            out[i + 3] = "at"  # "… to Wednesday to 9 to 2": Wednesday the 9th at 2
    return out


_IT_WEEKDAYS = {day: n for day, n in WEEKDAYS.items() if not day.endswith("day")}
_TEEN_DECEMBER = {"13": 3, "16": 6}
"""What whisper writes for "tre dicembre", "sei dicembre" with the month cut after its "di" ("tredici", "sedici")."""


def _december_as_teen(tokens: list[str], today: date) -> list[str]:
    """ "giovedì 3 dicembre alle 9" heard "giovedì 13.9": "tre di(cembre)" written 13, its "alle" lost before the
    hour. Read as 3 December (written "3/12", the tokens kept in place) only where a number follows it, the
    weekday falls on no coming 13th and does on the coming 3 December; the hour after it is left unread (the
    parser asks the time). A weekday that falls on the 13th ("venerdì 13 9") stays as heard."""
    out = list(tokens)
    for i in range(1, len(out) - 1):
        weekday, day_n = _IT_WEEKDAYS.get(out[i - 1]), _TEEN_DECEMBER.get(out[i])
        if weekday is None or day_n is None or not out[i + 1].isdigit():
            continue
        december = _month_day(today, 12, day_n, None)
        coming = december is not None and (december - today).days <= 60 and december.weekday() == weekday
        if coming and _weekday_with_day(today, weekday, int(out[i])) is None:
            out[i] = f"{day_n}/12"
    return out


def extract_datetime(tokens: list[str], today: date) -> DateTimeSlots:
    """Dates, time and part of day in `tokens` (already normalised)."""
    tokens = _december_as_teen(_said_to_for_the(tokens, today), today)
    slots = DateTimeSlots(dates=_parse_dates(tokens, today))
    times = _all_times(tokens)
    time, start, time_part = (times[0].time, times[0].start, times[0].part) if times else (None, -1, None)
    slots.time, slots.time_start = time, start
    slots.times = times
    for mention in slots.dates:
        slots.consumed.update(range(mention.start, mention.end))
    for moment in times:
        slots.consumed.update(range(moment.start, moment.end))
    if len({t.time for t in times}) > 1:
        slots.conflicts.append("two_times")
    if any(t.bounded for t in times):
        slots.conflicts.append("time_window")
    if any(t.night for t in times):
        slots.conflicts.append("night")
    if any(_minutes_cut(tokens, t.end) or _eleven_cut(tokens, t) for t in times):
        slots.conflicts.append("time_cut")
    spoken_part = _part_of_day(tokens)
    if time_part and spoken_part and time_part != spoken_part:
        slots.conflicts.append("time_vs_part_of_day")
    slots.part_of_day = spoken_part or time_part
    return slots
