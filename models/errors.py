"""The one error the models package raises: its message is fit to show a person, `fix` is the command
that repairs it. The engine's ModelMissingError (engine.errors) is a subclass, so `except ModelError`
catches a model problem whichever side found it."""

from __future__ import annotations


class ModelError(Exception):
    """A model is unknown, missing, partial or corrupt, or could not be installed."""

    def __init__(self, message: str, *, fix: str) -> None:
        super().__init__(f"{message} Fix: {fix}")
        self.message = f"{message} Fix: {fix}"
        self.fix = fix
