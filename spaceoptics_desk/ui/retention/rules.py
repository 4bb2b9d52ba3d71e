"""The retention schedule as settings (R23): the owner changes a rule's period, action or "automatic",
always with a reason; every change is listed with who, when and why. A change made elsewhere (another
window, another desk) arrives through the change hub and the table follows."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.permissions import Action
from spaceoptics_desk.operations import rules as schedule_ops
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.formatting import format_moment
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel, rows_view
from spaceoptics_desk.ui.tasks import Task

if TYPE_CHECKING:
    from spaceoptics_desk.domain.retention import RetentionAction, RetentionRule
    from spaceoptics_desk.operations.changes import Changes
    from spaceoptics_desk.operations.rules import Schedule
    from spaceoptics_desk.services.retention_rules import RuleChangeView

REASON_MAX_LENGTH = 500
MAX_PERIOD_MONTHS = 1200  # as services.retention_rules.MAX_PERIOD_MONTHS (not imported: SQLAlchemy)


class RetentionRulesDialog(QDialog):
    """Attributes:
    rules: the schedule as last loaded; rules_view shows it.
    period_box, action_box, automatic_check, reason_edit, save_button: the change of the selected rule.
    history: the changes made so far, newest first.
    error_label: a refusal (no reason, a period of 0, …); the input stays as typed.

    Signals:
        rules_loaded(): the rules and their history are on screen.
    """

    rules_loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._task: Task[Any] | None = None
        self.rules: list[RetentionRule] = []
        self._actions: dict[str, list[RetentionAction]] = {}
        self._saving = False
        self._reloading = False
        refusal = desk.refusal(Action.CHANGE_RULES)
        self.may_change = refusal is None
        self.setWindowTitle(self.tr("Retention rules"))
        intro = QLabel(
            self.tr(
                "How long each kind of data is kept and what happens then (R23). Nothing goes without the "
                "weekly review unless a rule is set to automatic. Every change is recorded with the reason."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.rows = TextRowsModel(
            [
                self.tr("Category"),
                self.tr("Trigger"),
                self.tr("Period (months)"),
                self.tr("Action"),
                self.tr("Automatic"),
            ],
            self,
        )
        self.rules_view = rows_view(self.rows, self, pick_one=True)
        self.rules_view.horizontalHeader().setStretchLastSection(False)
        self.rules_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rules_view.selectionModel().currentRowChanged.connect(self._on_rules_view_current_row_changed)
        rules_label = QLabel(self.tr("&Rules:"), self)
        rules_label.setBuddy(self.rules_view)

        self.period_box = QSpinBox(self)
        self.period_box.setRange(1, MAX_PERIOD_MONTHS)
        self.period_box.setSuffix(self.tr(" months"))
        self.action_box = QComboBox(self)
        self.automatic_check = QCheckBox(self.tr("Carry out &without the weekly review"), self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(REASON_MAX_LENGTH)
        self.reason_edit.setPlaceholderText(
            self.tr("required: why the rule changes (e.g. advice of the accountant)")
        )
        self.reason_edit.returnPressed.connect(self.save_change)
        self.save_button = QPushButton(self.tr("&Save change"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_change)
        form = QFormLayout()
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period_box)
        action_label = QLabel(self.tr("A&ction:"), self)
        action_label.setBuddy(self.action_box)
        reason_label = QLabel(self.tr("Rea&son:"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(period_label, self.period_box)
        form.addRow(action_label, self.action_box)
        form.addRow("", self.automatic_check)
        form.addRow(reason_label, self.reason_edit)
        form.addRow("", self.save_button)
        for widget in (
            self.period_box,
            self.action_box,
            self.automatic_check,
            self.reason_edit,
            self.save_button,
        ):
            widget.setEnabled(self.may_change)
            widget.setToolTip(refusal or "")
        owner_note = QLabel(self.tr("Only the owner changes the retention rules."), self)
        owner_note.setObjectName("caption")
        owner_note.setVisible(not self.may_change)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.history = TextRowsModel(
            [
                self.tr("When"),
                self.tr("Rule"),
                self.tr("Setting"),
                self.tr("Change"),
                self.tr("Why"),
                self.tr("By"),
            ],
            self,
        )
        self.history_view = rows_view(self.history, self)
        history_label = QLabel(self.tr("Changes so far"), self)
        history_label.setObjectName("caption")
        close_button = QPushButton(self.tr("Close"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(rules_label)
        layout.addWidget(self.rules_view, 2)
        layout.addLayout(form)
        layout.addWidget(owner_note)
        layout.addWidget(self.error_label)
        layout.addWidget(history_label)
        layout.addWidget(self.history_view, 1)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(900, 680)
        desk.hub.changed.connect(self._on_hub_changed)
        self.load()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def load(self) -> None:
        if self._task is not None:
            self._task.discard()
        self._saving = False
        self._task = self._desk.run(schedule_ops.schedule, self._on_loaded, self._on_refused)

    def _on_hub_changed(self, changes: Changes) -> None:
        """Another window or desk changed a rule: show it (not while saving here: that reloads itself)."""
        if (changes.rules or changes.everything) and self.isVisible() and not self._saving:
            self.load()

    def _on_loaded(self, loaded: Schedule) -> None:
        self._task = None
        rules, history, actions = loaded.rules, loaded.history, loaded.actions
        row = max(self.rules_view.currentIndex().row(), 0)
        shown = self.selected_rule()
        # What the owner is typing stays: another desk's write (EVERYTHING) reloads the table, not the form.
        edited = shown is not None and self._form_edited(shown)
        self.rules, self._actions = rules, actions
        self._reloading = True  # the table's reset moves the current row: not a choice of another rule
        try:
            self._show_rows(rules, history)
            if rules:
                row = min(row, len(rules) - 1)
                self.rules_view.selectRow(row)
        finally:
            self._reloading = False
        if rules and not (edited and shown is not None and rules[row].category == shown.category):
            self._show_rule(row)
        self.rules_loaded.emit()

    def _form_edited(self, rule: RetentionRule) -> bool:
        """The form differs from `rule` as stored: the owner is changing it."""
        return (
            self.period_box.value() != max(1, rule.period_months)
            or (self.action_box.count() > 0 and self.action_box.currentData() != rule.action.value)
            or self.automatic_check.isChecked() != rule.automatic
        )

    def _show_rows(self, rules: list[RetentionRule], history: list[RuleChangeView]) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        self.rows.set_rows(
            [
                TextRow(
                    [
                        label("retention_category", r.category.value),
                        label("trigger", r.trigger.value),
                        str(r.period_months) if r.trigger.value != "hold_review" else "—",
                        label("retention_action", r.action.value),
                        yes if r.automatic else no,
                    ],
                    tooltip=label("retention_reason", r.category.value),
                )
                for r in rules
            ]
        )
        self.rules_view.resizeColumnsToContents()
        self.history.set_rows(
            [
                TextRow(
                    [
                        format_moment(c.changed_at),
                        label("retention_category", c.category),
                        label("retention_setting", c.setting),
                        f"{self._value(c.setting, c.old_value)} → {self._value(c.setting, c.new_value)}",
                        c.reason,
                        c.changed_by,
                    ]
                )
                for c in history
            ]
        )
        self.history_view.resizeColumnsToContents()

    def _value(self, setting: str, value: str) -> str:
        if setting == "action":
            return label("retention_action", value)
        if setting == "automatic":
            return self.tr("yes") if value == "true" else self.tr("no")
        return value

    def _on_rules_view_current_row_changed(self, current: Any, _previous: Any) -> None:
        if not self._reloading:
            self._show_rule(current.row())

    def _show_rule(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        fraud = rule.trigger.value == "hold_review"  # no period: kept until the hold's review date
        self.period_box.setEnabled(self.may_change and not fraud)
        self.period_box.setValue(max(1, rule.period_months))
        self.action_box.clear()
        for action in self._actions.get(rule.category.value, [rule.action]):
            self.action_box.addItem(label("retention_action", action.value), action.value)
        self.action_box.setCurrentIndex(max(0, self.action_box.findData(rule.action.value)))
        self.action_box.setEnabled(self.may_change and self.action_box.count() > 1)
        self.automatic_check.setChecked(rule.automatic)
        self.automatic_check.setEnabled(self.may_change and rule.action.value != "review")

    def selected_rule(self) -> RetentionRule | None:
        row = self.rules_view.currentIndex().row()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def save_change(self) -> None:
        rule = self.selected_rule()
        if not self.may_change or rule is None or self._task is not None:
            return
        self.error_label.hide()
        category, reason = rule.category.value, self.reason_edit.text()
        period = self.period_box.value() if self.period_box.isEnabled() else None
        action = str(self.action_box.currentData()) if self.action_box.count() else None
        change = functools.partial(
            schedule_ops.change_rule,
            category=category,
            reason=reason,
            period_months=period,
            action=action,
            automatic=self.automatic_check.isChecked(),
        )

        def on_saved(_rule: RetentionRule) -> None:
            self._task = None
            self.reason_edit.clear()
            self.load()

        self._saving = True
        self._task = self._desk.run(change, on_saved, self._on_refused)

    def _on_refused(self, error: BaseException) -> None:
        self._task = None
        self._saving = False
        show_refusal(self, self.error_label, error)

    def reject(self) -> None:
        if self._task is not None:
            self._task.discard()
            self._task = None
            self._saving = False
        super().reject()
