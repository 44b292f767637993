"""Composite requests: the follow-up clauses after the main command ("… e manda una conferma WhatsApp
con promemoria il giorno prima"), understood only when every word of them is."""

from __future__ import annotations

import logging
from typing import Any

from engine.fastpath import intents as cues
from engine.fastpath.dates import first_time, hour_minute
from engine.fastpath.numbers import word_to_number
from engine.fastpath.services import find_services
from engine.fastpath.tail_words import CONF_WORDS, CONNECTORS, REM_WORDS, TAIL_VOCAB
from engine.fastpath.vocabulary import known_words

_LOGGER = logging.getLogger(__name__)

DAYS_EARLY_EN = frozenset({"before", "ahead", "beforehand", "prior", "advance", "out"})
"""The English of `DAYS_EARLY`, also how early "a heads-up" goes (`heard_en.heads_up_before`)."""
DAYS_EARLY = DAYS_EARLY_EN | {"prima", "anticipo"}
"""Said after "N giorni" / "N days", how early a reminder goes: "tre giorni prima", "3 days before", and in
English "3 days ahead", "two days beforehand", "2 days prior", "two days out", "3 days in advance" (its "in"
between); in Italian "con 2 giorni d'anticipo", "due giorni in anticipo" (`_EARLY_LINKS`)."""
_EARLY_LINKS = {"in": frozenset({"advance", "anticipo"}), "d": frozenset({"anticipo"}), "di": frozenset({"anticipo"})}
"""The word between "days"/"giorni" and how early, with the words it goes with: "in advance", "in anticipo",
"d'anticipo", "di anticipo" ("2 giorni di ferie" is none)."""


def _days_early_words(tokens: list[str], i: int) -> int:
    """How many words after tokens[i] ("days") say how early (`DAYS_EARLY`, maybe its link word between,
    `_EARLY_LINKS`): 0 when none."""
    after = tokens[i + 1 : i + 3]
    if after[:2] == ["out", "of"]:
        return 0  # "3 days out of 5": no notice
    if after[:1] and after[0] in _EARLY_LINKS:
        return 2 if after[1:] and after[1] in _EARLY_LINKS[after[0]] else 0
    return 1 if after and after[0] in DAYS_EARLY else 0


def _days_early_at(tokens: list[str], i: int) -> bool:
    """Is a `DAYS_EARLY` word said right after tokens[i] ("days"), a link word between ("days in advance")?"""
    return _days_early_words(tokens, i) > 0


def days_early_before(tokens: list[str], end: int) -> int | None:
    """Where "N giorni prima" / "N days before" starts when it is said before tokens[end] (the reminder's word), only
    "per" or the channel between ("mandale una mail 3 giorni prima per ricordarle …"), else None."""
    for i in range(1, end):
        if tokens[i] in ("giorni", "days") and _days_early_at(tokens, i):
            between = tokens[i + 1 + _days_early_words(tokens, i) : end]
            if set(between) <= {"per", "for", "to", "da", "di"}:
                return i - 1
    return None


_OF_THE_JOB = frozenset({"del", "della", "delle", "dei", "degli", "dell", "dello", "the", "her", "his", "their"})


def days_early_opening(tokens: list[str]) -> tuple[int, int] | None:
    """The span of "N giorni prima" / "N days before" opening the request, the job it goes ahead of right after it
    ("Tre giorni prima delle pastiglie della Shengdafei, …, mandi un WhatsApp a Crisafulli per rammentarglielo?", set
    48): how early the reminder goes, said first; else None."""
    if len(tokens) < 3 or tokens[1] not in ("giorni", "days") or not _days_early_at(tokens, 1):
        return None
    value = word_to_number(tokens[0])
    end = 2 + _days_early_words(tokens, 1)
    if not value or tokens[end : end + 1] == [] or tokens[end] not in _OF_THE_JOB:
        return None
    return 0, end


