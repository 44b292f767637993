"""What the car does, said before what is asked for it ("la BMW ha la spia dell'airbag accesa: fammi una
diagnosi", "fischia quando frena, fammi fare un controllo freni"): the reason for the request, no action and
no part of its slots. Its words are known (no refusal for them), and the parser reads the booking's service,
day and time without it: "ha la spia dei freni accesa: fammi una diagnosi" is one diagnosis, not two
services."""

from __future__ import annotations

import logging

from engine.fastpath.days_heard import DAY_WORDS
from engine.fastpath.normalize import find_all, phrases

_LOGGER = logging.getLogger(__name__)

OPENERS = frozenset(
    {"ha", "fa", "fischia", "fischiano", "perde", "vibra", "vibrano", "cigola", "cigolano", "stride", "scalda",
     "fuma", "tira", "sbanda", "slitta", "gratta", "batte", "sente", "lampeggia", "frena", "frenano",
     # "butta aria calda", "stenta a partire"
     "butta", "stenta"}
)  # fmt: skip
_TO_WHOM = frozenset({"gli", "le", "mi", "ci"})
"""Said before a symptom's verb, whom the car troubles: "gli dà un errore", "le fa un rumore"."""
"""The verbs a symptom is said with ("ha la spia accesa", "fa un rumore", "perde olio")."""
WORDS = frozenset(
    {*OPENERS, "airbag", "abs", "rumore", "rumori", "rumorino", "strano", "strana", "strani", "strane",
     "fischio", "fischi", "frena", "frenata", "frenate", "frenando", "perdita", "perdite", "vibrazione",
     "vibrazioni", "cigolio", "surriscalda", "fumo", "sterza", "sterzo", "volante", "spegne", "accende",
     "spie", "motore", "accesa", "acceso", "accese", "accesi", "lampeggiante", "cruscotto", "curva", "curve",
     "problema", "problemi", "guasto", "lisce", "consumate", "consumati", "usurate", "usurati", "bucata",
     "forata", "sgonfia", "marmitta", "scarico", "anteriore", "anteriori", "posteriore", "posteriori",
     "davanti", "dietro", "destra", "sinistra", "destro", "sinistro", "spia", "finite", "finita", "finito",
     "consumata", "consumato", "liscie", "andata", "andato", "morta", "morto", "scarica", "buttare",  # "la batteria è andata": dead, never "mandata"
     # and in English ("worn front pads", "the warning light", "it squeaks")
     "worn", "front", "rear", "left", "right", "light", "warning", "noise", "noisy", "grinding", "squeaks",
     "squeaking", "squeals",
     # hard starting, an error shown, hot air blown: "fa fatica a partire", "dà un errore", "butta aria calda"
     "fatica", "partire", "avviarsi", "errore", "errori", "aria", "calda", "caldo", "fredda", "vetri", "parabrezza",
     "fresco", "fresca",
     # a battery flat, said "a terra" ("ha la batteria a terra")
     "terra",
     # when the noise comes, speeding up: "fa un rumore strano in accelerazione", "vibra quando accelera"
     "accelerazione", "accelera", "accelerando", "accelero",
     # the dashboard's lights by what they warn of (set 28: "ha la spia dell'avaria accesa: diagnosi domani …"
     # was refused for its one unknown word): the engine fault, the glow plugs, the stability control
     "avaria", "candelette", "esp",
     # which battery of an electric car is flat (set 29: "ha la batteria di servizio a terra: sostituzione …" was
     # refused for its one word not a symptom's); they say no trouble alone (`_SAYS_NOTHING`)
     "servizio", "ausiliaria", "trazione"}
)  # fmt: skip
"""Words of a symptom: known to the fast path, so a request is not refused for saying what the car does."""


