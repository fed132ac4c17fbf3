"""导出Word, 导出报送文件 and 以上年报告新建 from the window."""
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from township_app.gui.exchange_actions import CarryOverDialog
from township_app.importer import import_path
from township_app.submission import open_submission


def save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_export_docx_imports_back(window, tmp_path, monkeypatch):
    save_to(monkeypatch, tmp_path / "报告.docx")
    out = window.exchange.export_docx()
    assert out and out.exists()
    back = import_path(out)
    assert [v.heading for v in back.walk()] == \
        [v.heading for v in window.session.store.load_report().walk()]


def test_submission_asks_about_errors_and_records_it(window, tmp_path, monkeypatch):
    assert window.run_checks().errors > 0  # the demo keeps a real slip
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    save_to(monkeypatch, tmp_path / "上报.db")
    assert window.exchange.export_submission() is None
    assert asked and "错误" in asked[0] and not (tmp_path / "上报.db").exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    out = window.exchange.export_submission()
    sub = open_submission(out)
    assert sub.meta.asked_about_errors
    assert sub.meta.township == "晓坪乡"
    assert not (tmp_path / "上报.db-wal").exists()


def test_new_from_previous_year(window, tmp_path, monkeypatch):
    monkeypatch.setattr(CarryOverDialog, "exec", lambda self: CarryOverDialog.Accepted)
    save_to(monkeypatch, tmp_path / "2019.db")
    old = window.session.store.load_report()
    assert window.exchange.new_from_previous()
    new = window.session.store.load_report()
    assert window.session.store.path.name == "2019.db"
    assert new.properties.year == "2019" and "2019年工作总结" in new.properties.title
    old_values = {i.name: i.value for i in old.indicators}
    assert all(i.previous == old_values[i.name] and i.value == "" for i in new.indicators)
    assert len(new.sections) == len(old.sections)


@pytest.fixture
def window(demo_window):
    return demo_window
