"""Officina Voice: models."""
