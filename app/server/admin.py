"""Deprecated: the admin functions now live in app.server.services, one module per area.

Kept only as re-exports for tests outside the server's own tests (tests/workstation,
tests/sync, tests/benchmarks) until they import from app.server.services; new code must not
import this module.
"""

from __future__ import annotations

from app.redaction.inputs import Source
from app.server.services.assign import assign
from app.server.services.common import ADMIN
from app.server.services.devices import enrol_code, revoke_device
from app.server.services.erasure import erase_subject, erasure_digest
from app.server.services.ingest import ingest, passthrough_redactor
from app.server.services.projects import create_project
from app.server.services.sources import read_folder
from app.server.services.users import Credentials, add_user, disable_user, reset_user

__all__ = [
    "ADMIN",
    "Credentials",
    "Source",
    "add_user",
    "assign",
    "create_project",
    "disable_user",
    "enrol_code",
    "erase_subject",
    "erasure_digest",
    "ingest",
    "passthrough_redactor",
    "read_folder",
    "reset_user",
    "revoke_device",
]
