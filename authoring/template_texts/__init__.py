"""The placeholder texts of the module templates, one module per language (same keys in each).

A template's pages say in the module's language what to write there; its name and description
show in the studio's language. A language without a table falls back to English.
"""

from __future__ import annotations

from authoring.template_texts import de, en, fr, nl

TEXTS: dict[str, dict[str, str]] = {"en": en.TEXT, "nl": nl.TEXT, "fr": fr.TEXT, "de": de.TEXT}
