"""The self-test's one-tool probe: against the scripted server, and a real llama.cpp server with and
without a tool template (the model's answers are not judged, only whether the tools reached it)."""

from __future__ import annotations

import pytest

from app.self_test import check_model_tools
from benches.openai_server import FakeOpenAI, Round, ToolCall
from engine.agent import AgentOptions
from engine.agent.tool_probe import FIX_DROPPED, probe_tools
from engine.config import Settings, save_settings
from tests.llama_server import LlamaServer, llama_no_tools, llama_tools  # noqa: F401  (fixtures)


def _options(base_url: str, model: str = "fake-model") -> AgentOptions:
    return AgentOptions(base_url=base_url, model=model, api_key=None)


def _usage(prompt: int) -> dict[str, int]:
    return {"prompt_tokens": prompt, "completion_tokens": 5}


async def test_a_tool_call_back_is_ok_and_the_probe_asked_with_one_required_tool() -> None:
    with FakeOpenAI() as server:
        server.script([Round(tool_calls=[ToolCall("get_workshop_time", {})])])
        found = await probe_tools(_options(server.base_url))
        assert found.status == "ok", found
        assert "called get_workshop_time" in found.detail
        (request,) = server.chat_requests
        assert [t["function"]["name"] for t in request.body["tools"]] == ["get_workshop_time"]
        assert request.body["tool_choice"] == "required"


async def test_equal_prompt_sizes_with_and_without_the_tool_mean_the_server_drops_tools() -> None:
    with FakeOpenAI() as server:
        server.script([Round(text="It is noon.", usage=_usage(40)), Round(text="Noon.", usage=_usage(40))])
        found = await probe_tools(_options(server.base_url))
        assert found.status == "dropped", found
        assert found.fix == FIX_DROPPED and "--jinja" in found.fix
        assert "tools" not in server.chat_requests[1].body


async def test_a_bigger_prompt_with_the_tool_means_received_but_not_called() -> None:
    with FakeOpenAI() as server:
        server.script([Round(text="It is noon.", usage=_usage(140)), Round(text="Noon.", usage=_usage(40))])
        found = await probe_tools(_options(server.base_url))
        assert found.status == "no_call", found
        assert "140" in found.detail and "40" in found.detail


async def test_a_server_refusing_tool_choice_required_is_asked_again_without_it() -> None:
    with FakeOpenAI() as server:
        server.script(
            [
                Round(status=400, error_message="tool_choice required is not supported"),
                Round(tool_calls=[ToolCall("get_workshop_time", {})]),
            ]
        )
        found = await probe_tools(_options(server.base_url))
        assert found.status == "ok", found
        assert "tool_choice" not in server.chat_requests[1].body


def test_the_self_test_line_names_the_fix_when_the_template_drops_tools() -> None:
    with FakeOpenAI() as server:
        save_settings(Settings(llm_base_url=server.base_url, llm_model="fake-model"))
        server.script([Round(text="Noon.", usage=_usage(40)), Round(text="Noon.", usage=_usage(40))])
        line = check_model_tools().line()
        assert line.startswith("[FAIL] model tools: the server at") and "drops the tools" in line, line
        assert "fix: llama.cpp: start llama-server with --jinja" in line
        server.script([Round(tool_calls=[ToolCall("get_workshop_time", {})])])
        assert check_model_tools().line().startswith("[ok  ] model tools:")
    # the server is gone: one line with its fix, not a traceback
    line = check_model_tools().line()
    assert line.startswith("[FAIL] model tools:") and "could not be reached" in line and "fix:" in line


def test_no_model_configured_is_a_warning_not_a_failure() -> None:
    line = check_model_tools().line()  # the default: OpenAI without a key
    assert line.startswith("[warn] model tools: no language model configured"), line


@pytest.mark.slow
async def test_llama_cpp_with_a_tool_template_receives_the_tools(llama_tools: LlamaServer) -> None:  # noqa: F811
    found = await probe_tools(_options(llama_tools.base_url, llama_tools.model))
    # SmolLM2 may or may not call the tool; the tools reached it either way
    assert found.status in ("ok", "no_call"), found


@pytest.mark.slow
async def test_llama_cpp_with_a_template_without_tools_is_caught(llama_no_tools: LlamaServer) -> None:  # noqa: F811
    found = await probe_tools(_options(llama_no_tools.base_url, llama_no_tools.model))
    assert found.status == "dropped", found
