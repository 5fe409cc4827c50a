"""Stable vocabularies: their values are the slugs the command line and JSON use."""

from __future__ import annotations

import re
from enum import StrEnum

from ..i18n import N_


class Technology(StrEnum):
    """The kind of technology a deployment uses."""

    LIVE_FACIAL_RECOGNITION = "live-facial-recognition"
    RETROSPECTIVE_FACIAL_RECOGNITION = "retrospective-facial-recognition"
    OPERATOR_INITIATED_FACIAL_RECOGNITION = "operator-initiated-facial-recognition"
    AI_DECISION_SUPPORT = "ai-decision-support"
    DRONES = "drones"
    ANPR = "anpr"
    PROCESS_AUTOMATION = "process-automation"
    KNIFE_DETECTION = "knife-detection"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _TECHNOLOGY_LABELS[self]


_TECHNOLOGY_LABELS = {
    Technology.LIVE_FACIAL_RECOGNITION: N_("Live facial recognition"),
    Technology.RETROSPECTIVE_FACIAL_RECOGNITION: N_("Retrospective facial recognition"),
    Technology.OPERATOR_INITIATED_FACIAL_RECOGNITION: N_("Operator-initiated facial recognition"),
    Technology.AI_DECISION_SUPPORT: N_("AI and algorithmic decision support"),
    Technology.DRONES: N_("Drones (remotely piloted aircraft)"),
    Technology.ANPR: N_("Automatic number plate recognition"),
    Technology.PROCESS_AUTOMATION: N_("Process automation and automated redaction"),
    Technology.KNIFE_DETECTION: N_("Knife and concealed-weapon detection"),
    Technology.OTHER: N_("Other emerging technology"),
}


class Status(StrEnum):
    """How far the evidence shows a question is satisfied."""

    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.MET: N_("Met"),
    Status.PARTLY_MET: N_("Partly met"),
    Status.NOT_MET: N_("Not met"),
    Status.UNKNOWN: N_("Unknown"),
    Status.NOT_APPLICABLE: N_("Not applicable"),
}


class Obligation(StrEnum):
    """How firmly a question binds the force: the law, expected good practice, or desirable."""

    MUST = "must"
    SHOULD = "should"
    COULD = "could"

    @property
    def label(self) -> str:
        return _OBLIGATION_LABELS[self]


_OBLIGATION_LABELS = {
    Obligation.MUST: N_("Must (legal requirement)"),
    Obligation.SHOULD: N_("Should (expected good practice)"),
    Obligation.COULD: N_("Could (desirable)"),
}


class Rating(StrEnum):
    """RAG rating: the officer's judgement of concern."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"

    @property
    def label(self) -> str:
        return _RATING_LABELS[self]


_RATING_LABELS = {
    Rating.GREEN: N_("Green"),
    Rating.AMBER: N_("Amber"),
    Rating.RED: N_("Red"),
}


class Outcome(StrEnum):
    """The panel's or PCC's outcome for a deployment."""

    SUPPORT = "support"
    SUPPORT_WITH_CONDITIONS = "support_with_conditions"
    DEFER = "defer"
    DO_NOT_SUPPORT = "do_not_support"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.SUPPORT: N_("Support"),
    Outcome.SUPPORT_WITH_CONDITIONS: N_("Support with conditions"),
    Outcome.DEFER: N_("Defer: more information needed"),
    Outcome.DO_NOT_SUPPORT: N_("Do not support"),
}


class Marking(StrEnum):
    """Government Security Classification marking printed on every page."""

    OFFICIAL = "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"

    @property
    def label(self) -> str:
        return self.value


class Stage(StrEnum):
    """Where the deployment is in its life."""

    PROPOSAL = "proposal"
    PILOT = "pilot"
    LIVE = "live"
    REVIEW = "review"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    Stage.PROPOSAL: N_("Proposal"),
    Stage.PILOT: N_("Pilot"),
    Stage.LIVE: N_("Live"),
    Stage.REVIEW: N_("Review"),
}


class TemplateKind(StrEnum):
    """A core checklist applies to every scrutiny; a module adds questions for a technology."""

    CORE = "core"
    MODULE = "module"
    # A short questionnaire whose answers set a scrutiny's impact level and propose modules.
    SCREENING = "screening"


class AnswerType(StrEnum):
    """The form of a typed answer a template asks for beside the status."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"

    @property
    def label(self) -> str:
        return _ANSWER_TYPE_LABELS[self]


_ANSWER_TYPE_LABELS = {
    AnswerType.SINGLE: N_("One choice"),
    AnswerType.MULTIPLE: N_("Any number of choices"),
    AnswerType.TEXT: N_("Text"),
    AnswerType.NUMBER: N_("Number"),
    AnswerType.DATE: N_("Date"),
}


