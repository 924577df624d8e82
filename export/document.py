"""Parse once, render many: a module snapshot becomes one immutable export document.

Markdown is rendered by the one configured renderer, images are processed (see
`export.images`), every file gets its path in the package. The HTML, SCORM and PDF writers
only lay this document out; the player reads `player_data(doc)`.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from authoring import blocks as b
from authoring import questions as q
from authoring.estimate import estimated_minutes
from authoring.jsondata import dump
from authoring.kinds import BlockKind, QuestionKind
from authoring.markdown import plain_text, render, render_inline
from authoring.snapshot import AssetSnap, BlockSnap, ModuleSnap, QuestionSnap
from export import images
from export.errors import ExportError

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LANGUAGES = ("en", "nl", "fr", "de")
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PackageFile:
    """A file of the package: its path inside it and its bytes."""

    path: str
    data: bytes
    media_type: str


@dataclass(frozen=True)
class DocQuestion:
    """A question ready to show: HTML rendered, per-kind parts as plain JSON values.

    `key` names it in interactions and suspend data: `q-<tracking id>` for a placed question,
    `b-<id prefix>` for a bank question.
    """

    key: str
    id: str
    kind: QuestionKind
    title: str
    stem_html: str
    stem_text: str
    points: float
    tags: tuple[str, ...]
    feedback_correct_html: str
    feedback_incorrect_html: str
    parts: dict[str, Any] = field(hash=False)


@dataclass(frozen=True)
class DocBlock:
    """A block ready to show; `view` holds what its template needs (HTML already rendered)."""

    tracking_id: str
    kind: BlockKind
    view: dict[str, Any] = field(hash=False)


@dataclass(frozen=True)
class DocPage:
    """A page ready to show."""

    id: str
    index: int
    title: str
    topics: tuple[str, ...]
    blocks: tuple[DocBlock, ...]


@dataclass(frozen=True)
class ExportDocument:
    """Everything a writer needs; plain data, safe to hand to a worker process."""

    module: ModuleSnap
    language: str
    strings: dict[str, str] = field(hash=False)
    pages: tuple[DocPage, ...]
    banks: dict[str, tuple[DocQuestion, ...]] = field(hash=False)
    files: tuple[PackageFile, ...]
    minutes: int
    identifier: str


@cache
def all_strings() -> dict[str, dict[str, str]]:
    """Return the player's strings per language (resources/player/strings.json)."""
    return json.loads((RESOURCES / "player" / "strings.json").read_text(encoding="utf-8"))


def strings_for(language: str) -> dict[str, str]:
    """Return the strings in the module's language (base language, then English)."""
    table = all_strings()
    base = language.split("-")[0].lower()
    return {**table["en"], **table.get(base, {})}


