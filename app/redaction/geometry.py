"""Where an item's stored pixels came from in the original image, so that labels drawn on
what annotators saw can be exported in the original image's pixels.

Ingest may crop an image or every DICOM frame to a region of interest (least_view.py) and,
in principle, resample the crop; the display encoding (TIFF for large images) keeps the
pixels as stored. Annotators draw in the stored image's pixels (the workstation maps its
display scale back), so one record per item is enough to map a label back:

    the stored width x height image is the original's crop box [left, right) x [top, bottom)
    resampled to width x height:  x_original = left + x * (right - left) / width

Light on purpose (no imaging imports): the server reads records without the pipeline's
engines. The maths is exact (fractions): a crop maps whole pixels to whole pixels and back to
the same point; only a resampling scale that is not whole gives floats (within their rounding).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Final

from app.core.encoding import is_int
from app.redaction.errors import RedactionInputError

GEOMETRY_VERSION: Final = 1
FIELDS: Final = frozenset(
    {"version", "original_width", "original_height", "crop", "width", "height"}
)
Number = int | float


def _exact(value: Fraction) -> Number:
    """An int when the value is whole (the usual case: crops without resampling)."""
    return value.numerator if value.denominator == 1 else float(value)


@dataclass(frozen=True)
class ItemGeometry:
    """The stored image is `crop` (left, top, right, bottom) of an original_width x
    original_height image, resampled to width x height (the same size when not resampled)."""

    original_width: int
    original_height: int
    crop: tuple[int, int, int, int]
    width: int
    height: int

    @classmethod
    def uncropped(cls, width: int, height: int) -> ItemGeometry:
        return cls(width, height, (0, 0, width, height), width, height)

    @classmethod
    def cropped(
        cls, original: tuple[int, int], box: tuple[int, int, int, int] | None
    ) -> ItemGeometry:
        """A crop without resampling (what ingest does): `box` None keeps the whole image."""
        if box is None:
            return cls.uncropped(*original)
        left, top, right, bottom = box
        return cls(original[0], original[1], box, right - left, bottom - top)

    def __post_init__(self) -> None:
        left, top, right, bottom = self.crop
        ok = (
            self.original_width > 0 and self.original_height > 0
            and self.width > 0 and self.height > 0
            and 0 <= left < right <= self.original_width
            and 0 <= top < bottom <= self.original_height
        )  # fmt: skip
        if not ok:
            raise RedactionInputError(
                "An item's coordinate record is inconsistent; ingest the item again."
            )

    @property
    def identity(self) -> bool:
        return self.crop == (0, 0, self.width, self.height) and (
            self.original_width,
            self.original_height,
        ) == (self.width, self.height)

    def _scale(self) -> tuple[Fraction, Fraction]:
        left, top, right, bottom = self.crop
        return Fraction(right - left, self.width), Fraction(bottom - top, self.height)

    def to_original(self, x: Number, y: Number) -> tuple[Number, Number]:
        """A point in stored pixels as a point in original pixels."""
        sx, sy = self._scale()
        return (
            _exact(self.crop[0] + Fraction(x) * sx),
            _exact(self.crop[1] + Fraction(y) * sy),
        )

    def to_stored(self, x: Number, y: Number) -> tuple[Number, Number]:
        """The inverse of `to_original`."""
        sx, sy = self._scale()
        return (
            _exact((Fraction(x) - self.crop[0]) / sx),
            _exact((Fraction(y) - self.crop[1]) / sy),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "version": GEOMETRY_VERSION, "original_width": self.original_width,
            "original_height": self.original_height, "crop": list(self.crop),
            "width": self.width, "height": self.height,
        }  # fmt: skip

    @classmethod
    def from_json(cls, obj: Any) -> ItemGeometry:
        """A stored record back; RedactionInputError when it is not one."""
        bad = RedactionInputError(
            "An item's coordinate record is malformed; ingest the item again."
        )
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            raise bad
        crop = obj["crop"]
        numbers = [obj[k] for k in ("original_width", "original_height", "width", "height")]
        if not isinstance(crop, list) or len(crop) != 4:
            raise bad
        if not all(is_int(v) for v in [obj["version"], *numbers, *crop]):
            raise bad
        if obj["version"] != GEOMETRY_VERSION:
            raise bad
        return cls(numbers[0], numbers[1], (crop[0], crop[1], crop[2], crop[3]), *numbers[2:])
