"""Round-to-round answer changes and Welsh fallback to English."""

from __future__ import annotations

from ethics_scrutiny.domain.changes import ChangeKind, compare_responses
from ethics_scrutiny.domain.enums import Language, Rating, Status
from ethics_scrutiny.domain.localize import question_text
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Question


def test_compare_responses_names_each_kind_of_change() -> None:
    before = {
        "LB-02": ResponseData("LB-02", Status.MET, Rating.GREEN),
        "LB-03": ResponseData("LB-03", Status.UNKNOWN),
        "LB-04": ResponseData("LB-04", Status.NOT_MET, Rating.RED, note="x"),
    }
    after = {
        "LB-02": ResponseData("LB-02", Status.MET, Rating.GREEN),
        "LB-03": ResponseData("LB-03", Status.MET, Rating.GREEN),
        "LB-05": ResponseData("LB-05", Status.PARTLY_MET),
    }
    changes = {c.key: c for c in compare_responses(before, after)}
    assert set(changes) == {"LB-03", "LB-04", "LB-05"}
    assert changes["LB-03"].kind is ChangeKind.CHANGED
    assert changes["LB-03"].fields == ("status", "rating")
    assert changes["LB-04"].kind is ChangeKind.REMOVED
    assert changes["LB-05"].kind is ChangeKind.ADDED


def test_welsh_text_falls_back_to_english_field_by_field() -> None:
    question = Question.model_validate(
        {
            "key": "TE-11",
            "prompt": "English prompt",
            "guidance": "English guidance",
            "sources": ["Welsh Language Standards"],
            "evidence": ["English evidence"],
            "red_flag": "English red flag",
            "cy": {"prompt": "Cwestiwn ŵ ŷ"},
        }
    )
    welsh = question_text(question, Language.WELSH)
    assert welsh.prompt == "Cwestiwn ŵ ŷ"
    assert welsh.guidance == "English guidance"
    assert question_text(question, Language.ENGLISH).prompt == "English prompt"
