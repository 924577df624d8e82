"""What changed between two versions of a module: "changed since your last review".

Passages are matched by block tracking id and field (page titles by page id) and compared word
by word; blocks and pages are reported as added, removed or moved.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, is_dataclass
from difflib import SequenceMatcher
from typing import Any, Literal

from authoring import blocks as b
from authoring.snapshot import BlockSnap, ModuleSnap, PageSnap
from authoring.texts import draw_pool
from review.anchors import Passage, block_label, page_label, passages

Op = Literal["equal", "insert", "delete"]
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_SHOWN = 30  # characters of unchanged text kept beside a change in summary lines
# Fields that hold text (compared as passages); every other field is a setting of the block.
_TEXT_FIELDS = frozenset({
    "markdown", "alt", "caption", "title", "transcript", "label", "filename", "prompt", "feedback",
    "front", "back", "stem", "text", "left", "right", "distractors", "feedback_true",
    "feedback_false", "feedback_correct", "feedback_incorrect",
})


@dataclass(frozen=True)
class Span:
    """A run of text that is the same in both versions, only in the new one, or only in the old."""

    op: Op
    text: str


@dataclass(frozen=True)
class PassageChange:
    """A passage whose text differs; `old` or `new` is "" when the field was added or emptied."""

    page_id: str
    block: str
    field: str
    label: str
    old: str
    new: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class PageRef:
    """A page that was added or removed, or moved from `old_position` to `new_position`."""

    page_id: str
    title: str
    old_position: int = -1
    new_position: int = -1


@dataclass(frozen=True)
class BlockRef:
    """A block that was added, removed, moved (from `old_page`) or had its settings changed."""

    tracking_id: str
    kind: str
    page_id: str
    label: str
    old_page_id: str = ""
    old_page: str = ""  # "page 'Intro'", for moves


@dataclass(frozen=True)
class SettingChange:
    """A module setting with its old and new value, as text."""

    name: str
    old: str
    new: str


@dataclass(frozen=True)
class ModuleDiff:
    """Everything that differs between two versions of one module."""

    old_version: int
    new_version: int
    settings: tuple[SettingChange, ...] = ()
    added_pages: tuple[PageRef, ...] = ()
    removed_pages: tuple[PageRef, ...] = ()
    moved_pages: tuple[PageRef, ...] = ()
    added_blocks: tuple[BlockRef, ...] = ()
    removed_blocks: tuple[BlockRef, ...] = ()
    moved_blocks: tuple[BlockRef, ...] = ()
    edited_blocks: tuple[BlockRef, ...] = ()  # settings other than text: asset, answer, target
    passages: tuple[PassageChange, ...] = ()

    def is_empty(self) -> bool:
        """Return True when nothing differs."""
        return not any(getattr(self, f.name) for f in fields(self)
                       if f.name not in ("old_version", "new_version"))

    def changed_blocks(self) -> set[str]:
        """Return the tracking ids of blocks with any change (text, settings, place, new, gone)."""
        refs = (self.added_blocks + self.removed_blocks + self.moved_blocks
                + self.edited_blocks)
        return {r.tracking_id for r in refs} | {p.block for p in self.passages if p.block}

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form (`kiem review diff --json`)."""
        return _plain(asdict(self))

    def summary_lines(self) -> list[str]:
        """Return one plain-text line per change, text in git's word-diff style [-old-]{+new+}."""
        lines = [f"{s.name}: {s.old} → {s.new}" for s in self.settings]
        lines += [f"+ page '{p.title}' added" for p in self.added_pages]
        lines += [f"- page '{p.title}' removed" for p in self.removed_pages]
        lines += [f"page '{p.title}' moved from position {p.old_position + 1} to "
                  f"{p.new_position + 1}" for p in self.moved_pages]
        lines += [f"+ {r.label} added" for r in self.added_blocks]
        lines += [f"- {r.label} removed" for r in self.removed_blocks]
        lines += [f"{r.label} moved" + ("" if r.old_page_id == r.page_id
                                        else f" from {r.old_page}") for r in self.moved_blocks]
        lines += [f"{r.label}: settings changed" for r in self.edited_blocks]
        lines += [f"{_where(p)}: {render_spans(p.spans)}" for p in self.passages]
        return lines


