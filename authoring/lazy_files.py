"""Files by sha256 that are read only when asked for, so an import holds one at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping


class LazyFiles(Mapping[str, bytes]):
    """A mapping of sha256 to bytes whose values are read on each lookup, never kept.

    Membership and iteration look at the keys only: asking whether a file is there reads
    nothing. Each lookup reads again, so a file asked for twice is in memory twice only if
    the caller keeps both.
    """

    def __init__(self, readers: Mapping[str, Callable[[], bytes]]) -> None:
        self._readers = dict(readers)

    def __getitem__(self, sha256: str) -> bytes:
        return self._readers[sha256]()

    def __contains__(self, sha256: object) -> bool:
        return sha256 in self._readers

    def __iter__(self) -> Iterator[str]:
        return iter(self._readers)

    def __len__(self) -> int:
        return len(self._readers)
