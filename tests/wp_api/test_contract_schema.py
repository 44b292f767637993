"""The contract's own invariants: every tool is a valid OpenAI function, arguments are validated."""

from __future__ import annotations

import json

import jsonschema
import pytest

from wp_api.contract import TOOLS, TOOLS_BY_NAME, Safety, ToolResult, validate_arguments


@pytest.mark.parametrize("spec", TOOLS, ids=lambda s: s.name)
def test_every_tool_is_an_openai_function(spec) -> None:
    schema = spec.openai_schema()
    assert schema["type"] == "function"
    params = schema["function"]["parameters"]
    jsonschema.Draft7Validator.check_schema(spec.parameters)
    assert params["type"] == "object" and params["additionalProperties"] is False
    assert "anyOf" not in params


def test_confirm_tools_are_the_destructive_and_bulk_ones() -> None:
    confirm = {s.name for s in TOOLS if s.safety is Safety.CONFIRM}
    assert confirm == {"cancel_appointment", "send_campaign"}


def test_bad_arguments_give_a_structured_error() -> None:
    spec = TOOLS_BY_NAME["create_appointment"]
    result = validate_arguments(spec, {"service_id": "x", "start": "tomorrow", "bogus": 1})
    assert isinstance(result, ToolResult) and not result.ok
    assert result.error.code == "invalid_arguments"
    assert "bogus" in result.error.message and "start" in result.error.message


def test_oversized_argument_is_refused() -> None:
    spec = TOOLS_BY_NAME["find_customer"]
    result = validate_arguments(spec, {"query": "x" * 10_000_000})
    assert result is not None and result.error.code == "invalid_arguments"
    assert len(result.error.message) < 2000


def test_the_schemas_the_model_gets_compile_to_a_llama_cpp_grammar() -> None:
    """llama.cpp refuses a request whose schemas hold `maxLength` 2000 or `\\d` (tests/engine/agent/test_llama_server.py)."""
    for spec in TOOLS:
        text = json.dumps(spec.openai_schema())
        assert "maxLength" not in text, spec.name
        assert r"\\d" not in text, spec.name
    # the backend keeps validating the full schema
    assert "maxLength" in json.dumps([spec.parameters for spec in TOOLS])
