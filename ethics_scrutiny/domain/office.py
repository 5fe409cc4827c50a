"""The office that holds the record: who it is, who decides, and its panel."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from .errors import InvalidInputError


class OfficeType(StrEnum):
    """What kind of body holds the police scrutiny function."""

    PCC = "pcc"
    PFCC = "pfcc"
    MAYOR = "mayor"
    DEPUTY_MAYOR = "deputy-mayor"
    POLICING_AND_CRIME_BOARD = "policing-and-crime-board"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]

    @property
    def default_decision_maker(self) -> str:
        return _DECISION_MAKERS[self]


_TYPE_LABELS = {
    OfficeType.PCC: "Police and Crime Commissioner",
    OfficeType.PFCC: "Police, Fire and Crime Commissioner",
    OfficeType.MAYOR: "Mayor holding police and crime functions",
    OfficeType.DEPUTY_MAYOR: "Deputy Mayor for Policing and Crime",
    OfficeType.POLICING_AND_CRIME_BOARD: "Policing and Crime Board",
    OfficeType.OTHER: "Other",
}

# Suggested titles only; the office types its own (e.g. "Exampleshire Policing and Crime Board").
_DECISION_MAKERS = {
    OfficeType.PCC: "Police and Crime Commissioner",
    OfficeType.PFCC: "Police, Fire and Crime Commissioner",
    OfficeType.MAYOR: "Mayor",
    OfficeType.DEPUTY_MAYOR: "Deputy Mayor for Policing and Crime",
    OfficeType.POLICING_AND_CRIME_BOARD: "Policing and Crime Board",
    OfficeType.OTHER: "",
}

# Lengths of the profile's columns: a longer value is refused with a sentence, not truncated.
_LIMITS = {"name": 300, "decision_maker": 200, "panel": 200, "officer": 200}
_LABELS = {
    "name": "The office's name",
    "decision_maker": "The decision-maker's title",
    "panel": "The panel's name",
    "officer": "The officer's name",
}


@dataclass(frozen=True)
class OfficeProfile:
    """Who holds the record. ``demonstration`` marks the throwaway demonstration record."""

    name: str
    office_type: OfficeType
    decision_maker: str
    panel: str
    officer: str = ""
    logo_sha256: str | None = None
    logo_name: str = ""
    demonstration: bool = False

    def checked(self) -> OfficeProfile:
        """The profile with surrounding spaces removed; refuses an empty or overlong field."""
        cleaned = replace(
            self,
            name=self.name.strip(),
            decision_maker=self.decision_maker.strip(),
            panel=self.panel.strip(),
            officer=self.officer.strip(),
        )
        for field, limit in _LIMITS.items():
            value: str = getattr(cleaned, field)
            if not value and field != "officer":
                raise InvalidInputError(f"{_LABELS[field]} is empty; type it in and try again.")
            if len(value) > limit:
                raise InvalidInputError(
                    f"{_LABELS[field]} is longer than {limit} characters; shorten it and try again."
                )
        return cleaned

    def state(self) -> dict[str, Any]:
        """The profile as its record entry holds it (no free text is sensitive here)."""
        return {
            "name": self.name,
            "office_type": self.office_type.value,
            "decision_maker": self.decision_maker,
            "panel": self.panel,
            "officer": self.officer,
            "logo_sha256": self.logo_sha256,
            "logo_name": self.logo_name,
            "demonstration": self.demonstration,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> OfficeProfile:
        return cls(
            name=str(state["name"]),
            office_type=OfficeType(state["office_type"]),
            decision_maker=str(state["decision_maker"]),
            panel=str(state["panel"]),
            officer=str(state.get("officer", "")),
            logo_sha256=state.get("logo_sha256"),
            logo_name=str(state.get("logo_name", "")),
            demonstration=bool(state.get("demonstration", False)),
        )

    def capacity_label(self, capacity: str) -> str:
        """How a decision's capacity reads for this office ("Deputy Mayor for ... decision")."""
        if capacity in ("office_decision", "pcc_decision"):
            return f"Decision of the {self.decision_maker}"
        return {
            "panel_advice": f"Advice of the {self.panel}",
            "chief_constable_decision": "Chief constable decision",
        }.get(capacity, capacity)
