"""Whether every plate a transcript names exists in the workshop's data (the hybrid race's local check).

Local whisper's text is taken without waiting for the cloud only when it is confident and this says
yes: a text naming no plate passes, a text naming a plate passes only when the backend holds that
exact plate (a near miss is where the cloud, or the fast path's repair, should have its say).
"""

from __future__ import annotations

import logging

from engine.fastpath.normalize import tokenize
from engine.fastpath.plates_spoken import find_plates
from wp_api import plates
from wp_api.contract import CallContext, ToolBackend

_LOGGER = logging.getLogger(__name__)


async def plates_known(backend: ToolBackend, text: str, context: CallContext) -> bool:
    """True when `text` names no plate, or every plate it names is a vehicle in the backend."""
    for match in find_plates(tokenize(text)):
        wanted = plates.normalise(match.plate)
        result = await backend.call_tool("find_vehicle", {"plate": wanted, "limit": 3}, context=context)
        found = result.data.get("matches", []) if result.ok and result.data else []
        if not any(plates.normalise(str(m.get("plate", ""))) == wanted for m in found):
            _LOGGER.debug("local transcript names %s, not in the workshop's data", wanted)
            return False
    return True
