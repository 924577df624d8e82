"""`kiem export`: packages from the command line, refusals with findings, batch to a folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "phishing"


def _imported(ws: Path, capsys) -> str:
    assert main(["--workspace", str(ws), "import", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    return out.split(" as ", 1)[1].split(":", 1)[0]


def test_admin_exports_a_trainer_pdf_from_the_command_line(capsys, tmp_path):
    ws = tmp_path / "ws.kiemdb"
    module_id = _imported(ws, capsys)
    out = tmp_path / "trainer.pdf"
    status = main(["--workspace", str(ws), "export", module_id[:8], "--format", "pdf",
                   "--pdf-variant", "trainer", "--out", str(out)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert str(out) in captured.out and "KB" in captured.out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Accepted answers" in text


def test_export_refuses_a_module_with_errors_and_names_them(capsys, tmp_path):
    ws = tmp_path / "ws.kiemdb"
    assert main(["--workspace", str(ws), "init"]) == 0
    from authoring.services import Services
    from authoring.workspace import Workspace

    with Workspace.open(ws) as workspace:
        services = Services(workspace)
        module_id = services.modules.create("Empty").id
    capsys.readouterr()
    out = tmp_path / "empty.pdf"
    status = main(["--workspace", str(ws), "export", str(module_id), "--format", "pdf",
                   "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1 and not out.exists()
    assert err.startswith("kiem: not exported") and "no pages" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["--workspace", str(ws), "export", str(module_id), "--format", "pdf",
                 "--out", str(out), "--force"]) == 0


def test_several_modules_export_into_a_folder(capsys, tmp_path):
    ws = tmp_path / "ws.kiemdb"
    first = _imported(ws, capsys)
    second = _imported(ws, capsys)
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--workspace", str(ws), "export", first, second, "--format", "pdf",
                 "--out", str(folder)]) == 0
    assert len(list(folder.glob("*.pdf"))) == 2


def test_exporting_a_web_folder_again_replaces_it_with_nothing_added(capsys, tmp_path):
    ws = tmp_path / "ws.kiemdb"
    module_id = _imported(ws, capsys)
    site = tmp_path / "phishing-web"
    argv = ["--workspace", str(ws), "export", module_id, "--format", "html", "--out", str(site)]
    assert main(argv) == 0
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}

    assert main(argv) == 0, capsys.readouterr().err  # the same folder, not a zip put inside it
    assert {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()} == first



def test_admin_exports_cmi5_and_xapi_packages_from_the_command_line(capsys, tmp_path):
    import zipfile

    ws = tmp_path / "ws.kiemdb"
    module_id = _imported(ws, capsys)
    for fmt, structure in (("cmi5", "cmi5.xml"), ("xapi", "tincan.xml")):
        out = tmp_path / f"phishing-{fmt}.zip"
        status = main(["--workspace", str(ws), "export", module_id[:8], "--format", fmt,
                       "--out", str(out)])
        captured = capsys.readouterr()
        assert status == 0, captured.err
        with zipfile.ZipFile(out) as zf:
            assert {structure, "index.html", "player/kiem.js"} <= set(zf.namelist())
            assert module_id.encode() in zf.read(structure)
