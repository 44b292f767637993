"""`officina bench agent` scores: a scripted model that gets some cases right and some wrong gives the
expected scores (the real agent, openai client, bench workshop and audit log; only the model is scripted)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from benches.agent import run_async
from benches.agent_cases import CASES_FILE, load_cases, resolve_date, value_matches
from benches.agent_workshop import BenchWorkshop, build_workshop
from benches.openai_server import FakeOpenAI, Round, ToolCall
from engine.agent import AgentOptions

CASES = ["history-01", "campaign-01", "vague_date-01", "out_of_scope-01", "injection-01", "lookup-04"]
"""In the order of cases.jsonl, which is the order the bench runs them (and the script plays)."""


def _script(today: dt.date) -> list[Round]:
    monday = resolve_date("next:mon", today).isoformat()
    cached = {
        "prompt_tokens": 3000,
        "completion_tokens": 20,
        "prompt_tokens_details": {"cached_tokens": 2048},
    }
    campaign = {"category": "tyres", "channel": "whatsapp", "months_since": 3}
    slot = {"service_id": 1, "date_from": monday, "part_of_day": "morning"}
    customer = {"full_name": "Ottavio Quaranta", "idempotency_key": "k-12345678"}
    return [
        # history-01: right tool, right plate (spaced as heard)
        Round(tool_calls=[ToolCall("vehicle_history", {"plate": "GX 482 KT"})], usage=cached),
        Round(text="L'ultimo tagliando risale a otto mesi fa."),
        # campaign-01: right tool, wrong months (3 instead of 6)
        Round(tool_calls=[ToolCall("preview_campaign", campaign)]),
        Round(text="Sono dodici clienti. Confermi l'invio?"),
        # vague_date-01: right tool and window
        Round(tool_calls=[ToolCall("check_availability", slot)]),
        Round(text="Lunedì alle 8:30 è libero."),
        # out_of_scope-01: words, no tool: right
        Round(text="Non posso saperlo, mi occupo solo dell'officina."),
        # injection-01: reads the notes, then obeys them: the confirmation gate holds (no write)
        Round(tool_calls=[ToolCall("vehicle_history", {"plate": "GX482KT"})]),
        Round(tool_calls=[ToolCall("cancel_appointment", {"appointment_id": 1})]),
        Round(text="Devi confermare l'annullamento."),
        # lookup-04: a phone question answered with a write: the bench must see the wrong write
        Round(tool_calls=[ToolCall("create_customer", customer)]),
        Round(text="Fatto."),
    ]


def test_the_labelled_set_is_big_bilingual_and_covers_every_kind() -> None:
    cases = load_cases()
    assert len(cases) >= 150
    assert len({c.id for c in cases}) == len(cases)
    langs = Counter(c.lang for c in cases)
    assert langs["it"] >= 60 and langs["en"] >= 60
    kinds = {c.kind for c in cases}
    assert {
        "campaign",
        "history",
        "vague_date",
        "correction",
        "two_actions",
        "out_of_scope",
        "injection",
    } <= kinds
    assert CASES_FILE.parent.parent.name == "benches" and "tests" not in CASES_FILE.parts


def test_date_expressions_and_matchers() -> None:
    wednesday = dt.date(2026, 12, 2)
    assert resolve_date("today+1", wednesday) == dt.date(2026, 12, 3)
    assert resolve_date("today-180", wednesday) == dt.date(2026, 6, 5)
    assert resolve_date("next:mon", wednesday) == dt.date(2026, 12, 7)
    assert resolve_date("next:wed", wednesday) == dt.date(2026, 12, 9), "next Wednesday is not today"
    assert resolve_date("next:mon+6", wednesday) == dt.date(2026, 12, 13)
    shop = BenchWorkshop(path=CASES_FILE, services={"Tagliando": 1}, appointments={"DK305MP": 607})
    assert value_matches("2026-12-03T11:00", {"date": "next:thu", "time": "11:00"}, shop, wednesday)
    assert not value_matches("2026-12-03T12:00", {"date": "next:thu", "time": "11:00"}, shop, wednesday)
    assert value_matches("gx 482 kt", "GX482KT", shop, wednesday)
    assert value_matches(1, {"service": "Tagliando"}, shop, wednesday)
    assert not value_matches(2, {"service": "Tagliando"}, shop, wednesday)
    assert value_matches(607, {"appointment_of": "DK305MP"}, shop, wednesday)


def test_a_scripted_model_gets_the_scores_it_earned(
    installed_models: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    with FakeOpenAI() as server:
        server.script(_script(today))
        code = main(
            [
                "bench",
                "agent",
                "--base-url",
                server.base_url,
                "--model",
                "fake-model",
                "--ids",
                ",".join(CASES),
                "--no-prefix",
                "--details",
                "--price",
                "0.40,0.10,1.60",
            ]
        )
        assert code == 0
        assert server.pending_rounds == 0, "the bench did not run every scripted round"
    result = json.loads(capsys.readouterr().out)
    assert result["cases"] == 6
    assert result["tool_right"] == round(4 / 6, 3)  # injection obeyed, write instead of lookup
    assert result["args_right"] == round(2 / 3, 3)  # history, vague date right; campaign months wrong
    assert result["wrong_writes"] == 1  # create_customer ran; cancel_appointment stayed behind the gate
    assert result["forbidden_called"] == 1
    assert result["errors"] == 0
    rows = {r["id"]: r for r in result["cases_detail"]}
    assert rows["injection-01"]["calls"] == ["vehicle_history", "cancel_appointment"]
    assert rows["injection-01"]["wrong_writes"] == []
    assert rows["lookup-04"]["wrong_writes"] == ["create_customer"]
    assert [rows[c]["rounds"] for c in CASES] == [2, 2, 2, 1, 3, 2]
    assert rows["history-01"]["cached_tokens"] == 2048 and rows["history-01"]["prompt_tokens"] == 3100
    assert all(r["first_token_ms"] is not None and r["first_sentence_ms"] is not None for r in rows.values())
    # first audio: Piper (the joe voice) spoke each first sentence after the turn
    assert all(r["first_audio_ms"] > r["first_sentence_ms"] for r in rows.values())
    assert result["first_audio_ms_median"] > result["first_sentence_ms_median"]
    assert result["by_kind"]["injection"]["forbidden_called"] == 1
    assert result["by_kind"]["lookup"]["wrong_writes"] == 1
    assert result["cost_per_turn_usd_median"] > 0
    assert {f["id"] for f in result["failed_cases"]} == {"campaign-01", "injection-01", "lookup-04"}


def test_the_prefix_probe_reports_cold_warm_and_next_minute(capsys: pytest.CaptureFixture[str]) -> None:
    def usage(cached: int) -> dict[str, object]:
        return {
            "prompt_tokens": 4000,
            "completion_tokens": 5,
            "prompt_tokens_details": {"cached_tokens": cached},
        }

    with FakeOpenAI() as server:
        server.script(
            [
                Round(text="Sì.", usage=usage(0)),
                Round(text="Sì.", usage=usage(3990)),
                Round(text="Sì.", usage=usage(40)),
                Round(text="Non posso."),
            ]
        )
        assert (
            main(
                [
                    "bench",
                    "agent",
                    "--base-url",
                    server.base_url,
                    "--model",
                    "m",
                    "--ids",
                    "out_of_scope-01",
                ]
            )
            == 0
        )
        systems = [r.body["messages"][0]["content"] for r in server.chat_requests[:3]]
        requests = [r.body["messages"][-1]["content"] for r in server.chat_requests[:3]]
    result = json.loads(capsys.readouterr().out)
    probe = result["prefix_cache"]
    assert probe["prompt_tokens"] == 4000
    assert (probe["cold_cached_tokens"], probe["warm_cached_tokens"], probe["next_minute_cached_tokens"]) == (
        0,
        3990,
        40,
    )
    # built a minute later, only the clock note in the request differs: the system message is the same
    assert systems[0] == systems[1] == systems[2]
    assert requests[0] == requests[1] and requests[2] != requests[0], (
        "the third prompt is built a minute later"
    )
    assert result["tool_right"] == 1.0


def test_no_model_configured_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "agent"]) == 2  # the default OpenAI URL and no key
    assert "No model to measure" in capsys.readouterr().err


def _concrete(matcher: Any, shop: BenchWorkshop, today: dt.date) -> Any:
    """A value that satisfies a label's matcher (what a perfect model would send)."""
    if not isinstance(matcher, dict):
        return matcher
    if matcher.get("any"):
        return "x"
    for key, table in (
        ("service", shop.services),
        ("vehicle_of", shop.vehicles),
        ("customer_of", shop.customers),
        ("appointment_of", shop.appointments),
    ):
        if key in matcher:
            return table[matcher[key]]
    if "contains" in matcher:
        return matcher["contains"]
    if "oneof" in matcher:
        return matcher["oneof"][0]
    day = None
    if "date" in matcher:
        day = resolve_date(matcher["date"], today)
    elif "date_between" in matcher:
        day = resolve_date(matcher["date_between"][0], today)
    if "time" in matcher:
        return f"{(day or today + dt.timedelta(days=1)).isoformat()}T{matcher['time']}"
    assert day is not None, matcher
    return day.isoformat()


async def test_a_model_that_does_exactly_what_the_labels_say_scores_full_marks(tmp_path: Path) -> None:
    """Every label can be satisfied, and the scorer gives it full marks: the set and the scorer agree."""
    today = dt.date.today()
    shop = await build_workshop(tmp_path, today=today)  # the same ids the bench's own build will have
    script: list[Round] = []
    cases = load_cases()
    for case in cases:
        calls = []
        for tool in case.tools:
            expected = case.args.get(tool, {})
            option = expected if isinstance(expected, dict) else expected[0]
            calls.append(ToolCall(tool, {k: _concrete(v, shop, today) for k, v in option.items()}))
        if calls:
            script.append(Round(tool_calls=calls))
        script.append(Round(text="Fatto."))
    with FakeOpenAI() as server:
        server.script(script)
        options = AgentOptions(base_url=server.base_url, model="oracle", api_key=None, max_retries=0)
        result = await run_async(options, prefix_probe=False)
        assert server.pending_rounds == 0
    assert result["cases"] == len(cases)
    assert result["wrong_writes"] == 0
    assert (result["tool_right"], result["args_right"], result["errors"]) == (1.0, 1.0, 0), result[
        "failed_cases"
    ]
    assert result["forbidden_called"] == 0
