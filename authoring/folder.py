"""Turn a folder (module.toml, one Markdown file per page, images, GIFT quizzes) into a module.

Everything is read and checked first (one file in memory at a time); only then is the module
written, so a bad file leaves the workspace as it was. Errors name the file and line.
"""

from __future__ import annotations

import re
import tomllib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from authoring import blocks as b
from authoring.bundle import document, schema_problem
from authoring.errors import AssetError, ImportFailed
from authoring.gift import GiftItem, parse_gift
from authoring.images import MAX_ASSET_BYTES, inspect_asset, sha256_hex
from authoring.kinds import BlockKind
from authoring.markdown import parse, references
from authoring.settings import Assessment, Completion, CompletionKind
from authoring.snapshot import AssetSnap, BlockSnap, ModuleSnap, PageSnap, QuestionSnap
from authoring.tracking import new_tracking_id

MANIFEST = "module.toml"
_MANIFEST_KEYS = {"title": str, "language": str, "description": str, "keywords": list,
                  "pass_mark": int}
_ALERT = re.compile(r"^\s*>\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$", re.IGNORECASE)
_ALERT_STYLE = {"NOTE": b.CalloutStyle.INFO, "TIP": b.CalloutStyle.TIP,
                "IMPORTANT": b.CalloutStyle.IMPORTANT, "WARNING": b.CalloutStyle.WARNING,
                "CAUTION": b.CalloutStyle.WARNING}


@dataclass
class _Collected:
    """What reading the folder produced so far."""

    root: Path
    paths: dict[str, Path] = field(default_factory=dict)  # by sha256, read again to store
    assets: dict[str, AssetSnap] = field(default_factory=dict)  # by name
    questions: list[QuestionSnap] = field(default_factory=list)
    tracking: set[str] = field(default_factory=set)

    def _new_id(self) -> str:
        tid = new_tracking_id(self.tracking)
        self.tracking.add(tid)
        return tid

    def block(self, kind: BlockKind, data: b.BlockData) -> BlockSnap:
        """Return a new block snapshot."""
        return BlockSnap(id=uuid.uuid4(), kind=kind, tracking_id=self._new_id(), data=data)

    def asset(self, name: str, source: Path, line: int) -> AssetSnap:
        """Read an asset referenced as `name` from `source` (file, line for errors)."""
        if name in self.assets:
            return self.assets[name]
        path = (self.root / name).resolve()
        where = f"{source.name}, line {line}"
        if not path.is_relative_to(self.root.resolve()):
            raise ImportFailed(f"{where}: “{name}” points outside the module folder")
        if not path.is_file():
            raise ImportFailed(f"{where}: the file “{name}” does not exist")
        size = path.stat().st_size
        if size > MAX_ASSET_BYTES:
            raise ImportFailed(f"{where}: “{name}” is too large ({size // 10**6} MB)")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFailed(f"{where}: “{name}” cannot be read ({exc.strerror})") from None
        try:
            info = inspect_asset(data, name)
        except AssetError as exc:
            raise ImportFailed(f"{where}: {exc}") from None
        snap = AssetSnap(name=name, sha256=sha256_hex(data), media_type=info.media_type,
                         extension=info.extension, size=len(data), width=info.width,
                         height=info.height)
        self.assets[name] = snap
        self.paths[snap.sha256] = path
        return snap


