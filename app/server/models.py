"""The server's tables (SQLAlchemy 2). One schema for SQLite (default) and PostgreSQL.

Invariants the constraints hold: one label row per (user_id, annotation_id, version); one journal
record per (device_id, seq); tokens and enrolment codes are stored only as SHA-256 hashes.
Item and label content are task data: they live here and in sealed shards, never in logs.
Item bytes, TOTP secrets and project secrets are `Sealed` columns: AES-GCM under the
key-encryption key kept outside the database (sealing.py).
Redaction settings and reports live in tables of their own (not columns of `projects`), so
that a database made before they existed gains them through `create_all` without migration.
Columns added to an existing table later are nullable, and `make_engine` adds them to a
database made before they existed (`_add_missing_columns`: ADD COLUMN only, nothing dropped).
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.server.sealing import Sealed, Sealer, sealer_for

# The shard id an adjudicated version carries: a lead decides on the item, not on a shard.
ADJUDICATION_SHARD: Final = "adjudication"


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(256))
    totp_secret: Mapped[str] = mapped_column(Sealed("totp", text=True))  # sealing.py
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[int] = mapped_column(BigInteger, default=0)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[int] = mapped_column(BigInteger)
    # The printed name an electronic signature shows (21 CFR 11.50); the username if None.
    full_name: Mapped[str | None] = mapped_column(String(200), nullable=True)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    enc_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    enrolled_at: Mapped[int] = mapped_column(BigInteger)


class DeviceRevocation(Base):
    """IT's message to a revoked device (shown by the workstation as it shreds itself)."""

    __tablename__ = "device_revocations"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)
    message: Mapped[str] = mapped_column(String(300))


class EnrolmentCode(Base):
    __tablename__ = "enrolment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[int] = mapped_column(BigInteger)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class Token(Base):
    __tablename__ = "tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    expires_at: Mapped[int] = mapped_column(BigInteger)
    # When this session (token) last signed; None: not yet, so its first signing needs TOTP.
    # Every login and online unlock makes a new token, so it starts unsigned.
    signed_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    schema: Mapped[dict[str, Any]] = mapped_column(JSON)
    instructions: Mapped[str] = mapped_column(Text, default="")
    allow_unredacted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Keyed pseudonyms in redaction; sealed under the KEK (sealing.py).
    secret: Mapped[bytes] = mapped_column(Sealed("project-secret"))
    created_at: Mapped[int] = mapped_column(BigInteger)


class ProjectRedaction(Base):
    """The redaction settings a project was created with (see app.redaction.settings)."""

    __tablename__ = "project_redaction"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)


class ProjectMember(Base):
    """Who works on a project and as what: "annotator" or "lead". A lead sees review data
    only of the projects they are a member of with the role "lead"."""

    __tablename__ = "project_members"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class ProjectReview(Base):
    """A project's review settings (services/review.py REVIEW_DEFAULTS fills what is absent)."""

    __tablename__ = "project_review"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON)


class GoldAnswer(Base):
    """A known answer for an item, seeded to measure annotators' accuracy. The item is
    assigned like any other: nothing in a shard or manifest tells it is gold."""

    __tablename__ = "gold_answers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    value_sha256: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(BigInteger)


class Signature(Base):
    """An adjudication signed electronically (21 CFR 11.50, 11.70): the printed name, the
    time and the meaning, bound to `label_sha256`, the SHA-256 of the canonical JSON of the
    adjudicated label version (LabelVersion.label_sha256). `journal_entry_sha256` is set
    when the signer's `review.adjudicated` journal entry arrives and matches."""

    __tablename__ = "signatures"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), index=True)
    annotation_id: Mapped[str] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer)
    label_sha256: Mapped[str] = mapped_column(String(64), index=True)
    signer_user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    printed_name: Mapped[str] = mapped_column(String(200))
    meaning: Mapped[str] = mapped_column(String(16))  # approved | overridden | merged
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    signed_ms: Mapped[int] = mapped_column(BigInteger)
    journal_entry_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ProjectLabelStudio(Base):
    """The Label Studio labeling config a project was created from (the XML as given), and
    whether imported labels are shown to annotators as pre-annotations (default: never)."""

    __tablename__ = "project_labelstudio"
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    labeling_config: Mapped[str | None] = mapped_column(Text, nullable=True)
    preannotation: Mapped[bool] = mapped_column(Boolean, default=False)


class LabelProvenance(Base):
    """Where an imported label came from: "imported from Label Studio", as an annotation or
    a prediction, and flags such as a span moved onto a redaction placeholder. Labels made
    in Cleanroom have no row here."""

    __tablename__ = "label_provenance"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    annotation_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    source: Mapped[str] = mapped_column(String(64))  # "imported from Label Studio"
    origin: Mapped[str] = mapped_column(String(16))  # annotation | prediction
    flags: Mapped[list[str]] = mapped_column(JSON)


class Item(Base):
    __tablename__ = "items"
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    media_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(Sealed("item"))  # sealed under the KEK
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    subject_id: Mapped[str | None] = mapped_column(String(128), nullable=True, index=True)
    redaction: Mapped[str] = mapped_column(String(16))  # redacted | unredacted
    source_name_sha256: Mapped[str] = mapped_column(String(64))


class ItemGeometryRow(Base):
    """How an image or DICOM item's stored pixels map onto the original image (crop box,
    scale; app/redaction/geometry.py), recorded at ingest so that export can give labels in
    original pixels. Apart from `Item.meta` because meta travels in shards and annotators
    are not told where their crop lies. Items ingested before this table have no row."""

    __tablename__ = "item_geometry"
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), primary_key=True)
    geometry: Mapped[dict[str, Any]] = mapped_column(JSON)


