"""One-line labels of blocks, for outlines in the command line and the studio."""

from __future__ import annotations

from authoring import blocks as b
from authoring.markdown import plain_text
from authoring.snapshot import BlockSnap, ModuleSnap

LABEL_WIDTH = 60


def _short(text: str, width: int = LABEL_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def block_summary(module: ModuleSnap, block: BlockSnap) -> str:
    """Return the gist of a block's content in a few words."""
    d = block.data
    if isinstance(d, b.TextData):
        return _short(plain_text(d.markdown))
    if isinstance(d, b.ImageData):
        return _short(d.alt or ("(decorative)" if d.decorative else "(no alt text)"))
    if isinstance(d, b.MediaData):
        return _short(d.title)
    if isinstance(d, b.CalloutData):
        return _short(f"{d.style.value}: {d.title or plain_text(d.markdown)}")
    if isinstance(d, b.SectionsData):
        return _short(", ".join(s.title for s in d.items))
    if isinstance(d, b.FlashcardsData):
        return f"{len(d.cards)} cards"
    if isinstance(d, b.AttachmentData):
        return _short(d.label or d.filename)
    if isinstance(d, b.ReflectionData):
        return _short(d.title or plain_text(d.prompt))
    if isinstance(d, b.ScenarioData):
        return _short(f"{plain_text(d.prompt)} ({len(d.choices)} choices)")
    if isinstance(d, b.QuestionRef):
        q = module.question(d.question)
        if q is None:
            return "(missing question)"
        kind = q.kind.value.replace("_", " ")
        return _short(f"{kind}: {q.title or plain_text(q.stem)}")
    if isinstance(d, b.QuestionDrawData):
        bank = next((x for x in module.banks if str(x.id) == d.bank), None)
        title = bank.title if bank else "(missing bank)"
        tags = f" tagged {', '.join(d.tags)}" if d.tags else ""
        return f"{d.count} random from “{title}”{tags}"
    return ""


def block_label(module: ModuleSnap, block: BlockSnap) -> str:
    """Return `kind: gist`, e.g. `image: A phishing email with three warning signs`."""
    return f"{block.kind.value.replace('_', ' ')}: {block_summary(module, block)}"
