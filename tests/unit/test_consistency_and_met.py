"""Consistency rules count a doubted "met" as not met; coverage counts what is met."""

from __future__ import annotations

from typing import Any

from ethics_scrutiny.domain.consistency import Inconsistency
from ethics_scrutiny.domain.coverage import framework_coverage
from ethics_scrutiny.domain.enums import Obligation, Rating, Status
from ethics_scrutiny.domain.scoring import assess, blocking_red_flags, must_flags, red_flags
from ethics_scrutiny.domain.scrutiny import ResponseData
from ethics_scrutiny.domain.templates import Checklist, Template
from tests.factories import question, template_data

ATRS_ALL = [
    "Tier 1 overview",
    "Owner and responsibility",
    "Description and rationale",
    "Decision-making process",
    "Tool specification and data",
    "Risks, mitigations and impact assessments",
]


def build(*rules: dict[str, Any], module_rules: list[dict[str, Any]] | None = None) -> Checklist:
    core = template_data(consistency=list(rules))
    core["themes"] = [
        {
            "key": "legal",
            "title": "Legal",
            "questions": [
                question(
                    "PD-02", critical=True, blocking=True, frameworks={"algocare": ["Lawful"]}
                ),
                question("LB-03", critical=True, frameworks={"algocare": ["Lawful"]}),
                question("LB-04", obligation="could"),
                question("TE-04", frameworks={"atrs": ATRS_ALL}),
                question("TE-05", frameworks={"atrs": ["Tier 1 overview"]}),
            ],
        }
    ]
    templates = [Template.model_validate(core)]
    if module_rules is not None:
        module = template_data(slug="facial", kind="module", consistency=module_rules)
        module["themes"] = [{"key": "fr", "title": "FR", "questions": [question("FR-01")]}]
        templates.append(Template.model_validate(module))
    return Checklist(templates)


def rule(key: str, *requires: str) -> dict[str, Any]:
    return {"key": key, "requires_met": list(requires), "message": f"{key} needs {requires}."}


def answers(**statuses: Status) -> dict[str, ResponseData]:
    return {
        key.replace("_", "-"): ResponseData(key.replace("_", "-"), status, rating=Rating.GREEN)
        for key, status in statuses.items()
    }


def test_a_met_answer_stands_while_what_it_needs_is_met_or_not_applicable() -> None:
    checklist = build(rule("PD-02", "LB-03", "LB-04"))
    given = answers(PD_02=Status.MET, LB_03=Status.MET, LB_04=Status.NOT_APPLICABLE)
    result = assess(checklist, given)
    assert result.inconsistencies == ()
    assert result.blocking_red_flags == ()


def test_a_doubted_met_is_listed_and_counts_as_not_met_for_flags_and_readiness() -> None:
    checklist = build(rule("PD-02", "LB-03", "LB-04"))
    given = answers(PD_02=Status.MET, LB_03=Status.PARTLY_MET, LB_04=Status.MET)
    result = assess(checklist, given)
    assert result.inconsistencies == (
        Inconsistency("PD-02", ("LB-03",), "PD-02 needs ('LB-03', 'LB-04')."),
    )
    assert [f.key for f in result.red_flags] == ["PD-02"]
    assert result.readiness.red_flag_keys == ("PD-02",) and not result.readiness.ready
    (flag,) = result.blocking_red_flags
    assert flag.why == "answered met, but counted as not met while LB-03 is not met"
    assert [f.key for f in must_flags(checklist, given)] == ["PD-02"]
    # The officer's green rating gives way, so the theme shows red.
    assert result.themes[0].rating is Rating.RED
    # The public functions apply the rules too, whoever calls them.
    assert [f.key for f in red_flags(checklist, given)] == ["PD-02"]
    assert [f.key for f in blocking_red_flags(checklist, given)] == ["PD-02"]


def test_an_unanswered_requirement_doubts_a_met_but_one_outside_the_checklist_does_not() -> None:
    checklist = build(rule("PD-02", "LB-03", "ZZ-99"))
    result = assess(checklist, answers(PD_02=Status.MET))
    assert [(i.key, i.because) for i in result.inconsistencies] == [("PD-02", ("LB-03",))]
    # A rule on a question outside the checklist is ignored.
    assert build(rule("LB-03", "PD-02")).consistency_rules()[0].key == "LB-03"
    assert (
        assess(build(rule("LB-03", "PD-02")), answers(LB_03=Status.NOT_MET)).inconsistencies == ()
    )


