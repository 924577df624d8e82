"""Tests for importing a module folder (and a GIFT file into a bank) into a real workspace."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from authoring import blocks as b
from authoring.check import check, has_errors
from authoring.errors import ImportFailed
from authoring.kinds import BlockKind, QuestionKind
from authoring.models import Asset, Block, Module, Page, Question
from authoring.services import Services
from authoring.settings import CompletionKind
from authoring.snapshot import ModuleSnap

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"
SAMPLE_TITLES = [
    "Why one email matters",
    "Look closely at Sanne's email",
    "Six warning signs to look for",
    "Check a link before you click",
    "Report it in one click",
    "Already clicked? Act now",
    "Quiz",
]


# --- helpers ----------------------------------------------------------------------------------


def png(width: int = 4, height: int = 3) -> bytes:
    """A real PNG file of the given size."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def make_folder(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (relative name -> text or bytes) under `root` and return it."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def import_snapshot(services: Services, folder: Path) -> ModuleSnap:
    changes = services.transfer.import_folder(folder)
    assert changes.id is not None
    return services.modules.snapshot(changes.id)


def row_count(services: Services, table: type) -> int:
    with services.workspace.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def import_error(services: Services, folder: Path) -> str:
    """Import `folder`, expect ImportFailed, check nothing was written; return the message."""
    with pytest.raises(ImportFailed) as caught:
        services.transfer.import_folder(folder)
    assert services.modules.list() == []
    for table in (Module, Page, Block, Question, Asset):
        assert row_count(services, table) == 0, table.__tablename__
    return str(caught.value)


def blocks_of(snap: ModuleSnap, kind: BlockKind) -> list[b.BlockData]:
    return [bl.data for page in snap.pages for bl in page.blocks if bl.kind is kind]


# --- the sample module ------------------------------------------------------------------------


@pytest.fixture
def sample(services: Services) -> ModuleSnap:
    return import_snapshot(services, SAMPLE)


def test_creator_imports_the_sample_and_gets_its_settings_from_module_toml(sample):
    assert sample.title == "Spot and report a phishing email"
    assert sample.language == "en"
    assert sample.description.startswith("Eight minutes to recognise a phishing email")
    assert sample.keywords == ("phishing", "email", "security", "reporting", "passwords",
                               "awareness")
    assert sample.assessment.pass_mark == 80
    assert sample.completion.kind is CompletionKind.VIEWED_ALL_AND_PASSED


def test_creator_imports_the_sample_and_gets_pages_in_file_order(sample):
    # Six Markdown pages in file-name order, then the quiz from quiz.gift; README.md is no page.
    assert [p.title for p in sample.pages] == SAMPLE_TITLES
    assert not any("Sample module" in p.title for p in sample.pages)


def test_page_title_comes_from_the_first_heading_and_is_not_repeated_in_the_text(sample):
    first = sample.pages[0]
    assert first.title == "Why one email matters"
    assert first.blocks[0].kind is BlockKind.TEXT
    text = first.blocks[0].data.markdown
    assert text.startswith("It is 08:52 on a Monday.")
    assert "Why one email matters" not in text
    # Later headings stay in the text.
    assert "## In the next eight minutes you will learn to" in text


def test_standalone_images_become_image_blocks_with_alt_text_and_sized_assets(sample):
    assets = sample.asset_by_name()
    assert sorted(assets) == ["images/hover-link.png", "images/report-steps.png",
                              "images/suspicious-email.png"]
    email = assets["images/suspicious-email.png"]
    assert (email.media_type, email.extension) == ("image/png", "png")
    assert (email.width, email.height) == (1200, 760)
    assert email.size == (SAMPLE / "images" / "suspicious-email.png").stat().st_size

    page = sample.pages[1]
    assert [bl.kind for bl in page.blocks] == [BlockKind.TEXT, BlockKind.IMAGE, BlockKind.TEXT]
    image = page.blocks[1].data
    assert image.asset == email.sha256
    assert image.alt.startswith("Sanne's email in a mail window with five warning signs")
    assert len(blocks_of(sample, BlockKind.IMAGE)) == 3
    # The image is a block of its own, not left behind as Markdown in a text block.
    assert not any("suspicious-email.png" in t.markdown for t in blocks_of(sample, BlockKind.TEXT))


