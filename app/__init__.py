"""Cleanroom: a locked-down annotation client for sensitive data, and its reference server."""

__version__ = "0.1.0"