_DAY_BEFORE = frozenset({"sera", "giorno", "evening", "day", "night"})
_ITS_HOUR = frozenset({"alle", "le", "ore", "at", "e", "mezza", "per", "for", "to", "verso", "around"})


_REMINDED = frozenset({"alla", "al", "allo", "a", "to", "signora", "signor", "signore", "mrs", "mr", "ms", "miss"})


def _hour_and_whom(between: list[str]) -> bool:
    """Are `between` only the reminder's hour, "per", and whom it goes to by a surname no table knows ("… alle 8 alla
    Pellicciari, per ricordarle …", set 40)?"""
    from engine.fastpath.vocabulary import known_words  # local: the vocabulary reads this module's words

    named = False
    for k, t in enumerate(between):
        if t in _ITS_HOUR or t in _REMINDED or t.isdigit() or word_to_number(t) is not None:
            continue
        if named or k == 0 or between[k - 1] not in _REMINDED or t in known_words():
            return False
        named = True
    return True


def day_before_said_before(tokens: list[str], end: int) -> int | None:
    """Where "la sera prima" / "il giorno prima" starts when it is said before tokens[end] (the reminder's word),
    maybe with its hour and whom it goes to, and only "per" between ("mandale una mail la sera prima alle 7 per
    ricordarle …", "un SMS la sera prima alle 8 alla Pellicciari, per ricordarle …": the reminder's hour, never the
    appointment's), else None."""
    for i in range(1, end):
        if tokens[i] in DAYS_EARLY and tokens[i - 1] in _DAY_BEFORE and _hour_and_whom(tokens[i + 1 : end]):
            return max(0, i - 2)
    return None


_SEND_VERBS = frozenset({"manda", "mandagli", "mandale", "mandali", "mandiamo", "mandiamogli", "mandiamole", "invia",
                         "inviagli", "inviale", "scrivi", "scrivigli", "scrivile", "fai", "fagli", "falle"})  # fmt: skip
_SEND_REACH = 3
"""How many words the message or its channel may come after the verb sending it ("mandagli un WhatsApp")."""
_TOLD_BETWEEN = frozenset({"ha", "hanno", "ho", "abbiamo", "era", "erano", "aveva", "mi", "si", "non", "che"})
"""Between the job and the message sent, what tells of something else than the reminder (`day_before_opening`)."""


def day_before_opening(tokens: list[str]) -> tuple[int, tuple[int, int] | None] | None:
    """"la sera prima" / "il giorno prima" said before the job it goes ahead of, then a message sent ("Ciavarella si
    scorda sempre tutto: la sera prima della revisione della Rockette, GB 694 KT, alle 7 mandagli un WhatsApp", set
    49): a reminder, how early said first. (Where "sera"/"giorno" is, the span of the hour said right before the
    verb sending it, the reminder's own, or None); else None: no job right after, no message sent after it."""
    for i in range(1, len(tokens) - 2):
        if tokens[i] not in ("prima",) or tokens[i - 1] not in ("sera", "giorno") or tokens[i + 1] not in _OF_THE_JOB:
            continue
        job = find_services(tokens[i + 2 : i + 4])
        if not job or job[0].start != 0:
            continue
        send = next((k for k in range(i + 2, len(tokens)) if tokens[k] in _SEND_VERBS), None)
        if send is None:
            continue
        if _TOLD_BETWEEN & set(tokens[i + 2 : send]):
            continue  # "la sera prima della revisione la Panda mi ha dato problemi: …": something told, no reminder
        sent = tokens[send + 1 : send + 1 + _SEND_REACH]
        if not (_MESSAGE_WORDS & set(sent) or cues.find_channel(sent) is not None):
            continue
        hour = None
        for k in range(send - 1, i + 1, -1):
            if tokens[k] in ("alle", "all", "verso"):
                span = time_span(tokens[k:send])
                hour = (k + span[0], k + span[1]) if span is not None and k + span[1] >= send else None
                break
        return i - 1, hour
    return None