def test_gift_fence_on_a_page_becomes_a_question_block_in_place(sample):
    page = sample.pages[3]
    assert [bl.kind for bl in page.blocks] == [
        BlockKind.TEXT, BlockKind.IMAGE, BlockKind.TEXT, BlockKind.QUESTION]
    question = sample.question(page.blocks[3].data.question)
    assert question is not None
    assert question.kind is QuestionKind.TRUE_FALSE
    assert question.title == "Link text"
    assert question.data.answer is False
    assert not any("```gift" in t.markdown for t in blocks_of(sample, BlockKind.TEXT))


def test_final_quiz_gets_every_question_and_the_essay_becomes_a_reflection(sample):
    quiz = sample.pages[-1]
    kinds = [sample.question(bl.data.question).kind for bl in quiz.blocks[:-1]]
    assert kinds == [QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE,
                     QuestionKind.TRUE_FALSE, QuestionKind.FILL_IN, QuestionKind.MATCHING,
                     QuestionKind.NUMERIC, QuestionKind.SINGLE_CHOICE]
    reflection = quiz.blocks[-1]
    assert reflection.kind is BlockKind.REFLECTION
    assert reflection.data.title == "Your inbox this month"
    assert reflection.data.prompt.startswith("Which message in your own inbox this month")
    # One question on page 4 plus seven in the quiz; the essay is no question.
    assert len(sample.questions) == 8


def test_imported_sample_has_unique_tracking_ids_and_passes_check(sample):
    tracking = [bl.tracking_id for p in sample.pages for bl in p.blocks]
    assert len(tracking) == len(set(tracking))
    findings = check(sample)
    assert not has_errors(findings), [f.message for f in findings]


def test_creator_imports_the_same_folder_twice_and_gets_two_modules(services):
    first = services.transfer.import_folder(SAMPLE).id
    second = services.transfer.import_folder(SAMPLE).id
    assert first != second
    assert {m.id for m in services.modules.list()} == {first, second}
    a, b_ = services.modules.snapshot(first), services.modules.snapshot(second)
    assert a.title == b_.title == "Spot and report a phishing email"
    assert not {p.id for p in a.pages} & {p.id for p in b_.pages}
    assert not {q.id for q in a.questions} & {q.id for q in b_.questions}


# --- small folders ----------------------------------------------------------------------------


def test_creator_numbers_pages_naturally_so_2_comes_before_10(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "10-ten.md": "# Ten\n\nTen.\n",
        "2-two.md": "# Two\n\nTwo.\n",
        "1-one.md": "# One\n\nOne.\n",
    })
    snap = import_snapshot(services, folder)
    assert [p.title for p in snap.pages] == ["One", "Two", "Ten"]


def test_page_without_heading_gets_its_title_from_the_file_name(services, tmp_path):
    folder = make_folder(tmp_path / "m", {"03-getting_started-now.md": "Just some text.\n"})
    snap = import_snapshot(services, folder)
    assert [p.title for p in snap.pages] == ["Getting started now"]
    assert [bl.data for bl in snap.pages[0].blocks] == [b.TextData("Just some text.")]


def test_folder_without_module_toml_is_named_after_the_folder(services, tmp_path):
    folder = make_folder(tmp_path / "password-basics", {"a.md": "# A\n\nText.\n"})
    snap = import_snapshot(services, folder)
    assert snap.title == "Password basics"
    assert snap.completion.kind is CompletionKind.VIEWED_ALL


def test_github_tip_alert_becomes_a_tip_callout(services, tmp_path):
    folder = make_folder(tmp_path / "m", {"page.md": (
        "# Links\n"
        "\n"
        "Before.\n"
        "\n"
        "> [!TIP]\n"
        "> Hover **first**,\n"
        "> then click.\n"
        "\n"
        "After.\n"
    )})
    snap = import_snapshot(services, folder)
    kinds = [bl.kind for bl in snap.pages[0].blocks]
    assert kinds == [BlockKind.TEXT, BlockKind.CALLOUT, BlockKind.TEXT]
    callout = snap.pages[0].blocks[1].data
    assert callout.style is b.CalloutStyle.TIP
    assert callout.markdown == "Hover **first**,\nthen click."
    assert "[!TIP]" not in callout.markdown


def test_plain_blockquote_stays_text(services, tmp_path):
    folder = make_folder(tmp_path / "m", {"page.md": "# Q\n\n> Just a quote.\n"})
    snap = import_snapshot(services, folder)
    assert [bl.data for bl in snap.pages[0].blocks] == [b.TextData("> Just a quote.")]


