"""Labels that never read data as markup.

A QLabel guesses rich text from its content, so a customer named `<b>x</b>` or `<img src=…>` would be
rendered as markup. Every label in the app is made here: `plain_label` shows text as it is; `rich_label`
is for markup the app writes itself, with every piece of data passed through `esc`.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["esc", "plain_label", "plain_tooltip", "rich_label"]


def esc(value: Any) -> str:
    """`value` as text safe inside rich-text markup."""
    return html.escape(str(value))


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` literally (tooltips guess rich text too); line breaks kept."""
    return "<qt>" + esc(text).replace("\n", "<br>") + "</qt>" if text else ""


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` literally (Qt.PlainText), whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def rich_label(markup: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for markup the app writes (Qt.RichText); escape every piece of data with `esc`."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(markup)
    return label
