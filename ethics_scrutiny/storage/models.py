"""SQLAlchemy 2 typed models. Times are stored as timezone-aware UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, ClassVar
from uuid import uuid4

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from ethics_scrutiny.domain.enums import (
    ActionKind,
    ActionStatus,
    EvidenceKind,
    Marking,
    Outcome,
    Rating,
    Stage,
    Status,
    Technology,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Refuses naive datetimes and always hands back aware UTC ones (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# The longest language code a scrutiny may use (BCP 47 tags such as "pt-BR" or "zh-Hant").
LANGUAGE_CODE_LENGTH = 16


def utc_now() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime}


def choice(values: type[StrEnum], name: str, length: int) -> Enum:
    """A column holding one of ``values`` (as its slug), refused by a CHECK constraint otherwise.

    Stored as plain text (no native ENUM type, which PostgreSQL cannot change inside a
    transaction), so attributes stay ``str``; ``name`` names the constraint (migration 0008).
    """
    return Enum(
        *[member.value for member in values],
        name=name,
        native_enum=False,
        create_constraint=True,
        length=length,
    )


class Versioned:
    """Optimistic concurrency for a row officers edit.

    Every ORM UPDATE says ``WHERE version = <loaded>``, so a change committed meanwhile (by
    another worker or, on a shared record, another officer) raises StaleDataError.
    """

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # True: SQLAlchemy bumps ``version`` on every UPDATE. False: the services bump it.
    version_bumped_on_update: ClassVar[bool] = True

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        args: dict[str, Any] = {"version_id_col": cls.version}
        if not cls.version_bumped_on_update:
            args["version_id_generator"] = False
        return args


class TemplateSnapshot(Base):
    """A template exactly as a scrutiny used it, kept by the SHA-256 of its canonical JSON."""

    __tablename__ = "template_snapshots"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    slug: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(default=utc_now)


class Scrutiny(Versioned, Base):
    """One deployment under scrutiny."""

    __tablename__ = "scrutinies"
    __table_args__ = (
        # Any code the scrutiny's templates offer ("en", "cy", "fr", "pt-BR"): migration 0011
        # replaced the fixed list with this length check.
        CheckConstraint(f"length(language) BETWEEN 2 AND {LANGUAGE_CODE_LENGTH}", name="language"),
        CheckConstraint("impact_level BETWEEN 1 AND 4", name="impact_level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    force: Mapped[str] = mapped_column(String(200))
    technology: Mapped[str] = mapped_column(choice(Technology, "technology", 60))
    stage: Mapped[str] = mapped_column(choice(Stage, "stage", 20))
    marking: Mapped[str] = mapped_column(choice(Marking, "marking", 30))
    supplier: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    # Snapshots never change, so their question count is fixed for the scrutiny's life.
    question_total: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    # The language code the app and reports use for this scrutiny's template text.
    language: Mapped[str] = mapped_column(
        String(LANGUAGE_CODE_LENGTH), default="en", server_default="en"
    )
    # A later round of scrutiny of the same deployment links to the round before it.
    round_number: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("scrutinies.id"), nullable=True, index=True
    )
    # The screening (migration 0011): None while not screened, when every question is asked.
    impact_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The screening template as used, and the answers given to it (canonical JSON text of
    # {key: [option values]} or {key: text}); both None while not screened.
    screening_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("template_snapshots.sha256"), nullable=True
    )
    screening_answers: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Modules the screening proposed that the officer dropped: canonical JSON {slug: reason}.
    dropped_modules: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Why the level was last lowered (a lower level asks fewer questions, so it needs a reason).
    level_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The services bump ``version`` on a stage or metadata edit, not when an answer merely
    # touches ``updated_at``; every ORM UPDATE still checks it.
    version_bumped_on_update = False

    templates: Mapped[list[ScrutinyTemplate]] = relationship(
        order_by="ScrutinyTemplate.position", cascade="all, delete-orphan"
    )
    responses: Mapped[list[Response]] = relationship(cascade="all, delete-orphan")
    evidence: Mapped[list[Evidence]] = relationship(
        order_by="Evidence.id", cascade="all, delete-orphan"
    )
    actions: Mapped[list[Action]] = relationship(order_by="Action.id", cascade="all, delete-orphan")


class ScrutinyTemplate(Base):
    """Which template snapshots a scrutiny uses, in order (the core first)."""

    __tablename__ = "scrutiny_templates"

    scrutiny_id: Mapped[int] = mapped_column(ForeignKey("scrutinies.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_sha256: Mapped[str] = mapped_column(ForeignKey("template_snapshots.sha256"))

    snapshot: Mapped[TemplateSnapshot] = relationship()


class Response(Versioned, Base):
    """The current finding on one question; its history lives in the record."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("scrutiny_id", "question_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scrutiny_id: Mapped[int] = mapped_column(ForeignKey("scrutinies.id"), index=True)
    question_key: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(choice(Status, "status", 20))
    rating: Mapped[str | None] = mapped_column(choice(Rating, "rating", 10), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    # A typed answer (migration 0011): the options chosen, as canonical JSON text of a list of
    # option values, or a free value (text, number or date as text); None when not given.
    choice: Mapped[str | None] = mapped_column(Text, nullable=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)


class Evidence(Versioned, Base):
    """A document or statement the force supplied; a kept file lives in the data folder by hash."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scrutiny_id: Mapped[int] = mapped_column(ForeignKey("scrutinies.id"), index=True)
    # Stable across records, so a bundle's item meets the same item in another record.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(choice(EvidenceKind, "kind", 20))
    # The force's own reference and version, e.g. "DPIA v5.4".
    reference: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    document_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    file_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    file_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    # Imported from a bundle exported without its files: the file was never here to check.
    file_not_supplied: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Evidence is never deleted: an item found wrong is withdrawn, with the reason recorded.
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column(nullable=True)
    added_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)

    links: Mapped[list[EvidenceLink]] = relationship(
        order_by="EvidenceLink.question_key", cascade="all, delete-orphan"
    )


class EvidenceLink(Base):
    """Which questions an evidence item bears on."""

    __tablename__ = "evidence_links"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"), primary_key=True)
    question_key: Mapped[str] = mapped_column(String(16), primary_key=True)


class Action(Versioned, Base):
    """A question put to the chief constable, or a condition of approval, and the force's reply."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scrutiny_id: Mapped[int] = mapped_column(ForeignKey("scrutinies.id"), index=True)
    # Stable across records, so a bundle's item meets the same item in another record.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    kind: Mapped[str] = mapped_column(choice(ActionKind, "kind", 20))
    question_key: Mapped[str | None] = mapped_column(String(16), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(choice(ActionStatus, "status", 20))
    reply: Mapped[str] = mapped_column(Text, default="")
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    # The record entry of the decision that set this condition, if any.
    decision_sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)


class RecordEntry(Base):
    """One append-only, hash-chained entry of the decision record."""

    __tablename__ = "record_entries"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    scrutiny_id: Mapped[int | None] = mapped_column(
        ForeignKey("scrutinies.id"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(40), index=True)
    created_at: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Not hashed: on a server, the database login that appended the entry (set by the
    # server's append function, which officers cannot bypass); None on a local file.
    recorded_by: Mapped[str | None] = mapped_column(String(63), nullable=True)
    # One user action's key: a retry of the same action (after a lost connection) finds its
    # entry instead of appending a second one.
    request_key: Mapped[str | None] = mapped_column(
        String(64), nullable=True, unique=True, index=True
    )


class ScrutinyFacts(Base):
    """Dashboard facts derived from a scrutiny's answers and decisions, kept so listing is cheap.

    Rewritten in the same unit of work as whatever changes them; a missing row means
    "not computed yet" and is filled in by the dashboard service.
    """

    __tablename__ = "scrutiny_facts"

    scrutiny_id: Mapped[int] = mapped_column(ForeignKey("scrutinies.id"), primary_key=True)
    answered: Mapped[int] = mapped_column(Integer)
    overall_rating: Mapped[str | None] = mapped_column(
        choice(Rating, "overall_rating", 10), nullable=True
    )
    ready_for_panel: Mapped[bool] = mapped_column(Boolean)
    red_flag_count: Mapped[int] = mapped_column(Integer)
    latest_outcome: Mapped[str | None] = mapped_column(
        choice(Outcome, "latest_outcome", 40), nullable=True
    )
    next_review_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    computed_at: Mapped[datetime] = mapped_column(default=utc_now)


class EvidenceBlob(Base):
    """An evidence file's bytes, kept in the database when the record is on a shared server."""

    __tablename__ = "evidence_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(default=utc_now)


class SyncHead(Base):
    """Bundle sync: each item's revision as of this record's last import or export of it.

    An item is ``scrutiny.<field>``, ``checklist``, ``response.<key>``, ``evidence.<uuid>``
    or ``action.<uuid>``; a revision hashes the item's content and its parent revisions.
    """

    __tablename__ = "sync_heads"

    scrutiny_id: Mapped[int] = mapped_column(ForeignKey("scrutinies.id"), primary_key=True)
    item: Mapped[str] = mapped_column(String(80), primary_key=True)
    revision: Mapped[str] = mapped_column(String(64))
    content_sha256: Mapped[str] = mapped_column(String(64))


class SyncKnown(Base):
    """Bundle sync: every revision of an item this record holds or has superseded (the base)."""

    __tablename__ = "sync_known"

    scrutiny_id: Mapped[int] = mapped_column(ForeignKey("scrutinies.id"), primary_key=True)
    item: Mapped[str] = mapped_column(String(80), primary_key=True)
    revision: Mapped[str] = mapped_column(String(64), primary_key=True)


class OfficeProfileRow(Versioned, Base):
    """The office that holds this record (one row); each change is an ``office_changed`` entry."""

    __tablename__ = "office_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(300))
    office_type: Mapped[str] = mapped_column(String(40))
    decision_maker: Mapped[str] = mapped_column(String(200))
    panel: Mapped[str] = mapped_column(String(200))
    officer: Mapped[str] = mapped_column(String(200), default="", server_default="")
    logo_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    logo_name: Mapped[str] = mapped_column(String(255), default="", server_default="")
    demonstration: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Two officers saving the profile at once on a shared record: the second is refused.
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
