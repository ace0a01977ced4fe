"""SQLAlchemy models. Everything an enterprise owns is scoped by ``enterprise_id``.

Rows a user edits carry a ``row_version`` used as SQLAlchemy's version counter: an UPDATE that
finds a different version affects no row, which the repositories turn into a conflict error.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Optimistic concurrency: every UPDATE checks and bumps ``row_version``."""

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}


class Enterprise(Versioned, Base):
    __tablename__ = "enterprises"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    # The user confirmed a code whose check character fails as exactly what the business
    # licence prints (some early codes are legal that way); set only for such codes.
    uscc_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    code: Mapped[str | None] = mapped_column(String(20))  # 企业代号, the XXX of Q/XXX
    region_code: Mapped[str | None] = mapped_column(String(6))
    contact: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(String(300))
    review_period_years: Mapped[int | None] = mapped_column(Integer)
    system_template: Mapped[str | None] = mapped_column(String(20))  # domain.system.templates key

    products: Mapped[list[Product]] = relationship(
        back_populates="enterprise", cascade="all, delete-orphan", passive_deletes=True
    )


class Product(Versioned, Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    model: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(100))
    spec: Mapped[str | None] = mapped_column(String(200))
    gtin: Mapped[str | None] = mapped_column(String(14))
    generic_name: Mapped[str | None] = mapped_column(String(200))
    brand: Mapped[str | None] = mapped_column(String(100))

    enterprise: Mapped[Enterprise] = relationship(back_populates="products")


class SystemNode(Versioned, Base):
    """A branch of an enterprise's standard system; its 体系编号 follows from its position."""

    __tablename__ = "system_nodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("system_nodes.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(100))


