"""The command line: the same services as the app, for scripts and other tools.

Scripts call it hundreds of times, so it starts fast: building the parser imports only light
modules (the domain's enums and errors, the report format table), and ``--version`` and
``--help`` never import SQLAlchemy, pydantic or the services
(tests/integration/test_cli_imports.py checks this). To add a command:

- add its parser in ``build_parser`` (or ``cli_record.add_commands``), importing nothing heavy;
- write ``cmd_<name>(services, args)`` in ``cli_commands`` (or ``cli_record``); those modules
  are imported only once a command runs, so they may import the services at the top, but
  ``cli_record`` (which also builds parsers) imports them only for type checking;
- ``run_command`` finds the handler by name and opens the record for it.
"""

from __future__ import annotations

import argparse
import calendar
import os
import re
import sys
from collections.abc import Callable, Collection, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .domain.enums import (
    DecisionCapacity,
    Language,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
    is_language_tag,
)
from .domain.errors import EthicsScrutinyError
from .reporting.formats import ExportFormat, cli_help

if TYPE_CHECKING:
    from .services import Services

PROG = "ethics-scrutiny"
JSON_HELP = "print JSON (a stable shape for scripts) instead of text"
# A shell's exit status for a program whose reader went away (128 + SIGPIPE), as Unix tools.
CLOSED_PIPE_EXIT = 141


