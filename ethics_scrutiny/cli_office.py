"""Command-line commands about the office: its profile, the old demonstration, archives.

Building these parsers imports only the domain's office types; the handlers import the
services when a command runs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .domain.office import OfficeProfile, OfficeType

if TYPE_CHECKING:
    from .services import Services
    from .services.archive import ArchiveSummary

# Commands that need no record at all.
WITHOUT_RECORD = frozenset({("archive", "check")})


def add_commands(commands: Any) -> None:
    office = commands.add_parser("office", help="show or set who the office is")
    sub = office.add_subparsers(dest="office_command", required=True)
    show = sub.add_parser("show", help="show the office profile")
    show.add_argument("--json", action="store_true")
    put = sub.add_parser("set", help="set the office profile (recorded)")
    put.add_argument("--name", required=True, help="the office's name, as on report covers")
    put.add_argument("--type", required=True, dest="office_type",
                     choices=[t.value for t in OfficeType],
                     help="the kind of office that holds the scrutiny function")  # fmt: skip
    put.add_argument("--decision-maker", required=True, help="the decision-maker's title")
    put.add_argument("--panel", required=True, help="the ethics panel's name")
    put.add_argument(
        "--officer", help="the officer using this computer (kept on it; left out: unchanged)"
    )
    put.add_argument("--logo", type=Path, help="a PNG or SVG logo for report covers")
    put.add_argument("--json", action="store_true")
    from . import cli_sign

    cli_sign.add_key_commands(sub)
    demo = commands.add_parser("demo", help="the demonstration scrutiny in this record")
    demo_sub = demo.add_subparsers(dest="demo_command", required=True)
    demo_sub.add_parser(
        "remove",
        help="withdraw the demonstration an older version wrote here (recorded; entries stay)",
    )
    archive = commands.add_parser("archive", help="write the whole record to one archive file")
    archive.add_argument("--out", type=Path, help="the archive file to write")
    archive.add_argument("--json", action="store_true")
    cli_sign.add_sign_options(archive, "archive")
    archive_sub = archive.add_subparsers(dest="archive_command")
    check = archive_sub.add_parser("check", help="verify an archive on its own, without a record")
    check.add_argument("file", type=Path, help="the archive file to check")
    check.add_argument("--json", action="store_true")
    importing = commands.add_parser(
        "import-archive",
        help="bring an archive into this record (merged scrutiny by scrutiny if it holds work)",
    )
    importing.add_argument("file", type=Path, help="the archive file to bring in")
    importing.add_argument("--json", action="store_true")


def needs_no_record(args: argparse.Namespace) -> bool:
    return (args.command, getattr(args, "archive_command", None)) in WITHOUT_RECORD


def emit(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def office_json(profile: OfficeProfile | None) -> dict[str, Any] | None:
    return None if profile is None else profile.state()


def cmd_office(services: Services, args: argparse.Namespace) -> int:
    if args.office_command == "keys":
        from .cli_sign import cmd_keys

        return cmd_keys(services, args)
    if args.office_command == "show":
        profile = services.office.profile()
        if args.json:
            emit(office_json(profile))
        elif profile is None:
            print("No office profile yet; set one with 'office set'.")
        else:
            _print_profile(profile)
        return 0
    current = services.office.profile()
    kept = current.officer if current else ""
    new = OfficeProfile(
        name=args.name,
        office_type=OfficeType(args.office_type),
        decision_maker=args.decision_maker,
        panel=args.panel,
        officer=kept if args.officer is None else args.officer,
    )
    if args.logo is None and current is not None:
        new = OfficeProfile(**{**new.__dict__, "logo_sha256": current.logo_sha256,
                               "logo_name": current.logo_name})  # fmt: skip
    saved = services.office.set(new, args.logo)
    if args.json:
        emit(office_json(saved))
    else:
        print(f"Saved the office profile for {saved.name}.")
    return 0


def _print_profile(profile: OfficeProfile) -> None:
    print(f"Office:          {profile.name}")
    print(f"Type:            {profile.office_type.label}")
    print(f"Decision-maker:  {profile.decision_maker}")
    print(f"Panel:           {profile.panel}")
    print(f"Officer:         {profile.officer or 'not set'}")
    print(f"Logo:            {'kept in the record' if profile.logo_sha256 else 'none'}")


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    scrutiny_id = services.office.remove_demo()
    print(
        f"Withdrew the demonstration scrutiny {scrutiny_id} from lists and reports; "
        "its record entries stay."
    )
    return 0


def cmd_archive(services: Services, args: argparse.Namespace) -> int:
    if args.out is None:
        from .cli import UsageError

        raise UsageError("Name the archive file to write with --out FILE.")
    from .cli_sign import signing_key

    key = signing_key(services, args)
    started = time.monotonic()
    summary = services.archive.write(args.out, sign=key)
    _report(summary, args.json, f"Wrote {summary.path}", time.monotonic() - started)
    return 0


def check_archive(args: argparse.Namespace) -> int:
    from .services.archive import check_archive as check

    summary = check(args.file)
    _report(summary, args.json, f"The archive {args.file} verifies", None)
    return 0


def cmd_import_archive(services: Services, args: argparse.Namespace) -> int:
    started = time.monotonic()
    summary = services.archive.import_archive(args.file)
    opening = f"{'Merged' if summary.merged else 'Imported'} {args.file}"
    _report(summary, args.json, opening, time.monotonic() - started)
    return 0


def _report(summary: ArchiveSummary, as_json: bool, opening: str, seconds: float | None) -> None:
    if as_json:
        emit(
            {
                "path": str(summary.path),
                "head": summary.head,
                "entries": summary.entries,
                "scrutinies": summary.scrutinies,
                "files": summary.files,
                "office": summary.office_name,
                "size": summary.size,
                "merged": summary.merged,
            }
        )
        return
    office = f" from {summary.office_name}" if summary.office_name else ""
    print(
        f"{opening}{office}: {summary.scrutinies} scrutinies, {summary.files} files, "
        f"{summary.entries} record entries, head {summary.head}."
    )
    if seconds is not None:
        print(f"Took {seconds:.1f} s; the archive is {summary.size:,} bytes.")
