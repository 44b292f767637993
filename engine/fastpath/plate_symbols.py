"""The symbols of a spoken plate: which word or token stands for which letters or digits.

A leaf of the fast path: finding plates in speech (`plates_spoken`), reading misheard plates
(`plate_hearing`) and the parser's vocabulary all read these tables.
"""

from __future__ import annotations

import functools
import re

from engine.fastpath.numbers import digits_of

DOUBLE_SAID = frozenset({"doppia", "doppio", "dopia", "toppia", "topia", "doppie", "dobbia", "dobia"})
"""W's "doppia" as whisper base writes it: its pp heard single ("dopia"), its d voiceless ("toppia"), its pp voiced
("GF017 dobbia avubi", set 30's Arteon twice)."""

NATO_WORDS: dict[str, str] = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "eco": "E",
    "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J", "kilo": "K",
    "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
    "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
    "xray": "X", "x-ray": "X", "yankee": "Y", "zulu": "Z",
}  # fmt: skip
"""The NATO alphabet: many of its words are also names, models or words ("Golf", "Delta", "Victor", "kilo")."""

NATO_HEARD: dict[str, str] = {
    "zula": "Z", "zule": "Z", "zoola": "Z", "tangle": "T", "tangled": "T", "whistle": "W", "gulf": "G",
    "julien": "J", "juliette": "J", "mai": "M", "foxtrad": "F", "foxtrat": "F",
    # held-out set 14: "Yankee Mic", "Forkstrad Hotel"
    "mic": "M", "forkstrad": "F", "foxstrad": "F", "foxtrod": "F",
    # held-out set 19: "Bravo Zune"
    "zune": "Z",
    # set 39: "Foxtro, ecco 1 7 0 mic mic" (Foxtrot Echo … Mike Mike), its t lost, its Echo an Italian "ecco"
    "foxtro": "F", "ecco": "E",
    # set 45: "echo Fox … Delta Romeo" (Foxtrot's end lost)
    "fox": "F",
    # set 53: "Data hotel 198 kg Lima" (Delta Hotel, its "el" lost): a word, so a letter only beside a NATO word
    "data": "D",
    # set 46: "Echo Romeo 464 Tango Charlie" in an Italian mouth, its "ciar" heard "cel" ("tango celli")
    "celli": "C", "ciarli": "C", "ciarlie": "C", "sciarli": "C",
    # set 50: "setteggiuli" for sette Juliett, its "ett" lost and its J said soft, as in an Italian "Giuli"
    "giuli": "J", "giuliet": "J", "giuliett": "J",
    # set 52: NATO words as an Italian ear spells them: Kilo as the weight ("sei uno quattro chilo alfa"), Golf's l
    # lost ("Goff, Charlie 828", "Gof, Lima", sets 36, 40, 42), Foxtrot's x voiced or its r lost ("Fogstrop Bravo",
    # "Fockstop Bravo", "Fogstrott, Giulietta", sets 36, 41)
    "chilo": "K", "goff": "G", "gof": "G", "fogstrop": "F", "fockstop": "F", "fogstrott": "F", "fogstrot": "F",
    "fockstrat": "F",
}  # fmt: skip
"""NATO words as whisper base writes them in English (held-out set 13: "Romeo Zula", "Charlie Tangle", "Echo
whistle", "Gulf Romeo", "Papa Mai"): mostly words or names of their own, so each is a plate's letter only
right next to a NATO word said plainly (`plates_spoken`), where the spelling alphabet is being used."""