def read_folder(folder: Path) -> tuple[ModuleSnap, dict[str, Path]]:
    """Read a module folder into a snapshot and its files' paths by sha256; nothing is written."""
    if not folder.is_dir():
        raise ImportFailed(f"{folder}: not a folder; give the folder that holds the .md files")
    for path in [folder / MANIFEST, *folder.glob("*.md"), *folder.glob("*.gift")]:
        _own_file(folder, path)
    meta = _manifest(folder)
    pages_md = sorted(folder.glob("*.md"), key=_natural)
    pages_md = [p for p in pages_md if p.name.lower() != "readme.md"]
    gift_files = sorted(folder.glob("*.gift"), key=_natural)
    if not pages_md and not gift_files:
        raise ImportFailed(f"{folder}: no .md pages or .gift quizzes found")
    got = _Collected(root=folder)
    pages = [_page(got, path) for path in pages_md]
    for path in gift_files:
        text = _text(path)
        items = parse_gift(text, source=path.name)
        blocks = [blk for item in items for blk in _gift_blocks(got, item)]
        pages.append(PageSnap(id=uuid.uuid4(), title=_title_from_name(path), blocks=tuple(blocks)))
    assessment = Assessment(pass_mark=meta["pass_mark"]) if "pass_mark" in meta else Assessment()
    scored = bool(got.questions)
    completion = Completion(
        CompletionKind.VIEWED_ALL_AND_PASSED if scored and "pass_mark" in meta
        else CompletionKind.VIEWED_ALL
    )
    snap = ModuleSnap(
        id=uuid.uuid4(), title=meta.get("title") or _title_from_name(folder),
        language=meta.get("language", "en"), description=meta.get("description", ""),
        keywords=tuple(meta.get("keywords", ())), assessment=assessment, completion=completion,
        pages=tuple(pages), questions=tuple(got.questions),
        assets=tuple(sorted(got.assets.values(), key=lambda a: a.name)),
    )
    problem = schema_problem(document(snap))  # what imports here must travel as a bundle too
    if problem:
        raise ImportFailed(f"{folder.name}: {problem}")
    return snap, got.paths


def _own_file(folder: Path, path: Path) -> None:
    """Refuse a page, quiz or manifest that is a link out of the folder, or not a plain file.

    A link to /etc/passwd named page.md must not become a page; a FIFO must not hang the
    import. A missing manifest is fine.
    """
    if not path.exists() and not path.is_symlink():
        return
    if not path.resolve().is_relative_to(folder.resolve()):
        raise ImportFailed(f"{path.name}: a link to a file outside the module folder; copy the "
                           "file into the folder instead")
    if not path.is_file():
        raise ImportFailed(f"{path.name}: not a plain file (a folder, a pipe or a device)")


def _manifest(folder: Path) -> dict[str, object]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        meta = tomllib.loads(_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise ImportFailed(f"{MANIFEST}: {exc}") from None
    for key, value in meta.items():
        expected = _MANIFEST_KEYS.get(key)
        if expected is None:
            known = ", ".join(_MANIFEST_KEYS)
            raise ImportFailed(f"{MANIFEST}: unknown key “{key}” (known keys: {known})")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ImportFailed(f"{MANIFEST}: “{key}” should be {expected.__name__}")
    if "pass_mark" in meta and not 0 <= int(meta["pass_mark"]) <= 100:  # type: ignore[arg-type]
        raise ImportFailed(f"{MANIFEST}: “pass_mark” must be between 0 and 100")
    if any(not isinstance(k, str) for k in meta.get("keywords", [])):  # type: ignore[union-attr]
        raise ImportFailed(f"{MANIFEST}: “keywords” should be a list of words")
    if "language" in meta and not re.match(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                                           str(meta["language"])):
        raise ImportFailed(f"{MANIFEST}: “language” should be a code like en, nl, fr or de")
    return meta


def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path.name}: cannot be read ({exc.strerror})") from None
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte order mark, as Windows editors write
    try:
        return raw.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed(f"{path.name}, line {line}: not UTF-8 text; save it as UTF-8") from None


def _natural(path: Path) -> list[object]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", path.name)]


def _title_from_name(path: Path) -> str:
    words = re.sub(r"^[\d\s._-]+", "", path.stem).replace("-", " ").replace("_", " ").strip()
    return (words or path.stem)[:1].upper() + (words or path.stem)[1:]


