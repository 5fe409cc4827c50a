"""Command-line screening and typed answers: ``screening list``, ``screen``, ``new --screen``,
``answer --choice/--value``.

Building these parsers imports nothing heavy; the handlers import the services when a command
runs (``--help`` stays free of SQLAlchemy and pydantic).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .domain.errors import InvalidInputError

if TYPE_CHECKING:
    from .domain.scrutiny import ScreeningData
    from .domain.templates import Question
    from .services import Services

_ID_HELP = "the scrutiny's number, as 'list' shows it"
# Commands answered from the templates alone, without opening the record.
WITHOUT_RECORD = frozenset({"screening"})


def add_commands(commands: Any) -> None:
    """The ``screening`` and ``screen`` commands."""
    screening = commands.add_parser("screening", help="the screening questions and their options")
    sub = screening.add_subparsers(dest="screening_command", required=True)
    listing = sub.add_parser(
        "list", help="list the screening questions, each one's options least to most intrusive"
    )
    listing.add_argument("--json", action="store_true")
    screen = commands.add_parser(
        "screen", help="screen a scrutiny again: its impact level and which questions are asked"
    )
    screen.add_argument("id", type=int, help=_ID_HELP)
    screen.add_argument(
        "answers",
        nargs="+",
        metavar="KEY=VALUE",
        help="a screening answer, such as SC-01=identifies (repeat the key for several options); "
        "questions not named keep their answers",
    )
    screen.add_argument(
        "--reason", help="why the level is lower than before (required when it is lower)"
    )
    add_drop_option(screen)
    screen.add_argument("--json", action="store_true")


def add_new_options(new: argparse.ArgumentParser) -> None:
    """``new --screen KEY=VALUE`` (repeatable), ``--drop-module`` and ``--core``."""
    new.add_argument(
        "--screen",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a screening answer (repeatable; 'screening list' names them); left out, the "
        "scrutiny is not screened and asks every question",
    )
    add_drop_option(new)
    new.add_argument(
        "--core",
        metavar="SLUG",
        help="an office template of kind core to use instead of the shipped core checklist",
    )


def add_drop_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--drop-module",
        action="append",
        default=[],
        metavar="SLUG=REASON",
        help="leave out a module the screening proposes, saying why (repeatable; recorded)",
    )


def add_answer_options(answer: argparse.ArgumentParser) -> None:
    """``answer ID KEY --choice VALUE [--choice VALUE ...] | --value TEXT``."""
    answer.add_argument(
        "--choice",
        action="append",
        metavar="VALUE",
        help="a typed answer: an option's value (repeatable for a multiple choice)",
    )
    answer.add_argument(
        "--value", help="a typed answer: the text, number or date (YYYY-MM-DD) asked for"
    )


def wants_typed_answer(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "choice", None)) or getattr(args, "value", None) is not None


def pairs(given: Sequence[str], what: str) -> list[tuple[str, str]]:
    """``KEY=VALUE`` texts as pairs, refusing one without ``=`` with an example."""
    found: list[tuple[str, str]] = []
    for text in given:
        key, sep, value = text.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise InvalidInputError(
                f"{text!r} is not a {what}; write KEY=VALUE, such as SC-01=identifies."
            )
        found.append((key.strip(), value.strip()))
    return found


def screening_answers(given: Sequence[str]) -> dict[str, list[str]]:
    """Repeated keys gather their values (a multiple choice)."""
    answers: dict[str, list[str]] = {}
    for key, value in pairs(given, "screening answer"):
        answers.setdefault(key.upper(), []).append(value)
    return answers


def dropped_modules(given: Sequence[str]) -> dict[str, str]:
    return dict(pairs(given, "dropped module"))


def run_without_record(args: argparse.Namespace) -> int:
    """``screening list``: from the templates alone."""
    from .assets import templates_dir
    from .config import resolve_settings
    from .domain.template_library import TemplateLibrary
    from .services.screening_rules import screening_template

    settings = resolve_settings(args.data_dir, args.db)
    library = TemplateLibrary.load(templates_dir(), settings.templates_dir)
    questions = list(screening_template(library).questions())
    if args.json:
        _emit([screening_question_json(q) for q in questions])
        return 0
    for question in questions:
        print(f"{question.key}  {question.prompt}")
        for option in question.answer.options if question.answer else ():
            print(f"    {option.value:<24} {option.label}")
    return 0


def screening_question_json(question: Question) -> dict[str, Any]:
    options = question.answer.options if question.answer else []
    return {
        "key": question.key,
        "prompt": question.prompt,
        "options": [{"value": o.value, "label": o.label} for o in options],
    }


def screening_json(screening: ScreeningData | None) -> dict[str, Any] | None:
    """The ``screening`` object of ``show --json``; null while not screened."""
    if screening is None:
        return None
    return {
        "level": screening.level,
        "answers": {k: _answer_json(v) for k, v in screening.answers.items()},
        "reasons": list(screening.reasons),
        "proposed_modules": list(screening.proposed_modules),
        "dropped_modules": dict(screening.dropped_modules),
        "level_reason": screening.level_reason,
        "template": {"slug": screening.template[0], "version": screening.template[1]},
    }


def print_screening(screening: ScreeningData | None) -> None:
    """``show``'s lines on the screening: the level and what set it."""
    if screening is None:
        print("Not screened: every question is asked.")
        return
    print(f"Impact level {screening.level}.")
    for reason in screening.reasons:
        print(f"  {reason}")
    for slug, why in screening.dropped_modules.items():
        print(f"  Module {slug} dropped: {why}")
    if screening.level_reason:
        print(f"  Level last lowered because: {screening.level_reason}")