def test_only_a_met_answer_is_doubted() -> None:
    checklist = build(rule("PD-02", "LB-03"))
    result = assess(checklist, answers(PD_02=Status.PARTLY_MET, LB_03=Status.NOT_MET))
    assert result.inconsistencies == ()


def test_doubt_carries_through_a_chain_of_rules() -> None:
    checklist = build(rule("PD-02", "LB-03"), rule("LB-03", "LB-04"))
    given = answers(PD_02=Status.MET, LB_03=Status.MET, LB_04=Status.NOT_MET)
    found = assess(checklist, given).inconsistencies
    assert [(i.key, i.because) for i in found] == [("PD-02", ("LB-03",)), ("LB-03", ("LB-04",))]


def test_a_module_rule_on_a_core_question_applies_when_both_are_chosen() -> None:
    checklist = build(module_rules=[rule("PD-02", "FR-01")])
    result = assess(checklist, answers(PD_02=Status.MET, FR_01=Status.UNKNOWN))
    assert [(i.key, i.because) for i in result.inconsistencies] == [("PD-02", ("FR-01",))]


def test_must_flags_hold_blocking_flags_and_red_flags_on_must_questions_only() -> None:
    checklist = build()
    assert checklist.question("LB-03").obligation is Obligation.SHOULD
    given = answers(PD_02=Status.UNKNOWN, LB_03=Status.NOT_MET)
    flags = must_flags(checklist, given)
    assert [(f.key, f.why) for f in flags] == [
        ("PD-02", "unknown: the evidence has not been provided")
    ]


def test_an_element_is_met_when_its_questions_are_met_and_a_doubted_met_is_not() -> None:
    checklist = build(rule("PD-02", "LB-04"))
    both = answers(PD_02=Status.MET, LB_03=Status.MET, LB_04=Status.MET)
    algocare = framework_coverage(checklist, both)[0]
    lawful = algocare.elements[1]
    assert (lawful.name, lawful.answered, lawful.met) == ("Lawful", True, True)
    assert algocare.met == 1 and algocare.covered == 1
    one_short = answers(PD_02=Status.MET, LB_03=Status.NOT_MET)
    assert framework_coverage(checklist, one_short)[0].elements[1].met is False
    doubted = answers(PD_02=Status.MET, LB_03=Status.MET, LB_04=Status.NOT_MET)
    lawful = framework_coverage(checklist, doubted)[0].elements[1]
    assert lawful.answered and not lawful.met


def test_a_framework_with_no_question_is_left_out() -> None:
    ids = [c.id for c in framework_coverage(build(), {})]
    assert ids == ["algocare", "atrs"]


def test_atrs_counts_nothing_until_the_record_itself_is_met() -> None:
    checklist = build()
    without = framework_coverage(checklist, answers(TE_05=Status.MET, TE_04=Status.NOT_MET))[1]
    assert without.id == "atrs" and without.covered == 0 and without.met == 0
    record = framework_coverage(checklist, answers(TE_05=Status.MET, TE_04=Status.MET))[1]
    assert record.covered == 6 and record.met == 6


def test_the_dashboard_facts_rate_a_doubted_met_as_not_met() -> None:
    from ethics_scrutiny.storage.facts import facts_of

    checklist = build(rule("PD-02", "LB-03"))
    given = answers(PD_02=Status.MET, LB_03=Status.PARTLY_MET)
    facts = facts_of(checklist, given, None)
    assert facts.overall_rating is Rating.RED
    assert facts.red_flag_count == 1 and not facts.ready_for_panel


def test_the_shipped_core_asks_for_the_atrs_record_itself() -> None:
    """Without a question on the whole record, ATRS could never count as covered."""
    from ethics_scrutiny.assets import templates_dir
    from ethics_scrutiny.domain.template_library import TemplateLibrary

    core = TemplateLibrary.load(templates_dir()).core()
    record = [q.key for q in core.questions() if set(q.frameworks.get("atrs", ())) >= set(ATRS_ALL)]
    assert record, "tag the core question on the ATRS record with every ATRS element"
    answered = {key: ResponseData(key, Status.MET) for key in record}
    atrs = next(c for c in framework_coverage(Checklist([core]), answered) if c.id == "atrs")
    assert atrs.covered == atrs.total
