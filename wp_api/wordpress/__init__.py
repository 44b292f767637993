"""The WordPress backend: an httpx client for the Officina Voice plugin's REST API."""

from wp_api.wordpress._backend import WordPressBackend, is_loopback_url

__all__ = ["WordPressBackend", "is_loopback_url"]