# Italian letter names, English letter names, the NATO alphabet, the Italian city alphabet.
LETTER_WORDS: dict[str, str] = {
    # Italian
    "bi": "B", "ci": "C", "di": "D", "effe": "F", "gi": "G", "ji": "G", "acca": "H", "jei": "J", "gei": "J",
    "cappa": "K", "kappa": "K", "capa": "K", "kapa": "K", "kpa": "K", "elle": "L", "emme": "M", "enne": "N", "pi": "P", "qu": "Q", "cu": "Q",
    "erre": "R", "esse": "S", "ti": "T", "vu": "V", "vi": "V", "ics": "X", "ipsilon": "Y", "ypsilon": "Y",
    "ipsilone": "Y", "ipsilonne": "Y",
    # its "ps" written "x" and its opening "i" lost (set 47: "e ese 932 Xyloni lunga" for ES 932 YJ, three times;
    # set 24's "GXIlon"): no word of either language
    "xylon": "Y", "xilon": "Y",
    # and its "i" after the x lost too ("Targasi X-Lon 0,5 …", "Ixlon 8.0.4", "L'Aggi Xlone 234": sets 44, 46, 50)
    "xlon": "Y", "xlone": "Y", "ixlon": "Y",
    # S's "esse" with its ss heard single, as after E ("e ese 932"): no Italian word
    "ese": "S",
    # F's "effe" with its ff heard single ("Efe in lunga 7,59 DM", "Efe a 460 zet emegi", "e efe 164 ai lunga": sets
    # 46, 48, 53): no word of either language
    "efe": "F",
    "zeta": "Z",
    # English
    "bee": "B", "cee": "C", "dee": "D", "ef": "F", "eff": "F", "gee": "G", "aitch": "H", "jay": "J",
    "kay": "K", "el": "L", "em": "M", "pee": "P", "cue": "Q", "ar": "R", "ess": "S", "tee": "T",
    "vee": "V", "ex": "X", "zed": "Z", "zee": "Z",
    # NATO
    **NATO_WORDS,
    # Italian spelling alphabet (cities)
    "ancona": "A", "bari": "B", "bologna": "B", "como": "C", "domodossola": "D", "empoli": "E",
    "firenze": "F", "genova": "G", "imola": "I", "jolly": "J", "kursaal": "K", "livorno": "L",
    "milano": "M", "napoli": "N", "otranto": "O", "palermo": "P", "padova": "P", "quarto": "Q",
    "roma": "R", "savona": "S", "torino": "T", "udine": "U", "venezia": "V", "washington": "W",
    "xeres": "X", "york": "Y", "yacht": "Y", "zara": "Z",
}  # fmt: skip
# Two-word letter names.
LETTER_PAIRS: dict[tuple[str, str], str] = {
    ("i", "lunga"): "J", ("doppia", "vu"): "W", ("doppio", "vu"): "W", ("doppia", "v"): "W", ("doppio", "v"): "W",
    ("double", "you"): "W",
    ("double", "u"): "W", ("i", "greca"): "Y", ("x", "ray"): "X",
    # Foxtrot cut in two, its "trot" written as a word (set 45: "echo Fox dot 555", "Fox truck kilo 071")
    ("fox", "dot"): "F", ("fox", "truck"): "F", ("fox", "trot"): "F", ("fox", "trott"): "F",
    # W's "vu" heard "blu" over the noise, right after the plate's Z (set 45: "Ft274 Z doppia blu")
    ("doppia", "blu"): "W", ("doppio", "blu"): "W",
    ("l", "unga"): "J",  # "i lunga" written "l'unga", the "i" lost and the "l" taken for an article
    # "Hotel" of the city alphabet cut in two ("571 o Ter Palermo", "O'el Palermo"): no Italian plate has an O
    ("o", "tel"): "H", ("o", "ter"): "H", ("o", "el"): "H", ("o", "tell"): "H",
}  # fmt: skip
_ALNUM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DIGIT_PAIRS: dict[tuple[str, str], str] = {
    ("u", "no"): "1", ("quat", "tro"): "4", ("cin", "que"): "5", ("set", "te"): "7", ("ot", "to"): "8",
}  # fmt: skip
"""A digit's name cut in two by whisper ("Washington'u no" for Washington uno): halves that are no words of
their own ("u" is none, "no" alone is), so together they are the digit."""


_LONG_I = {"i", "il", "in"}
_SAID_WITH_E = "flmnrs"
"""Letters whose Italian names open with "e" ("effe", "elle"…): run into the "i" of "i lunga", only the
consonant is left ("FI lunga")."""
_LUNGA = ("lungha", "lunga")
_WRITTEN_AS_ITSELF = "aek"
"""Letters whisper writes as the letter itself before J's "i" (held-out set 48: "F 164 ai lunga", "EF164 ai lunga"
for EF 164 AJ, a's name is "a"; "FD790 Ki lunga" for FD 790 KJ, "cappa" heard as its letter): "ai", "ei", "ki"
before "lunga" are that letter, then J ("ai" alone stays the word)."""


