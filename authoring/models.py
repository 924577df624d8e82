"""The content model as SQLAlchemy 2 typed ORM classes (portable to SQLite and PostgreSQL).

Every content row has a UUID key, a `revision` that changes on each edit and a `deleted_at`
tombstone instead of a hard delete, so that a later sync can tell "deleted here" from "never
seen" (DESIGN.md, "Workspace and team hub"). Per-kind settings are JSON, validated on the way in.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from authoring.kinds import BlockKind, ModuleStatus, QuestionKind


def utcnow() -> dt.datetime:
    """Return the current time, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def in_order(rows: list[Tracked]) -> None:
    """Give rows made in one go strictly increasing `created_at`, so they list in that order.

    Rows ordered by creation (bank questions) would otherwise tie within a transaction and
    fall back to the order of their random ids.
    """
    start = utcnow()
    for i, row in enumerate(rows):
        row.created_at = start + dt.timedelta(microseconds=i)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        """Refuse naive datetimes; store UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        """Attach UTC to what SQLite hands back without a zone."""
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _enum(cls: type) -> Enum:
    # VARCHAR + CHECK on every backend: adding a kind later is a plain migration, no ALTER TYPE.
    return Enum(
        cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """The one declarative base of Kiem's tables."""

    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON}


class Tracked:
    """Columns every syncable content row has; `revision` is renewed on each flush of a change."""

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    revision: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class Module(Tracked, Base):
    """A microlearning module: ordered pages of ordered blocks, with its settings."""

    __tablename__ = "modules"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    title: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(16), default="en")
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[list[str]] = mapped_column(default=list)
    owner: Mapped[str] = mapped_column(String(200), default="")
    group_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ModuleStatus] = mapped_column(_enum(ModuleStatus), default=ModuleStatus.DRAFT)
    version: Mapped[int] = mapped_column(Integer, default=1)
    review_by: Mapped[dt.date | None] = mapped_column(Date, default=None)
    theme: Mapped[str] = mapped_column(String(64), default="kiem")
    navigation: Mapped[dict[str, Any]] = mapped_column(default=dict)
    assessment: Mapped[dict[str, Any]] = mapped_column(default=dict)
    completion: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Page(Tracked, Base):
    """A page of a module; `topics` tag it for remediation after a failed test."""

    __tablename__ = "pages"
    __table_args__ = (Index("ix_pages_module_position", "module_id", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300), default="")
    topics: Mapped[list[str]] = mapped_column(default=list)


class Block(Tracked, Base):
    """A block on a page; `data` follows `authoring.blocks.DATA_TYPES[kind]`."""

    __tablename__ = "blocks"
    __table_args__ = (
        Index("ix_blocks_page_position", "page_id", "position"),
        UniqueConstraint("module_id", "tracking_id", name="uq_blocks_tracking_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"), index=True)
    page_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pages.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[BlockKind] = mapped_column(_enum(BlockKind))
    tracking_id: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Bank(Tracked, Base):
    """A question bank that quizzes draw from, shared by the modules of a workspace."""

    __tablename__ = "banks"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")


class Question(Tracked, Base):
    """A scored question: in a bank (`bank_id`) or placed in one module (`module_id`)."""

    __tablename__ = "questions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    module_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("modules.id"), index=True)
    bank_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("banks.id"), index=True)
    kind: Mapped[QuestionKind] = mapped_column(_enum(QuestionKind))
    title: Mapped[str] = mapped_column(String(300), default="")
    stem: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    feedback_correct: Mapped[str] = mapped_column(Text, default="")
    feedback_incorrect: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[float] = mapped_column(Float, default=1.0)
    tags: Mapped[list[str]] = mapped_column(default=list)


class Asset(Base):
    """Original bytes of an imported file, stored once under their sha256; never changed."""

    __tablename__ = "assets"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100))
    extension: Mapped[str] = mapped_column(String(16))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ModuleAsset(Tracked, Base):
    """The name a module uses for an asset (`images/desk.png`), resolving Markdown references."""

    __tablename__ = "module_assets"
    __table_args__ = (Index("ix_module_assets_module_name", "module_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"))
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(ForeignKey("assets.sha256"))


