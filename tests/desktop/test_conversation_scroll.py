"""The newest answer and the Sì / No under it stay in view as the conversation grows (seen in the app:
the say-back's buttons were added after the scroll to the end, below the fold), unless the person
scrolled up to read an earlier turn."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.cards import SayBackCard
from desktop.conversation_view import ConversationView


def _fill(view: ConversationView, turns: int) -> None:
    for n in range(turns):
        block = view.block(f"t{n}")
        block.set_user(f"richiesta {n}")
        block.set_reply(f"risposta {n} " * 20)


def _at_end(view: ConversationView) -> bool:
    bar = view.verticalScrollBar()
    return bar.maximum() > 0 and bar.value() == bar.maximum()


def _full_view(qtbot: QtBot) -> ConversationView:
    """A view shown with more turns than fit, scrolled to the newest."""
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    _fill(view, 8)
    qtbot.waitUntil(lambda: _at_end(view))
    return view


def test_a_card_added_under_the_last_answer_is_scrolled_into_view(qtbot: QtBot) -> None:
    view = _full_view(qtbot)
    before = view.verticalScrollBar().maximum()
    card = SayBackCard()
    view.block("t7").add_under_reply(card)
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > before)
    qtbot.waitUntil(lambda: _at_end(view))
    assert card.accept_button.visibleRegion().boundingRect().height() == card.accept_button.height()


def test_reading_an_earlier_turn_is_not_interrupted_until_a_new_turn(qtbot: QtBot) -> None:
    view = _full_view(qtbot)
    view.verticalScrollBar().setValue(0)  # the person scrolls up to read
    view.block("t7").add_under_reply(QLabel("una riga in più\n" * 5))
    qtbot.wait(100)
    assert view.verticalScrollBar().value() == 0
    view.block("t8").set_user("nuova richiesta")  # a new turn brings the view back to the newest
    qtbot.waitUntil(lambda: _at_end(view))