class UsageError(EthicsScrutinyError):
    """The command line was not used as its help describes."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message[0].upper()}{message[1:]}; run '{self.prog} --help' for usage.")

    def add_argument(self, *names: Any, **options: Any) -> argparse.Action:
        # Every word from a fixed list (stage, status, format...) is taken in any letter case.
        choices = options.get("choices")
        if (
            choices is not None
            and "type" not in options
            and all(isinstance(c, str) for c in choices)
        ):
            options["type"] = any_case(choices)
        # "--json" means the same everywhere, so it is described once.
        if "--json" in names and "help" not in options:
            options["help"] = JSON_HELP
        return super().add_argument(*names, **options)


def any_case(choices: Collection[str]) -> Callable[[str], str]:
    """A parser type that matches ``choices`` ignoring letter case and how words are joined.

    "Pilot" gives "pilot", "Partly met" and "partly-met" give "partly_met".
    """
    by_folded = {_folded(choice): choice for choice in choices}

    def match(text: str) -> str:
        # Anything else is left as typed, for argparse to refuse with the list of choices.
        return by_folded.get(_folded(text), text)

    return match


def _folded(word: str) -> str:
    return re.sub(r"[\s_-]+", "-", word.strip().casefold())


def question_key(text: str) -> str:
    """A question key as templates spell it (upper case), however it was typed."""
    return text.strip().upper()


def language_code(text: str) -> str:
    """A language code as templates spell it ("FR" gives "fr"), or why it is not one."""
    parts = text.strip().replace("_", "-").split("-")
    code = "-".join([parts[0].lower(), *parts[1:]])
    if not is_language_tag(code):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a language code: give two or three letters, such as en, cy or fr"
        )
    return code


def _choices(enum: Any) -> list[str]:
    return [member.value for member in enum]


# ASCII digits only: \d would also take other scripts' digits (full-width "２０２７"), which
# then fail as "not a real date"; they are a form problem, said as such.
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)


def day(text: str) -> date:
    """A YYYY-MM-DD date option, or a sentence saying what is wrong with it."""
    found = _ISO_DAY.fullmatch(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date in the form YYYY-MM-DD, such as 2027-03-20"
        )
    try:
        return date.fromisoformat(found.group(0))
    except ValueError:
        year, month, _ = (int(part) for part in found.groups())
        raise argparse.ArgumentTypeError(
            f"{found.group(0)} is not a real date: {_why_not_real(year, month)}"
        ) from None


def _why_not_real(year: int, month: int) -> str:
    if year < 1:
        return "there is no year 0"
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Scrutiny of police technology deployments.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="folder for the record, backups and logs")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: SQLite in the data folder)")
    parser.add_argument(
        "--db-password-file",
        help="file whose first line is the database password (keeps it out of --db)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    _add_template_commands(commands)
    _add_scrutiny_commands(commands)
    _add_record_commands(commands)
    return parser


def _add_template_commands(commands: Any) -> None:
    templates = commands.add_parser("templates", help="list, show and check checklist templates")
    sub = templates.add_subparsers(dest="templates_command", required=True, parser_class=_Parser)
    listing = sub.add_parser("list", help="list the templates")
    listing.add_argument("--json", action="store_true")
    show = sub.add_parser("show", help="show one template's questions")
    show.add_argument("slug", help="the template's slug, as 'templates list' shows it")
    show.add_argument("--json", action="store_true")
    check = sub.add_parser("check", help="check a template file and report every problem")
    check.add_argument("file", type=Path, help="the template file (YAML or JSON) to check")
    check.add_argument("--json", action="store_true")
    importing = sub.add_parser("import", help="check a template file and add it to this office")
    importing.add_argument("file", type=Path, help="the template file (YAML or JSON) to add")
    importing.add_argument("--json", action="store_true")


_ID_HELP = "the scrutiny's number, as 'list' shows it"
_REQUEST_KEY_HELP = (
    "any unique text naming this one action (such as a UUID): run again with the same key "
    "after a lost connection, it is recorded once"
)


def _add_scrutiny_commands(commands: Any) -> None:
    new = commands.add_parser("new", help="start a scrutiny")
    new.add_argument(
        "--technology",
        required=True,
        choices=_choices(Technology),
        help="the kind of technology; its modules are added to the checklist",
    )
    new.add_argument("--title", required=True, help="a short name for the deployment")
    new.add_argument("--force", required=True, help="the police force deploying it")
    new.add_argument(
        "--marking",
        choices=_choices(Marking),
        default=Marking.OFFICIAL.value,
        help="the protective marking printed on every page (default: OFFICIAL)",
    )
    new.add_argument(
        "--stage",
        choices=_choices(Stage),
        default=Stage.PROPOSAL.value,
        help="where the deployment is in its life, in any letter case (default: proposal)",
    )
    new.add_argument("--supplier", default="", help="who supplies the system")
    new.add_argument("--purpose", default="", help="what the force wants the technology for")
    new.add_argument(
        "--module",
        action="append",
        default=[],
        type=str.lower,  # slugs are lower case
        metavar="SLUG",
        help="add a further module by its slug (repeatable; 'templates list' names them)",
    )
    new.add_argument(
        "--language",
        type=language_code,
        default=Language.ENGLISH.value,
        metavar="CODE",
        help="language of the checklist text in the app and reports: en (the default), cy "
        "(Welsh) or any code its templates give text in, such as fr",
    )
    from . import cli_screening

    cli_screening.add_new_options(new)
    new.add_argument("--json", action="store_true")
    listing = commands.add_parser("list", help="list scrutinies")
    listing.add_argument(
        "--sort",
        choices=["id", "updated"],
        default="id",
        help="id: by number, oldest first (the default); updated: the latest changed first",
    )
    listing.add_argument("--json", action="store_true")
    show = commands.add_parser("show", help="show one scrutiny with its assessment")
    show.add_argument("id", type=int, help=_ID_HELP)
    show.add_argument("--json", action="store_true")
    answer = commands.add_parser("answer", help="record the finding on one question")
    answer.add_argument("id", type=int, help=_ID_HELP)
    answer.add_argument(
        "question_key", type=question_key, help="the question's key, such as FE-01 (any case)"
    )
    answer.add_argument(
        "--status",
        choices=_choices(Status),
        help="left out: keep the saved status; a note on an unanswered question saves as unknown",
    )
    answer.add_argument("--rating", choices=_choices(Rating), help="the RAG rating")
    answer.add_argument("--note", default="", help="the officer's note on the finding")
    answer.add_argument(
        "--sensitive", action="store_true", help="keep the note out of the public summary"
    )
    answer.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help="the answer's version as read (from 'show --json'; 0 for an unanswered question): "
        "the answer is refused if someone has changed it since",
    )
    cli_screening.add_answer_options(answer)
    decide = commands.add_parser("decide", help="record the panel's decision")
    decide.add_argument("id", type=int, help=_ID_HELP)
    decide.add_argument(
        "--outcome", required=True, choices=_choices(Outcome), help="what was decided"
    )
    decide.add_argument("--rationale", required=True, help="the reasons, as the record keeps them")
    decide.add_argument(
        "--by", required=True, dest="decided_by", help="who decided (a name or the panel)"
    )
    decide.add_argument(
        "--condition",
        action="append",
        default=[],
        dest="conditions",
        help="a condition of support (repeatable); start it with the question keys it resolves, "
        "as in 'LB-03, LB-04: Publish the watchlist criteria', to track it as an action",
    )
    decide.add_argument(
        "--review-date",
        type=day,
        help="YYYY-MM-DD; support needs one in the future, at most two years ahead",
    )
    decide.add_argument(
        "--override-reason",
        default="",
        help="why support is right although red flags on good-practice questions stand "
        "(required then; flags on legal requirements cannot be overridden)",
    )
    decide.add_argument(
        "--capacity",
        # pcc_decision: the office decision's older name, accepted for good.
        choices=[*_choices(DecisionCapacity), "pcc_decision"],
        default=DecisionCapacity.PANEL_ADVICE.value,
        help="panel advice, the office's decision (office_decision; pcc_decision is the same) "
        "or chief constable decision",
    )
    decide.add_argument(
        "--supersedes", type=int, metavar="SEQUENCE", help="record entry of the decision replaced"
    )
    decide.add_argument("--request-key", metavar="KEY", help=_REQUEST_KEY_HELP)
    withdraw = commands.add_parser(
        "withdraw", help="withdraw a decision without replacing it (recorded; nothing is deleted)"
    )
    withdraw.add_argument("id", type=int, help=_ID_HELP)
    withdraw.add_argument("sequence", type=int, help="record entry of the decision withdrawn")
    withdraw.add_argument("--reason", required=True, help="why, as the record keeps it")
    withdraw.add_argument("--request-key", metavar="KEY", help=_REQUEST_KEY_HELP)
    evidence = commands.add_parser("evidence", help="withdraw an evidence item (never deleted)")
    evidence_sub = evidence.add_subparsers(
        dest="evidence_command", required=True, parser_class=_Parser
    )
    withdraw_item = evidence_sub.add_parser(
        "withdraw", help="mark an evidence item withdrawn, with the reason (it stays recorded)"
    )
    withdraw_item.add_argument("evidence_id", type=int, help="the evidence item's number")
    withdraw_item.add_argument("--reason", required=True, help="why, as the record keeps it")
    upgrade = commands.add_parser(
        "upgrade", help="move a scrutiny to the newest checklist versions (shows the plan)"
    )
    upgrade.add_argument("id", type=int, help=_ID_HELP)
    upgrade.add_argument("--yes", action="store_true", help="apply the plan")
    upgrade.add_argument("--json", action="store_true")


def _add_record_commands(commands: Any) -> None:
    export = commands.add_parser("export", help="export a report or bundle")
    export.add_argument("id", type=int, help=_ID_HELP)
    export.add_argument(
        "--format",
        choices=[fmt.value for fmt in ExportFormat],
        help=cli_help() + ". Left out: taken from the --out file's ending (.csv gives csv); "
        "given, an ending of another format (report.docx with --format pdf) is refused",
    )
    export.add_argument(
        "--out", required=True, type=Path, help="the file to write, such as report.pdf"
    )
    export.add_argument(
        "--public",
        action="store_true",
        help="the public summary: no notes, evidence or actions",
    )
    export.add_argument(
        "--prepared-by",
        default="",
        help="the officer's name, printed on the panel paper's cover (the app remembers its own)",
    )
    export.add_argument(
        "--appendix",
        action="store_true",
        help="add the guidance appendix (each question's guidance, sources and red-flag "
        "criteria) to the panel paper",
    )
    export.add_argument(
        "--include-files", action="store_true", help="put evidence files in a JSON bundle"
    )
    export.add_argument(
        "--despite-failed-verify",
        action="store_true",
        help="write the report even though the scrutiny's record fails verification "
        "(every page is marked RECORD FAILED VERIFICATION)",
    )
    from . import cli_sign

    cli_sign.add_sign_options(export, "PDF or bundle")
    importing = commands.add_parser(
        "import",
        help="import a scrutiny bundle (JSON); one already here is brought up to date",
    )
    importing.add_argument("path", type=Path, help="the bundle file (.json) to import")
    cli_sign.add_import_options(importing)
    importing.add_argument(
        "--as-copy",
        action="store_true",
        help="import as a separate scrutiny (new identity), leaving any original untouched",
    )
    importing.add_argument(
        "--keep-ours",
        nargs="+",
        default=[],
        metavar="ITEM",
        help="for these conflicts keep this record's value (question keys or items as listed)",
    )
    importing.add_argument(
        "--take-theirs",
        nargs="+",
        default=[],
        metavar="ITEM",
        help="for these conflicts take the bundle's value",
    )
    importing.add_argument("--json", action="store_true")
    verify = commands.add_parser("verify", help="verify the decision record's hash chain")
    verify.add_argument("--head", help="a head hash printed on an earlier report")
    verify.add_argument("--json", action="store_true")
    backup = commands.add_parser("backup", help="write a checked copy of the record")
    backup.add_argument(
        "--out", type=Path, help="file to write (default: a dated file in the backups folder)"
    )
    from . import cli_record

    cli_record.add_commands(commands)
    from . import cli_office

    cli_office.add_commands(commands)
    from . import cli_server

    cli_server.add_commands(commands)
    cli_sign.add_commands(commands)
    from . import cli_screening

    cli_screening.add_commands(commands)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; expected failures print one sentence to stderr and exit non-zero.

    When the reader of the output goes away (``templates list | head``), the command stops
    quietly with the shell's status for it, as Unix tools do: no traceback, no error line.
    """
    try:
        code = _run(argv)
        if sys.stdout is not None:
            sys.stdout.flush()  # a closed pipe shows here, not as a message at exit
    except BrokenPipeError:
        _drop_stdout()
        return CLOSED_PIPE_EXIT
    return code