def message_before_at(tail: list[str]) -> int:
    """Where a message sent ahead of the appointment is said with no reminder's word ("e falle arrivare un SMS il
    giorno prima", "mandagli un WhatsApp la sera prima", "un messaggio 2 giorni prima", set 37): a reminder, as
    `intents._MESSAGE_BEFORE` reads it said alone; -1 when the message or how early it goes is not said."""
    said_early = any(
        (tok in DAYS_EARLY and i > 0 and tail[i - 1] in _DAY_BEFORE) or (tok in ("giorni", "days") and _days_early_at(tail, i))
        for i, tok in enumerate(tail)
    )  # fmt: skip
    if not said_early:
        return -1
    return next(
        (i for i in range(len(tail)) if tail[i] in _MESSAGE_WORDS or cues.find_channel(tail[i : i + 3]) is not None),
        -1,
    )


def is_reminder_word(tok: str) -> bool:
    """ "promemoria", "reminder", and every form of "ricordare"/"remind" ("ricordaglielo", "reminding")."""
    return tok in REM_WORDS or tok.startswith(("ricord", "promemor", "remind"))


def is_confirmation_word(tok: str) -> bool:
    """ "conferma", "confirmation", and every form of "confermare"/"confirm"."""
    return tok in CONF_WORDS or tok.startswith(("conferm", "confirm"))


TOLD_CONFIRMED = frozenset({"confermato", "confermata", "confermati", "confermate", "confirmed"})
"""The appointment told of as confirmed ("la revisione … venerdì alle 10 è confermata", "MOT … Friday at 10,
confirmed"): what the customer or the counter settled, no message asked. Such a word opens no follow-up
message of its own; the request before it is then a booking told of (`verbless`), never one written with a
confirmation sent that nobody asked for."""


MADE_TO_REACH = frozenset({"falle", "fagli", "fategli", "fatele"})
"""The customer's pronoun on "fare", before "arrivare" or "avere" (`made_to_reach`)."""
_REACH_VERBS = frozenset({"arrivare", "avere"})
_MESSAGE_WORDS = frozenset({"messaggio", "messaggino", "promemoria", "avviso", "conferma"})
"""What "falle arrivare" / "fagli avere" may send, with the channels (`intents.CHANNELS`)."""


MADE_TO_REACH_APART = frozenset({"fai", "fate", "facciamo"})
"""The same "fare" said with the customer's pronoun before it ("e la vigilia le fai arrivare un SMS di promemoria",
set 45; "gli facciamo avere la conferma"), read as `MADE_TO_REACH`."""


def made_to_reach(tokens: list[str], k: int) -> bool:
    """Is a message made to reach the customer said from tokens[k] ("e falle arrivare un SMS il giorno prima",
    "fagli avere la conferma per mail", set 37; "le fai arrivare un SMS", set 45)? Only the pronoun's form (or the
    pronoun, then "fai"), its verb and the message or its channel within four words after: "fagli arrivare i pezzi",
    "gli fai avere i pezzi" send nothing."""
    apart = tokens[k] in ("le", "gli") and tokens[k + 1 : k + 2] != [] and tokens[k + 1] in MADE_TO_REACH_APART
    if apart:
        k += 1
    elif tokens[k] not in MADE_TO_REACH:
        return False
    if tokens[k + 1 : k + 2] not in ([v] for v in _REACH_VERBS):
        return False
    after = tokens[k + 2 : k + 6]
    return bool(_MESSAGE_WORDS & set(after)) or cues.find_channel(after) is not None


def near_reminder(tokens: list[str], i: int) -> bool:
    return any(is_reminder_word(t) for t in tokens[i : i + 5])


