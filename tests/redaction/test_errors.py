"""Redaction errors say what happened and what to do (their exit codes are checked against
the README's table in tests/test_exit_codes.py)."""

from __future__ import annotations

import inspect

from app.redaction import errors


def test_default_messages_are_one_sentence_that_says_what_to_do() -> None:
    for _, cls in inspect.getmembers(errors, inspect.isclass):
        if issubclass(cls, errors.RedactionError):
            message = cls().message
            assert message[0].isupper(), cls.__name__
            assert message.endswith("."), cls.__name__
            assert ";" in message, cls.__name__
