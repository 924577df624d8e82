"""A module's quiz settings: pass mark, attempts, shuffling, when feedback shows, answers shown."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.gui.studio import Studio
from authoring.settings import Assessment, FeedbackTiming


class QuizSettingsForm(QWidget):
    """Edits an `Assessment`; `edited` on every change the person makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.pass_mark = QSpinBox(self)
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setSuffix(self.tr(" %"))
        self.pass_mark.setToolTip(self.tr("The share of the points a learner needs to pass"))
        form.addRow(self.tr("Pass mark:"), self.pass_mark)
        self.attempts = QSpinBox(self)
        self.attempts.setRange(0, 99)
        self.attempts.setMinimumWidth(120)
        self.attempts.setSpecialValueText(self.tr("Unlimited"))
        self.attempts.setToolTip(self.tr("How often a learner may take the quiz; 0 is "
                                         "unlimited"))
        form.addRow(self.tr("Attempts:"), self.attempts)
        self.shuffle_questions = QCheckBox(self.tr("Shuffle the order of the questions"), self)
        self.shuffle_options = QCheckBox(self.tr("Shuffle the answer options"), self)
        form.addRow(self.tr("Order:"), self.shuffle_questions)
        form.addRow("", self.shuffle_options)
        self.timing_group = QButtonGroup(self)
        self.timing: dict[FeedbackTiming, QRadioButton] = {}
        labels = {
            FeedbackTiming.IMMEDIATE: self.tr("Right after each answer"),
            FeedbackTiming.END: self.tr("At the end of the quiz"),
            FeedbackTiming.NEVER: self.tr("Never (only the score)"),
        }
        timing_box = QWidget(self)
        timing_layout = QVBoxLayout(timing_box)
        timing_layout.setContentsMargins(0, 0, 0, 0)
        for timing, label in labels.items():
            button = QRadioButton(label, timing_box)
            self.timing_group.addButton(button)
            self.timing[timing] = button
            timing_layout.addWidget(button)
        form.addRow(self.tr("Feedback:"), timing_box)
        self.show_correct = QCheckBox(self.tr("Show the right answers with the feedback"), self)
        form.addRow("", self.show_correct)
        self.set_assessment(Assessment())
        self.pass_mark.valueChanged.connect(self.edited)
        self.attempts.valueChanged.connect(self.edited)
        for box in (self.shuffle_questions, self.shuffle_options, self.show_correct):
            box.toggled.connect(self.edited)
        self.timing_group.buttonToggled.connect(self._timing_toggled)

    def _timing_toggled(self, _button: QRadioButton, checked: bool) -> None:
        self.show_correct.setEnabled(not self.timing[FeedbackTiming.NEVER].isChecked())
        if checked:
            self.edited.emit()

    def set_assessment(self, assessment: Assessment) -> None:
        """Show `assessment` (without emitting `edited`)."""
        self.blockSignals(True)
        try:
            self.pass_mark.setValue(assessment.pass_mark)
            self.attempts.setValue(assessment.attempts)
            self.shuffle_questions.setChecked(assessment.shuffle_questions)
            self.shuffle_options.setChecked(assessment.shuffle_options)
            self.timing[assessment.feedback].setChecked(True)
            self.show_correct.setChecked(assessment.show_correct_answers)
            self.show_correct.setEnabled(assessment.feedback is not FeedbackTiming.NEVER)
        finally:
            self.blockSignals(False)

    def assessment(self) -> Assessment:
        """Return the settings as the form shows them."""
        timing = next(t for t, b in self.timing.items() if b.isChecked())
        return Assessment(pass_mark=self.pass_mark.value(), attempts=self.attempts.value(),
                          shuffle_questions=self.shuffle_questions.isChecked(),
                          shuffle_options=self.shuffle_options.isChecked(), feedback=timing,
                          show_correct_answers=self.show_correct.isChecked())


class QuizSettingsDialog(QDialog):
    """The settings form with OK and Cancel."""

    def __init__(self, assessment: Assessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quiz settings"))
        layout = QVBoxLayout(self)
        self.form = QuizSettingsForm(self)
        self.form.set_assessment(assessment)
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, assessment: Assessment) -> tuple[Assessment, bool]:
        """Show the dialog; return the settings and whether OK was pressed."""
        dialog = cls(assessment, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.form.assessment() if accepted else assessment
        dialog.deleteLater()
        return result, accepted


def edit_quiz_settings(studio: Studio, module_id: uuid.UUID,
                       parent: QWidget | None = None) -> bool:
    """Let the person change the module's quiz settings; True when something was saved."""
    current = studio.services.modules.snapshot(module_id).assessment
    chosen, accepted = QuizSettingsDialog.ask(parent, current)
    if not accepted or chosen == current:
        return False
    modules = studio.services.modules
    text = QCoreApplication.translate("QuizSettingsDialog", "Change quiz settings")
    return studio.do(text, lambda: modules.update(module_id, assessment=chosen)) is not None
