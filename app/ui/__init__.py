"""PySide6 only: windows, item views, labeling tools, watermark, guard, review screens."""
