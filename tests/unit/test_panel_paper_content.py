"""The panel paper's content rules: findings by seriousness, unanswered questions, the public."""

from __future__ import annotations

import re
from dataclasses import replace

from ethics_scrutiny.reporting.findings import Seriousness, seriousness
from ethics_scrutiny.reporting.formats import FORMATS, ExportFormat, format_info
from ethics_scrutiny.reporting.public import (
    QUESTION_CODE,
    comment_text,
    plain,
    public_findings,
    themes_text,
)
from tests.report_fixtures import make_public_model, make_report_model


def _keys(model_groups: object) -> dict[str, list[str]]:
    return {
        group.seriousness.value: [f.question.key for f in group.findings]
        for group in model_groups  # type: ignore[attr-defined]
    }


def test_findings_are_grouped_by_seriousness_from_answered_questions_only() -> None:
    groups = make_report_model().finding_groups
    assert [g.title for g in groups] == ["Unlawful as it stands", "Legal risk", "Good practice"]
    assert _keys(groups) == {
        "unlawful": ["FE-02"],
        "legal-risk": ["FE-03", "PR-02"],
        "good-practice": ["OV-04"],
    }


def test_unanswered_questions_are_never_findings() -> None:
    model = make_report_model()
    found = {f.question.key for g in model.finding_groups for f in g.findings}
    assert not found & {"FE-04", "OV-01"}
    assert [q.key for q in model.unanswered_critical] == ["OV-01"]
    assert model.unanswered_other == 1
    others = [a.question.key for a in model.other_answers]
    assert others == ["FE-01", "PR-01", "PR-03", "OV-02", "OV-03"]


def test_a_doubted_met_answer_is_a_legal_risk_and_an_unknown_should_is_no_finding() -> None:
    question = make_report_model().themes[0].questions[0]
    assert seriousness(question) is None
    assert seriousness(replace(question, doubted="Counts as not met: x")) is Seriousness.LEGAL_RISK
    unknown = replace(question, status="Unknown", obligation="Should")
    assert seriousness(unknown) is None
    assert seriousness(replace(unknown, status="Not met")) is Seriousness.GOOD_PRACTICE
    assert seriousness(replace(question, status="Unknown")) is Seriousness.LEGAL_RISK


def test_the_public_findings_are_plain_sentences_without_sensitive_answers() -> None:
    lines, left_out = public_findings(make_public_model())
    assert left_out == 1  # PR-02's answer is marked sensitive
    assert not any("images of people not on a watchlist" in line for line in lines)
    assert any("tested for demographic differentials?” and found that this is not met" in line
               for line in lines)  # fmt: skip
    for line in lines:
        assert not QUESTION_CODE.search(line), line


def test_question_codes_in_typed_text_become_the_question_s_words() -> None:
    prompts = {"LB-03": "Is the legal basis published?"}
    text = plain("Publish LB-03 and XX-99 first.", prompts)
    assert text == (
        "Publish the question “Is the legal basis published?” and a checklist question first."
    )
    assert not re.search(r"[A-Z]{2}-\d{2}", text)


def test_the_public_is_told_the_themes_and_how_to_comment() -> None:
    model = make_public_model()
    assert "Fairness & equality, Privacy and data protection and Oversight" in themes_text(model)
    assert "contact the office that published this summary" in comment_text(model)
    assert comment_text(replace(model, contact="Write to us at X.")) == "Write to us at X."


def test_the_panel_s_advice_and_the_decision_are_told_apart() -> None:
    model = make_report_model()
    assert model.current_ruling is not None and model.current_ruling.sequence == 2
    assert model.current_advice is None  # the panel's advice was superseded
    advice = replace(model.decisions[0], superseded_by=None)
    model = replace(model, decisions=(advice, model.decisions[1]))
    assert model.current_advice is not None and model.current_advice.sequence == 1


def test_one_table_knows_every_format() -> None:
    assert set(FORMATS) == set(ExportFormat)
    pdf = format_info("pdf")
    assert (pdf.extension, pdf.file_filter) == ("pdf", "PDF documents (*.pdf)")
    assert (
        format_info(ExportFormat.ACTIONS_CSV).describe(True) == "actions CSV of the public summary"
    )
    assert format_info(ExportFormat.JSON).render is None
    csv = format_info(ExportFormat.CSV).render
    assert csv is not None
    assert csv(make_report_model(), None, None).startswith("\ufeff".encode())


def test_advice_is_known_by_its_kind_whatever_the_office_calls_its_panel() -> None:
    model = make_report_model()
    advice = replace(
        model.decisions[0], superseded_by=None, capacity="Exampleshire panel advice", advice=True
    )
    model = replace(model, decisions=(advice, model.decisions[1]))
    assert model.current_advice is advice
    assert model.current_ruling is model.decisions[1]
