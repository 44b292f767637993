"""Conversation cards: tool results (per display kind), confirmations, and a write said back for a yes."""

from desktop.cards.confirmation_card import ConfirmationCard
from desktop.cards.say_back_card import SayBackCard
from desktop.cards.tool_card import ToolCard

__all__ = ["ConfirmationCard", "SayBackCard", "ToolCard"]