class _Files:
    """Collects package files and maps the module's asset names to package paths."""

    def __init__(self, module: ModuleSnap, blobs: Mapping[str, bytes], cache_dir: Path | None,
                 progress: Progress) -> None:
        self.module = module
        self.blobs = blobs
        self.cache_dir = cache_dir
        self.progress = progress
        self.by_sha: dict[str, tuple[str, int, int]] = {}
        self.files: dict[str, PackageFile] = {}
        self.names = module.asset_by_name()
        self.processed: dict[str, images.ProcessedImage] = {}

    def process_images(self) -> None:
        """Process the module's images not in the cache yet, on every core, before rendering."""
        todo = [a for a in self.module.assets if a.media_type.startswith("image/")
                and a.sha256 in self.blobs and images.cached(a.sha256, self.cache_dir) is None]
        if len(todo) < 2:
            return
        names = {a.sha256: a.name for a in todo}
        self.processed = images.process_many(
            [(a.sha256, functools.partial(self.blobs.__getitem__, a.sha256), a.extension)
             for a in todo], self.cache_dir,
            lambda done, total, sha: self.progress(done, total, names[sha]))

    def add(self, asset: AssetSnap) -> tuple[str, int, int]:
        """Put an asset in the package (once); return its path, width and height."""
        if asset.sha256 in self.by_sha:
            return self.by_sha[asset.sha256]
        is_image = asset.media_type.startswith("image/")
        done = (self.processed.get(asset.sha256) or images.cached(asset.sha256, self.cache_dir)
                if is_image else None)
        data = done.data if done else self.blobs.get(asset.sha256)
        if data is None:
            raise ExportError(f"the file “{asset.name}” is missing from the workspace")
        if is_image:
            # The original bytes are only read when the processed image is not cached yet.
            done = done or images.process(asset.sha256, data, asset.extension, self.cache_dir)
            data, ext, w, h = done.data, done.extension, done.width, done.height
            media = {"jpg": "image/jpeg"}.get(ext, f"image/{ext}")
        else:
            ext, w, h, media = asset.extension, 0, 0, asset.media_type
        path = f"assets/{hashlib.sha256(data).hexdigest()[:20]}.{ext}"
        self.files[path] = PackageFile(path, data, media)
        self.by_sha[asset.sha256] = (path, w, h)
        self.progress(len(self.by_sha), max(1, len(self.names)), asset.name)
        return path, w, h

    def resolve(self, name: str) -> str | None:
        """Resolve a Markdown reference (`images/desk.png`) to its package path."""
        asset = self.names.get(name)
        return self.add(asset)[0] if asset else None

    def by_hash(self, sha256: str) -> tuple[AssetSnap, str, int, int] | None:
        """Return the asset with this sha256 and its package path, size."""
        asset = next((a for a in self.module.assets if a.sha256 == sha256), None)
        if asset is None:
            return None
        return (asset, *self.add(asset))


def build_document(module: ModuleSnap, blobs: Mapping[str, bytes], *,
                   progress: Progress | None = None,
                   image_cache: Path | None = None) -> ExportDocument:
    """Render the module once for every writer. Raises ExportError for a missing file."""
    files = _Files(module, blobs, image_cache, progress or (lambda *_: None))
    files.process_images()
    md = lambda text: render(text, files.resolve)  # noqa: E731
    inline = lambda text: render_inline(text, files.resolve)  # noqa: E731
    page_index = {str(p.id): i for i, p in enumerate(module.pages)}
    pages = []
    for index, page in enumerate(module.pages):
        blocks = tuple(_block(module, bl, files, md, inline, page_index) for bl in page.blocks)
        pages.append(DocPage(id=str(page.id), index=index, title=page.title,
                             topics=page.topics, blocks=blocks))
    banks = {
        str(bank.id): tuple(_question(f"b-{qs.id.hex[:12]}", qs, md, inline)
                            for qs in bank.questions)
        for bank in module.banks
    }
    language = module.language if module.language.split("-")[0] in LANGUAGES else "en"
    return ExportDocument(
        module=module, language=module.language, strings=strings_for(language),
        pages=tuple(pages), banks=banks, files=tuple(sorted(files.files.values(),
                                                            key=lambda f: f.path)),
        minutes=estimated_minutes(module), identifier=f"kiem-{module.id}",
    )


def build_block(module: ModuleSnap, block: BlockSnap, blobs: Mapping[str, bytes], *,
                image_cache: Path | None = None) -> DocBlock:
    """Render one block the way `build_document` would (for the editor's live preview)."""
    files = _Files(module, blobs, image_cache, lambda *_: None)
    page_index = {str(p.id): i for i, p in enumerate(module.pages)}
    return _block(module, block, files, lambda t: render(t, files.resolve),
                  lambda t: render_inline(t, files.resolve), page_index)


