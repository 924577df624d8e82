"""Errors of the exporters."""

from __future__ import annotations

from authoring.errors import KiemError


class ExportError(KiemError):
    """An export that could not be made; the message says why and what to do."""


class Cancelled(ExportError):
    """The person cancelled the export; nothing was written."""
