"""Commands for a shared record's server: set it up, add officers' logins, check it.

The parsers import nothing heavy; the handlers import storage only once a command runs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from .domain.errors import InvalidInputError


def add_commands(commands: Any) -> None:
    server = commands.add_parser(
        "server", help="set up and check a shared record on a PostgreSQL server"
    )
    sub = server.add_subparsers(dest="server_command", required=True, parser_class=type(server))
    setup = sub.add_parser(
        "setup",
        help="create or update the roles, database, tables, grants and append function "
        "(run by the server's administrator; safe to run again after each upgrade)",
    )
    _admin_options(setup)
    officer = sub.add_parser(
        "add-officer", help="add an officer's own login to the officers' group"
    )
    officer.add_argument("name", help="the login, e.g. j_bloggs (lower-case letters, digits, _)")
    _admin_options(officer)
    officer.add_argument(
        "--password-file",
        type=Path,
        help="file whose first line is the officer's password (asked for when left out)",
    )
    check = sub.add_parser(
        "check", help="report anything in the server's set-up that weakens the record (uses --db)"
    )
    check.add_argument("--json", action="store_true")


def _admin_options(parser: Any) -> None:
    parser.add_argument(
        "--admin-url",
        required=True,
        help="the administrator's address, e.g. postgresql+psycopg://postgres@HOST/ethics_scrutiny "
        "(leave the password out: use .pgpass, PGPASSWORD or --admin-password-file)",
    )
    parser.add_argument(
        "--admin-password-file", type=Path, help="file whose first line is the admin's password"
    )


def run(args: argparse.Namespace) -> int:
    if args.server_command == "check":
        return _check(args)
    from .storage import db_url, server_setup

    admin_url = args.admin_url
    if args.admin_password_file is not None:
        admin_url = db_url.with_password_file(admin_url, args.admin_password_file)
    if args.server_command == "setup":
        for line in server_setup.setup(admin_url):
            print(line)
        return 0
    password = _officer_password(args.password_file)
    print(server_setup.add_officer(admin_url, args.name, password))
    return 0


def _officer_password(password_file: Path | None) -> str:
    if password_file is not None:
        from .storage.db_url import read_password_file

        return read_password_file(password_file)
    if not sys.stdin.isatty():
        raise InvalidInputError(
            "Give the officer's password with --password-file FILE (no terminal to ask in)."
        )
    first = getpass.getpass("Officer's password: ")
    if first != getpass.getpass("The same password again: "):
        raise InvalidInputError("The two passwords differ; nothing was added. Try again.")
    return first


def _check(args: argparse.Namespace) -> int:
    from .config import resolve_settings
    from .storage import server_check

    settings = resolve_settings(args.data_dir, args.db, args.db_password_file)
    problems = server_check.check(settings.database_url)
    if args.json:
        print(json.dumps({"ok": not problems, "problems": problems}, ensure_ascii=False, indent=2))
    elif problems:
        for problem in problems:
            print(f"- {problem}")
    else:
        print("Nothing in the server's set-up weakens the record.")
    return 1 if problems else 0