def _drop_stdout() -> None:
    # Python flushes stdout once more at exit; pointed at the null device, that cannot fail.
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass  # no real stdout (a test's capture): nothing is flushed at exit


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 0
        from .cli_output import readable_output

        with readable_output(json_output=bool(getattr(args, "json", False))):
            return run_command(args)
    except EthicsScrutinyError as exc:
        print(f"Error: {_shown(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # the reader went away: main stops quietly
    except Exception as exc:
        # A full disk met by any writer is a sentence too. Anything else is a bug: its text
        # (a driver's error may quote a sensitive note) never reaches the terminal, only what
        # it was and where.
        from .safe_logs import unexpected_sentence
        from .services.failures import as_expected

        known = as_expected(exc)
        print(f"Error: {_shown(str(known or unexpected_sentence(exc)))}", file=sys.stderr)
        return 1


def _shown(message: str) -> str:
    # A message may quote stored text: its direction controls are shown, never obeyed.
    from .domain.bidi import visible_controls

    return visible_controls(message)


def run_command(args: argparse.Namespace) -> int:
    if args.command == "list" and args.json:
        # Scripts call this most: answered from the file alone when that gives the same text.
        from . import cli_quick_list

        quick = cli_quick_list.run(args)
        if quick is not None:
            return quick
    from . import cli_commands

    if args.command == "templates":
        return cli_commands.templates(args)
    if args.command == "server":
        from . import cli_server

        return cli_server.run(args)
    from . import cli_office, cli_record, cli_screening, cli_sign
    from .config import resolve_settings
    from .services import Services

    if cli_office.needs_no_record(args):
        return cli_office.check_archive(args)
    if args.command in cli_screening.WITHOUT_RECORD:
        return cli_screening.run_without_record(args)
    name = f"cmd_{args.command.replace('-', '_')}"
    handler: Callable[[Services, argparse.Namespace], int] = (
        getattr(cli_screening, name, None)
        or getattr(cli_record, name, None)
        or getattr(cli_office, name, None)
        or getattr(cli_sign, name, None)
        or getattr(cli_commands, name)
    )
    _warn_about_password_in_address(args.db)
    services = Services.open(
        resolve_settings(args.data_dir, args.db, args.db_password_file),
        purpose=f"the command '{args.command}'",
        read_only_if_busy=args.command in cli_record.READ_ONLY_COMMANDS,
    )
    if services.database.read_only:
        print(
            "Note: another program holds the record, so it was opened read-only.",
            file=sys.stderr,
        )
    cli_commands.warn_about_templates(services.library)
    try:
        return handler(services, args)
    finally:
        services.close()


def _warn_about_password_in_address(address: str | None) -> None:
    from .storage.db_url import has_password

    if address and has_password(address):
        print(
            "Note: the --db address holds a password, which other users of this computer can "
            "see while the command runs; use --db-password-file, .pgpass or PGPASSWORD instead.",
            file=sys.stderr,
        )