def word_diff(old: str, new: str) -> list[Span]:
    """Compare two texts word by word; equal+delete spans rebuild `old`, equal+insert `new`."""
    a, b_ = _TOKEN.findall(old), _TOKEN.findall(new)
    raw: list[Span] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b_, autojunk=False).get_opcodes():
        if tag == "equal":
            raw.append(Span("equal", "".join(a[i1:i2])))
        if tag in ("delete", "replace"):
            raw.append(Span("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            raw.append(Span("insert", "".join(b_[j1:j2])))
    # A lone space between two changes reads better inside them: [-quick fox-]{+slow cat+}.
    joined: list[Span] = []
    for i, span in enumerate(raw):
        if (span.op == "equal" and span.text.isspace() and 0 < i < len(raw) - 1
                and "equal" not in (raw[i - 1].op, raw[i + 1].op)):
            joined += [Span("delete", span.text), Span("insert", span.text)]
        else:
            joined.append(span)
    spans: list[Span] = []
    deleted = inserted = ""
    for span in [*joined, Span("equal", "")]:
        if span.op == "delete":
            deleted += span.text
        elif span.op == "insert":
            inserted += span.text
        else:
            spans += [Span("delete", deleted)] if deleted else []
            spans += [Span("insert", inserted)] if inserted else []
            spans += [span] if span.text else []
            deleted = inserted = ""
    return spans


def render_spans(spans: tuple[Span, ...] | list[Span]) -> str:
    """Return spans on one line as [-deleted-]{+inserted+}, long unchanged runs shortened."""
    out = []
    for i, span in enumerate(spans):
        text = re.sub(r"\s*\n\s*", " ↵ ", span.text)
        if span.op == "delete":
            out.append(f"[-{text}-]")
        elif span.op == "insert":
            out.append(f"{{+{text}+}}")
        elif 0 < i < len(spans) - 1:
            out.append(text if len(text) <= 2 * _SHOWN + 3
                       else f"{text[:_SHOWN]} … {text[-_SHOWN:]}")
        elif i > 0:
            out.append(text if len(text) <= _SHOWN else text[:_SHOWN] + "…")
        elif len(spans) > 1:
            out.append(text if len(text) <= _SHOWN else "…" + text[-_SHOWN:])
        else:
            out.append(text)
    return "".join(out)


def module_diff(old: ModuleSnap, new: ModuleSnap) -> ModuleDiff:
    """Compare two versions of a module: settings, pages, blocks and every passage's words."""
    old_pages = {str(p.id): (i, p) for i, p in enumerate(old.pages)}
    new_pages = {str(p.id): (i, p) for i, p in enumerate(new.pages)}
    old_blocks, new_blocks = _blocks(old), _blocks(new)
    both = [t for t in new_blocks if t in old_blocks]
    stayed = {t for t in both if old_blocks[t][0].id == new_blocks[t][0].id}
    moved = [t for t in both if t not in stayed]
    for page_id, (_, page) in new_pages.items():  # reordered within a page
        if page_id in old_pages:
            moved += _out_of_order(
                [x.tracking_id for x in old_pages[page_id][1].blocks if x.tracking_id in stayed],
                [x.tracking_id for x in page.blocks if x.tracking_id in stayed])
    common_pages = [p for p in new_pages if p in old_pages]
    moved_pages = _out_of_order([p for p in old_pages if p in new_pages], common_pages)
    return ModuleDiff(
        old_version=old.version,
        new_version=new.version,
        settings=tuple(_settings(old, new)),
        added_pages=tuple(PageRef(i, p.title) for i, (_, p) in new_pages.items()
                          if i not in old_pages),
        removed_pages=tuple(PageRef(i, p.title) for i, (_, p) in old_pages.items()
                            if i not in new_pages),
        moved_pages=tuple(PageRef(i, new_pages[i][1].title, old_pages[i][0], new_pages[i][0])
                          for i in common_pages if i in moved_pages),
        added_blocks=tuple(_ref(*new_blocks[t]) for t in new_blocks if t not in old_blocks),
        removed_blocks=tuple(_ref(*old_blocks[t]) for t in old_blocks if t not in new_blocks),
        moved_blocks=tuple(_ref(*new_blocks[t], old_place=old_blocks[t]) for t in both
                           if t in moved),
        edited_blocks=tuple(_ref(*new_blocks[t]) for t in both
                            if _settings_of(old, old_blocks[t][1])
                            != _settings_of(new, new_blocks[t][1])),
        passages=tuple(_passage_changes(old, new, old_pages, old_blocks, new_pages, new_blocks)),
    )


def _passage_changes(old: ModuleSnap, new: ModuleSnap, old_pages: dict[str, Any],
                     old_blocks: dict[str, Any], new_pages: dict[str, Any],
                     new_blocks: dict[str, Any]) -> list[PassageChange]:
    # Only passages of pages and blocks in both versions: added and removed ones are listed
    # whole. Blocks are matched by tracking id, so a block moved to another page still compares.
    def key(p: Passage) -> tuple[str, str]:
        return (p.block, p.field) if p.block else (p.page_id, p.field)

    def kept(p: Passage) -> bool:
        return p.block in old_blocks and p.block in new_blocks if p.block else (
            p.page_id in old_pages and p.page_id in new_pages)

    before = {key(p): p for p in passages(old) if kept(p)}
    after = {key(p): p for p in passages(new) if kept(p)}
    keys = list(after) + [k for k in before if k not in after]
    changes = []
    for k in keys:
        was, now = before.get(k), after.get(k)
        old_text, new_text = was.text if was else "", now.text if now else ""
        if old_text != new_text:
            shown = now or was
            assert shown is not None
            changes.append(PassageChange(shown.page_id, shown.block, shown.field, shown.label,
                                         old_text, new_text, tuple(word_diff(old_text, new_text))))
    return changes


def _blocks(snap: ModuleSnap) -> dict[str, tuple[PageSnap, BlockSnap, int]]:
    return {block.tracking_id: (page, block, i)
            for page in snap.pages for i, block in enumerate(page.blocks)}


def _ref(page: PageSnap, block: BlockSnap, _position: int,
         old_place: tuple[PageSnap, BlockSnap, int] | None = None) -> BlockRef:
    old_page_id, old_page = "", ""
    if old_place is not None:
        old_page_id, old_page = str(old_place[0].id), page_label(old_place[0])
    return BlockRef(block.tracking_id, block.kind.value, str(page.id), block_label(page, block),
                    old_page_id, old_page)


def _out_of_order(old_order: list[str], new_order: list[str]) -> list[str]:
    # The longest common subsequence stayed put; everything else moved.
    matcher = SequenceMatcher(None, old_order, new_order, autojunk=False)
    kept = {x for m in matcher.get_matching_blocks() for x in new_order[m.b:m.b + m.size]}
    return [x for x in new_order if x not in kept]


def _settings(old: ModuleSnap, new: ModuleSnap) -> list[SettingChange]:
    pairs = {
        "title": (old.title, new.title),
        "description": (old.description, new.description),
        "language": (old.language, new.language),
        "pass mark": (f"{old.assessment.pass_mark}%", f"{new.assessment.pass_mark}%"),
        "attempts": (old.assessment.attempts, new.assessment.attempts),
        "navigation": (old.navigation.mode.value, new.navigation.mode.value),
        "completion": (old.completion.kind.value, new.completion.kind.value),
        "review by": (old.review_by or "", new.review_by or ""),
    }
    return [SettingChange(name, str(a), str(b_)) for name, (a, b_) in pairs.items() if a != b_]


def _settings_of(snap: ModuleSnap, block: BlockSnap) -> Any:
    """Return what a block is apart from its text (kind, asset, answers, branch targets…)."""
    used: Any = ()
    if isinstance(block.data, b.QuestionRef):
        used = _shape(snap.question(block.data.question))
    elif isinstance(block.data, b.QuestionDrawData):
        used = tuple(_shape(x) for x in draw_pool(snap, block.data))
    return block.kind, _shape(block.data), used


def _shape(value: Any) -> Any:
    # Text fields dropped; parts that are nothing but text (a tab, a flashcard) drop out whole,
    # so adding one shows as new passages only.
    if is_dataclass(value) and not isinstance(value, type):
        rest = tuple((f.name, _shape(getattr(value, f.name))) for f in fields(value)
                     if f.name not in _TEXT_FIELDS)
        return (type(value).__name__, rest) if rest else None
    if isinstance(value, tuple):
        return tuple(x for x in map(_shape, value) if x is not None)
    return value


def _where(change: PassageChange) -> str:
    name = change.field.removeprefix("question/")
    return change.label if change.label.endswith(f"· {name}") else f"{change.label} · {name}"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value

