"""Qt-free view state and tool logic: importable and testable without a display."""
