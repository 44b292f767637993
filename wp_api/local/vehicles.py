"""find_vehicle: exact plate, then indexed fuzzy candidates scored for speech-to-text errors; or description.
list_vehicle_models: the makes and models on file."""

from __future__ import annotations

import logging
import re
import sqlite3
from typing import Any

from i18n.cards import card_title
from wp_api import plates
from wp_api.contract import ToolResult
from wp_api.local.customers import search_customer_ids
from wp_api.local.tooling import Ctx, colour_of, colours_meant, fold, vehicle_dict

_LOGGER = logging.getLogger(__name__)

_VEHICLE_SELECT = (
    "SELECT v.id, v.plate, v.make, v.model, v.colour, v.year, v.fuel, v.customer_id, "
    "c.full_name, c.phone, c.email FROM vehicles v JOIN customers c ON c.id = v.customer_id "
)
_BRANCH_LIMIT = 50
_HIGH = "\U0010ffff"


def _match(row: sqlite3.Row, kind: str, confidence: float) -> dict[str, Any]:
    data = vehicle_dict(row)
    data["customer"] = {
        "customer_id": row["customer_id"],
        "full_name": row["full_name"],
        "phone": row["phone"],
        "email": row["email"],
    }
    data["match"] = kind
    data["confidence"] = round(confidence, 3)
    return data


def plate_candidates(conn: sqlite3.Connection, form: str) -> list[sqlite3.Row]:
    """Vehicles whose plate may be `form` misheard, from index ranges on the skeleton columns.

    Same skeleton (confusable characters swapped); same first 3 or last 3 skeleton characters (one
    edit anywhere); same first 2 *and* last 2 (a dropped, extra or wrong character in the middle, the
    digits of an Italian plate). Each branch is capped, so a lookup never reads more than a few
    hundred index entries.
    """
    skel = plates.skeleton(form)
    rev = skel[::-1]
    sql = (
        f"{_VEHICLE_SELECT} WHERE v.id IN ("
        "SELECT id FROM vehicles WHERE plate_skel = :skel "
        "UNION SELECT id FROM (SELECT id FROM vehicles WHERE plate_skel >= :p3 AND plate_skel < :p3hi LIMIT :n) "
        "UNION SELECT id FROM (SELECT id FROM vehicles WHERE plate_skel_rev >= :s3 AND plate_skel_rev < :s3hi "
        "LIMIT :n) "
        "UNION SELECT id FROM (SELECT id FROM vehicles WHERE plate_skel >= :p2 AND plate_skel < :p2hi "
        "AND substr(plate_skel, -2) = :s2 LIMIT :n))"
    )
    params = {
        "skel": skel,
        "p3": skel[:3],
        "p3hi": skel[:3] + _HIGH,
        "s3": rev[:3],
        "s3hi": rev[:3] + _HIGH,
        "p2": skel[:2],
        "p2hi": skel[:2] + _HIGH,
        "s2": skel[-2:],
        "n": _BRANCH_LIMIT,
    }
    return conn.execute(sql, params).fetchall()


