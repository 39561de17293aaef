"""Every redaction error lives in app/redaction/errors.py and exits with the code the
exit-code table gives its family (60 redaction, 61 input refused, 62 engine, 63 settings)."""

from __future__ import annotations

import inspect

from app.core.errors import CleanroomError
from app.redaction import errors

FAMILIES = (
    (errors.ProjectSettingError, 63),
    (errors.RedactionSetupError, 62),
    (errors.RedactionInputError, 61),
    (errors.RedactionError, 60),
)


def test_each_redaction_error_exits_with_its_familys_code() -> None:
    classes = [
        c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, CleanroomError)
    ]
    assert errors.RedactionSettingsError in classes
    assert errors.CropSettingError in classes
    for cls in classes:
        if cls is CleanroomError:
            continue
        expected = next(code for family, code in FAMILIES if issubclass(cls, family))
        assert cls.exit_code == expected, cls.__name__


def test_default_messages_are_one_sentence_that_says_what_to_do() -> None:
    for _, cls in inspect.getmembers(errors, inspect.isclass):
        if issubclass(cls, errors.RedactionError):
            message = cls().message
            assert message[0].isupper(), cls.__name__
            assert message.endswith("."), cls.__name__
            assert ";" in message, cls.__name__