def _segments(text: str) -> Iterator[tuple[str, int, int, object]]:
    """Yield (kind, first line, end line, token) for each top-level block of the page."""
    tokens = parse(text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.level == 0 and tok.map is not None and tok.nesting >= 0:
            start, end = tok.map
            if tok.type == "fence":
                yield ("gift" if tok.info.strip().lower() == "gift" else "text"), start, end, tok
            elif tok.type == "heading_open":
                yield ("h1" if tok.tag == "h1" else "text"), start, end, tokens[i + 1]
            elif tok.type == "paragraph_open":
                inline = tokens[i + 1]
                kids = [c for c in inline.children or [] if c.type != "softbreak"]
                lone_image = len(kids) == 1 and kids[0].type == "image"
                yield ("image" if lone_image else "text"), start, end, (kids[0] if kids else None)
            elif tok.type == "blockquote_open":
                yield "quote", start, end, tok
            else:
                yield "text", start, end, tok
        i += 1


def _page(got: _Collected, path: Path) -> PageSnap:
    text = _text(path)
    lines = text.split("\n")
    title = ""
    blocks: list[BlockSnap] = []
    pending: list[str] = []

    def flush() -> None:
        chunk = "\n".join(pending).strip("\n")
        pending.clear()
        if chunk.strip():
            for ref in references(chunk):
                got.asset(ref, path, _line_of(lines, ref))
            blocks.append(got.block(BlockKind.TEXT, b.TextData(chunk)))

    for kind, start, end, token in _segments(text):
        source = "\n".join(lines[start:end])
        if kind == "h1" and not title and not blocks and not pending:
            title = token.content.strip()  # type: ignore[attr-defined]
        elif kind == "gift":
            flush()
            items = parse_gift(token.content, source=path.name, first_line=start + 2)  # type: ignore[attr-defined]
            for item in items:  # a check inside a page is practice; the .gift quiz counts
                blocks.extend(_gift_blocks(got, item, scored=False))
        elif kind == "image" and references(source):
            flush()
            ref = references(source)[0]
            asset = got.asset(ref, path, start + 1)
            alt = "".join(c.content for c in token.children or [])  # type: ignore[attr-defined]
            blocks.append(got.block(BlockKind.IMAGE, b.ImageData(
                asset=asset.sha256, alt=alt.strip(),
                caption=str(token.attrGet("title") or "")))  # type: ignore[attr-defined]
            )
        elif kind == "quote" and _ALERT.match(lines[start]):
            flush()
            style = _ALERT_STYLE[_ALERT.match(lines[start]).group(1).upper()]  # type: ignore[union-attr]
            body = "\n".join(re.sub(r"^\s*> ?", "", ln) for ln in lines[start + 1:end])
            for ref in references(body):
                got.asset(ref, path, start + 1)
            blocks.append(got.block(BlockKind.CALLOUT, b.CalloutData(style=style, markdown=body)))
        else:
            pending.extend(lines[start:end] + [""])
    flush()
    return PageSnap(id=uuid.uuid4(), title=title or _title_from_name(path), blocks=tuple(blocks))


def _line_of(lines: list[str], needle: str) -> int:
    for number, line in enumerate(lines, 1):
        if needle in line or PurePosixPath(needle).name in line:
            return number
    return 1


def _gift_blocks(got: _Collected, item: GiftItem, *, scored: bool = True) -> list[BlockSnap]:
    if item.question is not None:
        d = item.question
        tags = d.tags + ((item.category.rsplit("/", 1)[-1],) if item.category else ())
        question = QuestionSnap(
            id=uuid.uuid4(), kind=d.kind, stem=d.stem, data=d.data, title=d.title,
            feedback_correct=d.feedback_correct, feedback_incorrect=d.feedback_incorrect,
            points=d.points, tags=tuple(dict.fromkeys(tags)),
        )
        got.questions.append(question)
        return [got.block(BlockKind.QUESTION, b.QuestionRef(question=str(question.id),
                                                            scored=scored))]
    if item.reflection_prompt is not None:
        return [got.block(BlockKind.REFLECTION, b.ReflectionData(
            prompt=item.reflection_prompt, title=item.reflection_title))]
    if item.description:
        title = f"**{item.description_title}**\n\n" if item.description_title else ""
        return [got.block(BlockKind.TEXT, b.TextData(title + item.description))]
    return []