def tail_start(tokens: list[str], after: int, main: str) -> int:
    """Where the follow-up actions start ("… e manda una conferma …"), or len(tokens)."""
    n = len(tokens)
    sends = cues.SEND_VERBS
    rem_verbs = {p[0] for p in cues.REMINDER_VERBS}
    for k in range(after + 1, n):
        tok = tokens[k]
        hit = False
        if (
            # the whole verb said there: "gli mandi" is one, "gli" alone ("gli dà un errore") none
            (main != "send_confirmation" and any(tuple(tokens[k : k + len(p)]) == p for p in sends))
            or (tok in rem_verbs and any(is_reminder_word(t) for t in tokens[k + 1 : k + 5]))
            or is_reminder_word(tok)
            or (main != "send_confirmation" and is_confirmation_word(tok) and tok not in TOLD_CONFIRMED)
            or made_to_reach(tokens, k)
            # "… e avvisalo con un SMS di conferma" (set 47): the notice that is the confirmation (`notice_confirmed`)
            or (main != "send_confirmation" and k in cues.notice_confirmed(tokens))
        ):
            hit = True
        if hit:
            j = _addressee_before(tokens, k, after)
            while j - 1 > after and (
                tokens[j - 1] in CONNECTORS | {"un", "una", "la", "il", "a", "the", "l"}
                or (tokens[j - 1] in THEN_WORDS and j - 2 > after and tokens[j - 2] in CONNECTORS)
            ):
                j -= 1
            return _ahead_said_first(tokens, j, after)
    return n


_ARRIVES = frozenset({"arriva", "arrivi", "arrivera"})
_AHEAD_FIRST = (("il", "giorno", "prima"), ("la", "sera", "prima"), ("il", "giorno", "avanti"), ("la", "sera", "avanti"),
                ("la", "vigilia"))  # fmt: skip


def _ahead_said_first(tokens: list[str], j: int, after: int) -> int:
    """Where the message starts when how early it goes is said before its verb, joined to the booking ("…, alle 4 e
    mezza di pomeriggio, e il giorno avanti gli arriva un promemoria su WhatsApp", set 48; "…, e la sera prima gli
    mandi un SMS"): at the connector before it; `j` when no such words are said there."""
    k = j
    if k - 1 > after and tokens[k - 1] in _ARRIVES:
        k -= 1  # "gli arriva un promemoria": the message made to reach them
    if k - 1 > after and tokens[k - 1] in _WHOM_PRONOUNS:
        k -= 1
    for ahead in _AHEAD_FIRST:
        start = k - len(ahead)
        if start - 1 > after and tuple(tokens[start:k]) == ahead and tokens[start - 1] in CONNECTORS:
            return start - 1
    return j


THEN_WORDS = frozenset({"dopo", "dopodiche", "infine"})
"""Said after the connector joining the message to what comes before it, when it goes ("…, e dopo le spedisci la
conferma", set 52; "e infine mandagli un SMS"): the message added, as "e poi"."""


JOINED_AS_ADDED = frozenset({"e", "ed", "con", "poi"})
"""The words that join a message to the booking said before it in one breath ("…: revisione lunedì 14 alle 2 e
mezza, con un promemoria su WhatsApp la sera prima", "…; poi gli mandi due righe di conferma", "…, e ricordaglielo
con un messaggio 2 giorni prima"): the message added to what was just asked, not asked of an appointment alone."""


def message_added(tokens: list[str], head_end: int) -> bool:
    """Is the message said from `head_end` (`tail_start`) joined to the words before it as an added act
    (`JOINED_AS_ADDED`)? "…, il tagliando venerdì: mandagli la conferma" is not: the message of the one booked."""
    return 0 < head_end < len(tokens) and tokens[head_end] in JOINED_AS_ADDED


_TO_WHOM = frozenset({"al", "alla", "allo"})
_TITLE_WORDS = frozenset({"signor", "signora", "signorina", "dottor", "dottoressa"})
_WHOM_PRONOUNS = frozenset({"gli", "le", "i"})
"""Said again before the verb for the one named ("al signor Cavallucci gli mandi …", its "gli" heard "i")."""


