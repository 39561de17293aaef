"""The HTTP API under /v1, one router per resource. `app.server.app.create_app` mounts them."""

from __future__ import annotations

from fastapi import APIRouter

from app.server.routes import auth, devices, health, journal, labels, quality, review, shards

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    auth.router,
    devices.router,
    shards.router,
    labels.router,
    journal.router,
    review.router,
    quality.router,
)