class Language(StrEnum):
    """The language a scrutiny's checklist text and reports use: a language code.

    English and Welsh are members; any other code a template gives text in (``fr``, ``ga``,
    ``pt-BR``) is accepted too, as a value made when first asked for (``Language("fr")``), so
    every place that parses a stored or typed code takes it. Iterating gives the members only.
    """

    ENGLISH = "en"
    WELSH = "cy"

    @classmethod
    def _missing_(cls, value: object) -> Language | None:
        if not isinstance(value, str) or not is_language_tag(value):
            return None
        made = str.__new__(cls, value)
        made._name_ = value
        made._value_ = value
        # One value per code, so ``is`` compares codes as it does members.
        kept = cls._value2member_map_.setdefault(value, made)
        return kept if isinstance(kept, Language) else None

    @property
    def label(self) -> str:
        return _LANGUAGE_LABELS.get(self, self.own_name)

    @property
    def own_name(self) -> str:
        """The language's name in itself (``Français``), or its code when not known."""
        return LANGUAGE_NAMES.get(self.value, self.value)


# A BCP 47 language tag as the record stores one (at most 16 characters): a two- or
# three-letter language, then optional subtags (region, script). Templates give text under
# the bare two- or three-letter codes.
LANGUAGE_TAG_PATTERN = r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}"
LANGUAGE_TAG_MAX = 16
_LANGUAGE_TAG = re.compile(LANGUAGE_TAG_PATTERN)


def is_language_tag(text: str) -> bool:
    """Whether ``text`` is a language code a scrutiny could be in (``cy``, ``fr``, ``pt-BR``)."""
    return len(text) <= LANGUAGE_TAG_MAX and _LANGUAGE_TAG.fullmatch(text) is not None


_LANGUAGE_LABELS = {
    Language.ENGLISH: N_("English"),
    Language.WELSH: N_("Cymraeg (Welsh)"),
}
# Languages named in themselves, as a picker lists them: a speaker finds their own at once.
LANGUAGE_NAMES = {
    "en": "English",
    "cy": "Cymraeg",
    "fr": "Français",
    "ga": "Gaeilge",
    "gd": "Gàidhlig",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "pa": "ਪੰਜਾਬੀ",
    "ur": "اردو",
    "ar": "العربية",
    "bn": "বাংলা",
    "so": "Soomaali",
    "kw": "Kernewek",
}


class DecisionCapacity(StrEnum):
    """Who made a decision: panels advise; the office's decision-maker and the chief constable
    decide. The office's decision was once stored as ``pcc_decision``: that value is still
    accepted, in every record entry, bundle and command line, and means ``office_decision``."""

    PANEL_ADVICE = "panel_advice"
    OFFICE_DECISION = "office_decision"
    # The older name of the same member, so code and records using it keep working.
    PCC_DECISION = "office_decision"
    CHIEF_CONSTABLE_DECISION = "chief_constable_decision"

    @classmethod
    def _missing_(cls, value: object) -> DecisionCapacity | None:
        return cls.OFFICE_DECISION if value == LEGACY_OFFICE_DECISION else None

    @property
    def label(self) -> str:
        return _CAPACITY_LABELS[self]


# The stored value of the office's decision before offices other than PCCs were named.
LEGACY_OFFICE_DECISION = "pcc_decision"

_CAPACITY_LABELS = {
    DecisionCapacity.PANEL_ADVICE: N_("Ethics panel advice"),
    DecisionCapacity.OFFICE_DECISION: N_("Office decision"),
    DecisionCapacity.CHIEF_CONSTABLE_DECISION: N_("Chief constable decision"),
}


class ActionKind(StrEnum):
    """A question put to the chief constable, or a condition of approval."""

    QUESTION = "question"
    CONDITION = "condition"

    @property
    def label(self) -> str:
        return _ACTION_KIND_LABELS[self]


_ACTION_KIND_LABELS = {
    ActionKind.QUESTION: N_("Question to the force"),
    ActionKind.CONDITION: N_("Condition"),
}


class ActionStatus(StrEnum):
    """Where an action stands; "open" past its due date is overdue."""

    OPEN = "open"
    ANSWERED = "answered"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _ACTION_STATUS_LABELS[self]


_ACTION_STATUS_LABELS = {
    ActionStatus.OPEN: N_("Open"),
    ActionStatus.ANSWERED: N_("Answered"),
    ActionStatus.CLOSED: N_("Closed"),
}


class EvidenceKind(StrEnum):
    """What sort of thing the force supplied."""

    DOCUMENT = "document"
    STATEMENT = "statement"
    DATA = "data"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _EVIDENCE_KIND_LABELS[self]


_EVIDENCE_KIND_LABELS = {
    EvidenceKind.DOCUMENT: N_("Document"),
    EvidenceKind.STATEMENT: N_("Statement"),
    EvidenceKind.DATA: N_("Data"),
    EvidenceKind.OTHER: N_("Other"),
}
