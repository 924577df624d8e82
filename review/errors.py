"""The refusal every review action may answer with."""

from __future__ import annotations

from authoring.errors import KiemError


class ReviewRefused(KiemError):  # noqa: N818 - "refused" is what the user reads
    """An action the review rules do not allow; the message says which rule."""
