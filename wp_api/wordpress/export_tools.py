"""Write the plugin's generated files: includes/tools.json (the contract's tool definitions, which the
plugin serves) and includes/texts.json (the card titles, undo phrases, and the day and month names and
date words of the messages to customers, per language, from i18n).

Python is the one source of both; `python -m wp_api.wordpress.export_tools` rewrites them and
tests/wordpress/test_plugin_files.py fails when either is stale."""

from __future__ import annotations

import json
import logging
import string
import sys
from pathlib import Path

from i18n.cards import TITLES
from i18n.dates import WORDS, calendar_names
from i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, Catalogue
from i18n.replies import UNDONE_WRITES
from wp_api.contract import TOOLS

_LOGGER = logging.getLogger(__name__)

INCLUDES = Path(__file__).resolve().parent.parent / "wordpress-plugin" / "officina-voice" / "includes"
TOOLS_JSON = INCLUDES / "tools.json"
TEXTS_JSON = INCLUDES / "texts.json"


def render() -> str:
    """tools.json's exact content: every ToolSpec.to_dict(), in contract order, pretty-printed."""
    return json.dumps([spec.to_dict() for spec in TOOLS], indent=1, ensure_ascii=False) + "\n"


def _plain_fields(catalogue: Catalogue, name: str) -> Catalogue:
    """`catalogue` unchanged, after checking that PHP's strtr can fill it as str.format does: every
    text in every language, only bare `{field}`s (no format spec, conversion, index or attribute)."""
    for key, texts in catalogue.items():
        for language in LANGUAGES:
            if language not in texts:
                raise ValueError(f"{name}[{key!r}] has no {language!r} text")
            for _literal, field, spec, conversion in string.Formatter().parse(texts[language]):
                if field is not None and (spec or conversion or not field.isidentifier()):
                    raise ValueError(f"{name}[{key!r}][{language!r}]: PHP fills only bare {{field}}s")
    return catalogue


def render_texts() -> str:
    """texts.json's exact content, as Officina_Texts reads it: the languages, the card titles
    (i18n.cards.TITLES), what an undo put back per undone tool (i18n.replies.UNDONE_WRITES), and for
    the dates in messages to customers the weekday and month names (Babel, i18n.dates.calendar_names)
    and the words around them (i18n.dates.WORDS)."""
    texts = {
        "languages": list(LANGUAGES),
        "default_language": DEFAULT_LANGUAGE,
        "card_titles": _plain_fields(TITLES, "TITLES"),
        "undone_writes": _plain_fields(UNDONE_WRITES, "UNDONE_WRITES"),
        "calendar": {language: calendar_names(language) for language in LANGUAGES},
        "date_words": _plain_fields(WORDS, "WORDS"),
    }
    return json.dumps(texts, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> int:
    TOOLS_JSON.write_text(render(), encoding="utf-8")
    print(f"wrote {TOOLS_JSON} ({len(TOOLS)} tools)")
    TEXTS_JSON.write_text(render_texts(), encoding="utf-8")
    print(f"wrote {TEXTS_JSON} ({len(TITLES)} card titles, {len(UNDONE_WRITES)} undo phrases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