def _block(module: ModuleSnap, block: BlockSnap, files: _Files, md: Callable[[str], str],
           inline: Callable[[str], str], page_index: dict[str, int]) -> DocBlock:
    d = block.data
    view: dict[str, Any]
    if isinstance(d, b.TextData):
        view = {"html": md(d.markdown)}
    elif isinstance(d, b.ImageData):
        found = files.by_hash(d.asset)
        if found is None:
            raise ExportError(f"an image on a page has no file (block {block.tracking_id})")
        _asset, path, w, h = found
        view = {"src": path, "alt": "" if d.decorative else d.alt, "width": w, "height": h,
                "caption_html": inline(d.caption) if d.caption else "",
                "decorative": d.decorative}
    elif isinstance(d, b.MediaData | b.AttachmentData):
        found = files.by_hash(d.asset)
        if found is None:
            raise ExportError(f"a {block.kind.value} block has no file (block {block.tracking_id})")
        asset, path, _w, _h = found
        if isinstance(d, b.MediaData):
            view = {"src": path, "media_type": asset.media_type, "title": d.title,
                    "transcript_html": md(d.transcript) if d.transcript else ""}
        else:
            view = {"href": path, "label": d.label or d.filename or asset.name,
                    "filename": d.filename or asset.name.rsplit("/", 1)[-1],
                    "size_kb": max(1, round(asset.size / 1024)),
                    "extension": asset.extension.upper()}
    elif isinstance(d, b.CalloutData):
        view = {"style": d.style.value, "title": d.title, "html": md(d.markdown)}
    elif isinstance(d, b.SectionsData):
        view = {"items": [{"title": s.title, "html": md(s.markdown)} for s in d.items]}
    elif isinstance(d, b.FlashcardsData):
        view = {"cards": [{"front_html": md(c.front), "back_html": md(c.back)} for c in d.cards]}
    elif isinstance(d, b.ReflectionData):
        view = {"title": d.title, "prompt_html": md(d.prompt)}
    elif isinstance(d, b.ScenarioData):
        view = {"prompt_html": md(d.prompt), "choices": [
            {"id": c.id, "label_html": inline(c.label), "feedback_html": md(c.feedback),
             "target": page_index.get(c.target_page, -1)} for c in d.choices]}
    elif isinstance(d, b.QuestionRef):
        found_q = module.question(d.question)
        if found_q is None:
            raise ExportError(f"a question block points at no question ({block.tracking_id})")
        view = {"question": _question(f"q-{block.tracking_id}", found_q, md, inline),
                "scored": d.scored}
    elif isinstance(d, b.QuestionDrawData):
        view = {"bank": d.bank, "count": d.count, "tags": list(d.tags), "scored": d.scored}
    else:  # pragma: no cover - every kind is handled above
        raise ExportError(f"unknown block kind {block.kind}")
    return DocBlock(tracking_id=block.tracking_id, kind=block.kind, view=view)


def _question(key: str, qs: QuestionSnap, md: Callable[[str], str],
              inline: Callable[[str], str]) -> DocQuestion:
    d = qs.data
    parts: dict[str, Any]
    if isinstance(d, q.ChoiceData):
        parts = {"choices": [{"id": c.id, "html": inline(c.text), "correct": c.correct,
                              "weight": c.weight, "feedback_html": md(c.feedback)}
                             for c in d.choices]}
    elif isinstance(d, q.TrueFalseData):
        parts = {"answer": d.answer, "feedback_true_html": md(d.feedback_true),
                 "feedback_false_html": md(d.feedback_false)}
    elif isinstance(d, q.FillInData):
        parts = {"answers": [{"text": a.text, "weight": a.weight, "feedback_html": md(a.feedback)}
                             for a in d.answers],
                 "case_sensitive": d.case_sensitive}
    elif isinstance(d, q.MatchingData):
        parts = {"pairs": [{"id": p.id, "left_html": inline(p.left), "right_html": inline(p.right),
                            "right_text": plain_text(p.right)} for p in d.pairs],
                 "distractors": [{"id": f"x{i}", "html": inline(t), "text": plain_text(t)}
                                 for i, t in enumerate(d.distractors)]}
    elif isinstance(d, q.OrderingData):
        parts = {"items": [{"id": i.id, "html": inline(i.text)} for i in d.items]}
    elif isinstance(d, q.NumericData):
        parts = {"answers": [dict(dump(a), feedback_html=md(a.feedback)) for a in d.answers]}
    else:  # pragma: no cover
        raise ExportError(f"unknown question kind {qs.kind}")
    return DocQuestion(
        key=key, id=str(qs.id), kind=qs.kind, title=qs.title, stem_html=md(qs.stem),
        stem_text=plain_text(qs.stem), points=qs.points, tags=qs.tags,
        feedback_correct_html=md(qs.feedback_correct),
        feedback_incorrect_html=md(qs.feedback_incorrect), parts=parts,
    )
