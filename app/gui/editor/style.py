"""The editor's look: cards on a calm canvas, quiet labels, one accent; light and dark alike.

Colours come from the application palette (see app.gui.theme), so the sheet is rebuilt when
the palette changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """Return `a` moved `amount` of the way to `b`, as #rrggbb."""
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount)).name()


def badge_colour(palette: QPalette) -> QColor:
    """Return the colour of the marks of reviewers' comments (their text and icon)."""
    dark = palette.color(Role.Window).lightness() < 128
    return QColor("#cfe0ff") if dark else palette.color(Role.Highlight)


def editor_stylesheet(palette: QPalette) -> str:
    """Return the style sheet of the module editor for `palette`."""
    window, base, text = palette.color(Role.Window), palette.color(Role.Base), palette.color(
        Role.Text)
    accent = palette.color(Role.Highlight)
    dark = window.lightness() < 128
    muted = palette.color(Role.PlaceholderText).name()
    line = _mix(base, text, 0.16 if dark else 0.13)
    soft = _mix(base, accent, 0.10 if dark else 0.06)
    field = _mix(base, window, 0.45) if dark else base.name()
    field_line = _mix(base, text, 0.26 if dark else 0.22)
    error = "#ff8a80" if dark else "#a8231a"
    error_bg = _mix(base, QColor("#d93025"), 0.16 if dark else 0.07)
    warning = "#f0c36a" if dark else "#7a4f00"
    warning_bg = _mix(base, QColor("#e8a200"), 0.14 if dark else 0.09)
    # the badge's right padding is small: a tool button adds two spaces after its text
    badge = badge_colour(palette).name()
    badge_bg = _mix(base, accent, 0.22 if dark else 0.10)
    badge_line = _mix(base, accent, 0.45 if dark else 0.30)
    return f"""
QWidget#pageCanvas {{ background: {window.name()}; }}
QScrollArea#pageScroll {{ background: {window.name()}; }}
QLabel#pagePosition {{ color: {muted}; font-size: 12px; letter-spacing: 0.5px; }}
QLineEdit#pageTitle {{
    font-size: 24px; font-weight: 600; padding: 4px 2px 6px 2px; background: transparent;
    border: none; border-bottom: 2px solid {line};
}}
QLineEdit#pageTitle:focus {{ border-bottom: 2px solid {accent.name()}; }}
QFrame#blockFrame {{
    background: {base.name()}; border: 1px solid {line}; border-radius: 10px;
}}
QFrame#blockFrame[current="true"] {{ border: 1px solid {accent.name()}; }}
QLabel#kindLabel {{ color: {muted}; font-weight: 600; font-size: 12px; }}
QLabel#fieldLabel {{ font-weight: 600; padding-top: 4px; }}
QFrame#blockFrame QLineEdit, QFrame#blockFrame QPlainTextEdit {{
    background: {field}; border: 1px solid {field_line}; border-radius: 6px;
}}
QFrame#blockFrame QLineEdit {{ padding: 4px 6px; }}
QFrame#blockFrame QLineEdit:focus, QFrame#blockFrame QPlainTextEdit:focus {{
    border: 1px solid {accent.name()};
}}
QFrame#blockFrame QLineEdit:disabled, QFrame#blockFrame QPlainTextEdit:disabled {{
    background: transparent; color: {muted};
}}
QFrame#itemHolder {{ background: {soft}; border-radius: 8px; }}
QLabel#hint, QLabel#tileHint {{ color: {muted}; }}
QLabel#itemNumber {{ color: {muted}; padding-top: 6px; }}
QLabel#problems {{ border-radius: 6px; padding: 6px 10px; }}
QLabel#problems[severity="error"] {{ color: {error}; background: {error_bg}; }}
QLabel#problems[severity="warning"] {{ color: {warning}; background: {warning_bg}; }}
QFrame#assetPicker {{
    border: 1px dashed {line}; border-radius: 8px; background: {soft};
}}
QLabel#assetPreview {{ background: transparent; }}
QPushButton#addBlock {{
    border: 1px dashed {line}; border-radius: 10px; padding: 12px; color: {accent.name()};
    background: transparent; font-weight: 600;
}}
QPushButton#addBlock:hover, QPushButton#addBlock:focus {{
    border: 1px solid {accent.name()}; background: {soft};
}}
QFrame#emptyState {{
    background: {base.name()}; border: 1px solid {line}; border-radius: 10px;
}}
QLabel#emptyHeading {{ font-size: 17px; font-weight: 600; }}
QLabel#emptyHint {{ color: {muted}; font-size: 15px; }}
QLabel#paletteGroup {{
    color: {muted}; font-size: 11px; font-weight: 600; margin-top: 8px; letter-spacing: 0.5px;
}}
QLabel#paletteTitle {{ font-size: 15px; font-weight: 600; }}
QLabel#tileName {{ font-weight: 600; }}
QToolButton#kindTile {{ border: 1px solid transparent; border-radius: 8px; }}
QToolButton#kindTile:hover {{ background: {soft}; border: 1px solid {line}; }}
QToolButton#kindTile:focus {{ border: 1px solid {accent.name()}; background: {soft}; }}
QFrame#palettePopup {{ background: {base.name()}; border: 1px solid {line}; }}
QFrame#dropMarker {{ background: {accent.name()}; border-radius: 1px; }}
QToolButton#commentBadge {{
    color: {badge}; background: {badge_bg}; border: 1px solid {badge_line};
    border-radius: 10px; padding: 1px 0px 1px 7px; font-size: 12px; font-weight: 600;
}}
QToolButton#commentBadge:hover, QToolButton#commentBadge:focus {{
    border: 1px solid {accent.name()};
}}
QLabel#panelTitle {{ font-weight: 600; padding-left: 4px; }}
QListView#outline {{
    background: {base.name()}; border: 1px solid {line}; border-radius: 8px; padding: 4px;
}}
QPushButton#primary {{
    background: {accent.name()}; color: {palette.color(Role.HighlightedText).name()};
    border: none; border-radius: 6px; padding: 8px 16px; font-weight: 600;
}}
"""
