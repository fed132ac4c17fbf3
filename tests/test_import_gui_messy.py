"""A web copy with run-in headings imported through the window (Ctrl+Shift+I, the file dialog,
the preview's 导入 button): the preview names the page's publishing lines and the run-in
headings, the headings come without their stops, and the title's placeholders are listed in 检查结果."""
from PySide6.QtWidgets import QApplication

from test_gui_import_notes import import_through_window

WEB_COPY = ("XX镇2021年上半年民生工作总结-XX县人民政府网\n"
            "发布时间：2021-07-15 来源：XX镇人民政府 浏览次数：326\n"
            "一、就业和社会保障\n"
            "（一）就业创业。上半年新增城镇就业236人。\n"
            "（二）社会保险。城乡居民养老保险参保2.36万人。\n"
            "二、存在的问题\n"
            "就业岗位质量不高。\n"
            "（责任编辑：张三）\n")


def panel_rows(panel) -> list[str]:
    """Every row of 检查结果 as shown: family, place, finding, indented by level."""
    rows, model = [], panel.model

    def walk(parent, depth):
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            rows.append("  " * depth + index.data())
            walk(index, depth + 1)
    walk(panel.model.index(-1, -1), 0)
    return rows


def test_a_web_copy_imported_in_the_window(qtbot, tmp_path):
    source = tmp_path / "民生总结.txt"
    source.write_text(WEB_COPY, encoding="utf-8")
    seen = {}

    def look(dialog):
        notes = dialog.notes_list
        seen["notes"] = [notes.item(i).text() for i in range(notes.count())]
        seen["title"] = dialog.title_label.text()
        tree = dialog.tree
        seen["tree"] = [tree.topLevelItem(i).child(c).text(0) for i in range(tree.topLevelItemCount())
                        for c in range(tree.topLevelItem(i).childCount())]
        seen["keep"] = dialog.keep_furniture.isVisible()

    w = import_through_window(qtbot, source, look)
    assert seen["notes"] == [
        "· 网页或文档页面上的发布信息不是报告内容，未导入：“-XX县人民政府网”、“发布时间：2021-07-15 来源：XX镇人民政府 "
        "浏览次…”、“（责任编辑：张三）”。",
        "· 2 个小标题与正文写在同一段（如“（一）就业创业。上半年新增城镇就业236人。…”），已分为小标题和正文，"
        "小标题单独成行，标题后的句号不再打印。"]
    assert seen["title"] == "XX镇2021年上半年民生工作总结"
    assert seen["tree"] == ["（一）就业创业", "（二）社会保险"]
    assert seen["keep"]
    assert sorted((s.title, s.body) for s in w.session.store.sections()) == sorted([
        ("就业和社会保障", ""), ("就业创业", "上半年新增城镇就业236人。"),
        ("社会保险", "城乡居民养老保险参保2.36万人。"), ("存在的问题", "就业岗位质量不高。")])
    panel = w.findings_panel
    qtbot.waitUntil(lambda: any(row.strip().startswith("报告标题") for row in panel_rows(panel)),
                    timeout=20000)
    rows = panel_rows(panel)
    at = next(i for i, row in enumerate(rows) if row.strip().startswith("报告标题"))
    assert rows[at:at + 2] == ["  报告标题（1）", "    【错误】占位符“XX”未填写（应填名称）"]
    assert not any("标题末尾不用句号" in row for row in rows)
    QApplication.processEvents()
    w.close()
