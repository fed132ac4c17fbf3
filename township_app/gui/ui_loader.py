"""Load Designer forms from ui/ at run time (source checkout, wheel and bundle alike)."""
from __future__ import annotations

from PySide6.QtCore import QDir, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from ..paths import ui_dir
from .editor import BodyEditor
from .indicator_view import IndicatorTableView

_CUSTOM_WIDGETS = (BodyEditor, IndicatorTableView)


class _IntoInstanceLoader(QUiLoader):
    """Builds the form *into* an existing widget (our QMainWindow/QDialog subclass)."""

    def __init__(self, base: QWidget):
        super().__init__(base)
        self.base = base
        for cls in _CUSTOM_WIDGETS:
            self.registerCustomWidget(cls)

    def createWidget(self, class_name, parent=None, name=""):
        if parent is None and self.base is not None:
            return self.base
        widget = super().createWidget(class_name, parent, name)
        if name:
            setattr(self.base, name, widget)
        return widget

    def createAction(self, parent=None, name=""):
        action = super().createAction(self.base, name)
        if name:
            setattr(self.base, name, action)
        return action

    def createLayout(self, class_name, parent=None, name=""):
        layout = super().createLayout(class_name, parent, name)
        if name:
            setattr(self.base, name, layout)
        return layout


def load_ui_into(base: QWidget, form_name: str) -> QWidget:
    """Populate base from ui/<form_name>.ui; child widgets become attributes by objectName."""
    path = ui_dir() / f"{form_name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.ReadOnly):
        raise FileNotFoundError(path)
    try:
        loader = _IntoInstanceLoader(base)
        loader.setWorkingDirectory(QDir(str(ui_dir())))
        widget = loader.load(file, None)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load {path}: {loader.errorString()}")
    return widget
