"""The HTML twin of the panel paper and the accessible public summary: order, content, language."""

from __future__ import annotations

import re
from dataclasses import replace

from ethics_scrutiny.reporting.html import render_html
from ethics_scrutiny.reporting.language import is_welsh
from ethics_scrutiny.reporting.public import QUESTION_CODE
from tests.report_fixtures import (
    HEAD_HASH,
    SENSITIVE_NOTE,
    WELSH_NOTE,
    make_public_model,
    make_report_model,
)


def _headings(html: str, level: str) -> list[str]:
    found = re.findall(rf"<{level}[^>]*>(.*?)</{level}>", html)
    return [re.sub(r"<[^>]+>", "", text) for text in found]


def _text(html: str) -> str:
    body = html[html.index("<body>") :]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def test_the_panel_paper_puts_findings_first_in_the_issue_order() -> None:
    html = render_html(make_report_model(appendix=True))
    assert _headings(html, "h2") == [
        "Contents",
        "Summary",
        "Findings",
        "What the force must do",
        "Decision history",
        "Changes since the previous round",
        "Evidence register",
        "Appendix: question guidance",
    ]
    findings = html[html.index('id="findings"') : html.index('id="actions"')]
    groups = _headings(findings, "h3")
    assert groups == [
        "Unlawful as it stands",
        "Legal risk",
        "Good practice",
        "Not yet answered",
        "Other answers",
    ]


def test_a_finding_shows_the_officers_words_and_never_the_criteria() -> None:
    model = make_report_model()
    html = render_html(model)
    unlawful = html[html.index('id="findings-unlawful"') : html.index('id="findings-legal-risk"')]
    assert "FE-02:" in unlawful and "NPL testing was at a different setting." in unlawful
    assert "E1 Differential test report (v2)" in unlawful
    criteria = model.themes[0].questions[1].red_flag
    assert criteria not in html  # the template's criteria only in the appendix
    with_appendix = render_html(replace(model, appendix=True))
    appendix = with_appendix[with_appendix.index('id="appendix"') :]
    assert "Red-flag criteria (the template" in appendix and criteria in appendix


def test_unanswered_questions_are_named_when_critical_and_otherwise_counted() -> None:
    html = render_html(make_report_model())
    section = html[html.index('id="not-answered"') : html.index('id="other-answers"')]
    assert "OV-01:" in section and "Is there a senior responsible officer?" in section
    assert "FE-04" not in html  # not critical, not answered: counted only
    assert "Other questions not yet answered: 1." in section


def test_a_sensitive_note_is_labelled_not_for_publication() -> None:
    html = render_html(make_report_model())
    at = html.index(SENSITIVE_NOTE)
    label = html.rindex("Officer’s note", 0, at)
    assert "Not for publication" in html[label:at]
    assert html.count("Not for publication") == 1  # only the note marked sensitive


def test_the_record_head_appears_once_on_the_summary_with_what_it_is_for() -> None:
    html = render_html(make_report_model())
    summary = html[html.index('id="summary"') : html.index('id="findings"')]
    assert f"<dd>{HEAD_HASH}</dd>" in summary
    assert "The record head identifies the decision record" in summary
    assert HEAD_HASH not in html[html.index('id="findings"') :]


def test_the_public_summary_follows_the_findings_structure_in_plain_words() -> None:
    html = render_html(make_public_model())
    assert _headings(html, "h2") == [
        "The technology",
        "How deep the scrutiny went",
        "What the office looked at",
        "What was found",
        "Advice and decision",
        "How to comment or complain",
    ]
    found = html[html.index('id="found"') : html.index('id="decision"')]
    assert _headings(found, "h3") == [
        "Unlawful as it stands",
        "Legal risk",
        "Good practice",
        "Not yet answered",
    ]


def test_the_public_summary_has_no_codes_hashes_or_sensitive_notes() -> None:
    model = make_public_model()
    text = _text(render_html(model))
    assert QUESTION_CODE.search(text) is None, QUESTION_CODE.search(text)
    assert "hash" not in text.lower() and "SHA" not in text
    assert SENSITIVE_NOTE not in text and "Wrexham custody" not in text
    assert "ethics-scrutiny" not in text  # no command lines
    assert model.themes[0].questions[1].red_flag not in text  # no criteria
    for decision in model.decisions:
        if decision.current:
            assert decision.outcome in text
    assert "The panel’s advice" in text or "Decision" in text
    assert "Support with conditions" in text


def test_the_public_heat_map_has_a_text_alternative_naming_each_theme() -> None:
    html = render_html(make_public_model())
    for theme in make_public_model().themes:
        assert f'<th scope="row">{theme.title.replace("&", "&amp;")}</th>' in html


def test_welsh_passages_are_recognised_and_english_ones_are_not() -> None:
    assert is_welsh(WELSH_NOTE)
    assert is_welsh("Mae'r heddlu wedi cyhoeddi asesiad o'r effaith ar ddiogelu data.")
    # A Welsh template's theme title and question, as the core checklist gives them.
    assert is_welsh("Caniatâd, tryloywder ac ymgysylltu â'r cyhoedd")
    assert is_welsh("Os yw'r heddlu'n gweithredu yng Nghymru")
    assert not is_welsh("Consent, transparency and public engagement")


def test_a_welsh_theme_title_in_the_heat_map_is_marked_welsh() -> None:
    model = make_report_model()
    welsh = replace(model.themes[0], title="Caniatâd, tryloywder ac ymgysylltu â'r cyhoedd")
    html = render_html(replace(model, themes=(welsh, *model.themes[1:])))
    assert (
        '<th scope="row"><span lang="cy">Caniatâd, tryloywder ac ymgysylltu â&#x27;r cyhoedd'
        "</span></th>" in html
    )
    assert '<th scope="row">Privacy and data protection</th>' in html
    assert not is_welsh("The supplier's test used a threshold of 0.6; the force deploys at 0.55.")
    assert not is_welsh("Yes")
    assert not is_welsh("A DPIA is in place and was reviewed by the DPO in May.")