def find_vehicle(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    limit = int(args.get("limit", 5))
    customer_ids: set[int] | None = None
    if args.get("customer"):
        customer_ids = set(search_customer_ids(ctx.conn, args["customer"], 200))
        if not customer_ids:
            return ToolResult.failure("not_found", f"No customer matches '{args['customer'][:60]}'.")
    if args.get("plate") and args.get("heard_forms"):
        return _by_readings(ctx, args["plate"], list(args["heard_forms"]), customer_ids, limit)
    if args.get("plate"):
        return _by_plate(ctx, args["plate"], customer_ids, limit)
    if args.get("description"):
        return _by_description(ctx, args["description"], customer_ids, limit)
    assert customer_ids is not None
    marks = ",".join("?" * len(customer_ids))
    rows = ctx.conn.execute(
        f"{_VEHICLE_SELECT} WHERE v.customer_id IN ({marks}) ORDER BY v.id LIMIT ?",
        (*customer_ids, limit + 1),
    ).fetchall()
    if not rows:
        return ToolResult.failure("not_found", "That customer has no vehicles on file.")
    conf = 0.9 if len(rows) == 1 else 0.5
    return _answer([_match(r, "description", conf) for r in rows[:limit]], ambiguous=len(rows) > 1)


def _by_plate(ctx: Ctx, heard: str, customer_ids: set[int] | None, limit: int) -> ToolResult:
    forms = [f for f in plates.heard_forms(heard) if plates.looks_like_plate(f)]
    if not forms:
        return ToolResult.failure(
            "invalid_arguments",
            f"'{heard[:40]}' is not a plate (letters and digits, e.g. AB123CD).",
            hint="Ask the person to repeat or spell the plate.",
        )
    marks = ",".join("?" * len(forms))
    rows = ctx.conn.execute(f"{_VEHICLE_SELECT} WHERE v.plate IN ({marks})", forms).fetchall()
    rows = [r for r in rows if customer_ids is None or r["customer_id"] in customer_ids]
    if rows:
        primary = forms[0]
        matches = [
            _match(r, "exact" if r["plate"] == primary else "fuzzy", 1.0 if r["plate"] == primary else 0.95)
            for r in rows
        ]
        matches.sort(key=lambda m: -m["confidence"])
        return _answer(matches[:limit], ambiguous=len(matches) > 1 and matches[1]["confidence"] >= 0.95)
    scored: dict[int, dict[str, Any]] = {}
    for form in forms:
        for row in plate_candidates(ctx.conn, form):
            if customer_ids is not None and row["customer_id"] not in customer_ids:
                continue
            conf = plates.score(form, row["plate"])
            if form != forms[0]:
                conf = min(conf, plates.score(forms[0], row["plate"]) + 0.05, 0.95)
            if conf >= plates.MIN_CONFIDENCE and conf > scored.get(row["id"], {}).get("confidence", -1):
                scored[row["id"]] = _match(row, "fuzzy", conf)
    ranked = sorted(scored.values(), key=lambda m: (-m["confidence"], m["plate"]))[:limit]
    if not ranked:
        return ToolResult.failure(
            "not_found",
            f"No vehicle with plate {forms[0]} or a similar one.",
            hint="Ask the person to spell the plate (e.g. 'A come Ancona'), or search by customer.",
        )
    ambiguous = plates.is_ambiguous([m["confidence"] for m in ranked])
    return _answer(ranked, ambiguous=ambiguous)


_FUZZY_FORMS = 6
_READINGS_MIN_CONFIDENCE = 0.2
"""With readings the caller ranks the candidates itself: farther ones are returned too."""
"""Readings looked up fuzzily (the others exactly only): bounds the index ranges one lookup reads."""


def _by_readings(
    ctx: Ctx, heard: str, readings: list[str], customer_ids: set[int] | None, limit: int
) -> ToolResult:
    """Every vehicle whose plate is one of the readings of what was heard, or near one of them."""
    forms = [f for f in plates.heard_forms(heard) if plates.looks_like_plate(f)]
    for reading in readings:
        form = plates.normalise(reading)
        if plates.looks_like_plate(form) and form not in forms:
            forms.append(form)
    if not forms:
        return _by_plate(ctx, heard, customer_ids, limit)
    forms = forms[:16]
    marks = ",".join("?" * len(forms))
    rows = {r["id"]: r for r in ctx.conn.execute(f"{_VEHICLE_SELECT} WHERE v.plate IN ({marks})", forms)}
    for form in forms[:_FUZZY_FORMS]:
        rows.update((r["id"], r) for r in plate_candidates(ctx.conn, form))
    for digits in _digit_groups(
        forms[:_FUZZY_FORMS]
    ):  # letters lost at both ends: the digits still say a lot
        found = ctx.conn.execute(
            f"{_VEHICLE_SELECT} WHERE v.plate LIKE ? LIMIT ?", (f"__{digits}__", _BRANCH_LIMIT)
        ).fetchall()
        rows.update((r["id"], r) for r in found)
    scored = []
    for row in rows.values():
        if customer_ids is not None and row["customer_id"] not in customer_ids:
            continue
        conf = max(plates.score(form, row["plate"]) for form in forms)
        if conf >= _READINGS_MIN_CONFIDENCE:
            scored.append(_match(row, "exact" if row["plate"] == forms[0] else "fuzzy", conf))
    ranked = sorted(scored, key=lambda m: (-m["confidence"], m["plate"]))[:limit]
    if not ranked:
        return ToolResult.failure(
            "not_found",
            f"No vehicle with plate {forms[0]} or a similar one.",
            hint="Ask the person to spell the plate (e.g. 'A come Ancona'), or search by customer.",
        )
    return _answer(ranked, ambiguous=plates.is_ambiguous([m["confidence"] for m in ranked]))


def _digit_groups(forms: list[str]) -> list[str]:
    """The three-digit groups of the readings (the middle of an Italian plate), at most three."""
    groups: list[str] = []
    for form in forms:
        for group in re.findall(r"(?<![0-9])[0-9]{3}(?![0-9])", form):
            if group not in groups:
                groups.append(group)
    return groups[:3]


DESCRIPTION_FILLERS = frozenset({
    "the", "one", "his", "her", "their", "its", "my", "your", "our", "this", "that", "with", "car", "van", "old", "new",
    "dark", "light", "metallic", "gli", "una", "uno", "sua", "suo", "mia", "mio", "tua", "tuo", "quella",
    "quello", "questa", "questo", "del", "della", "dello", "dei", "delle", "dal", "dalla", "auto", "macchina",
    "furgone", "vettura", "scuro", "scura", "chiaro", "chiara", "metallizzato", "metallizzata", "vecchia", "vecchio",
    "nuova", "nuovo", "per", "con", "and",
})  # fmt: skip
"""Words a description may hold beside its make, model and colour ("the dark grey one", "la sua macchina nuova"):
anything else there names a model this workshop does not have (`_by_description`)."""


def _by_description(ctx: Ctx, text: str, customer_ids: set[int] | None, limit: int) -> ToolResult:
    known = known_names(ctx)
    makes: list[str] = []
    models: list[str] = []
    colour: str | None = None
    unknown: list[str] = []
    words = fold(text).replace("-", " ").split()
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])  # "alfa romeo", "classe a", "serie 3"
        if len(words) > i + 1 and (pair in known["models"] or pair in known["makes"]):
            (models if pair in known["models"] else makes).append(
                known["models"].get(pair) or known["makes"][pair]
            )
            i += 2
            continue
        if (shade := _shade_at(words, i, known["shades"])) is not None:
            # "marrone castagna": the whole shade on file, never its plain colour's other shades
            colour = colour or known["shades"][shade]
            i += len(shade.split())
            continue
        word = words[i]
        if word in known["models"]:
            models.append(known["models"][word])
        elif word in known["makes"]:
            makes.append(known["makes"][word])
        elif word in known["first_words"]:  # "Transit" said for the Transit Custom on file
            models.extend(known["first_words"][word])
        elif (said := colour_of(word)) is not None:
            colour = colour or said  # the first colour said
        elif word.isalpha() and len(word) >= 3 and word not in DESCRIPTION_FILLERS:
            unknown.append(word)
        i += 1
    if not (makes or models or colour):
        return ToolResult.failure(
            "not_found",
            f"No known make, model or colour in '{text[:60]}'.",
            hint="Ask for the plate, or the make and model.",
        )
    if unknown and not models:
        # "green Ford Ranger", "the green Ranger" with no Ranger on file: a model this workshop does not have, never
        # the other green Fords, nor every green car
        return ToolResult.failure(
            "not_found",
            f"No vehicle on file is a '{' '.join(unknown)[:40]}' ('{text[:60]}').",
            hint="Ask for the plate, or the make and model.",
        )
    where: list[str] = []
    params: list[str | int] = []
    if models:
        where.append(f"v.model IN ({','.join('?' * len(models))}) COLLATE NOCASE")
        params += models
    if makes:
        where.append(f"v.make IN ({','.join('?' * len(makes))}) COLLATE NOCASE")
        params += makes
    if colour:
        meant = colours_meant(colour)
        # as whole words of the stored colour: "marrone" finds the "marrone castagna" Fluence too
        where.append(f"({' OR '.join([_COLOUR_WORDS_LIKE] * len(meant))})")
        params += [f"% {c} %" for c in meant]
    if customer_ids is not None:
        where.append(f"v.customer_id IN ({','.join('?' * len(customer_ids))})")
        params += sorted(customer_ids)
    rows = ctx.conn.execute(
        f"{_VEHICLE_SELECT} WHERE {' AND '.join(where)} ORDER BY v.id LIMIT ?", (*params, limit + 1)
    ).fetchall()
    if not rows:
        return ToolResult.failure("not_found", f"No vehicle matches '{text[:60]}'.")
    conf = 0.9 if len(rows) == 1 else 0.5
    return _answer([_match(r, "description", conf) for r in rows[:limit]], ambiguous=len(rows) > 1)


