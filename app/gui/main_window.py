"""The studio's main window: welcome, library, module editor, inbox and admin on one stack.

Also the menus, undo and redo, the save state, the Check and Comments docks, and the window's
layout kept between sessions. Peer review (who I am, groups, submitting, the inbox, sync) is
wired by ReviewController.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from app.gui.icons import IconName, icon

if TYPE_CHECKING:
    from app.gui.editor.module_editor import ModuleEditor
    from app.gui.editor.preview import PreviewPane
    from app.gui.export_dialog import ExportDialog
    from app.gui.findings_panel import FindingsPanel
    from app.gui.image_warmup import ImageWarmup
    from app.gui.library_view import LibraryView
    from app.gui.review.threads_panel import ThreadsPanel
    from app.gui.review_controller import ReviewController
    from app.gui.studio import Studio
    from app.gui.welcome_view import WelcomeView
    from authoring.services import Changes, Services
    from review.service import ReviewService

# The window can show before its workspace is open (`MainWindow(None)`, then `attach`): the
# studio's own code and the database layer load after the first paint (see startup.py). The
# editor, its preview (QtWebEngine) and the exporters are imported when a module is first
# opened. Review (its service, views and dialogs) loads just after the window shows, for the
# first sync; the Comments dock (the reviewers' threads on the module being edited) when a
# module is first opened.


class MainWindow(QMainWindow):
    """One window for everything a creator does; each change is saved as it is made."""

    # Made by `attach`, once the workspace is open.
    studio: Studio
    image_warmup: ImageWarmup
    stack: QStackedWidget
    welcome: WelcomeView
    library: LibraryView
    findings: FindingsPanel
    findings_dock: QDockWidget
    reviews: ReviewController

    def __init__(self, services: Services | None, settings: QSettings | None = None,
                 review: ReviewService | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Kiem"))
        self.resize(1280, 800)
        self._editor: ModuleEditor | None = None
        self._preview: PreviewPane | None = None
        self._comments: ThreadsPanel | None = None
        self.comments_dock: QDockWidget | None = None  # made with the first module opened
        self.results_dock: QDockWidget | None = None  # made when first asked for
        self._comments_wanted = False  # the dock is shown whenever the editor is
        self._placing_comments = False
        self._seen_threads: set[uuid.UUID] = set()  # open threads the Comments dock has shown
        self._started = False
        self.attached = False  # the workspace's views are in; until then, only the frame
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if services is None:
            self.setCentralWidget(QLabel(self.tr("Opening the workspace…"),
                                         alignment=Qt.AlignmentFlag.AlignCenter))
        else:
            self.attach(services, review)

    def attach(self, services: Services, review: ReviewService | None = None) -> None:
        """Build the studio on the open workspace: its views, menus, docks and status bar."""
        from app.gui.findings_panel import FindingsPanel  # noqa: PLC0415 - after the frame
        from app.gui.image_warmup import ImageWarmup  # noqa: PLC0415
        from app.gui.library_view import LibraryView  # noqa: PLC0415
        from app.gui.review_controller import ReviewController  # noqa: PLC0415
        from app.gui.save_status import SaveStatus  # noqa: PLC0415
        from app.gui.studio import Studio  # noqa: PLC0415
        from app.gui.welcome_view import WelcomeView  # noqa: PLC0415

        self.studio = Studio(services, self)
        self.image_warmup = ImageWarmup(self.studio)  # photos ready for export as they come in

        self.stack = QStackedWidget(self)
        self.welcome = WelcomeView(self.studio, self.stack)
        self.library = LibraryView(self.studio, self.stack)
        for view in (self.welcome, self.library):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)
        self.findings = FindingsPanel(self.studio, self)
        self.findings_dock = QDockWidget(self.tr("Check"), self)
        self.findings_dock.setObjectName("findings-dock")
        self.findings_dock.setWidget(self.findings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.findings_dock.hide()
        self.findings_dock.visibilityChanged.connect(self._findings_shown)
        self.findings.jump.connect(self._jump)
        self.stack.currentChanged.connect(lambda _index: self._place_comments())

        self.welcome.open_requested.connect(self.open_module)
        self.library.open_requested.connect(self.open_module)
        self.studio.changed.connect(self._changed)
        self.studio.failed.connect(self._failed)
        self.library.table.selectionModel().selectionChanged.connect(
            lambda *_: self.sync_actions())
        self.reviews = ReviewController(self, review)  # review: made when needed if None
        self._build_menus()

        self.saved = SaveStatus(self.studio, self)
        self.statusBar().addPermanentWidget(self.reviews.sync.label)
        self.statusBar().addPermanentWidget(self.saved)
        path = services.workspace.path
        self.workspace_line = "" if path is None else self.tr("Workspace: %1").replace(
            "%1", str(path))
        if self.workspace_line:
            self.statusBar().showMessage(self.workspace_line)
        if (state := self.settings.value("window/state")) is not None:
            self.restoreState(state)  # the docks, once they are in
        self.attached = True
        self.show_home()
        self.studio.saves.restored.connect(lambda count: self.statusBar().showMessage(self.tr(
            "Saving %1 edits typed before Kiem last closed, which the workspace could not take "
            "then").replace("%1", str(count)), 20_000))
        self.studio.saves.restore()

    # -- the editor, made on first use -------------------------------------------------------
    @property
    def editor(self) -> ModuleEditor:
        """The module editor (made, with its preview, the first time it is needed)."""
        if self._editor is None:
            from app.gui.editor.module_editor import ModuleEditor  # noqa: PLC0415 - start-up
            from app.gui.editor.preview import PreviewPane  # noqa: PLC0415

            editor = ModuleEditor(self.studio, self.stack)
            preview = PreviewPane(self.studio.services, editor.preview_slot)
            editor.preview_slot.layout().addWidget(preview)
            editor.page_shown.connect(preview.show_page)
            editor.block_text_edited.connect(preview.edit_block)
            editor.comments_requested.connect(lambda _page, block: self.show_comments(block))
            splitter = self.settings.value("window/editor")
            if splitter is not None:
                editor.restoreState(splitter)
            self.stack.addWidget(editor)
            self._editor, self._preview = editor, preview
        return self._editor

    @property
    def preview(self) -> PreviewPane:
        """The live preview beside the editor."""
        self.editor  # noqa: B018 - makes the preview with the editor
        assert self._preview is not None  # noqa: S101 - made together with the editor
        return self._preview

    @property
    def comments(self) -> ThreadsPanel:
        """The reviewers' threads on the module being edited, in the Comments dock."""
        if self._comments is None:
            from app.gui.review.threads_panel import ThreadsPanel  # noqa: PLC0415 - start-up

            panel = ThreadsPanel(self.studio, self.review)
            panel.setMinimumWidth(320)
            panel.jump.connect(self._jump)
            panel.markers_changed.connect(self.editor.show_open_threads)
            dock = QDockWidget(self.tr("Comments"), self)
            dock.setObjectName("comments-dock")
            dock.setWidget(panel)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self._comments, self.comments_dock = panel, dock
            self._placing_comments = True
            if not self.restoreDockWidget(dock):  # as the last session left it, or hidden
                dock.hide()
            self._placing_comments = False
            self._comments_wanted = not dock.isHidden()
            self.comments_action.setChecked(self._comments_wanted)
            dock.toggleViewAction().toggled.connect(self._comments_toggled)
        return self._comments

    @property
    def review(self) -> ReviewService:
        """The review service of this workspace (made the first time it is needed)."""
        return self.reviews.review

    def flush_editor(self) -> None:
        """Save typing still waiting in the editor."""
        if self._editor is not None:
            self._editor.flush()

    def _in_editor(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    # -- navigation ---------------------------------------------------------------------------
    def show_home(self) -> None:
        """Show the library, or the welcome screen when the workspace has no modules yet."""
        self.flush_editor()
        has_modules = self.studio.services.modules.count() > 0
        self.stack.setCurrentWidget(self.library if has_modules else self.welcome)
        if has_modules:
            self.library.refresh()
        self.sync_actions()

    def open_module(self, module_id: uuid.UUID) -> None:
        """Edit a module, with its preview beside it."""
        self.editor.open_module(module_id)
        self.stack.setCurrentWidget(self.editor)
        # Checked now only if the Check dock is open; else when it opens (a 200-page module
        # takes a tenth of a second to check, and the editor checks it for its own marks).
        self.findings.show_module(None if self.findings_dock.isHidden() else self.editor.module())
        if self.results_dock is not None and self.results_dock.isVisible():
            self.results_dock.widget().show_module(module_id)  # type: ignore[attr-defined]
        self._show_threads_of(module_id)
        self.sync_actions()

    def current_module(self) -> uuid.UUID | None:
        """Return the module being edited, if the editor is showing."""
        return self.editor.current_module() if self._in_editor() else None

    # -- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(icon(IconName.ADD), self.tr("&New module…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._new_module)
        self.import_action = QAction(icon(IconName.IMPORT), self.tr("&Import folder…"), self)
        self.import_action.triggered.connect(lambda: self.library.import_folder())
        self.export_action = QAction(icon(IconName.EXPORT), self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.export)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.import_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.studio.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon(IconName.UNDO))
        self.redo_action = self.studio.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon(IconName.REDO))
        # The stack's own actions would raise on a conflict; the studio reports it instead.
        for action, run in ((self.undo_action, self.studio.undo),
                            (self.redo_action, self.studio.redo)):
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, run=run: self._flush_then(run))
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.triggered.connect(self._preferences)
        edit_menu.addAction(self.preferences_action)

        module_menu = self.menuBar().addMenu(self.tr("&Module"))
        self.settings_action = QAction(icon(IconName.SETTINGS), self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence(self.tr("Ctrl+,")))
        self.settings_action.triggered.connect(self.module_settings)
        self.check_action = QAction(icon(IconName.OK), self.tr("&Check"), self)
        self.check_action.setShortcut(QKeySequence(self.tr("F7")))
        self.check_action.setToolTip(self.tr("List what to fix before export (F7)"))
        self.check_action.triggered.connect(self.show_findings)
        module_menu.addAction(self.settings_action)
        module_menu.addAction(self.check_action)
        self.results_action = QAction(self.tr("Resul&ts"), self)
        self.results_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+R")))
        self.results_action.setToolTip(self.tr(
            "Which questions work, from learners' results (Ctrl+Shift+R)"))
        self.results_action.triggered.connect(self.show_results)
        module_menu.addAction(self.results_action)
        module_menu.addSeparator()
        module_menu.addAction(self.reviews.submit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.library_action = QAction(icon(IconName.BACK), self.tr("&Library"), self)
        self.library_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.library_action.triggered.connect(self.show_home)
        self.comments_action = QAction(icon(IconName.COMMENT), self.tr("&Comments"), self)
        self.comments_action.setCheckable(True)
        self.comments_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+M")))
        self.comments_action.setToolTip(self.tr(
            "Show or hide the reviewers' comments on this module (Ctrl+Shift+M)"))
        self.comments_action.triggered.connect(self.set_comments_shown)
        view_menu.addActions([self.library_action, self.comments_action,
                              self.reviews.inbox_action, self.reviews.admin_action])
        self.reviews.build_menu(self.menuBar())

        toolbar = self.addToolBar(self.tr("Studio"))
        toolbar.setObjectName("studio-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.library_action, self.undo_action, self.redo_action,
                       self.settings_action, self.check_action, self.export_action):
            toolbar.addAction(action)
        for action in (self.undo_action, self.redo_action):
            # Their text names the step ("Undo Edit text"); shown beside the icon it made the
            # toolbar jump with every step. The icon stays put; the name is in the tooltip.
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addSeparator()
        toolbar.addAction(self.reviews.inbox_action)

    def _preferences(self) -> None:
        from app.gui.preferences import PreferencesDialog  # noqa: PLC0415 - start-up time

        PreferencesDialog.ask(self.settings, self)

    def _flush_then(self, run: object) -> None:
        self.flush_editor()  # typing still waiting to be saved becomes its own step first
        run()  # type: ignore[operator]

    def sync_actions(self) -> None:
        """Enable the actions that fit what is shown."""
        in_editor = self._in_editor()
        current = self.stack.currentWidget()
        selected = self.library.selected_ids()
        self.library_action.setEnabled(current not in (self.library, self.welcome))
        self.settings_action.setEnabled(in_editor)
        self.check_action.setEnabled(in_editor)
        self.results_action.setEnabled(in_editor)
        self.comments_action.setEnabled(in_editor)
        self.export_action.setEnabled(in_editor or bool(selected))
        self.reviews.submit_action.setEnabled(
            in_editor or (current is self.library and len(selected) == 1))

    def module_settings(self) -> bool:
        """Open the settings of the module being edited; True when something was saved."""
        current = self.current_module()
        if current is None:
            return False
        from app.gui.module_settings import ModuleSettingsDialog  # noqa: PLC0415 - start-up

        self.editor.flush()
        return ModuleSettingsDialog.ask(self.studio, current, self)

    def show_findings(self) -> None:
        """Show what `check` finds in the module being edited."""
        self.editor.flush()
        self.findings.show_module(self.editor.module())
        self.findings_dock.show()
        self.findings_dock.raise_()
        # As tall as its findings (one line takes one line), never over a quarter of the window.
        title = self.findings_dock.titleBarWidget()
        bar = title.sizeHint().height() if title else self.fontMetrics().height() + 10
        wanted = min(self.findings.wanted_height() + bar, self.height() // 4)
        self.resizeDocks([self.findings_dock], [wanted], Qt.Orientation.Vertical)

    def show_results(self) -> None:
        """Show which questions of the module being edited work, from learners' results."""
        if self.results_dock is None:
            from app.gui.results_panel import results_dock  # noqa: PLC0415 - start-up time

            self.results_dock = results_dock(self.studio, self)
        self.results_dock.widget().show_module(self.current_module())  # type: ignore[attr-defined]
        self.results_dock.show()
        self.results_dock.raise_()

    def _findings_shown(self, visible: bool) -> None:  # noqa: FBT001 - Qt's signal
        current = self.editor.module() if self._in_editor() else None
        if visible and current is not None and self.findings.module_id != current.id:
            self.findings.show_module(current)  # opened another way than Check (F7)

    def _jump(self, page_id: uuid.UUID, block_id: uuid.UUID | None) -> None:
        self.editor.select(page_id, block_id)

    # -- the Comments dock --------------------------------------------------------------------
    def _show_threads_of(self, module_id: uuid.UUID) -> None:
        """Show the module's threads (and marks on their blocks); open the dock for new ones."""
        panel = self.comments
        panel.show_module(module_id)
        open_now = panel.open_thread_ids()
        if open_now - self._seen_threads:
            self.set_comments_shown(True)
        self._place_comments()

    def set_comments_shown(self, shown: bool) -> None:  # noqa: FBT001 - a toggle's slot
        """Show or hide the Comments dock (View › Comments); it shows only beside the editor."""
        self.comments  # noqa: B018 - makes the dock
        self._comments_wanted = shown
        self.comments_action.setChecked(shown)
        self._place_comments()
        if shown and self.comments_dock is not None and self._in_editor():
            self.comments_dock.raise_()

    def show_comments(self, block_id: uuid.UUID | None = None) -> None:
        """Show the Comments dock and, given a block, the threads on it (its marker clicked)."""
        self.set_comments_shown(True)
        if block_id is not None:
            self.comments.reveal_block(block_id)

    def refresh_comments(self) -> None:
        """Read the threads again (a sync brought something)."""
        if self._comments is not None:
            self._comments.refresh()
            self._place_comments()

    def _place_comments(self) -> None:
        dock = self.comments_dock
        if dock is None:
            return
        shown = self._comments_wanted and self._in_editor()
        if shown != (not dock.isHidden()):
            self._placing_comments = True
            dock.setVisible(shown)
            self._placing_comments = False
        if shown and self._comments is not None:  # what the author has now had in sight
            self._seen_threads |= self._comments.open_thread_ids()

    def _comments_toggled(self, shown: bool) -> None:  # noqa: FBT001 - Qt's signal
        if not self._placing_comments:  # the dock's own close button, or its menu
            self._comments_wanted = shown
            self.comments_action.setChecked(shown)

    def _new_module(self) -> None:
        module_id = self.library.new_module()
        if module_id is not None:
            self.open_module(module_id)

    def export(self) -> ExportDialog | None:
        """Export the module being edited, or the modules selected in the library."""
        from app.gui.export_dialog import ExportDialog  # noqa: PLC0415 - start-up time

        self.flush_editor()
        if self.studio.saves.waiting and not self.studio.saves.flush():
            self._failed(self.tr("Typing that waits for the workspace would be missing from "
                                 "the export: %1").replace("%1", self.studio.saves.reason))
            return None
        current = self.current_module()
        ids = [current] if current else self.library.selected_ids()
        if not ids:
            return None
        dialog = ExportDialog(self.studio.services, ids, self)
        dialog.open()
        return dialog

    def open_review(self, request_id: uuid.UUID) -> QWidget | None:
        """Open a review request in review mode (with "Back to inbox"); None if it cannot."""
        return self.reviews.open_review(request_id)

    # -- feedback -----------------------------------------------------------------------------
    def _changed(self, _changes: Changes) -> None:
        self.sync_actions()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("That did not work"),
                            self.tr("%1\n\nNothing was changed.").replace("%1", message))

    # -- layout between sessions --------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """The first time the window shows with its workspace: start the reviews."""
        super().showEvent(event)
        if self.attached:
            self.start_reviews()

    def start_reviews(self) -> None:
        """Ask who I am (once) and start syncing, soon; the first time only."""
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self.reviews.first_start)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Pass a theme switch on to the editor (its style sheet keeps it from hearing it)."""
        if event.type() == QEvent.Type.PaletteChange and self._editor is not None:
            self._editor.follow_theme()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Save pending typing and the window's layout, then close."""
        if not self.attached:  # closed while the workspace opens: nothing to save yet
            super().closeEvent(event)
            return
        from app.gui.save_status import may_close  # noqa: PLC0415 - loaded with the studio

        self.flush_editor()
        if not may_close(self, self.studio):
            event.ignore()
            return
        self.image_warmup.stop()
        self.reviews.sync.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self._editor is not None:
            self.settings.setValue("window/editor", self._editor.saveState())
        super().closeEvent(event)
