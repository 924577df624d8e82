"""The look of the review widgets: thread cards, markers and the verdict bar, light and dark.

Colours come from the application palette, so the sheet is rebuilt when the palette changes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole


def mix(a: QColor, b: QColor, amount: float) -> str:
    """Return `a` moved `amount` of the way to `b`, as #rrggbb."""
    return QColor(round(a.red() + (b.red() - a.red()) * amount),
                  round(a.green() + (b.green() - a.green()) * amount),
                  round(a.blue() + (b.blue() - a.blue()) * amount)).name()


def is_dark(palette: QPalette) -> bool:
    """Return True for a dark palette."""
    return palette.color(Role.Window).lightness() < 128


def review_stylesheet(palette: QPalette) -> str:
    """Return the style sheet of the review widgets for `palette`."""
    window, base, text = (palette.color(Role.Window), palette.color(Role.Base),
                          palette.color(Role.Text))
    accent = palette.color(Role.Highlight)
    dark = is_dark(palette)
    muted = palette.color(Role.PlaceholderText).name()
    line = mix(base, text, 0.16 if dark else 0.13)
    soft = mix(base, accent, 0.12 if dark else 0.07)
    quote_bg = mix(base, window, 0.6)
    field_line = mix(base, text, 0.26 if dark else 0.22)
    warn, warn_bg = ("#f0c36a", mix(base, QColor("#e8a200"), 0.18)) if dark else (
        "#6b4400", mix(base, QColor("#e8a200"), 0.16))
    danger, danger_bg = ("#ff8a80", mix(base, QColor("#d93025"), 0.2)) if dark else (
        "#a8231a", mix(base, QColor("#d93025"), 0.1))
    good, good_bg = ("#8fd6a4", mix(base, QColor("#1e8e3e"), 0.2)) if dark else (
        "#17652f", mix(base, QColor("#1e8e3e"), 0.1))
    return f"""
QFrame#threadCard {{ background: {base.name()}; border: 1px solid {line}; border-radius: 8px; }}
QFrame#threadCard[pending="true"] {{ border: 1px dashed {mix(base, accent, 0.6)}; }}
QFrame#threadCard[current="true"] {{ border: 1px solid {accent.name()}; }}
QFrame#threadCard QLabel {{ background: transparent; }}
QLabel#threadAuthor {{ font-weight: 600; }}
QLabel#threadTime, QLabel#threadPlace, QLabel#commentMeta, QLabel#paneHint {{
    color: {muted};
}}
QLabel#threadQuote {{
    background: {quote_bg}; border-left: 3px solid {field_line}; padding: 4px 8px;
    font-style: italic;
}}
QLabel#threadSuggestion {{
    background: {soft}; border-radius: 6px; padding: 6px 8px;
}}
QLabel#chip {{ border-radius: 4px; padding: 1px 6px; font-size: 11px; font-weight: 600; }}
QLabel#chip[tone="danger"] {{ color: {danger}; background: {danger_bg}; }}
QLabel#chip[tone="warning"] {{ color: {warn}; background: {warn_bg}; }}
QLabel#chip[tone="good"] {{ color: {good}; background: {good_bg}; }}
QLabel#chip[tone="accent"] {{ color: {accent.name() if not dark else "#cfe0ff"};
    background: {soft}; }}
QLabel#chip[tone="muted"] {{ color: {muted}; background: {quote_bg}; }}
QLabel#pendingNote {{ color: {muted}; font-size: 11px; }}
QLabel#sectionHeading {{
    color: {muted}; font-size: 11px; font-weight: 600; letter-spacing: 0.5px;
    padding: 8px 2px 2px 2px;
}}
QLabel#paneTitle {{ font-size: 15px; font-weight: 600; }}
QLabel#reviewTitle {{ font-size: 17px; font-weight: 600; }}
QLabel#selectionNote {{ color: {warn}; background: {warn_bg}; border-radius: 6px;
    padding: 6px 8px; }}
QLabel#statusLine {{ color: {muted}; }}
QLabel#statusLine[tone="danger"] {{ color: {danger}; }}
QWidget#threadColumn {{ background: {window.name()}; }}
QScrollArea#threadScroll {{ background: {window.name()}; border: none; }}
QFrame#verdictBar {{ background: {base.name()}; border-top: 1px solid {line}; }}
QTextBrowser#changesText {{ background: {base.name()}; border: 1px solid {line};
    border-radius: 6px; padding: 4px; }}
QToolButton#changesToggle {{ border: none; background: transparent; font-weight: 600;
    padding: 2px 0; color: {text.name()}; }}
QToolButton#changesToggle:hover, QToolButton#changesToggle:focus {{
    color: {accent.name() if not dark else "#cfe0ff"}; }}
QPushButton#primary {{
    background: {accent.name()}; color: {palette.color(Role.HighlightedText).name()};
    border: none; border-radius: 6px; padding: 6px 14px; font-weight: 600;
}}
QPushButton#primary:disabled {{ background: {mix(base, accent, 0.35)}; }}
QPushButton#linkButton {{
    border: none; background: transparent; color: {palette.color(Role.Link).name()};
    padding: 0; text-align: left;
}}
QPushButton#linkButton:hover {{ text-decoration: underline; }}
QPushButton#linkButton:focus {{ text-decoration: underline; }}
"""