def _addressee_before(tokens: list[str], k: int, after: int) -> int:
    """Where the message's addressee said before its verb starts ("…, e al signor Cavallucci gli mandi la
    conferma"): "al"/"alla", a title, one name, maybe its pronoun again; `k` when no addressee is said there."""
    j = k
    if j - 1 > after and tokens[j - 1] in _WHOM_PRONOUNS:
        j -= 1
    if j - 3 > after and tokens[j - 3] in _TO_WHOM and tokens[j - 2] in _TITLE_WORDS and tokens[j - 1].isalpha():
        return j - 3 if j - 4 > after and tokens[j - 4] in CONNECTORS else k
    if j - 3 > after and tokens[j - 3] in CONNECTORS and tokens[j - 2] in _TO_NAMED and _a_surname(tokens[j - 1]):
        return j - 3  # "…; poi a Pezzolato spedisci la conferma" (set 39): the connector, then whom by name alone
    return j if j < k and tokens[j] in _SAID_APART else k


_SAID_APART = frozenset({"gli", "le"})
"""The customer's pronoun said before the verb sending the message ("…, e dopo le spedisci la conferma", set 52;
"e poi gli invii un SMS"): of the message, as "mandale" glued."""


_TO_NAMED = _TO_WHOM | {"a", "ha"}
"""Said before whom a message goes to by name alone, "a" as whisper writes it too ("Poi ha Pezzolato spedisci …")."""


def _a_surname(word: str) -> bool:
    """A word no table knows, of letters: a surname ("Pezzolato"), never a place or a word of the request."""
    return word.isalpha() and word not in known_words()


def time_span(tokens: list[str]) -> tuple[int, int] | None:
    """Token span (intro word included) of the first time in `tokens`."""
    time, start, _ = first_time(tokens)
    if time is None:
        return None
    hm = hour_minute(tokens, start)
    used = hm[2] if hm else 1
    first = (
        start - 1 if start > 0 and tokens[start - 1] in ("alle", "all", "at", "ore", "verso", "le") else start
    )
    return first, start + used + 2 if start + used + 2 <= len(tokens) else len(tokens)


def reminder_days_unread(tokens: list[str]) -> bool:
    """How many days early a reminder goes said ("N days ahead", "N giorni prima") but not read as 1 to 14
    ("20 days before", "a few days ahead"): asked, never scheduled the day before instead."""
    for i, tok in enumerate(tokens):
        if tok == "hours" and _days_early_at(tokens, i) and hours_before(tokens, i) not in _WHOLE_DAYS:
            return True  # "36 hours before": no whole day, asked
        if tok not in ("giorni", "days") or i == 0:
            continue
        value = word_to_number(tokens[i - 1])
        if _days_early_at(tokens, i) and not (value and 1 <= value <= 14):
            return True
        if not _days_early_at(tokens, i) and (value or 0) > 1:
            return True  # "two days early": so many days said, how early not read: asked
    return False


_WHOLE_DAYS = {24: 1, 48: 2, 72: 3}
"""Hours said ahead that are whole days ("forty-eight hours before": 2 days); any other count is asked."""


def hours_before(tokens: list[str], i: int) -> int | None:
    """The count said before tokens[i] ("hours"): "48", or in words, "forty eight"."""
    one = word_to_number(tokens[i - 1]) if i > 0 else None
    tens = word_to_number(tokens[i - 2]) if i > 1 else None
    if one is not None and tens is not None and tens % 10 == 0 and tens >= 20 and 0 < one < 10:
        return tens + one
    return one


