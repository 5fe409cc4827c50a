"""The shipped modules for AI, drones, ANPR, process automation, knife detection and records."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ethics_scrutiny.domain.enums import Stage, Technology, TemplateKind
from ethics_scrutiny.domain.frameworks import framework
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.domain.template_loader import load_template
from ethics_scrutiny.domain.templates import Checklist, Question, Template

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "assets" / "templates"

AI = Technology.AI_DECISION_SUPPORT

# slug -> (technologies, {theme key: question keys in order}). Saved scrutinies refer to
# questions by key, so a rename, removal, move or reordering must be made here on purpose.
MODULES: dict[str, tuple[list[Technology], dict[str, list[str]]]] = {
    "ai-decision-support": (
        [AI],
        {
            "ai-algocare": [f"AI-{n:02d}" for n in range(1, 10)],
            "ai-prediction-governance": [f"AI-{n:02d}" for n in range(10, 16)],
            "ai-fairness": ["AI-16", "AI-17", "AI-18"],
        },
    ),
    "drones": (
        [Technology.DRONES],
        {
            "drones": [f"DR-{n:02d}" for n in range(1, 13)],
            "drones-first-responder": [f"DR-{n:02d}" for n in range(13, 18)],
        },
    ),
    "anpr": ([Technology.ANPR], {"anpr": [f"AN-{n:02d}" for n in range(1, 11)]}),
    "process-automation": (
        [Technology.PROCESS_AUTOMATION],
        {"process-automation-redaction": [f"RR-{n:02d}" for n in range(1, 11)]},
    ),
    "knife-detection": (
        [Technology.KNIFE_DETECTION],
        {"knife-detection": [f"KD-{n:02d}" for n in range(1, 10)]},
    ),
    # Cross-cutting: no technology, so it is never added automatically; officers choose it.
    "records-and-welsh-language": (
        [],
        {"records-classification-welsh": [f"RC-{n:02d}" for n in range(1, 7)]},
    ),
}
PREFIX = {
    "ai-decision-support": "AI",
    "drones": "DR",
    "anpr": "AN",
    "process-automation": "RR",
    "knife-detection": "KD",
    "records-and-welsh-language": "RC",
}
# Blocking (reference Part B, note 4): in these modules only ALGOCARE "Advisory" and covert
# drone surveillance under RIPA.
BLOCKING = {"AI-02", "DR-04"}
CRITICAL = BLOCKING | {
    "AI-03",  # ALGOCARE "Lawful": every dataset lawfully usable
    "AI-04",  # ALGOCARE "Granularity": protected characteristics and proxies
    "AI-05",  # ALGOCARE "Ownership"; Bridges ground 5: supplier withholding training data
    "AI-07",  # ALGOCARE "Accuracy": error rates and harm to the misclassified
    "AI-10",  # scoring individuals on profiling alone
    "DR-01",  # flying within the CAA authorisation
    "DR-03",  # Bridges "where": permitted uses with criteria
    "DR-05",  # seeing into homes and vehicles
    "AN-02",  # Bridges "where": camera site justification
    "AN-05",  # Code principle 12: hotlist quality leading to stops
    "AN-07",  # covert tracking and RIPA
    "DR-16",  # flying first-responder drones beyond line of sight within the CAA permission
    "RR-01",  # solely automated significant decisions
    "RR-04",  # human check before release
    "RR-06",  # untested uneven performance (Bridges ground 5)
    "KD-02",  # alert as grounds for a search
    "KD-03",  # false alerts on religious and medical items
    "KD-04",  # operator choice of whom to scan
    "KD-09",  # searches without suspicion under a section 60 authorisation
    "RC-06",  # the equality duty continues: a review date
}
# Questions that need the technology to be in use already (outcomes, incidents, savings).
AFTER_USE = {"DR-12", "RR-10", "KD-06"}
# Points the reference marks unverified, or recalls without reading: never cite them.
UNVERIFIED = [
    "[91]",
    "[199]",
    "ATRS 2.2",
    "ATRS 2.3",
    "ATRS 2.4",
    "ATRS 2.5",
    "2.3.6",
    "12 months",
    "12-month",
    "90 days",
    "ORS4",
    "No. 5",
    "SWYDDOGOL",
    "72 hours",
    "5(1)(d)",
    *(f"Principle {n}" for n in range(8, 12)),
]


def _module(slug: str) -> Template:
    return load_template(TEMPLATES_DIR / f"{slug}.yaml")


WORDING_BUMPED = {
    "ai-decision-support": "2.1.0",
    "drones": "2.1.0",
    "records-and-welsh-language": "2.1.0",
}


@pytest.fixture(scope="module")
def library() -> TemplateLibrary:
    return TemplateLibrary.load(TEMPLATES_DIR)


@pytest.mark.parametrize("slug", MODULES)
def test_module_metadata_and_pinned_keys(slug: str) -> None:
    technologies, themes = MODULES[slug]
    module = _module(slug)
    assert module.slug == slug
    # 2.1.0 for the modules that named the PCC: they name the office's decision-maker now.
    assert module.version == WORDING_BUMPED.get(slug, "2.0.0")
    assert module.kind is TemplateKind.MODULE
    assert module.technologies == technologies
    assert module.title and module.description
    assert {t.key: [q.key for q in t.questions] for t in module.themes} == themes


@pytest.mark.parametrize("slug", MODULES)
def test_each_module_has_at_least_six_questions_with_its_own_prefix(slug: str) -> None:
    questions = list(_module(slug).questions())
    assert len(questions) >= 6
    for question in questions:
        assert re.fullmatch(rf"{PREFIX[slug]}-\d\d", question.key), question.key


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
        assert q.prompt.count("?") == 1, f"{where}: one question per prompt"
        assert q.guidance.strip() and q.red_flag.strip(), where
        assert q.sources and all(s.strip() for s in q.sources), where
        assert len(set(q.sources)) == len(q.sources), where
        assert q.evidence and all(e.strip() for e in q.evidence), where
        assert q.stages and set(q.stages) <= set(Stage), where
        assert all(q.frameworks.values()), where
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", q.guidance) if s]
        assert 2 <= len(sentences) <= 4, f"{where}: {len(sentences)} sentences of guidance"


def test_stages_are_limited_only_where_use_must_have_begun() -> None:
    for slug in MODULES:
        for q in _module(slug).questions():
            expected = (
                [Stage.PILOT, Stage.LIVE, Stage.REVIEW] if q.key in AFTER_USE else list(Stage)
            )
            assert q.stages == expected, q.key


@pytest.mark.parametrize("slug", MODULES)
def test_no_unverified_point_is_relied_on(slug: str) -> None:
    for q in _module(slug).questions():
        text = " ".join([q.prompt, q.guidance, q.red_flag, *q.sources, *q.evidence])
        tags = [element for elements in q.frameworks.values() for element in elements]
        for bad in UNVERIFIED:
            assert bad not in text, f"{q.key} relies on {bad!r}"
            assert bad not in tags, f"{q.key} is tagged with {bad!r}"


def _question(template: Template, key: str) -> Question:
    return next(q for q in template.questions() if q.key == key)


def _tagged(template: Template, framework_id: str) -> dict[str, set[str]]:
    """Element name -> keys of the questions tagged with it."""
    found: dict[str, set[str]] = {}
    for q in template.questions():
        for element in q.frameworks.get(framework_id, []):
            found.setdefault(element, set()).add(q.key)
    return found


@pytest.mark.parametrize("framework_id", ["algocare", "npcc-ai-covenant", "atrs"])
def test_the_ai_module_covers_every_element_of_its_frameworks(framework_id: str) -> None:
    tagged = _tagged(_module("ai-decision-support"), framework_id)
    assert set(tagged) == set(framework(framework_id).elements)


def test_algocare_elements_map_to_the_bank_questions_in_order() -> None:
    """Reference Part D: ALGOCARE A, L, G, O, C, A, R, E are AI-02 to AI-09; ATRS is AI-13."""
    ai = _module("ai-decision-support")
    elements = framework("algocare").elements
    for number, element in enumerate(elements, start=2):
        assert _question(ai, f"AI-{number:02d}").frameworks["algocare"] == [element]
    assert set(_question(ai, "AI-13").frameworks["atrs"]) == set(framework("atrs").elements)


def test_hotlist_question_carries_code_principle_12() -> None:
    assert _tagged(_module("anpr"), "surveillance-camera-code")["Principle 12"] == {"AN-05"}


@pytest.mark.parametrize(
    ("technology", "slug"),
    [
        (AI, "ai-decision-support"),
        (Technology.DRONES, "drones"),
        (Technology.ANPR, "anpr"),
        (Technology.PROCESS_AUTOMATION, "process-automation"),
        (Technology.KNIFE_DETECTION, "knife-detection"),
    ],
)
def test_a_scrutiny_gets_the_core_and_its_module_without_a_key_clash(
    library: TemplateLibrary, technology: Technology, slug: str
) -> None:
    modules = library.modules_for(technology)
    assert slug in [m.slug for m in modules]
    checklist = Checklist([library.core(), *modules])  # raises on any key used twice
    expected = len(list(library.core().questions())) + sum(
        len(list(m.questions())) for m in modules
    )
    assert checklist.question_count == expected


def test_the_records_module_is_offered_for_no_technology(library: TemplateLibrary) -> None:
    assert all(
        "records-and-welsh-language" not in [m.slug for m in library.modules_for(tech)]
        for tech in Technology
    )
    assert "records-and-welsh-language" in [m.slug for m in library.modules()]


def test_modules_compose_with_each_other_and_the_records_module(library: TemplateLibrary) -> None:
    """A drone carrying analytics, or ANPR feeding AI, takes several modules at once."""
    chosen = [library.get(slug) for slug in MODULES]
    checklist = Checklist([library.core(), *chosen])
    assert checklist.question_count == len(list(library.core().questions())) + sum(
        len(list(m.questions())) for m in chosen
    )
