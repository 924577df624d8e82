"""Module folders Kiem refuses to take in: links out of the folder, odd files, modules that
could not travel as a bundle."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from authoring.errors import ImportFailed
from authoring.services import Services


def test_a_page_or_quiz_linked_to_a_file_outside_the_folder_is_refused(
        services: Services, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    folder = tmp_path / "module"
    folder.mkdir()
    (folder / "1-intro.md").write_text("# Intro\n\nHello.\n")
    (folder / "2-more.md").symlink_to(secret)
    with pytest.raises(ImportFailed, match="2-more.md: a link to a file outside the module"):
        services.transfer.import_folder(folder)
    (folder / "2-more.md").unlink()
    (folder / "quiz.gift").symlink_to(secret)
    with pytest.raises(ImportFailed, match="quiz.gift: a link to a file outside"):
        services.transfer.import_folder(folder)
    (folder / "quiz.gift").unlink()
    os.mkfifo(folder / "3-pipe.md")  # would hang a read
    with pytest.raises(ImportFailed, match="3-pipe.md: not a plain file"):
        services.transfer.import_folder(folder)
    (folder / "3-pipe.md").unlink()
    (folder / "2-inside.md").symlink_to(folder / "1-intro.md")  # a link within is fine
    assert services.transfer.import_folder(folder).id is not None
    assert services.modules.list()[0].pages == 2


def test_a_folder_whose_module_could_not_travel_as_a_bundle_is_refused(
        services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "module"
    folder.mkdir()
    (folder / "1-intro.md").write_text("# Intro\n\nHello.\n")
    (folder / "module.toml").write_text(f'title = "{"T" * 440}"\n')
    with pytest.raises(ImportFailed, match="module: module/title: .* is too long"):
        services.transfer.import_folder(folder)
    assert services.modules.list() == []
