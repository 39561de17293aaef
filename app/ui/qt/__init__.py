"""PySide6 widgets, one per file."""