def _long_i(tokens: list[str], i: int) -> str | None:
    """J said "i lunga" as whisper writes it: "il lunga", "in lunga", "i lungha", and with the next letter
    run on ("i lunghapi": J P)."""
    tok = tokens[i]
    if i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    form = next((f for f in _LUNGA if nxt.startswith(f)), None)
    if form is None:
        return None
    if tok not in _LONG_I:
        if nxt == form and len(tok) == 1 and tok.isalpha() and tok not in "aeiou":
            return tok.upper() + "J"  # "zeta i lunga" written "z lunga": the "i" run into the letter's name
        # "cappa i lunga" written "cappai lunga": a letter's whole name with J's "i" run on, then J
        if nxt == form and len(tok) >= 4 and tok.endswith("i") and len(LETTER_WORDS.get(tok[:-1], "")) == 1:
            return LETTER_WORDS[tok[:-1]] + "J"
        # "effe i lunga" written "FI lunga", "bi i lunga" as "bi lunga": the letter before, then J
        if nxt != form or len(tok) != 2 or tok[1] != "i":
            return None
        before = LETTER_WORDS.get(tok) or (tok[0].upper() if tok[0] in _SAID_WITH_E + _WRITTEN_AS_ITSELF else None)
        return before + "J" if before else None
    return _j_then(nxt[len(form) :])


def _j_then(rest: str) -> str | None:
    """J, and the letter whose name ran into its "lunga" (`rest`: "" for none, "pi", "ggi" said with the g doubled
    after the vowel, as "i lungaggi" for J G); None when `rest` is no letter's name."""
    if not rest:
        return "J"
    if len(rest) >= 3 and rest[0] == rest[1] and rest[0] not in "aeiou" and rest[1:] in LETTER_WORDS:
        rest = rest[1:]
    if rest in LETTER_WORDS:
        return "J" + LETTER_WORDS[rest]
    return "J" + rest.upper() if len(rest) == 1 and rest.isalpha() else None


_LONG_I_GLUED = re.compile(r"([a-z]{0,2}\d{2,4}(?:[b-df-hj-np-tv-z]|[ae](?=i))?)i?lungh?a")
"""J's "i lunga" glued onto the rest of the plate, the letter before it written as itself (held-out set 48:
"FD790KiLunga" for FD 790 KJ): the plate's letters and digits, then J; only after a plate's digits."""


def _long_i_joined(tok: str) -> str | None:
    """J's "i lunga" written as one word, the next letter's name maybe run on ("ilungagi": J G, "Ilunga": J)."""
    form = next((f for f in _LUNGA if tok.startswith("i" + f)), None)
    return _j_then(tok[len(form) + 1 :]) if form else None


_ACCA_RUN_ON = re.compile(r"akk?([b-df-hj-np-tv-z])(\d{3}[a-z]{0,2})?")
"""H's "acca" written "ak"/"akk" with the next letter's name run on ("AKF460MD", "Akkf 460", "AKB 239"): three
letters where an Italian plate has two, so "ak" is no A K but the H said ("AKM936F": H M 936, a letter of its end
lost too)."""

_ACCA_RUN_ON_END = re.compile(r"([a-z]{2}\d{3})akk?([b-df-hj-np-tv-z])")
"""The same at the plate's end, the whole plate written as one word ("GW819AKS" for G W 819 H S)."""


def _acca_run_on(tokens: list[str], i: int) -> str | None:
    """H and the letter after it (and the rest of the plate, when written as one word) where whisper wrote "acca"
    as "ak"/"akk" run onto the next letter (`_ACCA_RUN_ON`); alone, only right before the plate's digits."""
    end = _ACCA_RUN_ON_END.fullmatch(tokens[i])
    if end is not None:
        return (end.group(1) + "H" + end.group(2)).upper()
    m = _ACCA_RUN_ON.fullmatch(tokens[i])
    if m is None:
        return None
    if m.group(2) is None and not (i + 1 < len(tokens) and re.fullmatch(r"\d{3}[a-z]{0,2}", tokens[i + 1])):
        return None
    return ("H" + m.group(1) + (m.group(2) or "")).upper()