def test_inline_image_stays_in_the_text_and_its_file_is_imported(services, tmp_path):
    icon = png(16, 8)
    folder = make_folder(tmp_path / "m", {
        "page.md": "# Icons\n\nClick the ![bell](img/bell.png) icon to see alerts.\n",
        "img/bell.png": icon,
    })
    snap = import_snapshot(services, folder)
    assert [bl.kind for bl in snap.pages[0].blocks] == [BlockKind.TEXT]
    assert "![bell](img/bell.png)" in snap.pages[0].blocks[0].data.markdown
    asset = snap.asset_by_name()["img/bell.png"]
    assert (asset.width, asset.height) == (16, 8)
    assert services.assets.data(asset.sha256) == icon


def test_one_image_used_on_two_pages_is_one_asset(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "1.md": "# One\n\n![Logo](logo.png)\n",
        "2.md": "# Two\n\n![Logo again](logo.png)\n",
        "logo.png": png(),
    })
    snap = import_snapshot(services, folder)
    assert [a.name for a in snap.assets] == ["logo.png"]
    shas = {bl.data.asset for bl in snap.pages[0].blocks + snap.pages[1].blocks}
    assert shas == {snap.assets[0].sha256}


def test_pass_mark_without_questions_completes_on_viewing(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "module.toml": 'title = "No quiz"\npass_mark = 70\n',
        "a.md": "# A\n\nText.\n",
    })
    snap = import_snapshot(services, folder)
    assert snap.assessment.pass_mark == 70
    assert snap.completion.kind is CompletionKind.VIEWED_ALL


# --- errors name the file and line, and leave the workspace as it was ------------------------


def test_missing_image_names_the_page_and_the_line_of_the_reference(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "1.md": "# Fine\n\n![ok](ok.png)\n",  # read first: its asset must not be kept
        "ok.png": png(),
        "2.md": "# Broken\n\nSome text.\n\n![Where is it](images/missing.png)\n",
    })
    message = import_error(services, folder)
    assert "2.md, line 5" in message
    assert "images/missing.png" in message


def test_missing_inline_image_names_its_line(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "page.md": "# T\n\nFirst paragraph.\n\nSee ![x](gone.png)\nright here.\n",
    })
    message = import_error(services, folder)
    assert "page.md, line 5" in message
    assert "gone.png" in message


def test_image_outside_the_folder_is_refused(services, tmp_path):
    (tmp_path / "secret.png").write_bytes(png())  # exists, so only "outside" can fail it
    folder = make_folder(tmp_path / "m", {"page.md": "# T\n\n\n![x](../secret.png)\n"})
    message = import_error(services, folder)
    assert "page.md, line 4" in message
    assert "outside the module folder" in message


def test_broken_image_is_named_with_its_page_and_line(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "page.md": "# T\n\nText.\n\n![Chart](images/chart.png)\n",
        "images/chart.png": png(40, 40)[:60],  # a truncated PNG
    })
    message = import_error(services, folder)
    assert "page.md, line 5" in message
    assert "chart.png" in message


def test_bad_gift_in_a_page_names_the_real_line_of_the_page(services, tmp_path):
    folder = make_folder(tmp_path / "m", {"page.md": (
        "# Quick check\n"        # 1
        "\n"                     # 2
        "Try this.\n"            # 3
        "\n"                     # 4
        "```gift\n"              # 5
        "// a comment\n"         # 6
        "::Q:: Pick one {\n"     # 7
        "=right\n"               # 8
        "~%x%wrong\n"            # 9: a weight that is not a number is an error
        "~wrong\n"               # 10
        "}\n"                    # 11
        "```\n"                  # 12
    )})
    message = import_error(services, folder)
    assert "page.md, line 9" in message


def test_bad_gift_file_names_the_file_and_line(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "page.md": "# Page\n\nText.\n",
        "final.gift": "// quiz\n\n::Q:: How many? {#MAYBE}\n",
    })
    message = import_error(services, folder)
    assert "final.gift, line 3" in message
    assert "MAYBE" in message


def test_unknown_key_in_module_toml_is_named(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "module.toml": 'title = "T"\npassmark = 80\n',
        "a.md": "# A\n\nText.\n",
    })
    message = import_error(services, folder)
    assert "module.toml" in message
    assert "passmark" in message
    assert "pass_mark" in message  # the known keys are listed to help fix the typo


@pytest.mark.parametrize(("line", "key"), [
    ('pass_mark = "80"', "pass_mark"),
    ("pass_mark = true", "pass_mark"),
    ("title = 3", "title"),
    ('keywords = "phishing"', "keywords"),
    ("keywords = [1, 2]", "keywords"),
    ("pass_mark = 101", "pass_mark"),
    ('language = "English"', "language"),
])
def test_wrong_value_in_module_toml_is_named(services, tmp_path, line, key):
    folder = make_folder(tmp_path / "m", {"module.toml": line + "\n", "a.md": "# A\n\nText.\n"})
    message = import_error(services, folder)
    assert "module.toml" in message
    assert key in message