_WHO = ("", "gli ", "le ", "mi ", "ci ")
"""Whom the car fails: "non parte", "non gli parte", "non le si accende"."""
_FAILS = (
    "parte", "parte piu", "parte bene", "si accende", "si accende piu",
    # and what it failed to do, told in the past: "stamattina non è partita", "non si è accesa"
    "e partita", "e partito", "e piu partita", "e piu partito", "e ripartita", "e ripartito", "si e accesa",
    "si e acceso", "si e messa in moto", "si e messo in moto",
    "va in moto", "si mette in moto", "mette in moto", "funziona", "funziona piu", "funziona bene",
    "funzionano", "funzionano piu", "frena", "frena bene", "frena piu", "carica", "tiene la carica",
    "scalda", "raffredda", "rinfresca", "fa freddo", "tira", "tira piu", "sterza bene",
    # the air it no longer blows cold or hot: "il clima non butta più freddo", "non fa più aria fredda"
    "scalda piu", "raffredda piu", "rinfresca piu", "fa piu freddo", "butta freddo", "butta piu freddo",
    "butta aria fredda", "butta piu aria fredda", "butta caldo", "butta piu caldo", "butta aria calda",
    "butta piu aria calda", "fa aria fredda", "fa piu aria fredda", "soffia freddo", "soffia piu freddo",
    "esce aria fredda", "esce piu aria fredda",
    # and said of cool air, "fresco" ("l'aria condizionata non butta più fresco", "non fa più aria fresca")
    *(f"{does} {more}{cool}" for does in ("butta", "fa", "soffia", "esce", "tira") for more in ("", "piu ")
      for cool in ("fresco", "aria fresca", "aria fresco")),
    # what it failed to do, told in the imperfect ("stamattina non partiva più", "non si accendeva"), and the
    # windscreen it does not clear ("col clima che non sbrina i vetri", "non disappanna")
    "partiva", "partiva piu", "partiva bene", "si accendeva", "si accendeva piu", "andava in moto",
    "si metteva in moto", "metteva in moto", "funzionava", "funzionava piu", "funzionavano", "frenava",
    "frenava bene", "frenava piu", "caricava", "teneva la carica", "scaldava", "raffreddava", "rinfrescava",
    "tirava", "tirava piu", "sbrina", "sbrina piu", "sbrina i vetri", "sbrina il parabrezza", "sbrinava",
    "disappanna", "disappanna piu", "disappanna i vetri", "toglie la condensa",
)  # fmt: skip
_TOLD_PAST = frozenset(w for f in _FAILS for w in f.split() if w.endswith("va") or w.endswith("vano"))
"""The verbs of a failing told in the imperfect ("non partiva"): it happened before, on a day gone by."""
_NOT_EN = ("won t", "will not", "wouldn t", "would not", "doesn t", "does not", "didn t", "did not", "isn t",
           "is not", "wasn t", "was not")
"""How English says the car fails ("it won't start", "the Lodgy isn't starting"): never "don't", an order."""
_FAILS_EN = ("start", "start up", "starting", "turn over", "turning over", "crank", "fire", "fire up", "go",
             "charge", "charging", "hold a charge", "hold charge", "cool", "cooling", "blow cold", "blowing cold",
             "heat up", "warm up", "work", "working")  # fmt: skip
_OBJECT_NEXT = frozenset({"the", "a", "an", "it", "on", "with", "her", "his", "their", "that", "this", "them", "him",
                          "anything", "any", "no", "until", "till", "before", "unless"})  # fmt: skip
"""Said right after an English failing verb, what is started or done, or when only: "won't start the brakes till
Monday" is the mechanic's, no symptom (a negation)."""
_GOES = ("va", "va piu", "andava", "andava piu")
"""A part that "does not go", said only of it, after "che" ("ha il clima che non va", "col motore che non va più"):
bare, "non va" may say a day does not suit ("martedì non va"), so only the relative clause is a symptom."""
NOT_WORKING = phrases(
    *(f"non {who}{fails}" for who in _WHO for fails in _FAILS),
    *(f"che non {who}{goes}" for who in _WHO for goes in _GOES),
    *(f"{nots} {fails}" for nots in _NOT_EN for fails in _FAILS_EN),
)  # fmt: skip
"""What the car fails to do, said as the reason for the request ("la mattina non parte: cambiale la batteria",
"non gli si accende più, fammi una diagnosi"): a symptom, no negation of the request. Only these: "non fa più
rumore" says the trouble is gone, and stays a negation (refused)."""
NOT_WORKING_WORDS = frozenset(w for phrase in NOT_WORKING for w in phrase)
_WHEN_IT_FAILS = frozenset(
    {"la", "al", "di", "a", "mattina", "mattino", "sera", "notte", "freddo", "caldo", "volte", "ogni", "tanto",
     "spesso", "da", "qualche", "giorno", "giorni", "ieri", "ultimamente", "quando", "piove", "ormai",
     "stamattina", "stamani", "stanotte"}
)  # fmt: skip
"""Said right before what the car fails to do, when it fails: "la mattina non parte", "a freddo non si avvia"."""


def not_working_at(tokens: list[str]) -> list[tuple[int, int]]:
    """The spans of what the car is said to fail to do (`NOT_WORKING`); not "non frena più male" (the trouble
    gone, a negation), nor English said with what is started or until when ("won't start the brakes till Monday":
    the mechanic's, a negation)."""
    return [
        (at, at + len(said)) for at, said in find_all(tokens, NOT_WORKING)
        if "male" not in tokens[at + len(said) : at + len(said) + 2]
        and (said[0] == "non" or tokens[at + len(said) : at + len(said) + 1] == []
             or tokens[at + len(said)] not in _OBJECT_NEXT)
    ]  # fmt: skip


