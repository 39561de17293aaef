"""The workstation decodes the shard's display encoding (PackBits TIFF for large images) to
the same pixels as the redacted PNG."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from app.redaction.image import encode_for_display
from app.ui.qt.image_canvas import decode_image


def test_tiff_from_the_shard_decodes_to_the_png_pixels(qapp: object) -> None:
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, (900, 1200, 3), dtype=np.uint8)
    png = io.BytesIO()
    Image.fromarray(pixels).save(png, format="PNG")
    media_type, data = encode_for_display("image/png", png.getvalue())
    assert media_type == "image/tiff"
    image, size = decode_image(bytearray(data))
    assert (size.width(), size.height()) == (1200, 900)
    rgb = image.convertToFormat(image.Format.Format_RGB888)
    shown = np.frombuffer(rgb.constBits(), np.uint8).reshape(900, rgb.bytesPerLine())[:, :3600]
    assert np.array_equal(shown.reshape(900, 1200, 3), pixels)
