"""The one table of keyboard shortcuts: the workspace's actions are built from it and the
cheat sheet (`?`) lists it. Label and class keys (1-9, then letters) come from the shard's
schema; the letters here are kept out of them (app.core.label_schema.RESERVED_KEYS).

Key text is in QKeySequence's portable form ("Ctrl+Z" is Cmd+Z on macOS).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Shortcut:
    action: str  # stable id, used by the workspace and tests
    keys: tuple[str, ...]  # first one is shown in the cheat sheet
    description: str
    group: str  # cheat sheet section


SHORTCUTS: Final = (
    # moving through the queue
    Shortcut("accept_next", ("Ctrl+Return", "Ctrl+Enter"), "Accept, next unlabelled", "Items"),
    Shortcut("next", ("Alt+Right",), "Next item", "Items"),
    Shortcut("previous", ("Alt+Left",), "Previous item", "Items"),
    Shortcut("skip", ("Ctrl+K",), "Skip this item (asks for a reason)", "Items"),
    Shortcut("cheat_sheet", ("?",), "Show these shortcuts", "Items"),
    # labels
    Shortcut("label_keys", ("1-9, letters",), "Apply the label or class shown beside it", "Labels"),
    Shortcut("undo", ("Ctrl+Z",), "Undo (saves the earlier value as a new version)", "Labels"),
    Shortcut("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo", "Labels"),
    Shortcut("delete", ("Delete", "Backspace"), "Delete the selected label", "Labels"),
    Shortcut("next_label", ("Tab",), "Select the next label", "Labels"),
    Shortcut("previous_label", ("Shift+Tab",), "Select the previous label", "Labels"),
    Shortcut("deselect", ("Escape",), "Cancel drawing, clear the selection", "Labels"),
    Shortcut("comment", ("Ctrl+M",), "Write a comment on the item", "Labels"),
    Shortcut("instructions", ("F1",), "Show or hide the instructions", "Labels"),
    # text
    Shortcut("select_chars", ("Shift+Left", "Shift+Right"), "Extend the selection", "Text"),
    Shortcut("select_words", ("Ctrl+Shift+Left", "Ctrl+Shift+Right"), "Extend by words", "Text"),
    Shortcut("select_lines", ("Shift+Up", "Shift+Down"), "Extend by lines", "Text"),
    Shortcut("find", ("Ctrl+F",), "Find in this item", "Text"),
    Shortcut("find_next", ("F3",), "Next match", "Text"),
    Shortcut("find_previous", ("Shift+F3",), "Previous match", "Text"),
    # images and DICOM
    Shortcut("tool_select", ("V",), "Select and edit tool", "Images"),
    Shortcut("tool_box", ("B",), "Draw boxes", "Images"),
    Shortcut("tool_polygon", ("P",), "Draw polygons (Enter closes)", "Images"),
    Shortcut("zoom_in", ("+", "="), "Zoom in (wheel: at the cursor)", "Images"),
    Shortcut("zoom_out", ("-",), "Zoom out", "Images"),
    Shortcut("fit", ("F",), "Fit the image to the window", "Images"),
    Shortcut("actual_size", ("Ctrl+0",), "100% (one image pixel per screen pixel)", "Images"),
    Shortcut("pan", ("Space+drag", "Arrows"), "Pan (arrows move the selected shape)", "Images"),
    Shortcut("resize", ("Ctrl+Arrows",), "Resize a box, move a polygon's vertex", "Images"),
    Shortcut("vertex_next", (".",), "Next vertex of the selected polygon", "Images"),
    Shortcut("vertex_previous", (",",), "Previous vertex of the selected polygon", "Images"),
    Shortcut("window_mode", ("W",), "Window/level: drag with the left button", "DICOM"),
    Shortcut("preset_lung", ("F5",), "CT lung (-600/1500)", "DICOM"),
    Shortcut("preset_mediastinum", ("F6",), "CT mediastinum (50/350)", "DICOM"),
    Shortcut("preset_bone", ("F7",), "CT bone (400/1800)", "DICOM"),
    Shortcut("preset_brain", ("F8",), "CT brain (40/80)", "DICOM"),
    Shortcut("preset_auto", ("F9",), "Auto window from the image (MR)", "DICOM"),
    Shortcut("preset_file", ("F4",), "The file's own window", "DICOM"),
    Shortcut("frame_next", ("PgDown",), "Next frame, then the series' next slice (wheel)", "DICOM"),
    Shortcut("frame_previous", ("PgUp",), "Previous frame, then the previous slice", "DICOM"),
)  # fmt: skip

BY_ACTION: Final = {s.action: s for s in SHORTCUTS}


def keys_of(action: str) -> tuple[str, ...]:
    return BY_ACTION[action].keys


# The lead's review mode (shown in the cheat sheet for leads only). Digits toggle layers
# here: review screens bind no schema keys.
REVIEW_SHORTCUTS: Final = (
    Shortcut("review", ("Alt+R",), "Review mode: the disagreement queue (leads)", "Review"),
    Shortcut("review_open", ("Enter",), "Queue: open the item side by side", "Review"),
    Shortcut("review_page_next", ("Ctrl+PgDown",), "Queue: next page", "Review"),
    Shortcut("review_page_previous", ("Ctrl+PgUp",), "Queue: previous page", "Review"),
    Shortcut("review_quality", ("Ctrl+G",), "Quality panel of the project", "Review"),
    Shortcut("layer_toggle", ("1-9",), "Item: show or hide annotator N's layer", "Review"),
    Shortcut("layer_all", ("0",), "Item: show every layer", "Review"),
    Shortcut("diff_next", ("Alt+Down",), "Item: next difference", "Review"),
    Shortcut("diff_previous", ("Alt+Up",), "Item: previous difference", "Review"),
    Shortcut("own_label", ("Ctrl+D",), "Item: label the selected text as your own", "Review"),
    Shortcut("sign", ("Ctrl+Return",), "Item: sign the decision (password)", "Review"),
    Shortcut("save_figures", ("Ctrl+E",), "Quality: save the figures as CSV", "Review"),
)  # fmt: skip