def without_failing(tokens: list[str], keep: set[int]) -> list[str]:
    """`tokens` with what the car fails to do blanked out, when it fails said before it included ("la
    mattina non parte", "a freddo non si accende"): no slot of the request ("la mattina" is no part of the
    booking's day, "in moto" no motorbike). Positions in `keep` (a plate) are never blanked."""
    out = list(tokens)
    for start, end in not_working_at(tokens):
        if "e" in tokens[start + 1 : end] or _TOLD_PAST & set(tokens[start + 1 : end]):
            # "stamattina la Seicento non è partita": the morning it failed, told with the car between, no day
            # of the request
            for k in range(max(0, start - 8), start):
                if k not in keep and tokens[k] in _GONE_BY:
                    out[k] = "_"
        while start > 0 and start - 1 not in keep and tokens[start - 1] in _WHEN_IT_FAILS:
            start -= 1
        out[start:end] = ["_"] * (end - start)
    return out


_GONE_BY = frozenset({"stamattina", "stamani", "ieri", "stanotte"})
"""A day gone by, said before a failing told in the past ("non è partita", "non si è accesa": its "è"; "non
partiva"): when it failed."""


def symptom_before(tokens: list[str], cue_at: int, taken: set[int]) -> tuple[int, int] | None:
    """The span of the symptom said right before the request's command at `cue_at` ("… ha la spia
    dell'airbag accesa: fammi una diagnosi"): from its verb up to the command. None when there is no
    such verb between the command and the last word of `taken` (the vehicle's plate or description) before
    it: "fa un rumore la Panda, fammi …" keeps every word."""
    opened = None
    for k in range(cue_at - 1, -1, -1):
        if k in taken:
            break
        if tokens[k] in OPENERS:
            opened = k  # the first of them: "perde olio e fa un rumore"
    return None if opened is None else (opened, cue_at)


_SAID_WITH = frozenset(
    {"la", "il", "lo", "l", "i", "le", "gli", "un", "una", "uno", "di", "del", "della", "dello", "dell", "dei",
     "delle", "degli", "a", "al", "alla", "in", "e", "che", "si", "mi", "ci", "piu", "molto", "poco", "tanto", "sui", "col",
     "male", "bene", "sempre", "ancora", "quando", "da", "sul", "sulla", "con"}
)  # fmt: skip
"""The small words a symptom is said with ("ha la spia dell'ABS accesa", "frena male", "fa un rumore")."""
_SERVICE_ARTICLES = frozenset({"la", "il", "lo", "l", "i", "le", "gli", "un", "una", "uno", "e", "per"})
"""Said right before a service ("le pastiglie", "una diagnosi"): its words, never the symptom's."""
_SAYS_NOTHING = frozenset({"ha", "fa", "sente", "servizio", "ausiliaria", "trazione"})
"""Symptom verbs that say no trouble alone: "ha la revisione venerdì" tells of an appointment."""


_HAS_THE_HEARD = {"alla": "la", "ala": "la", "ai": "i", "agli": "gli", "allo": "lo"}
"""What whisper writes for "ha" and its article said fast, the h silent ("ha la" → "alla", "ha i" → "ai", "ha gli"
→ "agli"), and the article it stands for: opening a symptom only, so a trouble must follow ("ai freni che
fischiano"); "alle" stays the hour's."""


def is_symptom(span: list[str], service_words: set[int]) -> bool:
    """Are `span`'s words what the car does, and only that: opened by a symptom's verb ("frena male") or what it
    fails to do ("la mattina non parte"), every word a symptom's (a part's service among them: "ha la spia dei
    freni accesa"), at least one saying a trouble?"""
    if span[:1] and span[0] in _HAS_THE_HEARD and len(span) > 1:
        # "ha la" heard as one word, its h silent ("…, HE 902 SP, alla batteria a terra", "ai freni che
        # fischiano"): the same words read with "ha" and the article, so only a trouble said after it counts
        # ("alla revisione" says none)
        return is_symptom(["ha", _HAS_THE_HEARD[span[0]], *span[1:]], {k + 1 for k in service_words})
    failing = [at for at, _ in not_working_at(span)]
    said_to = 1 if span[:1] and span[0] in _TO_WHOM else 0  # "gli dà un errore sul cruscotto"
    verb = span[said_to] if said_to < len(span) else ""
    # "gli dà un errore sul cruscotto" ("dà" written without its accent): "da" opens only an error shown
    opened = verb in OPENERS or (verb == "da" and bool({"errore", "errori"} & set(span)))
    opened = opened or _light_coming_on(span[said_to:])
    opened = opened or (bool(failing) and all(t in _WHEN_IT_FAILS for t in span[: failing[0]]))
    opened = opened or (bool(failing) and _part_that(span[: failing[0]], service_words))
    known = WORDS | NOT_WORKING_WORDS | _WHEN_IT_FAILS | _SAID_WITH
    every = all(t in known or k in service_words for k, t in enumerate(span))
    trouble = any(t in (WORDS | NOT_WORKING_WORDS) - _SAYS_NOTHING - _SAID_WITH for t in span)
    return opened and every and trouble


