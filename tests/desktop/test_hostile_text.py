"""Customer data with markup in it shows as text everywhere in the window, never as rich text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.cards import ConfirmationCard, ToolCard
from desktop.conversation_view import Bubble, ConversationView
from desktop.labels import plain_tooltip
from desktop.models.turn_record import Stage
from desktop.stage_detail import stage_html

BOLD = "<b>x</b>"
IMAGE = "<img src='file:///etc/passwd'>"
LINK = "<a href='http://evil.example'>clicca</a>"
HOSTILE = [BOLD, IMAGE, LINK]


def _labels(widget: QWidget) -> list[QLabel]:
    return widget.findChildren(QLabel)


def _assert_shown_as_text(widget: QWidget, *names: str) -> None:
    """No label reads data as markup; each hostile name is visible literally in some plain label."""
    labels = _labels(widget)
    assert labels
    for label in labels:
        fmt = label.textFormat()
        assert fmt in (Qt.TextFormat.PlainText, Qt.TextFormat.RichText), label.text()
        if fmt is Qt.TextFormat.RichText:
            for name in HOSTILE:
                assert name not in label.text(), label.text()
            assert "<img" not in label.text() and "<a " not in label.text()
    shown = "\n".join(label.text() for label in labels if label.textFormat() is Qt.TextFormat.PlainText)
    escaped = "\n".join(label.text() for label in labels if label.textFormat() is Qt.TextFormat.RichText)
    for name in names:
        assert (
            name in shown or name.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;") in escaped
        )


@pytest.mark.parametrize("name", HOSTILE)
def test_tool_cards_show_hostile_names_as_text(qtbot: QtBot, name: str) -> None:
    customers = ToolCard(
        "find_customer",
        {
            "kind": "customer",
            "title": name,
            "subtitle": name,
            "customers": [{"full_name": name, "phone": "+39333", "vehicles": [{"plate": name}]}],
        },
    )
    appointment = ToolCard(
        "create_appointment",
        {"kind": "appointment", "title": name, "appointment": {"customer": name, "service": name}},
    )
    failed = ToolCard("find_vehicle", None, ok=False, error=f"No vehicle for {name}")
    for card in (customers, appointment, failed):
        qtbot.addWidget(card)
        _assert_shown_as_text(card, name)


@pytest.mark.parametrize("name", HOSTILE)
def test_confirmation_cards_show_hostile_names_as_text(qtbot: QtBot, name: str) -> None:
    card = ConfirmationCard(
        "p-1",
        "cancel_appointment",
        f"Annullo il tagliando di {name}?",
        {"kind": "confirmation", "what": name, "who": name, "count": 1},
    )
    qtbot.addWidget(card)
    _assert_shown_as_text(card, name)


def test_conversation_and_notes_show_hostile_text_as_text(qtbot: QtBot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    bubble = Bubble(IMAGE, f"La Panda è di {BOLD}", kind="assistant")
    qtbot.addWidget(bubble)
    _assert_shown_as_text(bubble, IMAGE, BOLD)
    note = view.add_note(LINK)
    assert note.textFormat() is Qt.TextFormat.PlainText and note.text() == LINK


def test_the_side_panel_detail_escapes_tool_results() -> None:
    stage = Stage(
        kind="tool",
        label=BOLD,
        start=0.0,
        end=0.1,
        error=IMAGE,
        details={"name": "find_customer", "ok": True, "arguments": {"query": LINK}, "data": {"name": IMAGE}},
    )
    page = stage_html(stage)
    for name in HOSTILE:
        assert name not in page
    assert "&lt;img" in page and "&lt;b&gt;x&lt;/b&gt;" in page


def test_tooltips_show_text_literally() -> None:
    tip = plain_tooltip(f"WordPress {IMAGE}\nsecond line")
    assert "<img" not in tip and "&lt;img" in tip and "<br>" in tip


def test_every_label_in_the_app_is_made_by_desktop_labels() -> None:
    """A bare QLabel guesses rich text: the app builds labels only through desktop.labels."""
    root = Path(__file__).resolve().parents[2] / "desktop"
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        if path.name != "labels.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQLabel\(", line)
    ]
    assert offenders == []