def _answer_json(value: Sequence[str] | str) -> list[str] | str:
    return value if isinstance(value, str) else list(value)


def cmd_screen(services: Services, args: argparse.Namespace) -> int:
    result = services.screening.rescreen(
        args.id,
        _with_kept_answers(services, args.id, screening_answers(args.answers)),
        reason=args.reason,
        # No --drop-module: the drops stay as they were.
        dropped_modules=dropped_modules(args.drop_module) if args.drop_module else None,
    )
    if args.json:
        _emit(
            {
                "id": args.id,
                "impact_level": result.level,
                "reasons": list(result.reasons),
                "proposed_modules": list(result.proposed_modules),
            }
        )
        return 0
    print(f"Scrutiny {args.id} screened: impact level {result.level}.")
    for reason in result.reasons:
        print(f"  {reason}")
    return 0


def _with_kept_answers(
    services: Services, scrutiny_id: int, given: Mapping[str, list[str]]
) -> dict[str, Sequence[str] | str]:
    """The answers saved, with those given in their place: changing one answer from the
    command line must not clear the others (the service takes the answers whole)."""
    screening = services.scrutinies.get(scrutiny_id).screening
    kept: dict[str, Sequence[str] | str] = dict(screening.answers) if screening else {}
    kept.update(given)
    return kept


def typed_answer(services: Services, args: argparse.Namespace) -> int:
    """``answer ID KEY --choice ... | --value ...``."""
    if args.status or args.rating or args.note or args.sensitive:
        raise InvalidInputError(
            "Give a typed answer (--choice or --value) on its own; the options it chose set "
            "the status and rating. Run answer again for a status or note."
        )
    response = services.screening.answer(
        args.id, args.question_key, choices=args.choice, value=args.value
    )
    shown = ", ".join(response.choice) if response.choice is not None else response.value
    print(f"Saved {response.key}: {shown} ({response.status.label}).")
    return 0


def _emit(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def typed_json(choice: Sequence[str] | None, value: str | None) -> Mapping[str, Any]:
    """A response's ``choice`` and ``value`` for ``show --json`` (null when not given)."""
    return {"choice": list(choice) if choice is not None else None, "value": value}