_COMES_ON = (("si", "accende"), ("si", "accendono"), ("si", "e", "accesa"), ("si", "sono", "accese"))
_LIGHTS = frozenset({"spia", "spie"})


def _light_coming_on(words: list[str]) -> bool:
    """Do `words` open with a warning light coming on ("si accende una spia", "le si è accesa la spia del motore",
    set 39)? "si accende" of anything else (the car, the radio) says no trouble."""
    return any(tuple(words[: len(on)]) == on for on in _COMES_ON) and bool(_LIGHTS & set(words))


_WHY_SAID = frozenset({"che", "perche"})


def symptom_said_last(tokens: list[str]) -> int | None:
    """Where "che" (or "perché") starts what the car does, said last to the end, after the request it is why of
    ("…, domani alle 4 e mezza per la diagnosi, che le si accende una spia", set 39; "…, perché frena male"), else
    None: no words of the request. Only a symptom and nothing after it (`is_symptom`)."""
    for at in range(len(tokens) - 2, 0, -1):
        if tokens[at] in _WHY_SAID and is_symptom(tokens[at + 1 :], set()):
            return at - 1 if tokens[at - 1 : at + 1] == ["per", "che"] else at  # "perché" read "per che"
    return None


_DAY_OPENS = frozenset(DAY_WORDS)
"""The request's day, said right after the why that interrupts it (`symptom_said_before_day`)."""


def symptom_said_before_day(tokens: list[str]) -> tuple[int, int] | None:
    """The span of what the car does said between the job and its day, opened by "che" (or "perché") and closed by
    the day ("…: diagnosi, che gli si accende una spia sul cruscotto, mercoledì 9 dicembre alle 11", set 42; "…:
    pastiglie, perché frena male, venerdì alle 10"): why, no words of the request; else None. Only a symptom
    (`is_symptom`) up to the day ("…, che ha fatto il tagliando lunedì" tells of a job had: none)."""
    for at in range(1, len(tokens) - 2):
        if tokens[at] not in _WHY_SAID:
            continue
        end = next((k for k in range(at + 2, len(tokens)) if tokens[k] in _DAY_OPENS), None)
        if end is not None and is_symptom(tokens[at + 1 : end], set()):
            return (at - 1 if tokens[at - 1 : at + 1] == ["per", "che"] else at), end
    return None


_WITH_PART = (("col",), ("con", "il"), ("con", "la"), ("con", "l"), ("con", "lo"), ("con", "i"), ("con", "le"))


def _part_that(words: list[str], service_words: set[int]) -> bool:
    """Are `words` (said before what the car fails to do) the part that fails, "col" before it and "che" after
    ("col clima che non sbrina i vetri", "con il motore che non tira più"): a service's or a symptom's words?"""
    said = next((w for w in _WITH_PART if tuple(words[: len(w)]) == w), None)
    if said is None or words[-1:] != ["che"]:
        return False
    part = range(len(said), len(words) - 1)
    return len(part) > 0 and all(k in service_words or words[k] in WORDS for k in part)


def symptom_then_service(
    tokens: list[str], start: int, service_spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span of what the car does said from `start` (right after the vehicle's plate) up to the service asked
    for it, a booking said without a verb ("…, FZ 465 MW, frena male: pastiglie giovedì …", "…, ha la spia
    dell'ABS accesa: diagnosi domani …"): the last service (of `service_spans`) that only such words come
    before. None when anything else is said there ("ha fatto il tagliando", "ha la revisione venerdì")."""
    found = None
    inside: set[int] = set()
    for s_start, s_end in sorted(service_spans):
        if s_start <= start:
            continue
        end = s_start
        while end > start and tokens[end - 1] in _SERVICE_ARTICLES:
            end -= 1  # "frena male: le pastiglie …": the service's article is no word of the symptom
        if end > start and is_symptom(tokens[start:end], inside):
            found = (start, end)
        inside |= {k - start for k in range(s_start, s_end)}
    return found
