"""The PDF's warning about text it cannot show names the fields where that text is."""

from __future__ import annotations

from dataclasses import replace

from ethics_scrutiny.reporting.pdf.coverage import labelled_texts, pdf_text_warnings
from tests.report_fixtures import make_report_model


def test_a_clean_report_has_no_warning() -> None:
    assert pdf_text_warnings(make_report_model()) == []


def test_characters_no_bundled_font_has_are_named_with_their_fields() -> None:
    # CJK prints (in the Noto Sans CJK subset): only the drone, a thumbs-up and 𠮷 (a Han
    # character outside the subset's standard sets, common in Japanese names) cannot.
    model = make_report_model(title="Community panel 社区小组 🚁")
    [evidence, *others] = model.evidence
    [action, *rest] = model.actions
    model = replace(
        model,
        evidence=(replace(evidence, title="監視カメラの仕様書, 𠮷田"), *others),
        actions=(replace(action, reply="Agreed 👍"), *rest),
    )
    [warning] = pdf_text_warnings(model)
    assert "no shapes for 3 characters in this scrutiny (🚁 𠮷 👍)" in warning
    assert "in the title, evidence E1 title and action A1 reply;" in warning
    assert "empty boxes" in warning and "HTML" in warning


def test_right_to_left_text_is_named_with_its_field() -> None:
    model = make_report_model()
    theme = model.themes[0]
    question = replace(theme.questions[0], note="ملاحظة من اللجنة")
    model = replace(model, themes=(replace(theme, questions=(question, *theme.questions[1:])),))
    [warning] = pdf_text_warnings(model)
    assert f"in question {question.key} note, which the PDF prints" in warning


def test_many_fields_are_counted_not_all_listed() -> None:
    model = make_report_model()
    themes = tuple(
        replace(t, questions=tuple(replace(q, note=f"{q.key} 👍") for q in t.questions))
        for t in model.themes
    )
    keys = [q.key for t in themes for q in t.questions]
    assert len(keys) > 7
    [warning] = pdf_text_warnings(replace(model, themes=themes))
    listed = ", ".join(f"question {key} note" for key in keys[:6])
    assert f"in {listed} and {len(keys) - 6} other fields;" in warning


def test_every_text_field_of_the_report_is_checked() -> None:
    model = make_report_model()
    labels = {label for label, _text in labelled_texts(model)}
    decision = model.decisions[0]
    assert {
        "the title",
        "the purpose",
        "the prepared by",
        f"decision {decision.sequence} rationale",
        f"decision {decision.sequence} withdrawn reason",
        "evidence E1 title",
        "action A1 owner",
        f"question {model.themes[0].questions[0].key} guidance",
        f"question {model.themes[0].questions[0].key} evidence",
        f"theme {model.themes[0].title} title",
    } <= labels
    assert "evidence E1 description" not in labels  # not printed in the PDF
