"""The one Markdown renderer: structure, safety, references, and text for counting."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from authoring.markdown import plain_text, references, render, render_inline, word_count

ASSETS = {
    "images/desk.png": "assets/3f2a.png",
    "my photo.png": "assets/77b1.png",
    "files/handout.pdf": "assets/9c0d.pdf",
}


def resolve(name: str) -> str | None:
    return ASSETS.get(name)


# --- structure ---------------------------------------------------------------------------


def test_author_writes_headings_and_emphasis():
    html = render("# Spot it\n\n## Then report it\n\nBe *calm*, be **quick**, ~~panic~~.")
    assert "<h1>Spot it</h1>" in html
    assert "<h2>Then report it</h2>" in html
    assert "<em>calm</em>" in html
    assert "<strong>quick</strong>" in html
    assert "<s>panic</s>" in html


def test_author_writes_bulleted_and_numbered_lists():
    html = render("- sender\n- links\n\n1. stop\n2. report\n")
    assert "<ul>\n<li>sender</li>\n<li>links</li>\n</ul>" in html
    assert "<ol>\n<li>stop</li>\n<li>report</li>\n</ol>" in html


def test_table_is_wrapped_in_a_scrollable_focusable_region():
    html = render("| Sign | Check |\n|---|---|\n| Sender | Hover the name |\n")
    assert html.startswith('<div class="kiem-table" role="region" tabindex="0">\n<table>')
    assert html.rstrip().endswith("</table>\n</div>")
    assert "<th>Sign</th>" in html
    assert "<td>Hover the name</td>" in html


def test_code_is_escaped_not_interpreted():
    html = render("Type `<b>` here.\n\n```\nif a < b:\n    pass\n```\n")
    assert "<code>&lt;b&gt;</code>" in html
    assert "<pre><code>if a &lt; b:\n    pass\n</code></pre>" in html


def test_fenced_block_keeps_its_language_as_a_class():
    html = render("```gift\n::Q:: Sky is blue {T}\n```\n")
    assert '<code class="language-gift">' in html


def test_rendering_the_same_text_twice_gives_the_same_html():
    text = "# A\n\n![x](images/desk.png) [y](files/handout.pdf)\n\n| a |\n|---|\n| b |\n"
    assert render(text, resolve) == render(text, resolve)


def test_render_inline_has_no_paragraph_wrapper():
    html = render_inline("Click **Report phishing**")
    assert html == "Click <strong>Report phishing</strong>"


def test_render_inline_resolves_images_too():
    html = render_inline("![A desk](images/desk.png)", resolve)
    assert html.startswith('<img src="assets/3f2a.png" alt="A desk"')


# --- safety ------------------------------------------------------------------------------


def test_pasted_script_shows_as_text_and_never_runs():
    html = render("<script>alert(1)</script>\n\nafter")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_inline_html_with_event_handler_is_escaped():
    html = render("Look: <img src=x onerror=alert(1)> here")
    assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_javascript_links_are_refused_in_any_spelling():
    for text in (
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](javascript&colon;alert(1))",
        "<javascript:alert(1)>",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "![x](javascript:alert(1))",
    ):
        html = render(text, resolve)
        assert "<a " not in html, text
        assert "<img" not in html, text
        assert 'href="' not in html, text


def test_data_image_urls_are_still_allowed():
    html = render("![dot](data:image/png;base64,iVBORw0KGgo=)")
    assert '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot"' in html


# --- images and links --------------------------------------------------------------------


def test_relative_image_is_resolved_and_keeps_alt_text_and_loads_lazily():
    html = render('![A tidy desk](images/desk.png "Desk")', resolve)
    assert '<img src="assets/3f2a.png" alt="A tidy desk" title="Desk" loading="lazy" />' in html


def test_percent_encoded_image_name_is_resolved_by_its_file_name():
    html = render("![Me](my%20photo.png)", resolve)
    assert 'src="assets/77b1.png"' in html


def test_unresolved_image_becomes_a_visible_placeholder_not_a_broken_img():
    html = render("![A broken chair](images/chair.png)", resolve)
    assert "<img" not in html
    assert (
        '<span class="kiem-missing" role="img" aria-label="Missing image: images/chair.png">'
        in html
    )
    assert "A broken chair" in html


def test_placeholder_escapes_the_alt_text_and_name():
    html = render('![<b>"x"</b>](images/%3Cy%3E.png)', resolve)
    assert "<b>" not in html
    assert 'aria-label="Missing image: images/&lt;y&gt;.png"' in html


def test_external_image_is_kept_as_is():
    html = render("![Logo](https://example.com/logo.png)", resolve)
    assert '<img src="https://example.com/logo.png" alt="Logo" loading="lazy" />' in html


def test_without_resolver_relative_references_are_kept_as_written():
    html = render("![A desk](images/desk.png) [doc](files/handout.pdf)")
    assert 'src="images/desk.png"' in html
    assert 'href="files/handout.pdf"' in html


def test_relative_link_to_attached_file_is_resolved_and_keeps_its_fragment():
    html = render("Read [the handout](files/handout.pdf#page=2).", resolve)
    assert '<a href="assets/9c0d.pdf#page=2">the handout</a>' in html


def test_unresolved_link_keeps_its_text_and_drops_the_link():
    html = render(
        "Read [the **old** handout](files/old.pdf) and [web](https://example.com).", resolve
    )
    assert "<p>Read the <strong>old</strong> handout and <a " in html
    assert "old.pdf" not in html
    assert html.count("</a>") == 1


def test_external_links_open_in_a_new_tab_without_opener():
    html = render(
        "[Intranet](https://intranet.example.com) and [mail](mailto:security@example.com)"
    )
    assert (
        '<a href="https://intranet.example.com" target="_blank" rel="noopener noreferrer">'
        "Intranet</a>" in html
    )
    assert (
        '<a href="mailto:security@example.com" target="_blank" rel="noopener noreferrer">' in html
    )


def test_autolink_is_treated_as_external():
    html = render("<https://example.com/report>")
    assert 'target="_blank" rel="noopener noreferrer">https://example.com/report</a>' in html


def test_anchor_links_are_left_alone():
    html = render("[back to top](#top)", resolve)
    assert html == '<p><a href="#top">back to top</a></p>\n'


def test_image_inside_a_link_resolves_both():
    html = render("[![A desk](images/desk.png)](files/handout.pdf)", resolve)
    assert '<a href="assets/9c0d.pdf"><img src="assets/3f2a.png"' in html


# --- references --------------------------------------------------------------------------


def test_references_lists_relative_targets_in_order_once_each():
    text = (
        "![b](images/b.png) [doc](files/a.pdf)\n\n"
        "![b again](images/b.png) ![a](./images/a.png) [doc](files/a.pdf#page=3)\n"
    )
    assert references(text) == ["images/b.png", "files/a.pdf", "images/a.png"]


def test_references_skip_web_mail_anchor_and_data_targets():
    text = (
        "[w](https://example.com/x.png) ![w](http://example.com/y.png) "
        "[m](mailto:a@example.com) [top](#top) ![d](data:image/png;base64,AAAA) "
        "[p](//cdn.example.com/z.png) ![kept](images/kept.png)"
    )
    assert references(text) == ["images/kept.png"]


def test_references_are_url_decoded():
    assert references("![Me](my%20photo.png) ![Me](<my photo.png>)") == ["my photo.png"]


def test_references_find_reference_style_links_and_ignore_code():
    text = "See [the form][form] and `![no](images/no.png)`.\n\n[form]: files/form.docx\n"
    assert references(text) == ["files/form.docx"]


def test_references_turn_pasted_windows_paths_into_slashes():
    assert references(r"![x](images\desk.png)") == ["images/desk.png"]


# --- plain text and words ----------------------------------------------------------------


def test_plain_text_drops_markup_and_puts_table_cells_on_rows():
    text = (
        "# Title\n\n"
        "Some *stressed* words and a [link](https://example.com) with `code`.\n\n"
        "| Sign | Check |\n|---|---|\n| Sender | Hover |\n"
    )
    assert plain_text(text) == (
        "Title\nSome stressed words and a link with code.\nSign\tCheck\nSender\tHover"
    )


def test_plain_text_leaves_out_image_alt_text():
    assert plain_text("Look ![a desk](images/desk.png) here") == "Look here"


def test_word_count_of_a_ten_word_paragraph_and_a_table():
    text = (
        "Never type your password after clicking a link in e-mail.\n\n"
        "| Sign | What to do |\n|---|---|\n| Urgent tone | Slow down |\n"
    )
    # 10 words in the paragraph ("e-mail" is one), 4 in the header, 4 in the row.
    assert word_count(text) == 10 + 4 + 4


def test_word_count_ignores_lone_punctuation_and_markup():
    assert word_count("**Stop** — *think* — then ~~click~~ report.") == 5
    assert word_count("") == 0


def test_concurrent_renders_each_use_their_own_resolver():
    def one(i: int) -> bool:
        html = render(f"![x](images/{i}.png)", lambda name: f"assets/{name[7:]}")
        return f'src="assets/{i}.png"' in html

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(one, range(200)))