_LAST_TWO_RUN_ON = re.compile(r"([a-z]{2}\d{3})([a-z]{3,})")
"""A plate written as one word whose last two letters are letter names run on ("GF411MIpsilon", "gf411emmeipsilon",
set 44): the regex of a plate would take "MI" or "EM" for them."""
_NAMES_RUN_ON = {w: c for w, c in LETTER_WORDS.items() if len(w) >= 3 and w.isalpha() and w not in NATO_WORDS}
"""The letter names that may be run onto a plate written as one word: of three letters or more (no "di", "pi": a
letter and an "i" are too alike), Italian or English, no NATO or city word."""


def _last_two_run_on(tok: str) -> str | None:
    """The plate of a word whose end is its last two letters, at least one said by its name (`_LAST_TWO_RUN_ON`):
    "gf411mipsilon" → GF411MY; None when the end is no such pair ("ab123cdi" stays as it is)."""
    m = _LAST_TWO_RUN_ON.fullmatch(tok)
    if m is None:
        return None
    head, tail = m.groups()
    for cut in range(1, len(tail)):
        first, second = tail[:cut], tail[cut:]
        letters = [_NAMES_RUN_ON.get(part) or (part.upper() if len(part) == 1 else None) for part in (first, second)]
        if all(letters) and (len(first) > 1 or len(second) > 1):
            return head.upper() + "".join(str(c) for c in letters)
    return None


_OHS_THEN_PAIR = re.compile(r"(o{1,2})([a-hj-np-z]{2})")
_OPENING_DIGITS = re.compile(r"[a-z]{2}\d{1,2}")


def _ohs_then_pair(tokens: list[str], i: int) -> str | None:
    """The plate's zeros said as English "oh" and written as the letter O, run onto its last pair, right after its
    letters and first digits (held-out set 49: "DZ9 OOJV" for DZ 900 JV): the zeros and the pair. Only there, where
    they make the plate's three digits (no Italian plate has an O; "3 oops" is no plate)."""
    m = _OHS_THEN_PAIR.fullmatch(tokens[i])
    if m is None or i == 0 or not _OPENING_DIGITS.fullmatch(tokens[i - 1]):
        return None
    if len(tokens[i - 1]) - 2 + len(m.group(1)) != 3:
        return None
    return "0" * len(m.group(1)) + m.group(2).upper()


def _acca_dotted(tokens: list[str], i: int) -> bool:
    """H's "acca" written as the English "a.k.a." (held-out set 49: "G.A.K.A. 4 1 sette capa di" for GH 417 KD):
    "a k a" as three letters, only right after the plate's first letter and right before its digits, where an
    Italian plate has one letter to go (read as written, "G A K A" is two letters too many)."""
    if tokens[i : i + 3] != ["a", "k", "a"] or i == 0 or i + 3 >= len(tokens):
        return False
    first = tokens[i - 1]
    return (len(first) == 1 and first.isalpha()) and (digits_of(tokens[i + 3]) or "").isdigit()


_VU_HEARD = re.compile(r"a?vu(?:to|(tre|due|uno|quattro|cinque|sei|sette|otto|nove|zero))")
"""W's "vu" after its "doppia", heard with the "a" of "doppia" again before it and the plate's first digit after it
(held-out set 49: "ti doppia avuto 346 accadi" for TW 346 HD, the "t" of "tre" taken into a word and the digit said
again; "ti doppia avutre 4-6 accadi", its "tre" run on): after a "doppia" only ("avuto" is a word anywhere else)."""


_NAME_E_RUN_ON = re.compile(rf"([b-df-hj-np-tv-z])e([{_SAID_WITH_E}])(\d{{3}}[a-z]{{2}})")
"""A plate written as one word whose second letter's name opens on "e" (`_SAID_WITH_E`) and left that "e" behind
(held-out set 49: "FEM710MV" for effe emme, FM 710 MV; "FES025MH" for FS 025 MH): three letters where a plate has
two, so the E is the name's, not a letter (read as written, the plate would lose its first letter: "EM710MV")."""


_DIGIT_NAMES = {"zero": "0", "uno": "1", "due": "2", "tre": "3", "quattro": "4", "cinque": "5", "sei": "6",
                "sette": "7", "otto": "8", "nove": "9"}  # fmt: skip
_ITALIAN_NAMES = {"acca": "H", "effe": "F", "elle": "L", "emme": "M", "enne": "N", "erre": "R", "esse": "S",
                  "cappa": "K", "kappa": "K", "zeta": "Z", "ipsilon": "Y"}  # fmt: skip