def test_invalid_toml_names_the_line(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "module.toml": '# settings\ntitle = "T"\nlanguage = en\n',
        "a.md": "# A\n\nText.\n",
    })
    message = import_error(services, folder)
    assert "module.toml" in message
    assert "line 3" in message


def test_page_that_is_not_utf8_names_the_line(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "good.md": "# Good\n\nText.\n",
        "latin.md": "# Caf\n\nOK.\ncaf\xe9 au lait\n".encode("latin-1"),
    })
    message = import_error(services, folder)
    assert "latin.md, line 4" in message
    assert "UTF-8" in message


def test_page_with_byte_order_mark_that_is_not_utf8_names_the_right_line(services, tmp_path):
    folder = make_folder(tmp_path / "m", {"bom.md": b"\xef\xbb\xbf#\n\xe9\n"})
    message = import_error(services, folder)
    assert "bom.md, line 2" in message


def test_lone_web_image_stays_in_the_text(services, tmp_path):
    folder = make_folder(tmp_path / "m", {"page.md": "# T\n\n![Logo](https://example.com/a.png)\n"})
    snap = import_snapshot(services, folder)
    assert [bl.data for bl in snap.pages[0].blocks] == [
        b.TextData("![Logo](https://example.com/a.png)")]
    assert snap.assets == ()


def test_lone_image_pointing_at_an_anchor_stays_in_the_text(services, tmp_path):
    folder = make_folder(tmp_path / "m", {"page.md": "# T\n\n![Back to top](#top)\n"})
    snap = import_snapshot(services, folder)
    assert [bl.data for bl in snap.pages[0].blocks] == [b.TextData("![Back to top](#top)")]


def test_folder_with_no_pages_or_quizzes_is_refused(services, tmp_path):
    folder = make_folder(tmp_path / "m", {
        "README.md": "# Not a page\n",
        "module.toml": 'title = "Empty"\n',
        "images/a.png": png(),
    })
    message = import_error(services, folder)
    assert "no .md pages or .gift quizzes" in message


def test_path_that_is_a_file_is_refused(services, tmp_path):
    file = tmp_path / "page.md"
    file.write_text("# A page, not a folder\n", encoding="utf-8")
    message = import_error(services, file)
    assert "page.md" in message
    assert "not a folder" in message


def test_path_that_does_not_exist_is_refused(services, tmp_path):
    message = import_error(services, tmp_path / "nowhere")
    assert "nowhere" in message


# --- GIFT into a question bank ----------------------------------------------------------------

BANK_GIFT = """\
// Questions for the security bank.
$CATEGORY: $course$/Security/Phishing

::Sum:: What is 2 + 2?{#4}

::Essay:: Describe a phishing email you received.{}

A description says something but asks nothing.

$CATEGORY: $course$/Security/Passwords

::Long:: A long passphrase beats a short complex password.{T}
"""


def test_creator_imports_gift_into_a_bank_with_categories_as_tags(services, tmp_path):
    path = tmp_path / "security.gift"
    path.write_text(BANK_GIFT, encoding="utf-8")
    result = services.transfer.import_gift_to_bank(path, "Security")
    assert result.added == 2
    assert result.skipped_lines == (6, 8)  # the essay and the description, by line
    bank = services.questions.bank(result.changes.id)
    assert bank.title == "Security"
    assert [(q.title, q.kind, q.tags) for q in bank.questions] == [
        ("Sum", QuestionKind.NUMERIC, ("Phishing",)),
        ("Long", QuestionKind.TRUE_FALSE, ("Passwords",)),
    ]
    assert services.modules.list() == []  # a bank import makes no module


def test_importing_gift_again_into_the_same_title_adds_to_that_bank(services, tmp_path):
    path = tmp_path / "security.gift"
    path.write_text(BANK_GIFT, encoding="utf-8")
    first = services.transfer.import_gift_to_bank(path, "Security")
    second = services.transfer.import_gift_to_bank(path, "Security")
    assert second.changes.id == first.changes.id
    assert [(s.title, s.questions) for s in services.questions.banks()] == [("Security", 4)]


def test_gift_with_only_essays_is_refused_for_a_bank(services, tmp_path):
    path = tmp_path / "essays.gift"
    path.write_text("::E:: Tell us.{}\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="essays.gift"):
        services.transfer.import_gift_to_bank(path, "Essays")
    assert services.questions.banks() == []
