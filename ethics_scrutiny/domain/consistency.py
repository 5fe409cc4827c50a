"""Consistency rules: an answer of "met" that other answers contradict counts as not met."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from .enums import Status
from .scrutiny import ResponseData
from .templates import Checklist, ConsistencyRule

Responses = Mapping[str, ResponseData]


@dataclass(frozen=True)
class Inconsistency:
    """A "met" answer on ``key`` that cannot stand while the ``because`` questions are not met."""

    key: str
    because: tuple[str, ...]
    message: str


def inconsistencies(checklist: Checklist, responses: Responses) -> tuple[Inconsistency, ...]:
    """Every rule that doubts a "met" answer, in template order.

    A doubted "met" counts as not met, so it can in turn doubt another answer that relies on
    it: the doubted set grows until it is stable (it only ever grows, so this ends).
    """
    rules = checklist.consistency_rules()
    doubted: set[str] = set()
    while True:
        found = {
            rule.key
            for rule in rules
            if _claims_met(rule.key, responses) and _unmet(rule, checklist, responses, doubted)
        }
        if found <= doubted:
            break
        doubted |= found
    return tuple(
        Inconsistency(rule.key, _unmet(rule, checklist, responses, doubted), rule.message)
        for rule in rules
        if rule.key in doubted and _unmet(rule, checklist, responses, doubted)
    )


def counted_responses(
    responses: Responses, found: tuple[Inconsistency, ...]
) -> dict[str, ResponseData]:
    """The answers as flags and readiness count them: a doubted "met" becomes "not met".

    The officer's own rating goes too, so a doubted answer is rated as not met would be.
    """
    doubted = {item.key for item in found}
    return {
        key: replace(response, status=Status.NOT_MET, rating=None) if key in doubted else response
        for key, response in responses.items()
    }


def _claims_met(key: str, responses: Responses) -> bool:
    response = responses.get(key)
    return response is not None and response.status is Status.MET


def _unmet(
    rule: ConsistencyRule, checklist: Checklist, responses: Responses, doubted: set[str]
) -> tuple[str, ...]:
    """The rule's required questions in this checklist not (credibly) met or not applicable."""
    return tuple(
        key
        for key in rule.requires_met
        if checklist.asks(key) and not _settled_well(key, responses, doubted)
    )


def _settled_well(key: str, responses: Responses, doubted: set[str]) -> bool:
    response = responses.get(key)
    if response is None:
        return False
    if response.status is Status.NOT_APPLICABLE:
        return True
    return response.status is Status.MET and key not in doubted
