"""What an export produced, for the report the app and the command line show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExportResult:
    """The package written: where, its size, and each file in it with its size."""

    path: Path
    format: str
    size: int
    files: tuple[tuple[str, int], ...]
    seconds: float

    def report(self) -> str:
        """Return a short human report: the package, its size, its biggest files."""
        if len(self.files) == 1:
            return f"{self.path} ({_size(self.size)}, {self.seconds:.1f} s)"
        lines = [f"{self.path} ({_size(self.size)}, {len(self.files)} files, "
                 f"{self.seconds:.1f} s)"]
        for name, size in sorted(self.files, key=lambda f: (-f[1], f[0]))[:8]:
            lines.append(f"  {_size(size):>9}  {name}")
        if len(self.files) > 8:
            lines.append(f"  … and {len(self.files) - 8} more")
        return "\n".join(lines)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    return f"{max(1, round(n / 1024))} KB"
