"""DICOM display maths without Qt (numpy): rescale, window/level, presets, photometric.

Window/level follows DICOM PS3.3 C.11.2.1.2.1 (the "LINEAR" VOI LUT function): with centre c
and width w, values <= c - 0.5 - (w - 1)/2 are black, values > c - 0.5 + (w - 1)/2 are white,
and between them y = ((x - (c - 0.5)) / (w - 1) + 0.5) * 255. MONOCHROME1 is inverted after
windowing (low values bright).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class Window:
    center: float
    width: float

    def adjusted(self, d_center: float, d_width: float) -> Window:
        return Window(self.center + d_center, max(1.0, self.width + d_width))


@dataclass(frozen=True)
class Preset:
    name: str
    window: Window | None  # None: computed from the image (MR auto)
    key: str  # shortcut text, listed in models/shortcuts.py


PRESETS: Final = (
    Preset("CT lung", Window(-600, 1500), "F5"),
    Preset("CT mediastinum", Window(50, 350), "F6"),
    Preset("CT bone", Window(400, 1800), "F7"),
    Preset("CT brain", Window(40, 80), "F8"),
    Preset("Auto (MR)", None, "F9"),
)
AUTO_PERCENTILES: Final = (1.0, 99.0)


def rescaled(pixels: NDArray[Any], slope: float, intercept: float) -> NDArray[np.float32]:
    """Stored values to modality units (Hounsfield for CT): value * slope + intercept."""
    out = pixels.astype(np.float32, copy=True)
    if slope != 1.0:
        out *= np.float32(slope)
    if intercept != 0.0:
        out += np.float32(intercept)
    return out


def apply_window(values: NDArray[np.float32], window: Window, *, invert: bool) -> NDArray[np.uint8]:
    """8-bit grey levels by the DICOM linear VOI function; inverted for MONOCHROME1."""
    c, w = window.center - 0.5, max(window.width, 1.0) - 1.0
    if w <= 0:  # width 1: a threshold at the centre
        out = np.where(values > c, 255.0, 0.0)
    else:
        out = ((values - c) / w + 0.5) * 255.0
        np.clip(out, 0.0, 255.0, out=out)
    grey = np.rint(out).astype(np.uint8)
    return np.subtract(255, grey, dtype=np.uint8) if invert else grey


def auto_window(values: NDArray[np.float32]) -> Window:
    """A window spanning the 1st to 99th percentile (MR and anything without a preset)."""
    if values.size == 0:
        return Window(0.0, 1.0)
    sample = values[:: max(1, values.shape[0] // 256)] if values.ndim >= 1 else values
    lo, hi = np.percentile(sample, AUTO_PERCENTILES)
    return Window(float(lo + hi) / 2, max(1.0, float(hi - lo)))


def _first_number(value: Any) -> float | None:
    """WindowCenter/Width may be multi-valued (take the first) or missing."""
    if value is None:
        return None
    if isinstance(value, list | tuple) or type(value).__name__ == "MultiValue":
        value = value[0] if len(value) else None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def file_window(center: Any, width: Any) -> Window | None:
    """The window the file suggests (its WindowCenter/WindowWidth), if usable."""
    c, w = _first_number(center), _first_number(width)
    if c is None or w is None or w < 1:
        return None
    return Window(c, w)


def drag_window(start: Window, dx: float, dy: float, values_range: float) -> Window:
    """Mouse drag: right widens, down raises the level (the usual radiology gesture); one
    pixel moves about 1/512 of the image's value range, so any modality feels the same."""
    step = max(values_range, 1.0) / 512.0
    return start.adjusted(dy * step, dx * step)


def rgb8(pixels: NDArray[Any]) -> NDArray[np.uint8]:
    """An RGB frame as 8-bit (16-bit colour is scaled down, not clipped)."""
    if pixels.dtype == np.uint8:
        return pixels.astype(np.uint8, copy=False)
    top = float(pixels.max()) if pixels.size else 1.0
    scale = 255.0 / top if top > 255 else 1.0
    out: NDArray[np.uint8] = np.clip(pixels.astype(np.float32) * scale, 0, 255).astype(np.uint8)
    return out
