"""A small screening to drive the screening widgets without the shipped template."""

from __future__ import annotations

from ui.screening.screening_data import (
    Answers,
    LevelResult,
    Option,
    ScreeningQuestion,
    ScreeningSource,
    ShowIf,
)

IDENTIFY = ScreeningQuestion(
    "SCR-01",
    "Does it identify people?",
    (Option("no", "No"), Option("single-out", "Singles people out"), Option("face", "By face")),
)
DATA = ScreeningQuestion(
    "SCR-02",
    "Which data does it use?",
    (Option("none", "None special"), Option("health", "Health"), Option("bio", "Biometric")),
    multiple=True,
)
PLACE = ScreeningQuestion(
    "SCR-03",
    "Where is it used?",
    (Option("private", "Private premises"), Option("public", "Public space")),
    show_if=ShowIf("SCR-01", ("face",)),
)
QUESTIONS = (IDENTIFY, DATA, PLACE)
FACE_MODULE = "facial-recognition"


def preview(answers: Answers) -> LevelResult:
    """One level per answer beyond the least intrusive; a face proposes facial recognition."""
    raised = [
        q.key for q in QUESTIONS if any(v != q.options[0].value for v in answers.get(q.key, ()))
    ]
    proposed = (FACE_MODULE,) if "face" in answers.get("SCR-01", ()) else ()
    return LevelResult(min(1 + len(raised), 4), tuple(raised), proposed)


SOURCE = ScreeningSource(QUESTIONS, preview)