# Review records (migration 0004). The review package reads and writes them; authoring only
# keeps them. Events are stored as the exact bytes of their files, never changed once shared.
class Identity(Base):
    """The person who uses this workspace, with the private half of their signing key."""

    __tablename__ = "identity"

    email: Mapped[str] = mapped_column(String(320), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    private_key: Mapped[bytes] = mapped_column(LargeBinary)  # raw Ed25519 seed, 32 bytes
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class GroupLink(Base):
    """A creator group this workspace takes part in, through its shared folder."""

    __tablename__ = "review_groups"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(Text)
    founder_key: Mapped[str] = mapped_column(String(100))  # pinned: the founding event's key
    joined_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    synced_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    sync_problem: Mapped[str] = mapped_column(Text, default="")


class StoredEvent(Base):
    """A review event: `state` is pending (held until its verdict), outbox or shared."""

    __tablename__ = "review_events"
    __table_args__ = (Index("ix_review_events_group_clock", "group_id", "clock"),
                      Index("ix_review_events_group_state", "group_id", "state"))

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    group_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    module_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    clock: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class StoredDigest(Base):
    """A group's digest for the overview (review.digest), with the events it was made from."""

    __tablename__ = "review_digests"

    group_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    mark_rowid: Mapped[int] = mapped_column(Integer)  # the highest event row read
    mark_count: Mapped[int] = mapped_column(Integer)  # the group's event rows up to it
    pending: Mapped[str] = mapped_column(Text)  # JSON: the ids of those held back then
    data: Mapped[str] = mapped_column(Text)  # JSON: review.digest.GroupDigest


class SeenFile(Base):
    """A file of a group folder already read (so a sync with nothing new reads nothing)."""

    __tablename__ = "review_seen"

    group_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(500), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(Text)  # "" when read as an event, else why not


class ReviewBlob(Base):
    """A frozen version document or one of its files, stored once by sha256."""

    __tablename__ = "review_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# Learners' results (migration 0005), read from an LMS report or an LRS. Not content: never
# synced, never in bundles. Learners are a salted hash unless the person importing asked for
# names; the salt is the workspace's own, so hashes cannot be matched across workspaces.
class ResultsSalt(Base):
    """The workspace's salt for learner hashes (one row, made at the first import)."""

    __tablename__ = "results_salt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ResultAttempt(Base):
    """One learner's attempt at a module; `key` is unique within the module (its source's id)."""

    __tablename__ = "result_attempts"
    __table_args__ = (UniqueConstraint("module_id", "key", name="uq_result_attempts_key"),
                      Index("ix_result_attempts_module_version", "module_id", "version"))

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"))
    key: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(300))  # "moodle-csv" or the LRS's address
    version: Mapped[str] = mapped_column(String(100), default="")  # "" when not known
    learner: Mapped[str] = mapped_column(String(300))  # a salted hash, or a name when asked
    learner_named: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    number: Mapped[int | None] = mapped_column(Integer, default=None)
    started_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    ended_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)  # 0..1 of the maximum
    passed: Mapped[bool | None] = mapped_column(sa.Boolean, default=None)


class ResultResponse(Base):
    """A learner's last answer to one question in one attempt."""

    __tablename__ = "result_responses"

    attempt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("result_attempts.id"),
                                                  primary_key=True)
    question_key: Mapped[str] = mapped_column(String(64), primary_key=True)  # q-<tracking id>
    question_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    response: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[list[str]] = mapped_column(default=list)  # option ids chosen
    correct: Mapped[bool | None] = mapped_column(sa.Boolean, default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)  # 0..1 of the points
    answered_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class ResultPageVisit(Base):
    """A page an attempt reached."""

    __tablename__ = "result_page_visits"

    attempt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("result_attempts.id"),
                                                  primary_key=True)
    page_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)


class ResultPull(Base):
    """Where the last pull from an LRS for a module got to: `since` for the next one."""

    __tablename__ = "result_pulls"

    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"), primary_key=True)
    lrs: Mapped[str] = mapped_column(String(500), primary_key=True)  # without password
    since: Mapped[str] = mapped_column(String(64))  # the LRS's own `stored` text
    pulled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


TRACKED_TABLES: dict[str, type[Tracked]] = {
    cls.__tablename__: cls for cls in (Module, Page, Block, Bank, Question, ModuleAsset)
}


# Derived data for the library (migration 0003), rebuilt by services.search_index in the
# transaction that writes a module: cached list figures, and the full-text index, which is an
# FTS5 table on SQLite (made after create_all, below) and a plain table elsewhere.
STATS = sa.Table(
    "module_stats", Base.metadata,
    sa.Column("id", sa.Integer, primary_key=True),  # the rowid of the module's FTS5 row
    sa.Column("module_id", sa.Uuid, sa.ForeignKey("modules.id"), nullable=False, unique=True),
    sa.Column("estimated_minutes", sa.Integer, nullable=False),
    sa.Column("pages", sa.Integer, nullable=False),
    sa.Column("questions", sa.Integer, nullable=False),
    sa.Column("changed_at", UTCDateTime, nullable=False),
)
# module_search as Core sees it; a plain table on other databases, FTS5 on SQLite.
INDEX = sa.Table("module_search", sa.MetaData(),
                 sa.Column("module_id", sa.Uuid, primary_key=True),
                 sa.Column("title", sa.Text, nullable=False),
                 sa.Column("body", sa.Text, nullable=False))
FTS5_TABLE = ("CREATE VIRTUAL TABLE IF NOT EXISTS module_search USING fts5(module_id UNINDEXED, "
              "title, body, tokenize = 'unicode61 remove_diacritics 2')")


def _create_index(_target: Any, connection: Connection, **_kw: Any) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(FTS5_TABLE)
    else:
        INDEX.create(connection, checkfirst=True)


sa.event.listen(Base.metadata, "after_create", _create_index)
