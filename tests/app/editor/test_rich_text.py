"""Text fields show formatting as learners see it; Markdown stays what is stored."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication

from app.gui.editor.block_frame import DEBOUNCE_MS
from app.gui.editor.forms import rich_markdown
from app.gui.editor.forms.rich_edit import RichTextEdit, pasted_markdown
from authoring.kinds import BlockKind
from authoring.markdown import render
from authoring.templates import localized

from .conftest import make_module

WORD_CLIPBOARD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {font-family:Calibri; color:#1F3864; font-size:14pt} --></style></head>
<body lang=NL style='tab-interval:35.4pt'><!--StartFragment-->
<h2><span style='font-family:"Calibri Light";color:#2F5496'>Before you click</span></h2>
<p class=MsoNormal><span style='font-size:11.0pt;font-family:Calibri;color:red'>Hover over a
link to see <b>where it goes</b> and <i>who</i> sent it. See the <a
href="https://intranet.example.org/phishing">phishing page</a>.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>
&nbsp;&nbsp;</span></span><![endif]>Check the sender<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='font-family:Symbol'>·<span>&nbsp;</span></span><![endif]>Report
it<o:p></o:p></p>
<script>document.title = 'pasted'</script><!--EndFragment--></body></html>"""
FROM_WORD = ("## Before you click\n\nHover over a link to see **where it goes** and *who* sent "
             "it. See the [phishing page](https://intranet.example.org/phishing).\n\n"
             "- Check the sender\n- Report it")


def _text(studio, module):
    return studio.services.modules.snapshot(module).pages[0].blocks[0].data.markdown


def _field(editor, studio):
    module, _pages = make_module(studio, "Page")
    editor.open_module(module)
    block = editor.page_editor.add_block(BlockKind.TEXT)
    QApplication.processEvents()
    return module, editor.page_editor.frames[block].form.markdown


def test_creator_types_with_shortcuts_and_markdown_is_stored(qtbot, editor, studio):
    module, field = _field(editor, studio)
    edit = field.editor
    edit.setFocus()
    qtbot.keyClicks(edit, "Report ")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "every")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, " mail, ")
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "today")
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, ". Costs 5 * 2 [euro]")  # typed characters are text, not Markdown
    stored = r"Report **every** mail, *today*. Costs 5 \* 2 \[euro\]"
    assert edit.toPlainText() == "Report every mail, today. Costs 5 * 2 [euro]"
    assert field.text() == stored
    qtbot.waitUntil(lambda: _text(studio, module) == stored, timeout=DEBOUNCE_MS * 10)


def test_pasting_from_word_keeps_structure_and_emphasis_and_drops_the_rest(qtbot, editor,
                                                                           studio):
    module, field = _field(editor, studio)
    mime = QMimeData()
    mime.setHtml(WORD_CLIPBOARD)
    mime.setText("Before you click Hover over a link…")
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(mime)  # the clipboard owns it now
    field.editor.setFocus()
    qtbot.keyClick(field.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    clipboard.clear()
    assert field.text() == FROM_WORD
    qtbot.waitUntil(lambda: _text(studio, module) == FROM_WORD, timeout=DEBOUNCE_MS * 10)
    shown = field.editor.document()
    assert "red" not in shown.toHtml() and "Calibri" not in shown.toHtml()  # fonts and colours
    assert "pasted" not in field.editor.toPlainText()  # the script is gone, not shown


def test_pasting_plain_text_inserts_it_as_text(qtbot, editor, studio):
    _module, field = _field(editor, studio)
    mime = QMimeData()
    mime.setText("**not bold** # not a heading")
    field.editor.insertFromMimeData(mime)
    assert field.text() == r"\*\*not bold\*\* # not a heading"


def test_the_markdown_button_shows_the_source_and_back(qtbot, editor, studio):
    module, field = _field(editor, studio)
    field.set_text("Use a **passphrase**.")
    field.source_action.trigger()
    assert field.source.toPlainText() == "Use a **passphrase**."
    qtbot.keyClicks(field.source, " *Long* ones.")
    field.source_action.trigger()
    assert field.editor.toPlainText() == "Use a passphrase. Long ones."
    assert field.text() == "Use a **passphrase**. *Long* ones."
    qtbot.waitUntil(lambda: _text(studio, module) == field.text(), timeout=DEBOUNCE_MS * 10)


# -- round trips ------------------------------------------------------------------------------
_WORD = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëçß", min_size=1,
                max_size=8)
_WORDS = st.lists(_WORD, min_size=1, max_size=4).map(" ".join)
_SPAN = st.one_of(
    _WORDS,
    _WORDS.map(lambda w: f"**{w}**"),
    _WORDS.map(lambda w: f"*{w}*"),
    _WORDS.map(lambda w: f"~~{w}~~"),
    _WORDS.map(lambda w: f"`{w}`"),
    st.tuples(_WORDS, _WORD).map(lambda t: f"[{t[0]}](https://example.org/{t[1]})"),
)
_INLINE = st.lists(_SPAN, min_size=1, max_size=5).map(" ".join)
_PARAGRAPH = st.tuples(_WORD, _INLINE, st.sampled_from(["", ".", "!", "?"])).map(
    lambda t: f"{t[0]} {t[1]}{t[2]}")
