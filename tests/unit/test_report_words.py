"""Report wording: names kept as written, plain sentences for the public."""

from __future__ import annotations

import pytest

from ethics_scrutiny.reporting.public import not_answered_text, technology_text
from ethics_scrutiny.reporting.screening_text import changes_count
from ethics_scrutiny.reporting.text import count, in_sentence, outcome_text
from tests.report_fixtures import make_public_model, make_report_model


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("AI and algorithmic decision support", "AI and algorithmic decision support"),
        ("ANPR", "ANPR"),
        ("NEC NeoFace Live", "NEC NeoFace Live"),
        ("Live facial recognition", "live facial recognition"),
        ("Operator-initiated facial recognition", "operator-initiated facial recognition"),
        ("Drones (remotely piloted aircraft)", "drones (remotely piloted aircraft)"),
        ("X", "X"),
        ("", ""),
    ],
)
def test_names_keep_their_capitals_in_a_sentence(name: str, shown: str) -> None:
    assert in_sentence(name) == shown


def test_the_public_summary_and_the_decision_sought_keep_acronyms() -> None:
    model = make_public_model(technology="AI and algorithmic decision support")
    assert "its use of AI and algorithmic decision support" in technology_text(model)
    undecided = make_report_model(technology="AI and algorithmic decision support", decisions=())
    assert "of AI and algorithmic decision support by" in outcome_text(undecided)


def test_counts_in_reports_agree_with_their_number() -> None:
    assert count(1, "question") == "1 question"
    assert count(3, "question") == "3 questions"
    assert changes_count(1) == "1 question differs"
    assert changes_count(2) == "2 questions differ"
    assert not_answered_text(1, 1) == (
        "1 of the 1 question has not been answered yet; nothing is reported about it."
    )
    assert not_answered_text(0, 4) == "Every question has been answered."
