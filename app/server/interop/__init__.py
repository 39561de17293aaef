"""Interoperability with the tools teams already use (Label Studio)."""