_BLOCK = st.one_of(
    _PARAGRAPH.map(lambda p: ("paragraph", p)),
    st.tuples(st.integers(1, 3), _WORDS).map(lambda t: ("heading", "#" * t[0] + " " + t[1])),
    st.lists(_PARAGRAPH, min_size=1, max_size=4).map(
        lambda items: ("bullets", "\n".join(f"- {i}" for i in items))),
    st.lists(_PARAGRAPH, min_size=1, max_size=4).map(
        lambda items: ("numbers", "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1)))),
    st.lists(_PARAGRAPH, min_size=1, max_size=2).map(
        lambda ps: ("quote", "\n>\n".join(f"> {p}" for p in ps))),
    st.tuples(st.lists(_WORDS, min_size=2, max_size=3), st.lists(_INLINE, min_size=2,
                                                                   max_size=6)).map(
        lambda t: ("table", _table(t[0], t[1]))),
    st.lists(_WORDS, min_size=1, max_size=3).map(
        lambda lines: ("code", "```\n" + "\n".join(lines) + "\n```")),
)


def _table(header: list[str], cells: list[str]) -> str:
    n = len(header)
    rows = [cells[i:i + n] for i in range(0, len(cells) - len(cells) % n, n)] or [cells[:n]]
    rows = [r + [""] * (n - len(r)) for r in rows]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(["---"] * n) + " |"]
    return "\n".join([*lines, *("| " + " | ".join(r) + " |" for r in rows)])


def _document(blocks: list[tuple[str, str]]) -> str:
    out: list[str] = []
    previous = ""
    for kind, text in blocks:
        if kind == previous and kind in ("bullets", "numbers", "quote", "code"):
            out.append("Between them.")  # two lists, quotes or code blocks in a row are one
        out.append(text)
        previous = kind
    return "\n\n".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_BLOCK, min_size=1, max_size=6).map(_document))
def test_markdown_in_kiem_style_comes_back_unchanged_through_the_formatted_view(qapp, markdown):
    doc = QTextDocument()
    rich_markdown.load(doc, markdown)
    assert rich_markdown.markdown_of(doc) == markdown


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_opened_and_left_alone_is_saved_exactly_as_it_was(qapp, text):
    edit = RichTextEdit()
    try:
        edit.set_markdown(text)
        assert edit.markdown() == text
    finally:
        edit.deleteLater()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_BLOCK, min_size=1, max_size=4).map(_document), _WORDS)
def test_an_edit_changes_only_what_was_typed(qapp, markdown, typed):
    edit = RichTextEdit()
    try:
        edit.set_markdown(markdown)
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        edit.setTextCursor(cursor)
        edit.insertPlainText(" " + typed)
        after = edit.markdown()
        assert typed in edit.toPlainText() and render(after) != render(markdown)
        if "\n\n" in markdown:  # the blocks before the edited one are written as they were
            assert after.startswith(markdown.rsplit("\n\n", 1)[0] + "\n\n")
    finally:
        edit.deleteLater()


def test_pasting_a_web_page_keeps_its_table_and_list_and_drops_styles_and_scripts(qapp):
    html = """<html><head><style>p { color: red }</style><script>alert(1)</script></head>
    <body><h1 style="font-family: Comic Sans MS">Report phishing</h1>
    <p><span style="font-weight: 700; color: #c00">Never</span> share your
    <em>password</em>.</p>
    <ol><li>Forward the mail</li><li>Delete it</li></ol>
    <table><tr><th>Who</th><th>Phone</th></tr><tr><td>Service desk</td><td>1234</td></tr>
    </table><img src="https://tracker.example.org/pixel.gif"></body></html>"""
    assert pasted_markdown(html) == (
        "# Report phishing\n\n**Never** share your *password*.\n\n"
        "1. Forward the mail\n2. Delete it\n\n"
        "| Who | Phone |\n| --- | --- |\n| Service desk | 1234 |")  # no hot-linked pixel


def test_template_guidance_shows_greyed_until_it_is_replaced(qtbot):
    edit = RichTextEdit()
    qtbot.addWidget(edit)
    guidance = localized("en", "steps.text")
    edit.set_markdown(guidance)

    def marked() -> list[bool]:
        out, block = [], edit.document().firstBlock()
        while block.isValid():
            out.append(any(r.format.fontItalic() for r in block.layout().formats()))
            block = block.next()
        return out

    assert marked() == [True] * 5  # every paragraph and list item is still guidance
    assert edit.markdown() == guidance  # painted only: the text is untouched
    cursor = edit.textCursor()
    cursor.setPosition(edit.document().findBlockByNumber(1).position())
    cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    edit.setTextCursor(cursor)
    edit.insertPlainText("Open the booking tool.")  # the author's own first step
    assert marked() == [True, False, True, True, True]
    assert edit.markdown().splitlines()[2] == "1. Open the booking tool."
