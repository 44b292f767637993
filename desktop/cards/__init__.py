"""Conversation cards: tool results (per display kind) and confirmations."""

from desktop.cards.confirmation_card import ConfirmationCard
from desktop.cards.tool_card import ToolCard

__all__ = ["ConfirmationCard", "ToolCard"]
