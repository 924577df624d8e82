"""The export dialog and the import action, driven as a person would use them."""

from __future__ import annotations

import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from app.gui.export_dialog import ExportDialog
from authoring.kinds import QuestionKind
from authoring.questions import Choice, ChoiceData, QuestionDraft
from export.exporter import Format

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


@pytest.fixture(autouse=True)
def _wait_for_jobs():
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_creator_exports_the_sample_as_a_trainer_pdf_and_sees_the_report(qtbot, services,
                                                                         tmp_path):
    module_id = services.transfer.import_folder(SAMPLE).id
    dialog = ExportDialog(services, [module_id])
    qtbot.addWidget(dialog)
    dialog.format_buttons[Format.PDF].click()
    assert dialog.trainer.isEnabled()
    assert dialog.destination.text().endswith("-v1-handout.pdf")
    dialog.trainer.setChecked(True)
    out = tmp_path / "trainer.pdf"
    dialog.destination.setText(str(out))
    dialog.export_button.click()
    assert dialog.busy() and dialog.close_button.text() == "Cancel"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert dialog.progress.value() == 100
    assert dialog.report.isVisible() or dialog.report.toPlainText()
    assert str(out) in dialog.report.toPlainText()
    assert "Accepted answers" in _pdf_text(out)
    assert dialog.close_button.text() == "Close"

    # Another format: the name typed stays (only its ending follows); the old report goes.
    dialog.format_buttons[Format.SCORM12].click()
    assert dialog.destination.text() == str(tmp_path / "trainer.zip")
    assert dialog.status.text() == "" and not dialog.report.isVisible()
    dialog.destination.clear()
    qtbot.keyClicks(dialog.destination, str(tmp_path / "for-the-lms.zip"))
    dialog.format_buttons[Format.SCORM2004].click()
    assert dialog.destination.text() == str(tmp_path / "for-the-lms.zip")


def test_an_admin_exports_cmi5_and_xapi_packages_from_the_dialog(qtbot, services, tmp_path):
    module_id = services.transfer.import_folder(SAMPLE).id
    dialog = ExportDialog(services, [module_id])
    qtbot.addWidget(dialog)
    dialog.format_buttons[Format.CMI5].click()
    assert dialog.destination.text().endswith("-cmi5.zip")  # the name Kiem suggests
    for fmt, manifest in ((Format.CMI5, "cmi5.xml"), (Format.XAPI, "tincan.xml")):
        dialog.format_buttons[fmt].click()
        assert dialog.destination.text().endswith(".zip")
        out = tmp_path / f"{fmt.value}.zip"
        dialog.destination.setText(str(out))
        dialog.export_button.click()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
        with zipfile.ZipFile(out) as package:
            assert manifest in package.namelist()


def test_a_module_with_errors_is_refused_until_forced(qtbot, services, tmp_path):
    module_id = services.modules.create("No right answer").id
    page = services.pages.add(module_id, "Quiz").id
    services.questions.add_to_page(page, QuestionDraft(
        QuestionKind.SINGLE_CHOICE, "Pick one", ChoiceData((Choice("a", "A"), Choice("b", "B")))))
    dialog = ExportDialog(services, [module_id])
    qtbot.addWidget(dialog)
    dialog.format_buttons[Format.PDF].click()
    out = tmp_path / "quiz.pdf"
    dialog.destination.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert "has errors" in dialog.status.text()
    assert "no correct answer" in dialog.report.toPlainText()
    assert not out.exists()
    dialog.force.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert out.exists()


def test_several_modules_go_to_one_folder_with_their_own_names(qtbot, services, tmp_path):
    first = services.transfer.import_folder(SAMPLE).id
    second = services.transfer.import_folder(SAMPLE).id
    dialog = ExportDialog(services, [first, second])
    qtbot.addWidget(dialog)
    dialog.format_buttons[Format.PDF].click()
    dialog.destination.setText(str(tmp_path / "batch"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=120_000)
    names = sorted(p.name for p in (tmp_path / "batch").iterdir())
    assert names == sorted([  # same title: the second is told apart by its id
        "spot-and-report-a-phishing-email-v1-handout.pdf",
        f"spot-and-report-a-phishing-email-v1-{str(second)[:8]}-handout.pdf"])
    report = dialog.report.toPlainText()
    assert all(str(tmp_path / "batch" / name) in report for name in names)


def test_cancel_stops_the_export_and_writes_nothing(qtbot, services, tmp_path):
    module_id = services.transfer.import_folder(SAMPLE).id
    dialog = ExportDialog(services, [module_id])
    qtbot.addWidget(dialog)
    dialog.format_buttons[Format.PDF].click()
    out = tmp_path / "never.pdf"
    dialog.destination.setText(str(out))
    # Hold the pool's only thread so the export can start only after Cancel was pressed:
    # the outcome no longer depends on who wins a race.
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    release = threading.Event()
    pool.setMaxThreadCount(1)
    try:
        pool.start(lambda: release.wait(30))
        dialog.export_button.click()
        dialog.close_button.click()  # Cancel
        assert dialog.status.text() == "Cancelling…"
        release.set()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    finally:
        release.set()
        pool.waitForDone(30_000)
        pool.setMaxThreadCount(threads)
    assert dialog.status.text() == "Cancelled. Nothing was written."
    assert not out.exists()
    assert list(tmp_path.glob("*never*")) == []  # no temporary file left either
    assert dialog.export_button.isEnabled() and dialog.close_button.text() == "Close"


def test_the_studio_never_empties_a_folder_and_asks_before_replacing_a_file(
        qtbot, services, tmp_path, monkeypatch):
    module_id = services.transfer.import_folder(SAMPLE).id
    dialog = ExportDialog(services, [module_id])
    qtbot.addWidget(dialog)
    folder = tmp_path / "Documents"
    (folder / "photos").mkdir(parents=True)
    (folder / "thesis.docx").write_bytes(b"four years of work")
    dialog.format_buttons[Format.HTML].click()
    dialog.destination.setText(str(folder))
    dialog.export_button.click()
    assert not dialog.busy()
    assert "holds other files" in dialog.status.text()
    assert sorted(p.name for p in folder.iterdir()) == ["photos", "thesis.docx"]

    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF my own notes")
    dialog.format_buttons[Format.PDF].click()
    dialog.destination.setText(str(notes))
    answers: list[str] = []

    def answer(box: QMessageBox) -> int:
        answers.append(box.text())
        wanted = "Cancel" if len(answers) == 1 else "Replace"
        next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog.export_button.click()  # Cancel: nothing happens
    assert not dialog.busy() and notes.read_bytes() == b"%PDF my own notes"
    dialog.export_button.click()  # Replace
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=60_000)
    assert answers[0].startswith("“notes.pdf” already exists and is not an earlier export")
    assert notes.read_bytes() != b"%PDF my own notes" and notes.read_bytes().startswith(b"%PDF")
