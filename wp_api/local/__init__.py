"""The local workshop backend: the tool contract served from an embedded SQLite database."""

from wp_api.local.backend import LocalBackend

__all__ = ["LocalBackend"]
