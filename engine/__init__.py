"""Officina Voice: engine."""