class StandardInUse(Versioned, Base):
    """A standard an enterprise follows (the register behind its standard system)."""

    __tablename__ = "standards_in_use"
    __table_args__ = (UniqueConstraint("enterprise_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    # Canonical form; NULL for a standard still to be drafted (待制定), so several may lack one.
    number: Mapped[str | None] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    mandatory: Mapped[bool | None] = mapped_column(Boolean)
    department: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    node_id: Mapped[int | None] = mapped_column(ForeignKey("system_nodes.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    draft_id: Mapped[int | None] = mapped_column(
        ForeignKey("standard_documents.id", ondelete="SET NULL")
    )
    products: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    # Dates the catalogue does not know (own and unknown standards); the pack's win otherwise.
    published: Mapped[date | None] = mapped_column(Date)
    implemented: Mapped[date | None] = mapped_column(Date)
    planned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    # The status when the data pack last changed, and what changed then (shown until acknowledged).
    last_status: Mapped[str | None] = mapped_column(String(20))
    status_change: Mapped[str | None] = mapped_column(String(300))


class StandardDocument(Versioned, Base):
    """An enterprise standard being drafted or maintained; its text lives in its versions."""

    __tablename__ = "standard_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str | None] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    # draft: being written or revised; published: its text is the newest version's.
    status: Mapped[str] = mapped_column(String(20), default="draft", server_default="draft")
    template_id: Mapped[str | None] = mapped_column(String(60))
    product_category: Mapped[str | None] = mapped_column(String(100))
    # The working copy the user saved last (.jxstd content), and what autosave wrote since:
    # an autosave still present at start-up means the editor did not close cleanly.
    # none_as_null: None must be SQL NULL (not JSON 'null') for "no autosave" queries.
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    autosave: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    autosaved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Set when a data-pack change touched a standard this one cites: a review is due, and the
    # checks should run again (cleared by the next stored check, or when reviewed).
    changed_references: Mapped[str | None] = mapped_column(Text)
    recheck_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    versions: Mapped[list[StandardDocumentVersion]] = relationship(
        back_populates="document",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StandardDocumentVersion.revision",
    )


class StandardDocumentVersion(Base):
    """One saved revision of a document: immutable, its JSON is the .jxstd content."""

    __tablename__ = "standard_document_versions"
    __table_args__ = (UniqueConstraint("document_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("standard_documents.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100))
    document: Mapped[StandardDocument] = relationship(back_populates="versions")


class Declaration(Versioned, Base):
    __tablename__ = "declarations"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    standard_number: Mapped[str] = mapped_column(String(60))
    standard_title: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(20), index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("declarations.id"))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    remote_id: Mapped[str | None] = mapped_column(String(60))  # the exchange API's record id
    channel: Mapped[str | None] = mapped_column(String(20))  # "api" or "guided"
    last_error: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    entered: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))  # guided ticks
    source_draft_id: Mapped[int | None] = mapped_column(Integer)
    enterprise: Mapped[Enterprise] = relationship(lazy="joined")
    files: Mapped[list[DeclarationFile]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    receipt: Mapped[DeclarationReceipt | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    events: Mapped[list[DeclarationEvent]] = relationship(
        back_populates="declaration",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DeclarationEvent.id",
    )


class DeclarationFile(Base):
    """The standard's PDF as declared: the bytes whose SHA-256 the declaration states."""

    __tablename__ = "declaration_files"
    __table_args__ = (UniqueConstraint("declaration_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(ForeignKey("declarations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # "standard_pdf"
    name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DeclarationReceipt(Base):
    """The receipts vault: what the portal (or the person, for guided entry) said it holds."""

    __tablename__ = "declaration_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declarations.id", ondelete="CASCADE"), unique=True
    )
    channel: Mapped[str] = mapped_column(String(20))
    remote_id: Mapped[str] = mapped_column(String(200))  # record id, or the public id / URL
    receipt_no: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str | None] = mapped_column(String(30))
    public_url: Mapped[str | None] = mapped_column(String(500))
    received_at: Mapped[str | None] = mapped_column(String(40))
    published_at: Mapped[str | None] = mapped_column(String(40))
    payload_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    raw: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DeclarationEvent(Base):
    """The state journal of a declaration: every transition, when and by whom."""

    __tablename__ = "declaration_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declarations.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    declaration: Mapped[Declaration] = relationship(back_populates="events")


class AuditEntry(Base):
    """Who changed what and when. Not a foreign key: the trail outlives deleted rows."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    user: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class BenchmarkSet(Versioned, Base):
    """A 对标 set: voluntary indicator targets (领跑者 tiers, 江西绿色生态, an agency's own),
    never mandatory limits. ``payload`` holds its rows, tiers and sources (see docs/benchmarks.md).
    """

    __tablename__ = "benchmark_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    product_category: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    source_file: Mapped[str | None] = mapped_column(String(300))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    imported_by: Mapped[str] = mapped_column(String(100))


class FoodFiling(Versioned, Base):
    """The 备案 of a food enterprise standard stricter than a food-safety standard (Food Safety
    Law Art. 30) with the provincial health commission: what the enterprise recorded, one row
    per stored standard. The app prepares and records; it never talks to the commission."""

    __tablename__ = "food_filings"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(
        ForeignKey("standard_documents.id", ondelete="CASCADE"), unique=True
    )
    enterprise_id: Mapped[int] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(20))  # domain.filing.FilingState
    public_from: Mapped[date | None] = mapped_column(Date)
    public_to: Mapped[date | None] = mapped_column(Date)
    number: Mapped[str | None] = mapped_column(String(100))  # 备案号, as the commission gave it
    filed_on: Mapped[date | None] = mapped_column(Date)
    # Computed from the setting when filed or renewed, kept as shown then; the commission's
    # answer decides (the UI and CLI always say so).
    valid_until: Mapped[date | None] = mapped_column(Date)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    events: Mapped[list[FoodFilingEvent]] = relationship(
        back_populates="filing",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FoodFilingEvent.id",
    )


class FoodFilingEvent(Base):
    """The journal of a filing: every step recorded, when, by whom, and what it set."""

    __tablename__ = "food_filing_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    filing_id: Mapped[int] = mapped_column(
        ForeignKey("food_filings.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(20))  # domain.filing.Step
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user: Mapped[str] = mapped_column(String(100))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text)
    filing: Mapped[FoodFiling] = relationship(back_populates="events")
