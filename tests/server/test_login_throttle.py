"""Issue 13: failed logins slow the account and the source with growing, capped delays; no
one can lock a colleague out for a quarter of an hour. A settable clock, no sleeping."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.encoding import b64u_encode
from app.core.protocol import login_proof_message
from app.server import auth, totp
from app.server.errors import AuthError, LoginThrottledError
from app.server.models import User
from app.server.throttle import Backoff, SourceThrottle
from tests.server.harness import Harness, Workstation, new_workstation


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def attempt(harness: Harness, ws: Workstation, clock: Clock, sources: SourceThrottle,
            *, good: bool, source: str = "10.0.0.1") -> str:  # fmt: skip
    config = dataclasses.replace(harness.config, clock_s=clock)
    with harness.db() as db:
        secret = db.query(User).filter_by(username=ws.username).one().totp_secret
        code = totp.hotp(secret, int(clock.now) // totp.STEP_S)
        ts_ms = int(clock.now * 1000)
        sig = ws.sign_key.sign(login_proof_message(ws.username, ws.device_id, ts_ms))
        try:
            auth.login(
                db, config, username=ws.username,
                password=ws.password if good else "wrong", totp_code=code,
                device_id=ws.device_id, proof_ts_ms=ts_ms, proof_sig=b64u_encode(sig),
                source=source, sources=sources,
            )  # fmt: skip
        except AuthError:
            return "failed"
        except LoginThrottledError as exc:
            return f"wait {exc.retry_after_s}"
    return "ok"


def test_the_account_delay_grows_and_is_capped(harness: Harness) -> None:
    ws = new_workstation(harness, login=False)
    clock = Clock(4_000_000_000.0)
    sources = auth.source_throttle(harness.config)
    waits = []
    for _ in range(12):
        assert attempt(harness, ws, clock, sources, good=False, source="attacker") == "failed"
        answer = attempt(harness, ws, clock, sources, good=True, source="colleague")
        waits.append(int(answer.split()[1]) if answer.startswith("wait") else 0)
        clock.now += waits[-1]
    assert waits[:6] == [0, 0, 1, 2, 4, 8]
    assert max(waits) == harness.config.login_account_max_delay_s  # never 15 minutes
    clock.now += 60  # the colleague, after the cap, gets in, and the count restarts
    assert attempt(harness, ws, clock, sources, good=True, source="colleague") == "ok"
    clock.now += 60
    assert attempt(harness, ws, clock, sources, good=False, source="colleague") == "failed"
    assert attempt(harness, ws, clock, sources, good=True, source="colleague") == "ok"


def test_one_source_guessing_many_names_is_stopped_for_long() -> None:
    throttle = SourceThrottle(Backoff(free=10, base_s=1, cap_s=900))
    now = 1000.0
    for _ in range(30):
        now += throttle.wait_s("10.9.9.9", now)
        throttle.failed("10.9.9.9", now)
    assert throttle.wait_s("10.9.9.9", now) == 900
    assert throttle.wait_s("10.1.1.1", now) == 0  # others are not affected
    throttle.succeeded("10.9.9.9")
    assert throttle.wait_s("10.9.9.9", now) == 0


@pytest.mark.parametrize(("failures", "delay"), [(0, 0), (2, 0), (3, 1), (4, 2), (40, 30)])
def test_backoff(failures: int, delay: int) -> None:
    assert Backoff(free=3, base_s=1, cap_s=30).delay_s(failures) == delay