_LONGEST_SHADE = 4
"""Words in the longest shade a workshop stores ("grigio canna di fucile")."""


_COLOUR_WORDS_LIKE = "(' ' || v.colour || ' ') LIKE ?"
"""A colour said as whole words of the stored one (SQLite's LIKE ignores ASCII case)."""


def _shade_at(words: list[str], i: int, shades: dict[str, str]) -> str | None:
    """The colour on file of several words said whole from words[i] ("rosso ciliegia"), folded; the longest."""
    for n in range(min(_LONGEST_SHADE, len(words) - i), 1, -1):
        if (said := " ".join(words[i : i + n])) in shades:
            return said
    return None


def _names_a_car(words: list[str], makes: dict[str, str], models: dict[str, str]) -> bool:
    return any(w in makes or w in models for w in words)


def known_names(ctx: Ctx) -> dict[str, Any]:
    """Folded make and model names → stored spelling, the first word of a model of several words (no model of
    its own) → those models ("transit" → Transit Custom: the model said by its first word), and the colours on file
    of several words ("marrone castagna") → stored spelling; cached per backend, refreshed on add_vehicle."""
    cached = ctx.cache.get("vehicle_names")
    if cached is None:
        makes = {fold(r[0]): r[0] for r in ctx.conn.execute("SELECT DISTINCT make FROM vehicles")}
        models = {fold(r[0]): r[0] for r in ctx.conn.execute("SELECT DISTINCT model FROM vehicles")}
        first_words: dict[str, list[str]] = {}
        for folded, stored in sorted(models.items()):
            words = folded.replace("-", " ").split()
            if len(words) > 1 and words[0] not in models and words[0] not in makes:
                first_words.setdefault(words[0], []).append(stored)
        shades = {
            " ".join(fold(r[0]).replace("-", " ").split()): r[0]
            for r in ctx.conn.execute("SELECT DISTINCT colour FROM vehicles WHERE colour LIKE '% %'")
            if not _names_a_car(fold(r[0]).split()[1:], makes, models)  # "rosso corsa": the red Corsa too
        }
        cached = {"makes": makes, "models": models, "first_words": first_words, "shades": shades}
        ctx.cache["vehicle_names"] = cached
    return cached


def _answer(matches: list[dict[str, Any]], *, ambiguous: bool) -> ToolResult:
    top = matches[0]
    title = f"{top['plate']} · {top['make']} {top['model']}"
    return ToolResult.success(
        {"matches": matches, "ambiguous": ambiguous},
        {"kind": "vehicle", "title": title, "matches": matches, "ambiguous": ambiguous},
    )


def list_vehicle_models(ctx: Ctx, args: dict[str, Any]) -> ToolResult:
    """The makes and models on file, most vehicles first (ties by name, so the same order every time)."""
    rows = ctx.conn.execute(
        "SELECT make, model, COUNT(*) AS n FROM vehicles WHERE TRIM(model) <> '' "
        "GROUP BY make, model ORDER BY n DESC, make, model LIMIT ?",
        (int(args.get("limit") or 300),),
    ).fetchall()
    models = [{"make": r["make"], "model": r["model"], "vehicles": r["n"]} for r in rows]
    title = card_title("vehicle_models", ctx.language, count=len(models))
    return ToolResult.success({"models": models}, {"kind": "vehicle_models", "title": title, "models": models})
