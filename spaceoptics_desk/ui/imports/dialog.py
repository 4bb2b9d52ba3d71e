"""Bestand › Importeren… (issue 13): a webshop export or any CSV in, the owner only.

The steps, one page each: the file (its format told in words), the column mapping when the header is
unknown (mapping_step.py), the options and the trial import (a dry run: what would be added, changed,
merged, skipped and refused, with reasons and examples; nothing written), then the import itself and
its report with the report file's path. Looking at the file, saving the mapping, the trial and the
import are operations run on the task runner, never on the GUI thread, so the window stays responsive;
the trial and the import report their progress per batch through a queued signal and stop after the
current batch when Cancel is pressed (what was applied stays: each batch is one transaction).
"""

from __future__ import annotations

import functools
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.operations import import_mappings, imports
from spaceoptics_desk.operations.changes import Outcome
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.error_reporting import show_refusal
from spaceoptics_desk.ui.file_dialogs import ask_open_path
from spaceoptics_desk.ui.imports.mapping_step import MappingStep
from spaceoptics_desk.ui.imports.report_view import ImportReportView
from spaceoptics_desk.ui.imports.words import word
from spaceoptics_desk.ui.tasks import Task, share_the_interpreter_quickly

if TYPE_CHECKING:
    from spaceoptics_desk.operations.context import Context
    from spaceoptics_desk.operations.import_mappings import FileLook
    from spaceoptics_desk.operations.imports import ImportReport
    from spaceoptics_desk.services.imports.readers import ColumnMapping

FILE_PAGE, MAPPING_PAGE, OPTIONS_PAGE, DONE_PAGE = range(4)
PROGRESS_STEPS = 1000


class _Progress(QObject):
    """Carries the import's progress from the worker to the window (a queued signal)."""

    advanced = Signal(int, float)  # records so far, fraction of the file (-1: not known)


def _look(context: Context, path: Path) -> Outcome[tuple[FileLook, tuple[str, ...]]]:
    """The file's look and the mapping targets, in one trip to the worker."""
    look = import_mappings.look_at_file(context, path).result
    return Outcome((look, import_mappings.mapping_targets(context).result))


