"""Services: the only writers of the workspace. Each call is one transaction and returns Changes.

`Services` builds each service the first time it is asked for, importing it then: a command
that lists modules never loads what imports files, fills templates or searches.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from authoring.workspace import Workspace

if TYPE_CHECKING:
    from authoring.services.assets import AssetService
    from authoring.services.blocks import BlockService
    from authoring.services.changes import Changes
    from authoring.services.history import HistoryService
    from authoring.services.library import LibraryService
    from authoring.services.modules import ModuleService
    from authoring.services.pages import PageService
    from authoring.services.question_files import QuestionFileService
    from authoring.services.questions import QuestionService
    from authoring.services.results import ResultsService
    from authoring.services.transfer import TransferService

__all__ = ["Changes", "Services"]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - PEP 562: `Changes` is loaded when used
    if name == "Changes":
        from authoring.services.changes import Changes  # noqa: PLC0415

        return Changes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Services:
    """Every service of one open workspace, as the GUI, the CLI and importers use them."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    @cached_property
    def modules(self) -> ModuleService:
        """Modules: create, update, review state, snapshots."""
        from authoring.services.modules import ModuleService  # noqa: PLC0415

        return ModuleService(self.workspace)

    @cached_property
    def pages(self) -> PageService:
        """Pages of a module."""
        from authoring.services.pages import PageService  # noqa: PLC0415

        return PageService(self.workspace)

    @cached_property
    def blocks(self) -> BlockService:
        """Blocks on a page."""
        from authoring.services.blocks import BlockService  # noqa: PLC0415

        return BlockService(self.workspace)

    @cached_property
    def questions(self) -> QuestionService:
        """Questions and banks."""
        from authoring.services.questions import QuestionService  # noqa: PLC0415

        return QuestionService(self.workspace)

    @cached_property
    def question_files(self) -> QuestionFileService:
        """GIFT and Moodle XML files in and out of banks."""
        from authoring.services.question_files import QuestionFileService  # noqa: PLC0415

        return QuestionFileService(self.workspace)

    @cached_property
    def assets(self) -> AssetService:
        """Files: images, media, attachments."""
        from authoring.services.assets import AssetService  # noqa: PLC0415

        return AssetService(self.workspace)

    @cached_property
    def history(self) -> HistoryService:
        """Undo and redo by row journal."""
        from authoring.services.history import HistoryService  # noqa: PLC0415

        return HistoryService(self.workspace)

    @cached_property
    def transfer(self) -> TransferService:
        """Imports and bundles."""
        from authoring.services.transfer import TransferService  # noqa: PLC0415

        return TransferService(self.workspace, self.questions)

    @cached_property
    def library(self) -> LibraryService:
        """The library: search, templates, trash."""
        from authoring.services.library import LibraryService  # noqa: PLC0415

        return LibraryService(self.workspace)

    @cached_property
    def results(self) -> ResultsService:
        """Learners' results: imports, pulls from an LRS, the statistics report."""
        from authoring.services.results import ResultsService  # noqa: PLC0415

        return ResultsService(self.workspace, self.modules)