"""The Italian letter names of four letters or more, none a word of its own run onto a digit's name."""


@functools.lru_cache(maxsize=4096)
def _name_then_digit(tok: str) -> str | None:
    """A letter's Italian name with the plate's first digit run on (set 45: "di accatre, tre nove PM" for D H 3 3
    9 P M; "effedue", "erresette" alike): the letter and the digit. Only names of four letters or more ("ditre",
    "citre" are too short to tell from words) and a digit's whole name; "accanto", "essere" are no such pair."""
    for name, letter in _ITALIAN_NAMES.items():
        if tok.startswith(name) and (digit := _DIGIT_NAMES.get(tok[len(name) :])) is not None:
            return letter + digit
    return None


@functools.lru_cache(maxsize=4096)
def _nato_run_on(tok: str) -> str | None:
    """A NATO word and a digit's Italian name run together, either way round (set 50: "Golf, tangonove 5
    setteggiuli" for Golf Tango nove cinque sette Juliett): the letter and the digit in the order said. The NATO word
    whole (or as whisper writes it, `NATO_HEARD`), the digit's whole name, the consonant Italian doubles at the joint
    said once ("sette-ggiuli"); no Italian word is such a pair."""
    for word, letter in NATO_WORDS.items():
        if len(word) >= _NATO_RUN_ON_MIN and tok.startswith(word) and (digit := _DIGIT_NAMES.get(tok[len(word) :])):
            return letter + digit
    for name, digit in _DIGIT_NAMES.items():
        rest = tok[len(name) :] if tok.startswith(name) else ""
        if len(rest) > 2 and rest[0] == rest[1] and rest[0] not in "aeiou":
            rest = rest[1:]
        said = (NATO_WORDS.get(rest) or NATO_HEARD.get(rest)) if len(rest) >= _NATO_RUN_ON_MIN else None
        if said:
            return digit + said
    return None


_NATO_RUN_ON_MIN = 4


