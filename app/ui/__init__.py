"""The workstation window: the only package that imports Qt (PySide6).

    models/    Qt-free view state and tool logic, so tests need no display
    qt/        PySide6 widgets, one per file: views, labeling tools, guard, watermark
    platform/  capture exclusion, one module per platform

It calls `app.workstation` (never `app.server`, never `app.redaction` directly) and opens
shards only through the workstation's `ShardGate` (docs/adr/0005-core-holds-the-agreements.md).
"""
