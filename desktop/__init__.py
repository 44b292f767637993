"""Officina Voice: desktop."""
