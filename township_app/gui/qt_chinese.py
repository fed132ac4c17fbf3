"""Qt's own dialogs in Chinese: Qt's zh_CN catalogue, plus the few strings it lacks.

The qtbase_zh_CN.qm shipped with PySide6 predates two labels of Qt's file dialog
(the accelerator moved), so 打开/另存为 showed "Look in:" and "Files of type:".
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

#: (context, source text) → Chinese, for strings the shipped catalogue does not cover
MISSING = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


class MissingQtStrings(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):
        return MISSING.get((context, source_text))  # None: not ours, the next catalogue answers

    def isEmpty(self) -> bool:
        return False


def install_qt_chinese(app) -> list[QTranslator]:
    """Install Qt's Chinese catalogue and the supplement; returns them (kept by the app)."""
    installed = []
    catalogue = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    if catalogue.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_", folder) or \
            catalogue.load(QLocale(QLocale.Chinese, QLocale.China), "qt", "_", folder):
        app.installTranslator(catalogue)
        installed.append(catalogue)
    supplement = MissingQtStrings(app)
    app.installTranslator(supplement)  # installed last: asked first
    installed.append(supplement)
    return installed
