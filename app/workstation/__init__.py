"""Workstation services without Qt: device keys, encrypted store, session, sync, CLI."""
