"""Helpers shared by tests, not tests themselves: factories, the in-memory keyring, and the
scripts that tests start as child processes."""
