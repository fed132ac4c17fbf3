"""Runs the checks after edits, debounced so typing never waits, and publishes the results."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from ..checks import CheckRun, Finding
from ..report_check import check_report

DEBOUNCE_MS = 400


class CheckController(QObject):
    checked = Signal(object)  # CheckRun

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.last_run: CheckRun | None = None
        self.fonts = None  # printing FontSet once loaded: then characters it lacks are findings
        self.rules = None  # the rules to run (None: all), less the families the file switched off
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        for signal in (session.bodyChanged, session.titleChanged, session.indicatorChanged,
                       session.indicatorsReset, session.structureChanged,
                       session.propertiesChanged, session.sectionFlagsChanged,
                       session.checkSettingsChanged):
            signal.connect(self.schedule)

    def schedule(self, *_args) -> None:
        self._timer.start()

    def run_now(self) -> CheckRun:
        self._timer.stop()
        store = self.session.store
        report = store.load_report()
        verified = store.verified_findings()
        self.last_run = check_report(report, verified, self.fonts, self.rules)
        self.checked.emit(self.last_run)
        return self.last_run

    def set_fonts(self, fonts) -> None:
        self.fonts = fonts
        self.schedule()

    def stop(self) -> None:
        self._timer.stop()

    def mark_verified(self, finding: Finding, reason: str) -> None:
        """已核实: stored in the report file; holds while the quoted text stays as it is."""
        if self.session.read_only:
            return
        self.session.store.set_verified(finding.fingerprint, finding.rule, reason,
                                        datetime.now().astimezone().isoformat(timespec="seconds"))
        self.run_now()

    def unmark_verified(self, finding: Finding) -> None:
        if self.session.read_only:
            return
        self.session.store.unset_verified(finding.fingerprint)
        self.run_now()
