"""Image redaction: metadata stripped, rendered identifiers filled, bombs refused."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image

from app.redaction.errors import ImageBombError, ImageDecodeError
from app.redaction.image import ImageFindings, face_regions, fill, open_image
from app.redaction.ocr import ocr_words
from app.redaction.pipeline import redact_item
from resources.synthetic.images import decompression_bomb, images

from .conftest import SECRET


@pytest.fixture(scope="module")
def redacted(analyzer: Any) -> list[tuple[Any, Any]]:
    return [
        (sample, redact_item("image", sample.png, project_secret=SECRET, settings={}))
        for sample in images(3)
    ]


@pytest.mark.slow
def test_rendered_identifiers_are_not_readable_after_redaction(redacted: Any) -> None:
    for sample, item in redacted:
        read = " ".join(w.text for w in ocr_words(Image.open(io.BytesIO(item.data))))
        for _, value in sample.values:
            for token in value.replace("-", " ").split():
                if len(token) >= 3:
                    assert token not in read


def test_the_input_really_shows_its_identifiers() -> None:
    # Guards the test above: OCR can read the planted values before redaction.
    sample = images(1)[0]
    read = " ".join(w.text for w in ocr_words(open_image(sample.png)))
    person = next(v for k, v in sample.values if k == "PERSON")
    assert person.split()[-1] in read


@pytest.mark.slow
def test_metadata_is_stripped(redacted: Any) -> None:
    for sample, item in redacted:
        assert Image.open(io.BytesIO(sample.png)).getexif()  # the input had EXIF
        out = Image.open(io.BytesIO(item.data))
        assert out.format == "PNG"
        assert not out.getexif()
        assert out.info == {}
        for _, value in sample.values:
            assert value.encode() not in item.data


@pytest.mark.slow
def test_report_counts_kinds_without_values(redacted: Any) -> None:
    for sample, item in redacted:
        assert item.report["total"] > 0
        assert item.report["least_view"]["metadata_stripped"] is True
        text = repr(item.report)
        for _, value in sample.values:
            assert value not in text


def test_decompression_bomb_is_refused() -> None:
    with pytest.raises(ImageBombError, match="downscale"):
        redact_item("image", decompression_bomb(), project_secret=SECRET, settings={})


def test_bomb_limit_follows_settings() -> None:
    png = io.BytesIO()
    Image.new("L", (300, 300)).save(png, format="PNG")
    with pytest.raises(ImageBombError):
        redact_item(
            "image", png.getvalue(), project_secret=SECRET, settings={"max_image_pixels": 50_000}
        )


@pytest.mark.parametrize(
    "data",
    [b"", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, b"GIF89a garbage", b"not an image at all"],
    ids=["empty", "png header only", "gif garbage", "text"],
)
def test_garbage_is_refused(data: bytes) -> None:
    with pytest.raises(ImageDecodeError, match="cannot be decoded"):
        open_image(data)


def test_crop_keeps_only_the_region(analyzer: Any) -> None:
    img = Image.new("RGB", (200, 100), (200, 200, 200))
    png = io.BytesIO()
    img.save(png, format="PNG")
    item = redact_item(
        "image",
        png.getvalue(),
        project_secret=SECRET,
        settings={"crop_window": {"cx": 50, "cy": 50, "width": 40, "height": 30}, "faces": False},
    )
    out = Image.open(io.BytesIO(item.data))
    assert out.size == (40, 30)
    assert item.report["least_view"]["cropped"] is True


def test_fill_is_solid_black() -> None:
    img = Image.new("RGB", (50, 50), (255, 255, 255))
    out = fill(img, [(10, 10, 20, 20)])
    assert out.getpixel((15, 15)) == (0, 0, 0)
    assert out.getpixel((40, 40)) == (255, 255, 255)


def test_face_detector_runs_offline_and_finds_nothing_in_a_blank_image() -> None:
    findings = ImageFindings()
    face_regions(Image.new("L", (120, 120), 128), findings)
    assert findings.boxes == []
