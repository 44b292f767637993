"""Officina Voice: wp_api."""
