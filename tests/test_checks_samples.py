"""The five sample reports (tests/fixtures/samples) against hand-written expected findings."""
import json
from pathlib import Path

import pytest

from conftest import SAMPLES
from township_app.checks import check_text
from township_app.checks.evaluation import load_expected, score
from township_app.textsource import read_source_text

EXPECTED = Path(__file__).parent / "fixtures" / "expected_findings"
FIXTURES = sorted(EXPECTED.glob("*.json"))


def test_there_is_an_expectation_per_sample():
    assert len(FIXTURES) == 5
    for path in FIXTURES:
        data = json.loads(path.read_text("utf-8"))
        assert data["sample"].startswith(path.stem)
        assert data["must_not_flag"], "every sample names things that are right"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_sample_findings_match_expectations(fixture):
    expected = load_expected(fixture)
    sample = SAMPLES / expected["sample"]
    assert sample.exists(), f"{sample} missing from tests/fixtures/samples"
    text = read_source_text(sample)
    result = score(text, check_text(text), expected)
    assert result.missed == [], "expected findings not reported"
    assert [(f.location.line, f.rule, f.quote, f.message) for f in result.unexpected] == []
    assert [(i["text"], f.rule, f.message) for i, f in result.wrongly_flagged] == []
