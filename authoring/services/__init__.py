"""Services: the only writers of the workspace. Each call is one transaction and returns Changes."""

from __future__ import annotations

from authoring.services.assets import AssetService
from authoring.services.blocks import BlockService
from authoring.services.changes import Changes
from authoring.services.history import HistoryService
from authoring.services.library import LibraryService
from authoring.services.modules import ModuleService
from authoring.services.pages import PageService
from authoring.services.questions import QuestionService
from authoring.services.transfer import TransferService
from authoring.workspace import Workspace

__all__ = ["Changes", "Services"]


class Services:
    """Every service of one open workspace, as the GUI, the CLI and importers use them."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.modules = ModuleService(workspace)
        self.pages = PageService(workspace)
        self.blocks = BlockService(workspace)
        self.questions = QuestionService(workspace)
        self.assets = AssetService(workspace)
        self.history = HistoryService(workspace)
        self.transfer = TransferService(workspace, self.questions)
        self.library = LibraryService(workspace)