class Shard(Base):
    __tablename__ = "shards"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    issued_at: Mapped[int] = mapped_column(BigInteger)
    not_after: Mapped[int] = mapped_column(BigInteger)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


class ShardItem(Base):
    __tablename__ = "shard_items"
    shard_id: Mapped[str] = mapped_column(ForeignKey("shards.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), primary_key=True)


class Label(Base):
    __tablename__ = "labels"
    # Annotation ids are namespaced per user: another user's id is a fresh id to you, so an
    # upload can never tell whether someone else's annotation exists.
    # The (project, item) index serves the review queue's GROUP BY and its ordered pass.
    __table_args__ = (
        UniqueConstraint("user_id", "annotation_id", "version"),
        Index("ix_labels_project_item", "project_id", "item_id", "user_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    annotation_id: Mapped[str] = mapped_column(String(128), index=True)
    version: Mapped[int] = mapped_column(Integer)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    shard_id: Mapped[str] = mapped_column(String(64))
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    device_id: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    value_sha256: Mapped[str] = mapped_column(String(64))
    created_ms: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[int] = mapped_column(BigInteger)


class ReviewScore(Base):
    """One item's disagreement as the lead's queue ranks it, kept current by every write of
    the item's labels (services/review_scores.py holds the rules). `queued` = contested,
    beyond the thresholds and not adjudicated; the index serves the queue's page."""

    __tablename__ = "review_scores"
    project_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[str]] = mapped_column(JSON)
    annotators: Mapped[int] = mapped_column(Integer)
    oldest_ms: Mapped[int] = mapped_column(BigInteger)
    contested: Mapped[bool] = mapped_column(Boolean)  # >= 2 annotators, > 1 distinct value
    adjudicated: Mapped[bool] = mapped_column(Boolean)
    queued: Mapped[bool] = mapped_column(Boolean)
    updated_ms: Mapped[int] = mapped_column(BigInteger)


Index(
    "ix_review_scores_queue", ReviewScore.project_id, ReviewScore.queued,
    ReviewScore.score.desc(), ReviewScore.oldest_ms, ReviewScore.item_id,
)  # fmt: skip


class ReviewScoreState(Base):
    """A project whose `review_scores` rows are complete, and the thresholds they were
    computed under (a database made before the table has no row: the queue rescores)."""

    __tablename__ = "review_score_state"
    project_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    thresholds_sha256: Mapped[str] = mapped_column(String(64))
    scored_ms: Mapped[int] = mapped_column(BigInteger)


class ChainHead(Base):
    __tablename__ = "journal_heads"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    ts_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class JournalRow(Base):
    __tablename__ = "journal_records"
    __table_args__ = (UniqueConstraint("device_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(128), index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    line: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[int] = mapped_column(BigInteger)


class ReceiptRow(Base):
    __tablename__ = "receipts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(128), index=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
    receipt: Mapped[dict[str, Any]] = mapped_column(JSON)


class AuditRow(Base):
    """Every admin action and security event, by id only (no task content, no PII)."""

    __tablename__ = "admin_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(256))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class RedactionReportRow(Base):
    """One row per ingested source: what redaction did or why the item was refused.

    Kept for audit, also after the item is erased. Holds kinds, counts, rule names and
    least-view actions; never a removed value, never the source's file name (only its
    keyed hash, `source_key`).
    """

    __tablename__ = "redaction_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ingest_id: Mapped[str] = mapped_column(String(64), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)
    position: Mapped[int] = mapped_column(Integer)  # order of the source within its ingest
    item_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    source_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))  # stored | refused
    redaction: Mapped[str] = mapped_column(String(16))  # redacted | unredacted | none
    report: Mapped[dict[str, Any]] = mapped_column(JSON)


class ErasedItem(Base):
    """The erasure list workstations receive: one row per erased item and the shard it was
    sealed in (item ids only, never the subject). A device is told only the rows of shards
    issued to it, and labels it still sends for them are answered `erased` and dropped."""

    __tablename__ = "erased_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(128), index=True)
    project_id: Mapped[str] = mapped_column(String(128))
    shard_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)


class DeletionRecord(Base):
    __tablename__ = "deletion_records"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at_ms: Mapped[int] = mapped_column(BigInteger)
    subject_hmac: Mapped[str] = mapped_column(String(64))
    item_ids: Mapped[list[str]] = mapped_column(JSON)
    label_count: Mapped[int] = mapped_column(Integer)
    shard_ids: Mapped[list[str]] = mapped_column(JSON)


def make_engine(url: str, sealer: Sealer | None = None) -> Engine:
    """An engine with the SQLite settings a threaded server needs (WAL, busy timeout), and
    the KEK sealer for its sealed columns (given, or registered for this URL)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    else:
        engine = create_engine(url, pool_pre_ping=True)
    engine.dialect.cleanroom_sealer = sealer or sealer_for(url)  # type: ignore[attr-defined]
    Base.metadata.create_all(engine)
    _add_missing_columns(engine)
    return engine


def _add_missing_columns(engine: Engine) -> None:
    """Add the nullable columns and the indexes a table gained after a database was made
    (ADD COLUMN / CREATE INDEX only: existing rows get NULL, nothing is dropped)."""
    found = inspect(engine)
    tables = set(found.get_table_names())
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name not in tables:
                continue
            have = {c["name"] for c in found.get_columns(table.name)}
            for column in table.columns:
                if column.name in have or not column.nullable:
                    continue
                kind = column.type.compile(dialect=engine.dialect)
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))
            indexes = {i["name"] for i in found.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in indexes:
                    index.create(conn)
