"""Large redacted images travel in the shard as PackBits TIFF (fast to decode on the
workstation), with exactly the pixels the redacted PNG held; small ones stay PNG."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from app.core.shard import open_shard
from app.redaction.image import encode_for_display
from app.redaction.inputs import Source
from app.server.services import assign, ingest, projects
from tests.server.harness import Harness, new_workstation


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    rng = np.random.default_rng(width)
    shape = (height, width, 3) if mode == "RGB" else (height, width)
    out = io.BytesIO()
    Image.fromarray(rng.integers(0, 256, shape, dtype=np.uint8)).save(out, format="PNG")
    return out.getvalue()


def _pixels(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as img:
        return np.asarray(img.convert("RGB"))


def test_large_png_becomes_tiff_with_the_same_pixels() -> None:
    png = _png(1200, 900)
    media_type, data = encode_for_display("image/png", png)
    assert media_type == "image/tiff"
    assert np.array_equal(_pixels(data), _pixels(png))


def test_small_images_and_other_kinds_are_unchanged() -> None:
    small = _png(300, 200)
    assert encode_for_display("image/png", small) == ("image/png", small)
    assert encode_for_display("image/jpeg", b"\xff\xd8jpeg") == ("image/jpeg", b"\xff\xd8jpeg")


def test_the_sealed_shard_carries_the_display_encoding(harness: Harness) -> None:
    ws = new_workstation(harness)
    large, small = _png(1100, 1000, "L"), _png(64, 64)
    with harness.db() as db:
        projects.create_project(
            db, harness.config, "display-enc", {"kinds": ["box"]}, allow_unredacted=True
        )
        sources = [
            Source("image", "image/png", large, "large.png", None),
            Source("image", "image/png", small, "small.png", None),
        ]
        ingest.ingest(db, harness.config, "display-enc", sources, ingest.passthrough_redactor)
        (shard_id,) = assign.assign(db, harness.config, "display-enc", [ws.username])
    sealed = ws.client.download_shard(shard_id)
    shard = open_shard(
        sealed, issuer_keys=dict(harness.sync_config().server_keys), device_key=ws.enc_key,
        device_id=ws.device_id, now=int(harness.config.clock_s()),
    )  # fmt: skip
    by_type = {item.blob.media_type: item for item in shard.manifest.items}
    assert set(by_type) == {"image/tiff", "image/png"}
    assert np.array_equal(_pixels(bytes(shard.read_item(by_type["image/tiff"].item_id))),
                          _pixels(large))  # fmt: skip
    assert bytes(shard.read_item(by_type["image/png"].item_id)) == small
