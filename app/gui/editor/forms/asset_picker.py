"""Choosing a file for a block: a button with a file dialog, or a file dropped from the desktop."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.editor.actions import EditorActions
from app.gui.editor.tinted import forget, tint
from app.gui.icons import IconName
from authoring.snapshot import ModuleSnap

THUMB = QSize(220, 150)


LAST_FOLDER_SETTING = "editor/last-file-folder"


class FileKind(StrEnum):
    """What a picker accepts."""

    IMAGE = "images"
    AUDIO = "audio"
    VIDEO = "video"
    FILE = "files"


SUFFIXES: dict[FileKind, tuple[str, ...]] = {
    FileKind.IMAGE: (".png", ".jpg", ".jpeg", ".gif", ".webp"),
    FileKind.AUDIO: (".mp3", ".m4a", ".aac", ".ogg", ".oga", ".wav"),
    FileKind.VIDEO: (".mp4", ".m4v", ".webm", ".ogv", ".mov"),
    FileKind.FILE: (),
}


def dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """Return the one local file carried by a drag, if any."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return files[0] if len(files) == 1 and files[0].is_file() else None


class AssetPicker(QFrame):
    """Shows the chosen file (a thumbnail for images) and lets the person choose or drop one."""

    chosen = Signal(object)  # Path

    def __init__(self, actions: EditorActions, kind: FileKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self.kind = kind
        self.setObjectName("assetPicker")
        self.setAcceptDrops(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(14)
        self.preview = QLabel(self)
        self.preview.setObjectName("assetPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if kind is FileKind.IMAGE:
            self.preview.setFixedSize(THUMB)
        else:
            self.preview.setFixedSize(QSize(40, 40))
        layout.addWidget(self.preview)
        side = QVBoxLayout()
        side.setSpacing(6)
        self.name = QLabel(self)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self._choose_text(), self)
        tint(self.button, IconName.IMPORT)
        self.button.clicked.connect(lambda: self.choose())
        self.drop_hint = QLabel(self._drop_text(), self)
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        side.addStretch(1)
        side.addWidget(self.name)
        side.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.drop_hint)
        side.addStretch(1)
        layout.addLayout(side, 1)
        self.show_file("", None)

    def _choose_text(self) -> str:
        return {FileKind.IMAGE: self.tr("Choose image…"), FileKind.AUDIO: self.tr("Choose audio…"),
                FileKind.VIDEO: self.tr("Choose video…"), FileKind.FILE: self.tr("Choose file…")
                }[self.kind]

    def _drop_text(self) -> str:
        return {FileKind.IMAGE: self.tr("…or drop an image here from your computer."),
                FileKind.AUDIO: self.tr("…or drop a sound file here from your computer."),
                FileKind.VIDEO: self.tr("…or drop a video here from your computer."),
                FileKind.FILE: self.tr("…or drop a file here from your computer.")}[self.kind]

    def _filter(self) -> str:
        patterns = " ".join(f"*{s}" for s in SUFFIXES[self.kind])
        name = {FileKind.IMAGE: self.tr("Images"), FileKind.AUDIO: self.tr("Audio"),
                FileKind.VIDEO: self.tr("Video"), FileKind.FILE: self.tr("All files")}[self.kind]
        return f"{name} ({patterns or '*'})"

    def choose(self, path: Path | None = None) -> None:
        """Use `path`, or ask for a file when none is given."""
        if path is None:
            picked, _ = QFileDialog.getOpenFileName(self, self._choose_text().rstrip("…"),
                                                    str(self.start_folder()), self._filter())
            if not picked:
                return
            path = Path(picked)
            QSettings().setValue(LAST_FOLDER_SETTING, str(path.parent))
        self.chosen.emit(path)

    def start_folder(self) -> Path:
        """Where the file dialog opens (never the folder Kiem happened to be started from).

        The folder used last, else the user's own folder for this kind of file (Pictures,
        Music, Videos, Documents), else home.
        """
        last = str(QSettings().value(LAST_FOLDER_SETTING, "") or "")
        if last and Path(last).is_dir():
            return Path(last)
        place = {FileKind.IMAGE: QStandardPaths.StandardLocation.PicturesLocation,
                 FileKind.AUDIO: QStandardPaths.StandardLocation.MusicLocation,
                 FileKind.VIDEO: QStandardPaths.StandardLocation.MoviesLocation,
                 }.get(self.kind, QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QStandardPaths.writableLocation(place)
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    def show_file(self, sha256: str, module: ModuleSnap | None) -> None:
        """Show the file with this sha256 (its thumbnail or its name), or an invitation."""
        asset = next((a for a in module.assets if a.sha256 == sha256), None) if module else None
        self.name.setVisible(bool(sha256))
        if not sha256:
            self.name.clear()
        elif asset is None:
            self.name.setText(self.tr("The file is missing; choose it again."))
        else:
            size = max(1, round(asset.size / 1024))
            self.name.setText(self.tr("{name} ({size} KB)").format(
                name=asset.name.rsplit("/", 1)[-1], size=QLocale().toString(size)))
        self.button.setText(self._choose_text() if not sha256 else self.tr("Replace…"))
        pixmap = QPixmap()
        if self.kind is FileKind.IMAGE and sha256:
            thumb = self._actions.thumbnail(sha256)
            if thumb:
                pixmap.loadFromData(thumb)
        if not pixmap.isNull():
            forget(self.preview)
            self.preview.setPixmap(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            glyph = {FileKind.IMAGE: IconName.IMAGE, FileKind.AUDIO: IconName.AUDIO,
                     FileKind.VIDEO: IconName.VIDEO, FileKind.FILE: IconName.ATTACHMENT}[self.kind]
            side = 48 if self.kind is FileKind.IMAGE else 28
            tint(self.preview, glyph, side)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        """Accept one local file."""
        if dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        """Use the dropped file."""
        path = dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.chosen.emit(path)