class ImportDialog(QDialog):
    """The import wizard.

    Attributes:
        pages: the steps (FILE_PAGE, MAPPING_PAGE, OPTIONS_PAGE, DONE_PAGE).
        file_edit, choose_button, format_label: the file step.
        mapping: the column mapping step.
        all_or_nothing_radio, skip_bad_rows_radio, soft_opt_in_check: the options.
        dry_run_button, import_button, stop_button, next_button, back_button, close_button: the buttons.
        progress: the trial's or the import's progress bar (hidden otherwise).
        trial_report, final_report: the trial's and the import's report on screen.
        error_label: a refusal (an unreadable file, a mapping that cannot work), shown in the window.
        look: what the chosen file looked like (None before one was looked at).
        mapping_name: the saved mapping the file is imported with (None: a known export).

    Signals:
        file_looked(object): the chosen file was looked at (FileLook).
        mapping_saved(str): the column mapping was saved under this name.
        dry_run_finished(object): the trial's ImportReport is on screen.
        import_finished(object): the import's ImportReport is on screen.
        progressed(int): a batch of the trial or the import was done (records so far).
        failed(): an operation was refused; error_label says why.
    """

    file_looked = Signal(object)
    mapping_saved = Signal(str)
    dry_run_finished = Signal(object)
    import_finished = Signal(object)
    progressed = Signal(int)
    failed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._task: Task[Any] | None = None
        self._running = False  # a trial or an import (Cancel stops it; the window does not close)
        self._switch_interval: float | None = None  # the interpreter's, to set back after the run
        self._stop = threading.Event()
        self._targets: tuple[str, ...] = ()
        self._tried_with: tuple[bool, bool] | None = None  # the options of the last trial
        self.path: Path | None = None
        self.look: FileLook | None = None
        self.mapping_name: str | None = None
        self.setWindowTitle(self.tr("Import customers and orders"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.mapping = MappingStep(self)
        self.mapping.saved_mapping_chosen.connect(self._on_mapping_saved_mapping_chosen)
        self.pages.addWidget(self.mapping)
        self.pages.addWidget(self._options_page())
        self.final_report = ImportReportView(self)
        self.pages.addWidget(self.final_report)

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.clicked.connect(self.go_next)
        self.dry_run_button = QPushButton(self.tr("&Trial import"), self)
        self.dry_run_button.setToolTip(self.tr("Shows what the import would do; nothing is saved"))
        self.dry_run_button.clicked.connect(self.start_dry_run)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setToolTip(self.tr("Stops after the batch being written; what is in stays"))
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.dry_run_button, self.import_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(900, 640)
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._on_progress_advanced)
        self._show_page(FILE_PAGE)

    # --- the pages ---------------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Choose an export of the webshop (WooCommerce, Shopify, Lightspeed) or another CSV file. "
                "First a trial import shows what would happen; nothing is saved until you import."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(page)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("no file chosen"))
        self.choose_button = QPushButton(self.tr("C&hoose file…"), page)
        self.choose_button.clicked.connect(lambda: self.choose_file())
        file_label = QLabel(self.tr("&File:"), page)
        file_label.setBuddy(self.choose_button)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        self.format_label = QLabel(page)
        self.format_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.format_label)
        layout.addStretch(1)
        return page

    def _options_page(self) -> QWidget:
        page = QWidget(self)
        self.source_label = QLabel(page)
        self.source_label.setWordWrap(True)
        self.all_or_nothing_radio = QRadioButton(
            self.tr("&All or nothing: one bad row and nothing is saved"), page
        )
        self.skip_bad_rows_radio = QRadioButton(
            self.tr("Skip &bad rows: the good rows are saved, the bad ones listed"), page
        )
        self.all_or_nothing_radio.setChecked(True)
        self._mode = QButtonGroup(page)
        self._mode.addButton(self.all_or_nothing_radio)
        self._mode.addButton(self.skip_bad_rows_radio)
        self.soft_opt_in_check = QCheckBox(self.tr("Soft &opt-in for buyers"), page)
        self.soft_opt_in_check.setChecked(False)
        soft_opt_in_note = QLabel(
            self.tr(
                "Tw 11.7: buyers may get the newsletter about similar products without having asked, "
                "only if the shop offered them a way to refuse it when they ordered."
            ),
            page,
        )
        soft_opt_in_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.source_label)
        form.addRow(self.tr("When a row is bad:"), self.all_or_nothing_radio)
        form.addRow("", self.skip_bad_rows_radio)
        form.addRow(self.tr("Newsletter:"), self.soft_opt_in_check)
        form.addRow("", soft_opt_in_note)
        self.trial_report = ImportReportView(page)
        self.trial_report.hide()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.trial_report, 1)
        layout.addStretch(0)
        for toggle in (self.all_or_nothing_radio, self.skip_bad_rows_radio, self.soft_opt_in_check):
            toggle.toggled.connect(self._on_option_toggled)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self._task is not None
        tried = self._tried_with is not None and self._tried_with == self._options()
        self.back_button.setVisible(page in (MAPPING_PAGE, OPTIONS_PAGE))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page in (FILE_PAGE, MAPPING_PAGE))
        self.next_button.setEnabled(not busy and self.look is not None)
        self.dry_run_button.setVisible(page == OPTIONS_PAGE)
        self.dry_run_button.setEnabled(not busy)
        self.import_button.setVisible(page == OPTIONS_PAGE)
        # The import comes after a trial with the same options: the owner has seen what it will do.
        self.import_button.setEnabled(not busy and tried)
        self.stop_button.setVisible(self._running)
        self.stop_button.setEnabled(self._running and not self._stop.is_set())
        self.choose_button.setEnabled(not busy)
        self.mapping.setEnabled(not busy)
        for toggle in (self.all_or_nothing_radio, self.skip_bad_rows_radio, self.soft_opt_in_check):
            toggle.setEnabled(not busy)
        self.close_button.setEnabled(not self._running)
        default = {
            FILE_PAGE: self.next_button if self.look is not None else self.choose_button,
            MAPPING_PAGE: self.next_button,
            OPTIONS_PAGE: self.import_button if tried else self.dry_run_button,
            DONE_PAGE: self.close_button,
        }[page]
        for button in (
            self.next_button,
            self.dry_run_button,
            self.import_button,
            self.choose_button,
            self.close_button,
        ):
            button.setDefault(button is default)
            button.setAutoDefault(button is default)
        self.back_button.setAutoDefault(False)
        self.stop_button.setAutoDefault(False)

    def _options(self) -> tuple[bool, bool]:
        return self.skip_bad_rows_radio.isChecked(), self.soft_opt_in_check.isChecked()

    # --- the file ----------------------------------------------------------------------------------

    def choose_file(self, path: Path | None = None) -> None:
        """Asks for the file (when not given) and looks at it in the worker."""
        if self._task is not None:
            return
        if path is None:
            start = (
                self.path.parent
                if self.path is not None
                else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation))
            )
            path = ask_open_path(
                self,
                self.tr("Choose the file to import"),
                start,
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )
            if path is None:
                return
        self.path = path
        self.look = None
        self.mapping_name = None
        self._tried_with = None
        self.trial_report.hide()
        self.file_edit.setText(str(path))
        self.format_label.setText(self.tr("Looking at the file…"))
        self.error_label.hide()
        self._task = self._desk.run(functools.partial(_look, path=path), self._on_looked, self._on_refused)
        self._update_buttons()

    def _on_looked(self, found: tuple[FileLook, tuple[str, ...]]) -> None:
        self._task = None
        look, self._targets = found
        self.look = look
        columns = len(look.preview.labels)
        if look.format is not None:
            self.format_label.setText(
                self.tr("This is an export of {format} ({columns} columns).").format(
                    format=word("format", look.format), columns=columns
                )
            )
        else:
            self.format_label.setText(
                self.tr(
                    "The app does not know this file's columns ({columns}). In the next step you say what "
                    "each column holds."
                ).format(columns=columns)
            )
            self.mapping.set_file(look.preview, self._targets, look.fitting_mappings)
        self._update_buttons()
        self.next_button.setFocus()
        self.file_looked.emit(look)

    # --- the mapping -------------------------------------------------------------------------------

    def _on_mapping_saved_mapping_chosen(self, name: str) -> None:
        if self._task is not None:
            return
        self._task = self._desk.run(
            functools.partial(import_mappings.saved_mapping, name=name),
            self._on_saved_mapping_loaded,
            self._on_refused,
        )
        self._update_buttons()

    def _on_saved_mapping_loaded(self, mapping: ColumnMapping) -> None:
        self._task = None
        self.mapping.show_mapping(
            mapping.name, {label: str(target) for label, target in mapping.targets.items()}
        )
        self._update_buttons()

    def save_mapping(self) -> None:
        """Checks and saves the mapping in the worker; the options follow."""
        if self._task is not None:
            return
        self.error_label.hide()
        save = functools.partial(
            import_mappings.save_column_mapping,
            name=self.mapping.name_edit.text(),
            targets=self.mapping.targets(),
            labels=self.mapping.labels,
        )
        self._task = self._desk.run(save, self._on_mapping_saved, self._on_refused)
        self._update_buttons()

    def _on_mapping_saved(self, name: str) -> None:
        self._task = None
        self.mapping_name = name
        self._go_to_options()
        self.mapping_saved.emit(name)

    # --- moving between the steps -----------------------------------------------------------------

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if self._task is not None or self.look is None:
            return
        if page == FILE_PAGE:
            if self.look.format is None:
                self._show_page(MAPPING_PAGE)
                self.mapping.saved_box.setFocus()
            else:
                self.mapping_name = None
                self._go_to_options()
        elif page == MAPPING_PAGE:
            self.save_mapping()

    def go_back(self) -> None:
        if self._task is not None:
            return
        self.error_label.hide()
        page = self.pages.currentIndex()
        if page == OPTIONS_PAGE and self.look is not None and self.look.format is None:
            self._show_page(MAPPING_PAGE)
        else:
            self._show_page(FILE_PAGE)

    def _go_to_options(self) -> None:
        assert self.look is not None
        source = (
            self.tr("With the column mapping “{name}”.").format(name=self.mapping_name)
            if self.mapping_name is not None
            else self.tr("An export of {format}.").format(format=word("format", self.look.format or ""))
        )
        self.source_label.setText(source)
        self._show_page(OPTIONS_PAGE)
        self.dry_run_button.setFocus()

    def _on_option_toggled(self, _on: bool) -> None:
        self._update_buttons()  # another choice: another trial first

    # --- the trial and the import ------------------------------------------------------------------

    def start_dry_run(self) -> None:
        self._start(dry_run=True)

    def start_import(self) -> None:
        self._start(dry_run=False)

    def _start(self, *, dry_run: bool) -> None:
        if self._task is not None or self.path is None or self.look is None:
            return
        skip_bad_rows, soft_opt_in = self._options()
        self._stop.clear()
        progress = self._progress
        run = functools.partial(
            imports.import_file,
            path=self.path,
            format_name="mapped" if self.mapping_name is not None else (self.look.format or "auto"),
            mapping_name=self.mapping_name,
            dry_run=dry_run,
            skip_bad_rows=skip_bad_rows,
            soft_opt_in=soft_opt_in,
            progress=lambda step: progress.advanced.emit(
                step.records, -1.0 if step.fraction is None else step.fraction
            ),
            cancelled=self._stop.is_set,
        )
        self.error_label.hide()
        self.progress.setRange(0, 0)  # busy until the first batch is done
        self.progress.setFormat(self.tr("Reading the file…"))
        self.progress.show()
        self._running = True
        self._switch_interval = share_the_interpreter_quickly()  # set back in _finished
        done = self._on_dry_run_done if dry_run else self._on_import_done
        self._task = self._desk.run(run, done, self._on_refused)
        self._update_buttons()
        self.stop_button.setFocus()

    def _on_progress_advanced(self, records: int, fraction: float) -> None:
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(round(fraction * PROGRESS_STEPS))
        if not self._stop.is_set():
            self.progress.setFormat(self.tr("%p% — {records} records").format(records=records))
        self.progressed.emit(records)

    def stop(self) -> None:
        """Cancel: the trial or the import stops after the batch it is on."""
        if not self._running:
            return
        self._stop.set()
        self.progress.setFormat(self.tr("Stopping after this batch…"))
        self._update_buttons()

    def _finished(self) -> None:
        self._task = None
        if self._running and self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
        self._running = False
        self.progress.hide()

    def _on_dry_run_done(self, report: ImportReport) -> None:
        self._finished()
        self._tried_with = self._options()
        self.trial_report.show_report(report)
        self.trial_report.show()
        self._update_buttons()
        self.import_button.setFocus()
        self.dry_run_finished.emit(report)

    def _on_import_done(self, report: ImportReport) -> None:
        self._finished()
        self.final_report.show_report(report)
        self._show_page(DONE_PAGE)
        self.close_button.setFocus()
        self.import_finished.emit(report)

    def _on_refused(self, error: BaseException) -> None:
        was_looking = self.look is None and self.path is not None
        self._finished()
        if was_looking:
            self.format_label.setText("")
        self._update_buttons()
        show_refusal(self, self.error_label, error)
        self.failed.emit()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def reject(self) -> None:
        """Esc: while a trial or an import runs it stops after its batch (its outcome stays on screen);
        otherwise the window closes."""
        if self._running:
            self.stop()
            return
        if self._task is not None:
            self._task.discard()
            self._task = None
        super().reject()