def reminder_slot(tokens: list[str]) -> dict[str, Any]:
    days = 1
    when = "day_before"
    for i, tok in enumerate(tokens):
        if tok in ("giorni", "days") and i > 0 and _days_early_at(tokens, i):
            value = word_to_number(tokens[i - 1])
            if value and 1 <= value <= 14:
                days = value
                when = "days_before"
        hours = hours_before(tokens, i) if tok == "hours" and _days_early_at(tokens, i) else None
        if hours is not None and hours in _WHOLE_DAYS:
            days, when = _WHOLE_DAYS[hours], "days_before"  # "forty-eight hours before": 2 days
        if tok in ("stessa", "stesso", "same") and any(
            t in ("mattina", "morning", "giorno", "day") for t in tokens
        ):
            days, when = 0, "same_day"
    time, _, _ = first_time(tokens)
    if time is None:
        time = "08:00" if when == "same_day" else "18:00"
    elif int(time[:2]) < 12 and any(t in ("sera", "evening") for t in tokens):
        time = f"{int(time[:2]) + 12:02d}{time[2:]}"  # "la sera prima alle 8": 20:00
    return {"when": when, "days_before": days, "time": time}


_SAID_CONFIRMED = (("che", "e"), ("che", "e", "tutto"), ("che", "l", "appuntamento", "e"), ("che", "e", "fissato", "e"))


def _told_confirmed_words(tail: list[str], i: int) -> int:
    """How many words at `i` say what the message tells, the booking confirmed ("che è confermato", "che è tutto
    confermato", "che l'appuntamento è confermato": its confirmation), "confermato" itself left to read as one; 0
    when not so said ("che non è confermato", "che passi prima" are no confirmation)."""
    for said in _SAID_CONFIRMED:
        end = i + len(said)
        if tuple(tail[i:end]) == said and tail[end : end + 1] and tail[end] in TOLD_CONFIRMED:
            return len(said)
    return 0


_SAID_ALL_SET = (("che", "e", "tutto", "a", "posto"), ("che", "e", "tutto", "apposto"), ("che", "e", "tutto", "ok"),
                 ("che", "e", "tutto", "okay"), ("che", "e", "tutto", "fissato"), ("che", "e", "tutto", "prenotato"))
"""What the message tells when it says the booking is set, no "confermato" said ("e poi gli scrivi su WhatsApp che è
tutto a posto", set 44): its confirmation (never "che non è tutto a posto", nor "che passi prima")."""


def _all_set_at(tail: list[str]) -> tuple[int, int] | None:
    """The span of `_SAID_ALL_SET` in the message said, else None."""
    for i in range(len(tail)):
        for said in _SAID_ALL_SET:
            if tuple(tail[i : i + len(said)]) == said:
                return i, i + len(said)
    return None


_CONFIRMED_WHAT = (("l", "orario"), ("l", "ora"), ("l", "appuntamento"), ("la", "data"), ("il", "giorno"),
                   ("giorno", "e", "ora"), ("data", "e", "ora"), ("giorno", "e", "orario"), ("la", "prenotazione"))
"""What the message is to confirm, said after its verb ("… un SMS che gli confermi l'orario", set 51)."""
_CONFIRMING = frozenset({"confermi", "confermiamo", "conferma", "confermate"})


def _confirming_words(tail: list[str], i: int) -> list[int]:
    """Where the message is said to confirm the booking at `i`: "che", whom ("gli", "le") maybe, the verb
    ("confermi", `_CONFIRMING`) and what it confirms (`_CONFIRMED_WHAT`): the words but the verb's, which is left to
    read as the confirmation. Empty when not so said ("che gli confermi se viene" is no such message)."""
    if tail[i] != "che":
        return []
    k = i + 1 + (tail[i + 1 : i + 2] in (["gli"], ["le"]))
    if tail[k : k + 1] == [] or tail[k] not in _CONFIRMING:
        return []
    for what in _CONFIRMED_WHAT:
        if tuple(tail[k + 1 : k + 1 + len(what)]) == what:
            return [*range(i, k), *range(k + 1, k + 1 + len(what))]
    return []