def symbol(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The plate characters tokens[i] stands for and how many tokens it uses."""
    tok = tokens[i]
    acca = _acca_run_on(tokens, i)
    if acca is not None:
        return acca, 1
    if i + 1 < len(tokens) and (tok, tokens[i + 1]) in LETTER_PAIRS:
        return LETTER_PAIRS[(tok, tokens[i + 1])], 2
    if i + 1 < len(tokens) and (tok, tokens[i + 1]) in DIGIT_PAIRS:
        return DIGIT_PAIRS[(tok, tokens[i + 1])], 2
    long_i = _long_i(tokens, i)
    if long_i is not None:
        return long_i, 2
    joined = _long_i_joined(tok)
    if joined is not None:
        return joined, 1
    # whisper's "doppia VF", "doppia v338n": W, then the rest; "doppia vucapa", "doppia vwaka" are W and a letter's
    # name run on (read by its sound, `plate_hearing`), no W U C A P A
    if (
        tok in DOUBLE_SAID  # its pp heard single or its d voiceless too ("dopia vx": W X)
        and i + 1 < len(tokens)
        and re.fullmatch(r"v(?!u[a-z]|w[aeiou])[a-z0-9]{1,5}", tokens[i + 1])
    ):
        return "W" + tokens[i + 1][1:].upper(), 2
    ohs = _ohs_then_pair(tokens, i)
    if ohs is not None:  # "DZ9 OOJV": DZ 900 JV
        return ohs, 1
    if _acca_dotted(tokens, i):  # "G.A.K.A. 4 1 sette": G H 4 1 7
        return "H", 3
    if i > 0 and tokens[i - 1] == "k" and tok.startswith("pa") and tok[2:] in CITY_WORDS:
        # "K. Patorino" (set 49, for K T): the end of "cappa" run onto the city word after it
        return CITY_WORDS[tok[2:]], 1
    vu_heard = _VU_HEARD.fullmatch(tokens[i + 1]) if tok in DOUBLE_SAID and i + 1 < len(tokens) else None
    if vu_heard is not None:  # "ti doppia avuto 346": T W 346; "doppia avutre 4-6": W 3 4 6
        return "W" + _DIGIT_NAMES.get(vu_heard.group(1) or "", ""), 2
    roman = _roman_digit(tokens, i)
    if roman is not None:
        return roman, 1
    if len(tok) == 1 and tok.isalpha():
        return tok.upper(), 1
    if tok in LETTER_WORDS:
        return LETTER_WORDS[tok], 1
    name_digit = _name_then_digit(tok) or _nato_run_on(tok)
    if name_digit is not None:
        return name_digit, 1
    glued = _two_cities(tok)
    if glued is not None:  # "Savonacomo": Savona Como run together
        return glued, 1
    digits = digits_of(tok)
    if digits is not None and len(digits) <= 4:
        return digits, 1
    run_on = _last_two_run_on(tok)
    if run_on is not None:
        return run_on, 1
    name_e = _NAME_E_RUN_ON.fullmatch(tok)
    if name_e is not None:  # "FEM710MV": effe emme, F M
        return "".join(name_e.groups()).upper(), 1
    glued_j = _LONG_I_GLUED.fullmatch(tok)
    if glued_j is not None:  # "FD790KiLunga": FD 790 K, then J
        return glued_j.group(1).upper() + "J", 1
    if _ALNUM.match(tok) and any(c.isdigit() for c in tok) and any(c.isalpha() for c in tok):
        compact = tok.replace("-", "").upper()
        if 2 <= len(compact) <= 10 and not re.fullmatch(r"\d{1,2}(ST|ND|RD|TH|AM|PM)", compact):
            return compact, 1
    if _ALNUM.match(tok) and tok.isalpha() and len(tok) == 2 and tok not in COMMON_2:
        return tok.upper(), 1
    return None


ROMAN_DIGITS = {"ii": "2", "iii": "3"}
"""Digits whisper writes as Roman numerals after a name ("Washington II")."""


def _roman_digit(tokens: list[str], i: int) -> str | None:
    """A plate's first digit whisper wrote as a Roman numeral after a word of the spelling alphabet, as after a
    name ("Genova Washington II, 9 4 …": due); only there and before more digits ("la serie III di …" is the
    model)."""
    digit = ROMAN_DIGITS.get(tokens[i])
    if digit is None or i == 0 or i + 1 >= len(tokens) or len(tokens[i - 1]) < 4:
        return None
    spelled = tokens[i - 1] in LETTER_WORDS or tokens[i - 1] in CITY_WORDS
    after = digits_of(tokens[i + 1])
    return digit if spelled and after is not None and len(after) <= 3 else None  # "Golf II 1998": a year


def _two_cities(tok: str) -> str | None:
    """Two words of the city alphabet written as one ("savonacomo", "palermotorino"): their two letters."""
    if len(tok) < 8:
        return None
    for cut in range(4, len(tok) - 3):
        first, second = CITY_WORDS.get(tok[:cut]), CITY_WORDS.get(tok[cut:])
        if first and second:
            return first + second
    return None


# The Italian spelling alphabet, the words whisper base misspells ("Domodosola", "Livono", "Impoli",
# "Venetia", "Xeris", "Uashington"): found by their sound inside a plate's run (`plates_spoken`).
CITY_WORDS: dict[str, str] = {
    "ancona": "A", "bologna": "B", "domodossola": "D", "empoli": "E", "firenze": "F", "genova": "G",
    "hotel": "H", "imola": "I", "jolly": "J", "kappa": "K", "kursaal": "K", "livorno": "L", "milano": "M",
    "napoli": "N", "otranto": "O", "palermo": "P", "padova": "P", "quarto": "Q", "savona": "S",
    "torino": "T", "udine": "U", "venezia": "V", "washington": "W", "xeres": "X", "ipsilon": "Y",
    "zara": "Z", "roma": "R", "como": "C", "york": "Y",
}  # fmt: skip

# Two-letter words that are never plate halves in speech.
COMMON_2 = {
    "al", "il", "la", "lo", "le", "gli", "in", "da", "su", "se", "mi", "ti", "si", "ne", "ce", "ha", "ho",
    "me", "te", "ma", "no", "ok", "at", "on", "to", "of", "it", "is", "be", "by", "my", "we", "he",
    "an", "as", "or", "do", "so", "up", "us", "am", "pm", "go", "hi", "eh", "ah", "oh", "un", "tu",
    "fa", "va", "sa", "re", "ed", "od", "io", "po", "xd", "mr", "ms", "st", "nd", "rd", "th", "if",
}  # fmt: skip
