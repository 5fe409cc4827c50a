"""One handler per command-line command, printing text or the stable JSON shapes."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from . import cli_screening, indented_json
from .assets import templates_dir
from .cli_json import (
    detail_json,
    import_report_json,
    import_report_lines,
    retired_json,
    summary_json,
    template_check_json,
    template_import_json,
    template_json,
    template_summary_json,
    upgrade_json,
)
from .cli_template_text import template_lines
from .config import resolve_settings
from .domain.bidi import json_escaped
from .domain.enums import (
    DecisionCapacity,
    Language,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
    TemplateKind,
)
from .domain.errors import InvalidInputError, TemplateError
from .domain.scoring import Readiness
from .domain.scrutiny import UNANSWERED, DecisionInput, NewScrutiny
from .domain.template_diff import TemplateDiff
from .domain.template_library import TemplateLibrary
from .domain.templates import Template
from .reporting.formats import FORMATS, format_for_extension, format_info
from .services import Services
from .services.output_paths import check_output_for
from .services.record_checks import RecordFailedVerificationError
from .services.reports import ExportFormat
from .services.screening_rules import screening_template
from .services.templates import TemplateFiles


def emit(data: Any) -> None:
    print(json_escaped(json.dumps(data, ensure_ascii=False, indent=2)))


def warn_about_templates(library: TemplateLibrary) -> None:
    """An office template that failed to load is named on stderr, never silently dropped."""
    for problem in library.problems:
        print(f"Warning: {problem}", file=sys.stderr)


def _applies_to(template: Template, screens: str | None) -> str:
    """What the template is used for; ``screens`` is the slug of the screening in use."""
    if template.technologies:
        return ", ".join(x.value for x in template.technologies)
    if template.kind is TemplateKind.CORE:
        if template.slug == "core":
            return "all technologies"
        return f"an office core: use with new --core {template.slug}"
    if template.kind is TemplateKind.SCREENING:
        # Never added as a module (new refuses it): its answers set the impact level.
        if template.slug == screens:
            return "the screening: answered with new --screen or screen"
        return "not used: new scrutinies are screened with the app's own screening"
    # A module for no technology is never added on its own: the officer chooses it by slug.
    return f"optional: add with new --module {template.slug}"


def _template_rows(library: TemplateLibrary) -> list[str]:
    shown = library.all()
    screens = next((t.slug for t in shown if t.kind is TemplateKind.SCREENING), None)
    if screens is not None:
        screens = screening_template(library).slug
    # Columns as wide as their longest entry, so "screening" never runs into the title.
    slug_width = max([40, *(len(t.slug) + 1 for t in shown)])
    kind_width = max((len(t.kind.value) for t in shown), default=0)
    return [
        f"{t.slug:<{slug_width}} {t.version:<8} {t.kind.value:<{kind_width}} {t.title} "
        f"({_applies_to(t, screens)})"
        for t in shown
    ]


def templates(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.data_dir, args.db)
    library = TemplateLibrary.load(templates_dir(), settings.templates_dir)
    if args.templates_command in ("check", "import"):
        files = TemplateFiles(library, settings.templates_dir, templates_dir())
        if args.templates_command == "check":
            return _check_template(files, args)
        return _import_template(files, args)
    warn_about_templates(library)
    if args.templates_command == "list":
        if args.json:
            emit([template_summary_json(t) for t in library.all()])
        else:
            for row in _template_rows(library):
                print(row)
        return 0
    template = library.get(args.slug)
    if args.json:
        emit(template_json(template))
    else:
        print("\n".join(template_lines(template)))
    return 0


def _check_template(files: TemplateFiles, args: argparse.Namespace) -> int:
    check = files.check_file(args.file)
    template = check.template
    if args.json:
        emit(template_check_json(check))
        return 0 if check.ok else 1
    if template is None or not check.ok:
        print(f"{args.file}: {_problems_found(len(check.problems))}.")
        for problem in check.problems:
            print(f"  - {problem}")
        return 1
    count = sum(1 for _ in template.questions())
    print(
        f"{args.file}: valid {template.kind.value} template {template.slug} "
        f"{template.version} with {count} questions."
    )
    for note in check.notes:
        print(note)
    return 0


def _problems_found(n: int) -> str:
    # The command line is always English: its two forms are enough here.
    return "1 problem found" if n == 1 else f"{n} problems found"


def _import_template(files: TemplateFiles, args: argparse.Namespace) -> int:
    try:
        result = files.import_file(args.file)
    except TemplateError as exc:
        problems = exc.problems or [str(exc)]
        if args.json:
            emit({"imported": False, "file": str(args.file), "problems": problems})
            return 1
        print(f"{args.file} was not imported: {_problems_found(len(problems))}.")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    template = result.template
    if args.json:
        emit({"imported": True, "file": str(args.file), **template_import_json(result)})
        return 0
    replaced = f", replacing {result.replaced.name}" if result.replaced else ""
    print(
        f"Imported {template.kind.value} template {template.slug} {template.version} "
        f"to {result.path}{replaced}."
    )
    for note in result.notes:
        print(note)
    return 0


def cmd_new(services: Services, args: argparse.Namespace) -> int:
    scrutiny_id = services.scrutinies.create(
        NewScrutiny(
            title=args.title,
            force=args.force,
            technology=Technology(args.technology),
            marking=Marking(args.marking),
            stage=Stage(args.stage),
            supplier=args.supplier,
            purpose=args.purpose,
            modules=tuple(args.module),
            language=Language(args.language),
            screening=cli_screening.screening_answers(args.screen),
            dropped_modules=cli_screening.dropped_modules(args.drop_module),
            core=args.core,
        )
    )
    if args.json:
        emit({"id": scrutiny_id})
    else:
        print(f"Started scrutiny {scrutiny_id}.")
    return 0


def cmd_list(services: Services, args: argparse.Namespace) -> int:
    today = date.today()
    items = services.scrutinies.list(today)  # the latest changed first
    if args.sort == "id":
        items = sorted(items, key=lambda item: item.id)
    if args.json:
        # The same writer as the quick list (cli_quick_list), so both print the same text.
        print(json_escaped(indented_json.dumps([summary_json(item, today) for item in items])))
        return 0
    if not items:
        print("No scrutinies yet. Start one with 'ethics-scrutiny new'.")
    for item in items:
        outcome = item.latest_outcome.label if item.latest_outcome else "no decision"
        if item.approval_lapsed:
            outcome += " (approval lapsed: review date passed)"
        print(
            f"{item.id:>5}  {item.title}  |  {item.force}  |  {item.technology.value}  |  "
            f"{item.answered}/{item.total} answered  |  {outcome}"
        )
    return 0


def cmd_show(services: Services, args: argparse.Namespace) -> int:
    detail, result = services.scrutinies.assessment(args.id)
    retired = services.templates.retired_answers(args.id)
    if args.json:
        emit({**detail_json(detail, result), "retired_answers": retired_json(retired)})
        return 0
    s = detail.summary
    print(f"{s.title}\n{s.force} · {s.technology.label} · {s.stage.label} · {s.marking.value}")
    print(f"Answered {result.answered} of {result.total}.")
    cli_screening.print_screening(detail.screening)
    for theme in result.themes:
        rating = theme.rating.label if theme.rating else "Not rated"
        print(f"  {theme.title:<55} {theme.answered:>3}/{theme.total:<3} {rating}")
    for flag in result.red_flags:
        print(f"Red flag {flag.key}: {flag.prompt}")
    for flag in result.must_flags:
        print(
            f"Flag on a legal requirement {flag.key} ({flag.why}): support needs it settled, "
            "or a condition naming it."
        )
    for item in result.inconsistencies:
        print(f"Counted as not met {item.key} (needs {', '.join(item.because)}): {item.message}")
    for answer in retired:
        print(
            f"Kept from a removed question {answer.key} ({answer.status.label}; "
            f"record entry {answer.sequence}): {answer.prompt}"
        )
    print(_readiness_line(result.readiness))
    for d in detail.decisions:
        when = d.decided_at.astimezone()  # stored in UTC, shown in local time
        print(f"Decision {d.sequence}: {d.outcome.label} by {d.decided_by} ({when:%Y-%m-%d %H:%M})")
    return 0


def _readiness_line(ready: Readiness) -> str:
    if ready.ready:
        return "Ready for panel."
    parts = []
    if ready.missing_critical:
        parts.append("critical questions to settle: " + ", ".join(ready.missing_critical))
    if ready.red_flag_keys:
        parts.append("red flags: " + ", ".join(ready.red_flag_keys))
    return "Not ready for panel; " + "; ".join(parts) + "."


def cmd_answer(services: Services, args: argparse.Namespace) -> int:
    if cli_screening.wants_typed_answer(args):
        return cli_screening.typed_answer(services, args)
    expected = args.expected_version
    if expected is None:
        # Without a version given, the answer as this command read it: a change saved by
        # someone else in between is refused rather than silently overwritten.
        current = services.scrutinies.get(args.id).responses.get(args.question_key)
        expected = current.version if current and current.version else UNANSWERED
    response = services.scrutinies.answer(
        args.id,
        args.question_key,
        Status(args.status) if args.status else None,
        Rating(args.rating) if args.rating else None,
        note=args.note,
        sensitive=args.sensitive,
        expected_version=expected,
    )
    print(f"Saved {response.key}: {response.status.label}.")
    return 0


def cmd_decide(services: Services, args: argparse.Namespace) -> int:
    decision = services.decisions.decide(
        args.id,
        DecisionInput(
            outcome=Outcome(args.outcome),
            rationale=args.rationale,
            decided_by=args.decided_by,
            conditions=tuple(args.conditions),
            review_date=args.review_date,
            override_reason=args.override_reason,
            capacity=DecisionCapacity(args.capacity),
            supersedes=args.supersedes,
        ),
        request_key=args.request_key,
    )
    print(
        f"Recorded decision {decision.sequence}: {decision.outcome.label} "
        f"(record entry {decision.entry_hash[:16]}…)."
    )
    for action in services.actions.list(args.id):
        if action.decision_sequence == decision.sequence:
            on = f" on {action.question_key}" if action.question_key else ""
            print(f"Open condition {action.id}{on}: {action.text}")
    return 0


def cmd_evidence(services: Services, args: argparse.Namespace) -> int:
    item = services.evidence.withdraw(args.evidence_id, args.reason)
    print(f"Withdrew evidence item {item.id} ({item.title}); it stays in the record.")
    return 0


def cmd_withdraw(services: Services, args: argparse.Namespace) -> int:
    sequence = services.decisions.withdraw(
        args.id, args.sequence, args.reason, request_key=args.request_key
    )
    print(f"Withdrew decision {args.sequence} (record entry {sequence}).")
    return 0


def cmd_upgrade(services: Services, args: argparse.Namespace) -> int:
    if not args.yes:
        diff = services.templates.upgrade_plan(args.id)
        if args.json:
            emit({**upgrade_json(diff), "applied": False})
        else:
            print_upgrade_plan(diff)
            if diff.has_changes:
                print(f"Run 'ethics-scrutiny upgrade {args.id} --yes' to apply.")
        return 0
    result = services.templates.upgrade(args.id)
    if args.json:
        emit(
            {
                **upgrade_json(result.diff),
                "applied": result.sequence is not None,
                "record_entry": result.sequence,
                "total": result.question_total,
            }
        )
    elif result.sequence is None:
        print(f"Scrutiny {args.id} already uses the newest checklist versions.")
    else:
        print_upgrade_plan(result.diff)
        print(f"Moved scrutiny {args.id} (record entry {result.sequence}).")
    return 0


def print_upgrade_plan(diff: TemplateDiff) -> None:
    if not diff.has_changes:
        print("Already using the newest checklist versions; nothing to move.")
        return
    for move in diff.templates:
        start = move.from_version or "not used"
        print(f"{move.title} ({move.slug}): {start} -> {move.to_version}")
    for label, changes in (("Added", diff.added), ("Changed", diff.changed)):
        for change in changes:
            fields = f" [{', '.join(change.fields)}]" if change.fields else ""
            print(f"  {label} {change.key}{fields}: {change.prompt}")
    for change in diff.removed:
        fate = " (its answer is kept in the record)" if change.answered else ""
        print(f"  Removed {change.key}{fate}: {change.prompt}")
    print(f"Answers carried across by key: {len(diff.carried)}.")


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    from .cli_sign import signing_key

    key = signing_key(services, args)
    # A file the record manages is refused for that first: the worse mistake to name.
    check_output_for(services.database, args.out)
    fmt = export_format(args.format, args.out)
    try:
        result = services.reports.export(
            args.id,
            fmt,
            args.out,
            public=args.public,
            prepared_by=args.prepared_by,
            include_files=args.include_files,
            appendix=args.appendix,
            despite_failed_verify=args.despite_failed_verify,
            sign=key,
        )
    except RecordFailedVerificationError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        print(
            "To write it all the same, marked RECORD FAILED VERIFICATION on every page, "
            "add --despite-failed-verify.",
            file=sys.stderr,
        )
        return 1
    if args.despite_failed_verify and result.verification_failed:
        print("Warning: the record fails verification; the report says so.", file=sys.stderr)
    print(f"Wrote {result.path} (SHA-256 {result.sha256}).")
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    return 0


def export_format(chosen: str | None, out: Path) -> ExportFormat:
    """The format asked for, or the one the file name's ending gives.

    Refused when the ending is another export format's (``report.docx`` with ``--format
    pdf``); an ending no format uses (``.txt``, none) leaves the format as asked.
    """
    ending = out.suffix.lower().lstrip(".")
    named = format_for_extension(ending)
    if chosen is None:
        if named is None:
            raise InvalidInputError(
                f"Cannot tell the format from the name {out.name}: add --format, or end the "
                f"name in {_endings()}."
            )
        return named
    fmt = ExportFormat(chosen)
    wanted = format_info(fmt).extension
    if named is not None and ending != wanted:
        raise InvalidInputError(
            f"--out {out.name} ends in .{ending}, but --format {fmt.value} writes a .{wanted} "
            f"file: name it {out.stem}.{wanted}, or leave out --format to write {named.value}."
        )
    return fmt


def _endings() -> str:
    endings = list(dict.fromkeys(f".{info.extension}" for info in FORMATS.values()))
    return ", ".join(endings[:-1]) + " or " + endings[-1]


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    """Import or bring up to date; exit 1 (nothing imported) when items are in conflict.

    The bundle's signature is checked first: unsigned, altered or untrusted is refused.
    """
    from .cli_sign import admit

    admitted = admit(services, args)
    report = services.bundles.sync_bundle(
        args.path,
        as_copy=args.as_copy,
        keep_ours=args.keep_ours,
        take_theirs=args.take_theirs,
    )
    from .services.signing.admission import record_unsigned_accepted, without_unsigned_note

    if admitted.signed:
        report = without_unsigned_note(report)
    elif not report.conflicts:
        record_unsigned_accepted(services.signing, args.path, report.scrutiny_id)
    if args.json:
        emit({**import_report_json(report), "signed_by": admitted.signer,
              "signer_fingerprint": admitted.fingerprint})  # fmt: skip
    else:
        for line in import_report_lines(report):
            print(line, file=sys.stderr if report.conflicts else sys.stdout)
        if admitted.signer is not None:
            print(f"Signed by {admitted.signer} (fingerprint {admitted.fingerprint}).")
    return 1 if report.conflicts else 0


def cmd_verify(services: Services, args: argparse.Namespace) -> int:
    result = services.maintenance.verify(args.head)
    if args.json:
        from .cli_record import evidence_json, state_json

        emit(
            {
                "ok": result.ok,
                "entries": result.entries,
                "head": result.head_hash,
                "message": result.message,
                "first_bad_sequence": result.first_bad_sequence,
                "evidence": evidence_json(services.maintenance.check_evidence()),
                "state": state_json(services.maintenance.state_differences()),
            }
        )
    else:
        print(result.message)
    return 0 if result.ok else 1


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    path = services.maintenance.backup(args.out)
    print(f"Backed up the record to {path}.")
    return 0