_TITLES = {"signor", "signora", "signorina", "sig", "mr", "mrs", "ms", "miss", "cliente", "customer"}


def tail_actions(tail: list[str]) -> tuple[list[tuple[str, dict[str, Any]]], str | None]:
    """The follow-up actions, or a reason why they are not understood."""
    if not tail:
        return [], None
    # "e manda la conferma alla signora Tedeschi": the addressee is the booking's customer (read from the whole
    # request with its other slots), no word of the action
    named = {i + k for i, t in enumerate(tail) if t in _TITLES for k in (0, 1)}
    # "poi a Pezzolato spedisci la conferma" (set 39): whom by name alone, right after the connector
    named |= {i + k for i, t in enumerate(tail[:2]) if t in _TO_NAMED and _a_surname((tail[i + 1 :] or [""])[0])
              for k in (0, 1)}
    # "e dopo gli scrivi su WhatsApp che è confermato" (set 40): what the message says, the confirmation
    named |= {i + k for i in range(len(tail)) for k in range(_told_confirmed_words(tail, i))}
    # "… e poi gli mandi un SMS che gli confermi l'orario" (set 51): what the message confirms
    named |= {k for i in range(len(tail)) for k in _confirming_words(tail, i)}
    all_set = _all_set_at(tail)  # "… gli scrivi su WhatsApp che è tutto a posto" (set 44): the confirmation
    named |= set(range(*all_set)) if all_set else set()
    # "… e gli confermi tutto per mail" (set 45): the whole booking confirmed, "tutto" (or "il tutto") its object
    named |= {i + k for i in range(1, len(tail)) for k in (-1, 0) if tail[i] == "tutto" and tail[i - 1] == "il"
              and i >= 2 and is_confirmation_word(tail[i - 2])}
    named |= {i for i in range(1, len(tail)) if tail[i] == "tutto" and is_confirmation_word(tail[i - 1])}
    # "… a reminder 2 days in advance": that "in" is of "in advance" ("in the morning" stays unknown here)
    named |= {i for i, t in enumerate(tail) if t == "in" and tail[i + 1 : i + 2] == ["advance"]}
    unknown = [
        t for i, t in enumerate(tail)
        if i not in named and t not in TAIL_VOCAB and not is_reminder_word(t) and not is_confirmation_word(t)
        and not t[:1].isdigit() and ":" not in t
    ]  # fmt: skip
    unknown = [t for t in unknown if word_to_number(t) is None]
    if unknown:
        return [], "composite_part_not_understood:" + " ".join(unknown[:3])
    conf_at = next((i for i, t in enumerate(tail) if is_confirmation_word(t)), -1)
    if conf_at < 0 and all_set is not None:
        conf_at = all_set[0]
    rem_at = next((i for i, t in enumerate(tail) if is_reminder_word(t)), -1)
    if conf_at < 0 and rem_at < 0:
        rem_at = message_before_at(tail)
    if conf_at < 0 and rem_at < 0:
        return [], "composite_part_not_understood"
    parts: list[tuple[str, dict[str, Any]]] = []
    channel_all = cues.find_channel(tail)
    if conf_at >= 0:
        end = rem_at if rem_at > conf_at else len(tail)
        confirm_channel = cues.find_channel(tail[:end]) or channel_all or "whatsapp"
        parts.append(("send_confirmation", {"channel": confirm_channel}))
    if rem_at >= 0:
        rem_tokens = tail[rem_at:] if rem_at > conf_at else tail
        if reminder_days_unread(rem_tokens):
            return [], "composite_part_not_understood:reminder_days"
        channel = cues.find_channel(tail[rem_at:]) or (parts[0][1]["channel"] if parts else channel_all)
        slots = {"channel": channel or "whatsapp", "reminder": reminder_slot(rem_tokens)}
        parts.append(("send_reminder", slots))
    return parts, None
