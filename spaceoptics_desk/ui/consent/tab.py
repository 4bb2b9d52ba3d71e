"""The Consent tab: a switch per consent or objection purpose, "stop all marketing", and the ledger.

Every state on screen is read from the ledger (services/consent.py); a switch never changes on its own.
A change runs in the dialog's worker, and the whole customer is then reloaded through the change hub
(R19: one truth).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spaceoptics_desk.domain.consent import ConsentStatus
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP
from spaceoptics_desk.ui.consent.dialog import ConsentChangeDialog, MarketingObjectionDialog
from spaceoptics_desk.ui.consent.switch import SwitchButton
from spaceoptics_desk.ui.customer_view.tabs import fit_columns, make_table
from spaceoptics_desk.ui.desk import Desk
from spaceoptics_desk.ui.formatting import format_moment
from spaceoptics_desk.ui.labels import label
from spaceoptics_desk.ui.rows_model import TextRow, TextRowsModel

if TYPE_CHECKING:
    from spaceoptics_desk.operations.consent import ConsentControls
    from spaceoptics_desk.services.consent import ConsentChange, PurposeToggle
    from spaceoptics_desk.services.customer_view import ConsentHistoryEntry, Profile, PurposeState

# An objection is switched on to say "no"; its switch says so in words (context "ConsentTab").
_OBJECTION_TITLES = {
    "social-media-ads": QT_TRANSLATE_NOOP("ConsentTab", "Objection: no advertising via social media"),
}
SWITCH_BASES = ("consent", "objection")
SINCE_COLUMN, CHANNEL_COLUMN = 3, 4


class _SwitchRow:
    def __init__(self, switch: SwitchButton, state: QLabel) -> None:
        self.switch = switch
        self.state = state


class ConsentTab(QWidget):
    """Switches for consent and objection; other purposes with their legal basis; the ledger.

    Attributes:
        switches: the switch per purpose key (checked = given, or for an objection: objected).
        state_labels: the "since when, by which channel" line per purpose key.
        stop_marketing_button: "Stop all direct marketing" (R18), enabled also when restricted.
        suppressed_banner: shown when the address is on the suppression list (R18).
        restricted_note: why the switches are disabled (R15).
        states: every purpose with its legal basis; the table shows those that are not switches.
        history: one row per consent event, newest first.
        busy: a change is being recorded or the reload after it has not arrived yet.
        dialog: the open change dialog, if any.

    Signals:
        consent_changed(str): a change was recorded, or nothing needed to be (a sentence for the notice).
    """

    consent_changed = Signal(str)

    def __init__(self, desk: Desk, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._profile: Profile | None = None
        self._controls: ConsentControls | None = None
        self._last_key: str | None = None
        self.switches: dict[str, SwitchButton] = {}
        self.state_labels: dict[str, QLabel] = {}
        self.busy = False
        self.dialog: ConsentChangeDialog | MarketingObjectionDialog | None = None

        self.suppressed_banner = QLabel(
            self.tr("This address objected to marketing before and was erased; marketing is off by default."),
            self,
        )
        self.suppressed_banner.setObjectName("holdBanner")
        self.suppressed_banner.setWordWrap(True)
        self.suppressed_banner.hide()

        self.switch_box = QGroupBox(self.tr("Consent and objection"), self)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.restricted_note = QLabel(
            self.tr(
                "Processing is restricted (GDPR art. 18): consents cannot be switched now. "
                "Stopping all direct marketing is always possible."
            ),
            self.switch_box,
        )
        self.restricted_note.setObjectName("warningNote")
        self.restricted_note.setWordWrap(True)
        self.restricted_note.hide()
        self.stop_marketing_button = QPushButton(self.tr("Stop all direct &marketing…"), self.switch_box)
        self.stop_marketing_button.setToolTip(
            self.tr("The customer objects to all direct marketing (GDPR art. 21): one action, never refused")
        )
        self.stop_marketing_button.clicked.connect(self.open_marketing_objection)
        self.stop_marketing_button.setEnabled(False)
        stop_row = QHBoxLayout()
        stop_row.addWidget(self.stop_marketing_button)
        stop_row.addStretch(1)
        box_layout = QVBoxLayout(self.switch_box)
        box_layout.addWidget(self.restricted_note)
        box_layout.addLayout(self._grid)
        box_layout.addSpacing(8)
        box_layout.addLayout(stop_row)
        box_layout.addStretch(1)

        self.states = TextRowsModel(
            [
                self.tr("Purpose"),
                self.tr("Legal basis"),
                self.tr("State"),
                self.tr("Since"),
                self.tr("Channel"),
            ],
            self,
        )
        self.history = TextRowsModel(
            [
                self.tr("Date"),
                self.tr("Purpose"),
                self.tr("Action"),
                self.tr("Basis"),
                self.tr("Channel"),
                self.tr("How"),
                self.tr("Wording"),
                self.tr("Recorded by"),
            ],
            self,
        )
        self.states_table = make_table(self.states, self)
        self.states_table.setColumnHidden(SINCE_COLUMN, True)
        self.states_table.setColumnHidden(CHANNEL_COLUMN, True)
        self.history_table = make_table(self.history, self)

        others = QWidget(self)
        others_layout = QVBoxLayout(others)
        others_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Contract, law or legitimate interest: no consent needed, not switchable"))
        caption.setObjectName("caption")
        caption.setWordWrap(True)
        others_layout.addWidget(caption)
        others_layout.addWidget(self.states_table, 1)
        top = QHBoxLayout()
        top.addWidget(self.switch_box, 3)
        top.addWidget(others, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.suppressed_banner)
        layout.addLayout(top, 3)
        history_caption = QLabel(self.tr("Consent history, newest first"))
        history_caption.setObjectName("caption")
        layout.addWidget(history_caption)
        layout.addWidget(self.history_table, 2)

    # --- showing ---------------------------------------------------------------------------------

    def _purpose_name(self, name_nl: str, name_en: str) -> str:
        return name_nl if self._language == "nl" else name_en

    def switch_title(self, toggle: PurposeToggle) -> str:
        if toggle.legal_basis == "objection":
            source = _OBJECTION_TITLES.get(toggle.key)
            if source is not None:
                return QCoreApplication.translate("ConsentTab", source)
            return self.tr("Objection: {purpose}").format(
                purpose=self._purpose_name(toggle.name_nl, toggle.name_en)
            )
        return self._purpose_name(toggle.name_nl, toggle.name_en)

    def state_text(self, toggle: PurposeToggle) -> str:
        group = "objection_status" if toggle.legal_basis == "objection" else "consent_status"
        state = label(group, toggle.status)
        if toggle.status == ConsentStatus.NEVER_ASKED or toggle.since is None:
            return state
        text = self.tr("{state} since {moment} · {channel}").format(
            state=state, moment=format_moment(toggle.since), channel=label("channel", toggle.channel)
        )
        if toggle.basis and toggle.basis != "opt_in":
            text += f" · {label('consent_basis', toggle.basis)}"
        return text

    def show_consent(
        self,
        profile: Profile,
        purposes: Sequence[PurposeState],
        history: Sequence[ConsentHistoryEntry],
        controls: ConsentControls | None,
    ) -> None:
        self._profile = profile
        self._controls = controls
        self.busy = self.dialog is not None  # reloaded while a change is being asked for: still one
        self._show_switches(controls.toggles if controls else [])
        restricted = profile.restricted_at is not None
        self.restricted_note.setVisible(restricted and controls is not None)
        self.suppressed_banner.setVisible(bool(controls and controls.email_suppressed))
        self._enable()
        self._show_tables(purposes, history)
        switch = self.switches.get(self._last_key or "")
        if switch is not None and switch.isEnabled() and self.isVisible():
            switch.setFocus(Qt.FocusReason.OtherFocusReason)  # keyboard users go on where they were

    def _show_switches(self, toggles: Sequence[PurposeToggle]) -> None:
        if [t.key for t in toggles] != list(self.switches):
            for widget in [*self.switches.values(), *self.state_labels.values()]:
                self._grid.removeWidget(widget)
                widget.deleteLater()
            self.switches.clear()
            self.state_labels.clear()
            for row, toggle in enumerate(toggles):
                switch = SwitchButton(self.switch_title(toggle), self.switch_box)
                switch.setObjectName(f"switch:{toggle.key}")
                switch.switch_requested.connect(lambda on, key=toggle.key: self.open_change_dialog(key, on))
                state = QLabel(self.switch_box)
                state.setObjectName("switchState")
                self._grid.addWidget(switch, row, 0)
                self._grid.addWidget(state, row, 1)
                self.switches[toggle.key] = switch
                self.state_labels[toggle.key] = state
        for toggle in toggles:
            switch = self.switches[toggle.key]
            switch.setChecked(toggle.on)
            self.state_labels[toggle.key].setText(self.state_text(toggle))
            switch.setAccessibleDescription(self.state_labels[toggle.key].text())

    def _enable(self) -> None:
        loaded = self._controls is not None and self._profile is not None
        restricted = self._profile is not None and self._profile.restricted_at is not None
        for switch in self.switches.values():
            switch.setEnabled(loaded and not restricted and not self.busy)
            switch.setToolTip(self.restricted_note.text() if restricted else "")
        # R18: the objection is never refused, also not while processing is restricted.
        self.stop_marketing_button.setEnabled(loaded and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._enable()

    def _show_tables(self, purposes: Sequence[PurposeState], history: Sequence[ConsentHistoryEntry]) -> None:
        rows = []
        for purpose in purposes:
            name = self._purpose_name(purpose.name_nl, purpose.name_en)
            basis = label("legal_basis", purpose.legal_basis)
            if purpose.consent is None:
                rows.append(TextRow([name, basis, self.tr("Not needed"), "", ""]))
                continue
            group = "objection_status" if purpose.legal_basis == "objection" else "consent_status"
            rows.append(
                TextRow(
                    [
                        name,
                        basis,
                        label(group, purpose.consent.status),
                        format_moment(purpose.consent.since),
                        label("channel", purpose.consent.channel),
                    ],
                    warning=purpose.consent.status == ConsentStatus.WITHDRAWN,
                )
            )
        self.states.set_rows(rows)
        # The switches above show the consent and objection purposes; the table the rest.
        for row, purpose in enumerate(purposes):
            self.states_table.setRowHidden(row, purpose.legal_basis in SWITCH_BASES)
        names = {p.key: self._purpose_name(p.name_nl, p.name_en) for p in purposes}
        self.history.set_rows(
            [
                TextRow(
                    [
                        format_moment(entry.occurred_at),
                        names.get(entry.purpose_key, entry.purpose_key),
                        label("consent_action", entry.action),
                        label("consent_basis", entry.basis),
                        label("channel", entry.channel),
                        label("mechanism", entry.mechanism),
                        self.tr("version {n}").format(n=entry.wording_version)
                        if entry.wording_version
                        else "",
                        entry.staff or "",
                    ]
                )
                for entry in history
            ]
        )
        fit_columns(self.states_table)
        fit_columns(self.history_table)
        # The few fixed purposes fit without a scroll bar; the history takes what is left.
        visible = sum(1 for p in purposes if p.legal_basis not in SWITCH_BASES)
        self.states_table.setMinimumHeight(
            self.states_table.horizontalHeader().sizeHint().height()
            + visible * self.states_table.verticalHeader().defaultSectionSize()
            + 2 * self.states_table.frameWidth()
        )

    # --- changing --------------------------------------------------------------------------------

    def _toggle(self, key: str) -> PurposeToggle | None:
        if self._controls is None:
            return None
        return next((t for t in self._controls.toggles if t.key == key), None)

    def open_change_dialog(self, key: str, on: bool) -> None:
        """Asks what must be recorded for switching `key` to `on`; nothing changes until it is saved."""
        toggle = self._toggle(key)
        if toggle is None or self._profile is None or self._controls is None or self.busy:
            return
        if toggle.on == on:
            return
        self._last_key = key
        # One change at a time, each on the state just read: two quick switches are two events in order.
        self._set_busy(True)
        dialog = ConsentChangeDialog(
            self._desk,
            self._profile.customer_id,
            toggle,
            on,
            self.switch_title(toggle),
            self._profile.language,
            self._controls.channels,
            self._controls.spoken_channels,
            self._controls.email_suppressed,
            self,
        )
        dialog.consent_saved.connect(self._on_consent_saved)
        dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog = dialog
        dialog.open()

    def open_marketing_objection(self) -> None:
        if self._profile is None or self._controls is None or self.busy:
            return
        self._last_key = None
        self._set_busy(True)
        dialog = MarketingObjectionDialog(
            self._desk, self._profile.customer_id, self._controls.channels, self
        )
        dialog.objection_recorded.connect(self._on_objection_recorded)
        dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_rejected(self) -> None:
        self.dialog = None
        self._set_busy(False)
        switch = self.switches.get(self._last_key or "")
        if switch is not None and switch.isEnabled():
            switch.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_consent_saved(self, change: ConsentChange | None) -> None:
        self.dialog = None
        toggle = self._toggle(change.purpose_key) if change else None
        if change is None or toggle is None:
            message = self.tr("Nothing was recorded: it already was so.")
            self._set_busy(False)  # nothing changed: no reload comes
        else:
            group = "objection_status" if toggle.legal_basis == "objection" else "consent_status"
            message = self.tr("Recorded: {purpose} — {state} ({channel}).").format(
                purpose=self.switch_title(toggle),
                state=label(group, change.action).lower(),
                channel=label("channel", change.channel).lower(),
            )
        # Otherwise still busy: the switches come back with the reloaded ledger (the change hub).
        self.consent_changed.emit(message)

    def _on_objection_recorded(self, changes: list[ConsentChange]) -> None:
        self.dialog = None
        if not changes:
            self._set_busy(False)  # everything already was off: no reload comes
        self.consent_changed.emit(
            self.tr("All direct marketing stopped; {n} change(s) recorded as an objection.").format(
                n=len(changes)
            )
        )
