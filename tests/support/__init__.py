"""Helpers and fixtures shared by several test folders (a folder's own conftest is for that folder only)."""
