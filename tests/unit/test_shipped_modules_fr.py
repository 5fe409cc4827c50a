"""The shipped facial recognition modules and the general module for other emerging technology."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ethics_scrutiny.domain.enums import Stage, Technology, TemplateKind
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.template_loader import load_template
from ethics_scrutiny.domain.templates import Checklist, Template

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"

FR = Technology.LIVE_FACIAL_RECOGNITION
RFR = Technology.RETROSPECTIVE_FACIAL_RECOGNITION
OIFR = Technology.OPERATOR_INITIATED_FACIAL_RECOGNITION

# slug -> (version, technologies, {theme key: question keys in order}). Saved scrutinies refer
# to questions by key, so a rename, removal, move or reordering must be made here on purpose.
MODULES: dict[str, tuple[str, list[Technology], dict[str, list[str]]]] = {
    "facial-recognition": (
        "2.0.0",
        [FR, RFR, OIFR],
        {
            "facial-recognition": [
                "FR-05",
                "FR-06",
                "FR-09",
                "FR-17",
                "FR-18",
                "FR-12",
                "FR-13",
                "FR-15",
                "FR-29",
            ]
        },
    ),
    "live-facial-recognition": (
        "3.0.0",
        [FR],
        {
            "facial-recognition-live": [
                "FR-01",
                "FR-02",
                "FR-03",
                "FR-04",
                "FR-10",
                "FR-11",
                "FR-16",
                "FR-19",
            ]
        },
    ),
    "retrospective-facial-recognition": (
        "2.0.0",
        [RFR],
        {
            "facial-recognition-retrospective": [
                "FR-07",
                "FR-08",
                "FR-20",
                "FR-21",
                "FR-22",
                "FR-23",
                "FR-30",
            ]
        },
    ),
    "operator-initiated-facial-recognition": (
        "2.0.0",
        [OIFR],
        {
            "facial-recognition-operator-initiated": [
                "FR-14",
                "FR-24",
                "FR-25",
                "FR-26",
                "FR-27",
                "FR-28",
            ]
        },
    ),
    "general-emerging-technology": (
        "2.1.0",
        [Technology.OTHER],
        {
            "general-emerging-technology": [
                "GE-01",
                "GE-02",
                "GE-03",
                "GE-04",
                "GE-05",
                "GE-06",
                "GE-07",
                "GE-08",
            ]
        },
    ),
}
# Blocking (reference Part B, note 4): in these modules, exactly the Bridges "who", "where" and
# bias-testing questions.
BLOCKING = {"FR-01", "FR-03", "FR-06"}
CRITICAL = BLOCKING | {
    "FR-02",  # Bridges "who" and the ICO on compiling watchlists
    "FR-05",  # Bridges ground 3 and the ICO on the DPIA
    "FR-07",  # the known bias of the national retrospective search algorithm
    "FR-11",  # the ICO on retention and deletion
    "FR-14",  # the legal power to photograph someone
    "FR-15",  # the ICO on showing effectiveness
    "FR-21",  # who may search and why: the retrospective "who"
    "FR-26",  # who officers choose to photograph: the equality duty
    "FR-27",  # keeping photographs of people who did not match
    "GE-02",  # sensitive and biometric data
    "GE-03",  # precise, published limits for a novel technology (Bridges)
    "GE-06",  # testing for bias (Bridges ground 5)
}
# Questions that need use to have begun, as the core does for outcome monitoring (FE-09); every
# other question applies at every stage.
LATER_STAGES = {"FR-26": [Stage.PILOT, Stage.LIVE, Stage.REVIEW]}
# The live module's keys in version 1.0.0: every one must still reach a live facial
# recognition scrutiny, so a scrutiny moved to the new versions keeps its answers by key.
LFR_1_0_0_KEYS = {"FR-01", "FR-02", "FR-03", "FR-04", "FR-06", "FR-10", "FR-11", "FR-16"}
# Points the reference marks unverified or recalls without reading (Part A, Part E): never cite.
UNVERIFIED = [
    "[91]",
    "[199]",
    "56%",
    "14%",
    "superintendent",
    "127507",
    *(f"Principle {n}" for n in range(8, 13)),
]


def _module(slug: str) -> Template:
    return load_template(TEMPLATES_DIR / f"{slug}.yaml")


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return TemplateLibrary.load(TEMPLATES_DIR)


@pytest.mark.parametrize("slug", MODULES)
def test_module_metadata_and_pinned_keys(slug: str) -> None:
    version, technologies, themes = MODULES[slug]
    module = _module(slug)
    assert module.slug == slug
    assert module.version == version
    assert module.kind is TemplateKind.MODULE
    assert module.technologies == technologies
    assert module.title and module.description
    assert {t.key: [q.key for q in t.questions] for t in module.themes} == themes


@pytest.mark.parametrize("slug", MODULES)
def test_each_module_has_at_least_six_questions_of_its_own(slug: str) -> None:
    assert len(list(_module(slug).questions())) >= 6


@pytest.mark.parametrize("slug", MODULES)
def test_new_keys_follow_the_module_prefix(slug: str) -> None:
    prefix = "GE" if slug == "general-emerging-technology" else "FR"
    for question in _module(slug).questions():
        assert re.fullmatch(rf"{prefix}-\d\d", question.key), question.key


def test_blocking_and_critical_sets() -> None:
    questions = [q for slug in MODULES for q in _module(slug).questions()]
    assert {q.key for q in questions if q.blocking} == BLOCKING
    assert {q.key for q in questions if q.critical} == CRITICAL
    assert all(q.critical for q in questions if q.blocking)


@pytest.mark.parametrize("slug", MODULES)
def test_every_question_is_complete(slug: str) -> None:
    for q in _module(slug).questions():
        where = f"{slug} {q.key}"
        assert q.prompt.endswith("?"), where
        assert q.guidance.strip() and q.red_flag.strip(), where
        assert q.sources and all(s.strip() for s in q.sources), where
        assert len(set(q.sources)) == len(q.sources), where
        assert q.evidence and all(e.strip() for e in q.evidence), where
        assert q.stages and set(q.stages) <= set(Stage), where
        assert q.frameworks and all(q.frameworks.values()), where
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", q.guidance) if s]
        assert 2 <= len(sentences) <= 4, f"{where}: {len(sentences)} sentences of guidance"


@pytest.mark.parametrize("slug", MODULES)
def test_stages_where_each_question_applies(slug: str) -> None:
    for q in _module(slug).questions():
        assert q.stages == LATER_STAGES.get(q.key, list(Stage)), q.key


@pytest.mark.parametrize("slug", MODULES)
def test_no_unverified_point_is_cited(slug: str) -> None:
    for q in _module(slug).questions():
        text = " ".join([q.prompt, q.guidance, q.red_flag, *q.sources, *q.evidence])
        for bad in UNVERIFIED:
            assert bad not in text, f"{q.key} relies on {bad!r}"
        for elements in q.frameworks.values():
            for bad in UNVERIFIED:
                assert bad not in elements, f"{q.key} is tagged with {bad!r}"


@pytest.mark.parametrize(
    ("technology", "slugs"),
    [
        (FR, ["facial-recognition", "live-facial-recognition"]),
        (RFR, ["facial-recognition", "retrospective-facial-recognition"]),
        (OIFR, ["facial-recognition", "operator-initiated-facial-recognition"]),
        (Technology.OTHER, ["general-emerging-technology"]),
    ],
)
def test_a_scrutiny_gets_the_core_and_its_modules_without_a_key_clash(
    library: TemplateLibrary, technology: Technology, slugs: list[str]
) -> None:
    modules = library.modules_for(technology)
    assert [m.slug for m in modules] == slugs
    checklist = Checklist([library.core(), *modules])  # raises on any key used twice
    expected = len(list(library.core().questions())) + sum(
        len(list(m.questions())) for m in modules
    )
    assert checklist.question_count == expected


def test_a_live_scrutiny_keeps_every_key_of_the_first_live_module(library: TemplateLibrary) -> None:
    checklist = Checklist([library.core(), *library.modules_for(FR)])
    assert all(checklist.has_question(key) for key in LFR_1_0_0_KEYS)
    assert checklist.theme_of("FR-06").key == "facial-recognition"
    assert checklist.question("FR-06").blocking
    assert checklist.theme_of("FR-01").key == "facial-recognition-live"


def test_the_facial_recognition_modules_compose_with_each_other(library: TemplateLibrary) -> None:
    """A force using live and retrospective search together gets both, with no clash."""
    chosen = {m.slug: m for tech in (FR, RFR, OIFR) for m in library.modules_for(tech)}
    checklist = Checklist([library.core(), *chosen.values()])
    fr_keys = {q.key for q in checklist.questions() if q.key.startswith("FR-")}
    # Every bank key FR-01 to FR-15 is shipped, plus the new ones up to FR-30.
    assert fr_keys == {f"FR-{n:02d}" for n in range(1, 31)}
