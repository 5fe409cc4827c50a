"""Use cases, one method per user action, each its own unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from ethics_scrutiny.assets import templates_dir
from ethics_scrutiny.config import Settings
from ethics_scrutiny.domain.template_library import TemplateLibrary
from ethics_scrutiny.storage.database import Database
from ethics_scrutiny.storage.evidence_files import EvidenceFileStore, EvidenceStore

from .actions import ActionService
from .archive import ArchiveService
from .bundles import BundleService
from .decisions import DecisionService
from .demo import DemoService
from .evidence import EvidenceService
from .local_officer import read_officer
from .maintenance import MaintenanceService
from .office import OfficeService
from .reports import ReportService
from .rounds import RoundService
from .screening import ScreeningService
from .scrutinies import ScrutinyService
from .signing.service import SigningService
from .templates import TemplateService


@dataclass
class Services:
    """Everything the app and the command line can do, over one open record."""

    settings: Settings
    database: Database
    library: TemplateLibrary
    scrutinies: ScrutinyService
    decisions: DecisionService
    reports: ReportService
    bundles: BundleService
    maintenance: MaintenanceService
    demo: DemoService
    rounds: RoundService
    actions: ActionService
    templates: TemplateService
    evidence: EvidenceService
    office: OfficeService
    archive: ArchiveService
    signing: SigningService
    screening: ScreeningService

    @classmethod
    def open(
        cls,
        settings: Settings,
        purpose: str = "Ethics Scrutiny",
        read_only_if_busy: bool = False,
        defer_checks: bool = False,
    ) -> Services:
        """Load templates, open (and if needed migrate) the record, and wire the services.

        ``purpose`` names this process to a second one refused while this holds the record;
        with ``read_only_if_busy`` a record held elsewhere is opened read-only instead.
        ``defer_checks``: see :meth:`Database.open`; the caller then runs
        ``database.finish_checks()`` (the app does, on its database worker).
        """
        library = TemplateLibrary.load(templates_dir(), settings.templates_dir)
        database = Database.open(
            settings.database_url,
            settings.backups_dir,
            purpose=purpose,
            read_only_if_busy=read_only_if_busy,
            defer_checks=defer_checks,
        )
        scrutinies = ScrutinyService(database, library)
        store = _evidence_store(settings, database)
        decisions = DecisionService(database)
        services = cls(
            settings=settings,
            database=database,
            library=library,
            scrutinies=scrutinies,
            decisions=decisions,
            reports=ReportService(
                database, scrutinies, store, officer=partial(read_officer, settings.data_dir)
            ),
            bundles=BundleService(database, store, settings.data_dir / "incoming", library),
            maintenance=MaintenanceService(database, store),
            demo=DemoService(scrutinies, decisions, database),
            actions=ActionService(database),
            rounds=RoundService(database),
            templates=TemplateService(database, library, settings.templates_dir, templates_dir()),
            evidence=EvidenceService(database, store),
            office=OfficeService(database, store, settings.data_dir),
            archive=ArchiveService(database, store, MaintenanceService(database, store).verify),
            signing=SigningService(database, settings.data_dir),
            screening=ScreeningService(database, library),
        )
        # Evidence and actions (when wired above) make the first-run demonstration fuller.
        services.demo.attach(
            evidence=getattr(services, "evidence", None), actions=getattr(services, "actions", None)
        )
        return services

    def close(self) -> None:
        self.database.close()


def _evidence_store(settings: Settings, database: Database) -> EvidenceFileStore:
    """The data folder for a SQLite record; the record itself on a server, for every officer.

    Copies opened for viewing go to this computer's data folder either way.
    """
    opened = settings.data_dir / "evidence-opened"
    if database.engine.dialect.name == "sqlite":
        return EvidenceStore(settings.evidence_dir, opened_dir=opened)
    # Imported only here: it brings SQLAlchemy's PostgreSQL dialect, which a SQLite record
    # never needs (about 30 ms and a few MB at every start).
    from ethics_scrutiny.storage.evidence_blobs import DatabaseEvidenceStore

    return DatabaseEvidenceStore(database, opened)
