"""The checks package's public names: what the window, the PDF writer and the CLI import."""
import township_app.checks as checks


def test_public_names():
    assert sorted(checks.__all__) == sorted(["Finding", "Location", "CheckRun", "run_checks", "check_section",
                                             "check_text", "SEVERITY_LABELS", "default_rules"])
    namespace = {}
    exec("from township_app.checks import *", namespace)
    assert {name for name in namespace if not name.startswith("__")} == set(checks.__all__)
    assert checks.SEVERITY_LABELS == {"error": "错误", "warning": "警告", "info": "提示"}
