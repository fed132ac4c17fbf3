"""文件 → 汇总报送文件: open a folder, see the table, click a township, export .xlsx — by clicks."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from collect_fixtures import ALIASES, EXPECTED, build_incoming_folder
from conftest import SAMPLES, type_text
from township_app.collect import CountyStore


@pytest.fixture
def incoming(samples, tmp_path):
    return build_incoming_folder(SAMPLES, tmp_path)


@pytest.fixture
def county_db(tmp_path):
    path = tmp_path / "县里" / "汇总.db"
    path.parent.mkdir()
    return path


@pytest.fixture
def collect_window(qtbot, county_db):
    from township_app.gui.main_window import MainWindow
    from township_app.gui.settings import app_settings

    settings = app_settings()
    settings.setValue("collect/countyFile", str(county_db))
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    assert main.actionCollect in main.menuFile.actions()
    main.actionCollect.trigger()
    window = main._collect_window
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.close()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.LeftButton)


def click_cell(qtbot, view, row, column):
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(index).center())


def collect_by_clicks(qtbot, window, folder, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    click(qtbot, window.collectButton)
    qtbot.waitUntil(lambda: window.summary is not None and window._steps is None, timeout=30000)


def answer_dialog(qtbot, act):
    """Run act(dialog) on the modal dialog once it is up, then press its OK button."""
    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, handle)
            return
        act(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        qtbot.mouseClick(ok, Qt.LeftButton)
    QTimer.singleShot(50, handle)


def test_open_folder_see_table_click_township_and_export(collect_window, incoming, county_db,
                                                         qtbot, monkeypatch, tmp_path):
    w = collect_window
    with CountyStore(county_db) as store:
        store.set_aliases(ALIASES)

    # 应报乡镇, typed into the dialog
    def type_townships(dialog):
        dialog.editor.setFocus()
        for name in EXPECTED:
            type_text(qtbot, dialog.editor, name)
            qtbot.keyClick(dialog.editor, Qt.Key_Return)
    answer_dialog(qtbot, type_townships)
    click(qtbot, w.expectedButton)
    with CountyStore(county_db) as store:
        assert store.expected_townships() == EXPECTED

    before = {p: p.read_bytes() for p in incoming.rglob("*.db")}
    collect_by_clicks(qtbot, w, incoming, monkeypatch)
    model = w.summary_model
    assert model.headers == ["乡镇", "低保户数（户）", "安排资金（万元）", "已拨付资金（万元）",
                             "拨付率（%）", "耕地面积（亩）", "农民人均纯收入（元）"]
    table = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert table == [
        ["城关镇", "212", "50", "45", "90.0", "1200", "5100"],
        ["碧涌镇", "131", "174", "152.81", "87.82", "1200", "4800"],
        ["罗旧镇", "96", "", "", "", "", "4650.5"],
        ["晓坪乡", "128", "120", "96", "80", "2500", "4400"],
        ["合计", "567", "344", "293.81", "85.41", "4900", "—"],
    ]
    assert model.index(3, 2).data(Qt.ToolTipRole) == "原填：1200000元"
    assert "未报送：龙井乡、新店乡" in w.summaryLabel.text()

    # click 晓坪乡: its findings
    click_cell(qtbot, w.summaryView, 3, 0)
    entry = w.current_entry
    assert entry.township == "晓坪乡"
    assert "晓坪乡" in w.townshipLabel.text() and "完好" in w.townshipLabel.text()
    assert w.findingsList.topLevelItemCount() == len(entry.finding_rows()) > 0
    first = w.findingsList.topLevelItem(0)
    assert first.text(2) == entry.finding_rows()[0].message

    # its report, read-only in a report window; the file is not touched
    click(qtbot, w.openReportButton)
    report_window = w.report_windows[-1]
    qtbot.addWidget(report_window)
    assert report_window.session.read_only
    assert report_window.session.store.path == entry.path
    assert report_window.session.store.properties().township == "晓坪乡"
    report_window.close()

    # 报送情况: a refused file explains itself when clicked
    w.tabs.setCurrentIndex(1)
    rows = w.status_model.rows
    changed = next(r for r, row in enumerate(rows) if row[1] == "罗旧镇_改.db")
    click_cell(qtbot, w.statusView, changed, 5)
    assert w.current_entry.state == "导出后被修改"
    assert "导出后被改动过" in w.reasonLabel.text()

    # export .xlsx: the numbers as written
    out = tmp_path / "汇总表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, w.exportButton)
    from openpyxl import load_workbook

    sheet = load_workbook(out)["汇总"]
    values = {row[0].value: [(c.value, c.number_format) for c in row[1:5]]
              for row in sheet.iter_rows(min_row=3)}
    assert values["碧涌镇"] == [(131, "0"), (174, "0"), (152.81, "0.00"), (87.82, "0.00")]
    assert values["城关镇"][3] == (90, "0.0")
    assert values["合计"] == [(567, "0"), (344, "0"), (293.81, "0.00"), (85.41, "0.00")]
    assert {p: p.read_bytes() for p in incoming.rglob("*.db")} == before

    # the chart: sorted, a rate with its recomputed county bar
    w.tabs.setCurrentIndex(2)
    w.chart.chooser.setCurrentIndex(w.chart.chooser.findText("拨付率（%）"))
    assert w.chart.categories() == ["城关镇", "碧涌镇", "全县", "晓坪乡"]  # 90.0 > 87.82 > 85.41 > 80
    assert "85.41" in w.chart.view.chart().title()
    png = tmp_path / "拨付率.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png), ""))
    click(qtbot, w.chartExportButton)
    assert png.stat().st_size > 1000


def test_mapping_dialog_merges_spellings(collect_window, incoming, qtbot, monkeypatch):
    w = collect_window
    collect_by_clicks(qtbot, w, incoming, monkeypatch)
    assert "低保户（户）" in w.summary_model.headers

    def merge(dialog):
        for name in ("低保户", "城乡低保户数"):
            row = dialog.row_of(name)
            index = dialog.table.model().index(row, dialog.TARGET)
            dialog.table.setCurrentIndex(index)
            dialog.table.edit(index)
            qtbot.waitUntil(lambda: dialog.table.findChild(QLineEdit) is not None)
            editor = dialog.table.findChild(QLineEdit)
            type_text(qtbot, editor, "低保户数")
            qtbot.keyClick(editor, Qt.Key_Return)
            qtbot.waitUntil(lambda: dialog.table.findChild(QLineEdit) is None)  # editor gone
            assert dialog.table.item(row, dialog.TARGET).text() == "低保户数"
    answer_dialog(qtbot, merge)
    click(qtbot, w.mappingButton)
    assert "低保户（户）" not in w.summary_model.headers
    k = w.summary_model.headers.index("低保户数（户）")
    assert w.summary_model.index(w.summary_model.rowCount() - 1, k).data() == "567"


def test_cancel_stops_reading_and_saves_nothing(collect_window, incoming, county_db, qtbot,
                                                monkeypatch):
    w = collect_window
    w.tick_seconds = 0  # one file per slice, so there is time to press 取消
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(incoming))
    click(qtbot, w.collectButton)
    assert w.cancelButton.isVisible() and not w.collectButton.isEnabled()
    qtbot.waitUntil(lambda: w.progress.value() >= 1)
    click(qtbot, w.cancelButton)
    assert w._steps is None and not w.progress.isVisible()
    assert "已取消" in w.summaryLabel.text()
    assert w.summary is None and not w.exportButton.isEnabled()
    with CountyStore(county_db) as store:
        assert store.periods() == []


def test_a_folder_that_cannot_be_read_gets_a_message(collect_window, tmp_path, qtbot,
                                                     monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *a, **k: str(tmp_path / "不存在"))
    click(qtbot, collect_window.collectButton)
    assert shown and "文件夹不存在" in shown[0]
    assert collect_window.summary is None and collect_window.collectButton.isEnabled()
