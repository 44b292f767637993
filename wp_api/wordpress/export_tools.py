"""Write the contract's tool definitions to the plugin's includes/tools.json (the plugin serves them)."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from wp_api.contract import TOOLS

_LOGGER = logging.getLogger(__name__)

TOOLS_JSON = (
    Path(__file__).resolve().parent.parent / "wordpress-plugin" / "officina-voice" / "includes" / "tools.json"
)


def render() -> str:
    """The file's exact content: every ToolSpec.to_dict(), in contract order, pretty-printed."""
    return json.dumps([spec.to_dict() for spec in TOOLS], indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    TOOLS_JSON.write_text(render(), encoding="utf-8")
    print(f"wrote {TOOLS_JSON} ({len(TOOLS)} tools)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
