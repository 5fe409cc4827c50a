"""The stable ``--json`` shapes of the command line. Add fields; never rename them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

# The list row lives apart, light enough for the quick list; still importable from here.
from .cli_list_json import summary_json as summary_json
from .cli_screening import screening_json, typed_json
from .cli_template_json import question_extras_json, template_extras_json
from .domain.coverage import FrameworkCoverage, framework_coverage
from .domain.scoring import Assessment
from .domain.scrutiny import DecisionData, ScrutinyDetail
from .domain.template_diff import QuestionChange, TemplateDiff
from .domain.templates import Question, Template

if TYPE_CHECKING:
    from .services.bundles.report import ImportReport, ItemReport
    from .services.templates import ImportResult, RetiredAnswer, TemplateCheck


def template_summary_json(template: Template) -> dict[str, Any]:
    return {
        "slug": template.slug,
        "version": template.version,
        "title": template.title,
        "kind": template.kind.value,
        "technologies": [t.value for t in template.technologies],
        "questions": sum(1 for _ in template.questions()),
    }


def question_json(question: Question) -> dict[str, Any]:
    return {
        "key": question.key,
        "prompt": question.prompt,
        "guidance": question.guidance,
        "sources": list(question.sources),
        "evidence": list(question.evidence),
        "red_flag": question.red_flag,
        "critical": question.critical,
        "blocking": question.blocking,
        "obligation": question.obligation.value,
        "stages": [s.value for s in question.stages],
        "frameworks": {name: list(items) for name, items in question.frameworks.items()},
        **question_extras_json(question),
    }


def template_json(template: Template) -> dict[str, Any]:
    return {
        **template_summary_json(template),
        "themes": [
            {
                "key": theme.key,
                "title": theme.title,
                "questions": [question_json(q) for q in theme.questions],
            }
            for theme in template.themes
        ],
        "consistency": [
            {"key": rule.key, "requires_met": list(rule.requires_met), "message": rule.message}
            for rule in template.consistency
        ],
        **template_extras_json(template),
    }


def decision_json(decision: DecisionData) -> dict[str, Any]:
    return {
        "sequence": decision.sequence,
        "outcome": decision.outcome.value,
        "rationale": decision.rationale,
        "decided_by": decision.decided_by,
        # On a shared server, the database login that recorded it; null in a local file.
        "recorded_by": decision.recorded_by,
        "decided_at": decision.decided_at.isoformat(),
        "conditions": list(decision.conditions),
        "review_date": decision.review_date.isoformat() if decision.review_date else None,
        "entry_hash": decision.entry_hash,
        "override_reason": decision.override_reason,
        "overridden_flags": list(decision.overridden_flags),
    }


def detail_json(detail: ScrutinyDetail, result: Assessment) -> dict[str, Any]:
    summary = detail.summary
    return {
        "id": summary.id,
        "title": summary.title,
        "force": summary.force,
        "technology": summary.technology.value,
        "stage": summary.stage.value,
        "marking": summary.marking.value,
        "language": summary.language.value,
        "supplier": detail.supplier,
        "purpose": detail.purpose,
        "templates": [{"slug": s, "version": v} for s, v in detail.template_versions],
        "answered": result.answered,
        "total": result.total,
        "responses": [
            {
                "key": r.key,
                "status": r.status.value,
                "rating": r.rating.value if r.rating else None,
                "note": r.note,
                "sensitive": r.sensitive,
                # For `answer --expected-version` (an unanswered question's is 0).
                "version": r.version,
                **typed_json(r.choice, r.value),
            }
            for r in (
                detail.responses[q.key]
                for q in detail.checklist.questions()
                if q.key in detail.responses
            )
        ],
        "themes": [
            {
                "key": t.key,
                "title": t.title,
                "rating": t.rating.value if t.rating else None,
                "answered": t.answered,
                "total": t.total,
            }
            for t in result.themes
        ],
        "red_flags": [{"key": f.key, "prompt": f.prompt} for f in result.red_flags],
        "readiness": {
            "ready": result.readiness.ready,
            "missing_critical": list(result.readiness.missing_critical),
        },
        "decisions": [decision_json(d) for d in detail.decisions],
        "blocking_red_flags": [
            {"key": f.key, "prompt": f.prompt, "why": f.why} for f in result.blocking_red_flags
        ],
        "must_flags": [{"key": f.key, "prompt": f.prompt, "why": f.why} for f in result.must_flags],
        "inconsistencies": [
            {"key": i.key, "because": list(i.because), "message": i.message}
            for i in result.inconsistencies
        ],
        "frameworks": frameworks_json(framework_coverage(detail.checklist, detail.responses)),
        # 1-4, or null when not screened (then every question is asked and counted in total).
        "impact_level": detail.screening.level if detail.screening else None,
        "screening": screening_json(detail.screening),
    }


def frameworks_json(coverage: Iterable[FrameworkCoverage]) -> list[dict[str, Any]]:
    return [
        {
            "id": item.id,
            "title": item.title,
            "covered": item.covered,
            "met": item.met,
            "total": item.total,
            "elements": [
                {
                    "name": e.name,
                    "questions": list(e.questions),
                    "answered": e.answered,
                    "met": e.met,
                }
                for e in item.elements
            ],
            "unanswered": list(item.unanswered),
        }
        for item in coverage
    ]


def template_check_json(check: TemplateCheck) -> dict[str, Any]:
    template = check.template
    return {
        "file": str(check.path),
        "ok": check.ok,
        "slug": template.slug if template else None,
        "version": template.version if template else None,
        "kind": template.kind.value if template else None,
        "questions": sum(1 for _ in template.questions()) if template else None,
        "problems": list(check.problems),
        "notes": list(check.notes),
    }


def template_import_json(result: ImportResult) -> dict[str, Any]:
    return {
        "slug": result.template.slug,
        "version": result.template.version,
        "kind": result.template.kind.value,
        "path": str(result.path),
        "replaced": str(result.replaced) if result.replaced else None,
        "problems": [],
        "notes": list(result.notes),
    }


def retired_json(answers: Iterable[RetiredAnswer]) -> list[dict[str, Any]]:
    """Answers to questions a newer template removed, as kept in the record."""
    return [
        {
            "key": a.key,
            "prompt": a.prompt,
            "status": a.status.value,
            "note": a.note,
            "sensitive": a.sensitive,
            "record_entry": a.sequence,
        }
        for a in answers
    ]


def upgrade_json(diff: TemplateDiff) -> dict[str, Any]:
    def changes(items: Iterable[QuestionChange]) -> list[dict[str, Any]]:
        return [
            {"key": c.key, "prompt": c.prompt, "fields": list(c.fields), "answered": c.answered}
            for c in items
        ]

    return {
        "templates": [
            {"slug": m.slug, "title": m.title, "from": m.from_version, "to": m.to_version}
            for m in diff.templates
        ],
        "added": changes(diff.added),
        "changed": changes(diff.changed),
        "removed": changes(diff.removed),
        "carried": list(diff.carried),
        "retired": list(diff.retired),
    }


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def item_report_json(item: ItemReport) -> dict[str, Any]:
    return {
        "item": item.item,
        "key": item.key,
        "label": item.label,
        "ours": item.ours,
        "theirs": item.theirs,
        "ours_full": item.ours_full,
        "theirs_full": item.theirs_full,
        "ours_changed_at": _when(item.ours_changed_at),
        "theirs_changed_at": _when(item.theirs_changed_at),
    }


def import_report_json(report: ImportReport) -> dict[str, Any]:
    """``import --json``: what was taken, kept or in conflict (nothing imported if any)."""
    return {
        "imported": report.imported,
        "id": report.scrutiny_id,
        "uuid": report.scrutiny_uuid,
        "title": report.title,
        "file": report.file_name,
        "created": report.created,
        "as_copy": report.as_copy,
        "updated": report.updated,
        "up_to_date": report.up_to_date,
        "taken": [item_report_json(i) for i in report.taken],
        "kept": [item_report_json(i) for i in report.kept],
        "conflicts": [item_report_json(i) for i in report.conflicts],
        "kept_by_choice": [item_report_json(i) for i in report.kept_by_choice],
        "taken_by_choice": [item_report_json(i) for i in report.taken_by_choice],
        "decisions_added": report.decisions_added,
        "withdrawals_added": report.withdrawals_added,
        "decided_on_both_sides": report.decided_on_both_sides,
        "exported_at": _when(report.exported_at),
        "exported_by": report.exported_by,
        "notes": list(report.notes),
        "message": report.summary(),
    }


def _item_lines(item: ItemReport) -> list[str]:
    def side(value: str, when: Any) -> str:
        stamp = f" (changed {when:%Y-%m-%d %H:%M} UTC)" if when is not None else ""
        return f"{value}{stamp}"

    return [
        f"  {item.key}: {item.label}",
        f"      this record: {side(item.ours, item.ours_changed_at)}",
        f"      the bundle:  {side(item.theirs, item.theirs_changed_at)}",
    ]


def import_report_lines(report: ImportReport) -> list[str]:
    """The import's outcome in plain lines; a conflict report says how to go on."""
    lines = [report.summary()]
    if report.exported_at is not None and not report.created:
        by = f" by {report.exported_by}" if report.exported_by else ""
        lines.append(f"The bundle was exported {report.exported_at:%Y-%m-%d %H:%M} UTC{by}.")
    sections = (
        ("Changed both here and in the bundle (conflicts):", report.conflicts),
        ("Taken from the bundle:", report.taken),
        ("Your choice, kept from this record:", report.kept_by_choice),
        ("Your choice, taken from the bundle:", report.taken_by_choice),
        ("Newer in this record, kept:", report.kept),
    )
    for heading, items in sections:
        if items:
            lines.append(heading)
            for item in items:
                lines.extend(_item_lines(item))
    if report.conflicts:
        lines.append(
            "Nothing was imported. Run the import again choosing for each conflict: "
            "--keep-ours ITEM... and/or --take-theirs ITEM..., or add --as-copy to import "
            "the bundle as a separate scrutiny so nothing is lost."
        )
    lines.extend(report.notes)
    return lines
