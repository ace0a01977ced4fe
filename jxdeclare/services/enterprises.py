"""Enterprise records: list, show, add, edit (with conflict detection), delete."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

from jxdeclare.domain import entities
from jxdeclare.domain.uscc import CHECK, region_name, validate_uscc
from jxdeclare.services.errors import (
    ConflictError,
    DuplicateError,
    FieldError,
    NotFoundError,
    ValidationError,
    stale_as_conflict,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jxdeclare.services.context import AppContext
    from jxdeclare.store.models import Enterprise

FIELD_LABELS = {
    "name": "企业名称",
    "uscc": "统一社会信用代码",
    "code": "企业代号",
    "contact": "联系人",
    "phone": "联系电话",
    "address": "地址",
}
CONFIRMED_LABEL = "按执照确认"  # the flag's name in forms, Excel columns and the CLI
CONFIRM_HINT = "如代码与营业执照上印的完全一致（部分早期代码如此），请确认后保存"


@dataclass(frozen=True)
class EnterpriseInput:
    """What a person types for an enterprise (form, CLI flags or an Excel row)."""

    name: str
    uscc: str
    code: str | None = None
    contact: str | None = None
    phone: str | None = None
    address: str | None = None
    review_period_years: int | None = None  # own standards' review period; None: the setting
    # The user confirmed the code exactly as printed on the business licence (DESIGN §3).
    uscc_confirmed: bool = False

    def cleaned(self) -> EnterpriseInput:
        values: dict[str, Any] = {
            f.name: _clean(value) if isinstance(value := getattr(self, f.name), str) else value
            for f in fields(EnterpriseInput)  # a record's id and version are not input
        }
        result = validate_uscc(self.uscc or "")
        values["uscc"] = result.code
        # Kept only where it means something, so the list marks exactly the codes that needed it.
        values["uscc_confirmed"] = bool(self.uscc_confirmed) and result.check_mismatch
        if values["code"]:
            values["code"] = values["code"].upper()
        return EnterpriseInput(**values)


@dataclass(frozen=True)
class EnterpriseRecord(EnterpriseInput):
    id: int = 0
    region_code: str | None = None
    city: str | None = None
    row_version: int = 1

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


# Column widths in store/models.py: longer text is refused here with a message, not by the
# database with an error (PostgreSQL enforces them; SQLite would silently keep it).
MAX_REVIEW_YEARS = 10
MAX_LENGTH = {"name": 200, "code": 20, "contact": 100, "phone": 50, "address": 300}


def problems(data: EnterpriseInput, confirm_hint: str = CONFIRM_HINT) -> list[FieldError]:
    """Blocking problems by the domain's rules, including a wrong check character the user has
    not confirmed as printed on the licence; other warnings do not stop a save."""
    enterprise = entities.Enterprise(name=data.name or "", uscc=data.uscc or "", code=data.code)
    errors = [
        FieldError(FIELD_LABELS[p.params["field"]], p.text())
        for p in enterprise.problems()
        if p.is_error
    ]
    errors += _check_character_errors(data, confirm_hint)
    years = data.review_period_years
    if years is not None and not 1 <= years <= MAX_REVIEW_YEARS:
        errors.append(FieldError("复审周期", f"应为 1 到 {MAX_REVIEW_YEARS} 年"))
    for key, limit in MAX_LENGTH.items():
        if len(getattr(data, key) or "") > limit:
            errors.append(FieldError(FIELD_LABELS[key], f"不能超过 {limit} 个字符"))
    return errors


def _check_character_errors(data: EnterpriseInput, confirm_hint: str) -> list[FieldError]:
    # The entity describes stored codes, where a mismatch only warns; input is held to the
    # entry rule: an error until confirmed.
    result = validate_uscc(data.uscc or "", confirmed=data.uscc_confirmed)
    return [
        FieldError(FIELD_LABELS["uscc"], f"{p.text()}；{confirm_hint}")
        for p in result.problems
        if p.code == CHECK and p.is_error
    ]


def _record(row: Any) -> EnterpriseRecord:
    """From an ORM row or a quick-read row (same attribute names)."""
    return EnterpriseRecord(
        id=row.id,
        name=row.name,
        uscc=row.uscc,
        uscc_confirmed=bool(row.uscc_confirmed),  # SQLite's quick read gives 0 / 1
        code=row.code,
        contact=row.contact,
        phone=row.phone,
        address=row.address,
        review_period_years=row.review_period_years,
        region_code=row.region_code,
        city=region_name(row.uscc),
        row_version=row.row_version,
    )


def _editable(data: Any) -> dict[str, Any]:
    """The user-editable fields of an input or of a stored row."""
    return {f.name: getattr(data, f.name) for f in fields(EnterpriseInput)}


def list_enterprises_at_start(ctx: AppContext) -> list[EnterpriseRecord]:
    """The first list after start-up, read without the ORM when the database allows it."""
    from jxdeclare.store.quick_read import enterprise_rows

    rows = enterprise_rows(ctx.db_url)
    return list_enterprises(ctx) if rows is None else [_record(row) for row in rows]


def list_enterprises(ctx: AppContext, search: str = "") -> list[EnterpriseRecord]:
    from sqlalchemy import or_, select

    from jxdeclare.store.models import Enterprise

    query = select(Enterprise).order_by(Enterprise.name)
    if search:
        like = f"%{search.strip()}%"
        query = query.where(or_(Enterprise.name.ilike(like), Enterprise.uscc.ilike(like)))
    with ctx.session() as session:
        return [_record(row) for row in session.scalars(query)]


def _load(session: Session, key: int | str) -> Enterprise:
    from sqlalchemy import select

    from jxdeclare.store.models import Enterprise

    if isinstance(key, int) or (str(key).isdigit() and len(str(key)) < 18):
        row = session.get(Enterprise, int(key))
    else:
        code = validate_uscc(str(key)).code
        row = session.scalars(select(Enterprise).where(Enterprise.uscc == code)).first()
    if row is None:
        raise NotFoundError(f"找不到企业：{key}")
    return row


def find_enterprise(ctx: AppContext, key: str) -> EnterpriseRecord:
    """By record id, credit code or 企业代号 (the XXX of Q/XXX), as a script would name it."""
    from sqlalchemy import func, select

    from jxdeclare.store.models import Enterprise

    text = key.strip()
    if (text.isdigit() and len(text) < 18) or len(text) == 18:
        return get_enterprise(ctx, text)
    with ctx.session() as session:
        query = select(Enterprise).where(func.upper(Enterprise.code) == text.upper())
        rows = list(session.scalars(query))
        if len(rows) != 1:
            found = "找不到" if not rows else f"有 {len(rows)} 家企业使用"
            raise NotFoundError(f"{found}企业代号为 {text} 的企业，请改用统一社会信用代码。")
        return _record(rows[0])


def get_enterprise(ctx: AppContext, key: int | str) -> EnterpriseRecord:
    with ctx.session() as session:
        return _record(_load(session, key))


def _ensure_unique(session: Session, uscc: str, own_id: int | None = None) -> None:
    from sqlalchemy import select

    from jxdeclare.store.models import Enterprise

    other = session.scalars(select(Enterprise).where(Enterprise.uscc == uscc)).first()
    if other is not None and other.id != own_id:
        raise DuplicateError(
            f"统一社会信用代码 {uscc} 已属于企业“{other.name}”。", field="uscc", owner=other.name
        )


def add_enterprise(ctx: AppContext, data: EnterpriseInput) -> EnterpriseRecord:
    data = data.cleaned()
    if errors := problems(data):
        raise ValidationError(errors)
    with ctx.session() as session:
        return _record(insert_in_session(ctx, session, data))


def insert_in_session(ctx: AppContext, session: Session, data: EnterpriseInput) -> Enterprise:
    """Insert checked, cleaned input inside the caller's transaction (single add or import)."""
    from jxdeclare.store.models import Enterprise

    _ensure_unique(session, data.uscc)
    row = Enterprise(**_editable(data), region_code=data.uscc[2:8])
    session.add(row)
    session.flush()
    _audit(ctx, session, row, "create", _editable(data))
    return row


def insert_many_in_session(ctx: AppContext, session: Session, rows: list[EnterpriseInput]) -> None:
    """Insert many checked, cleaned inputs in four statements whatever their number (up to a few
    thousand): on a shared server every statement is a network round trip."""
    from sqlalchemy import insert, select

    from jxdeclare.store.models import AuditEntry, Enterprise

    codes = [data.uscc for data in rows]
    query = select(Enterprise.uscc, Enterprise.name).where(Enterprise.uscc.in_(codes))
    for uscc, name in session.execute(query):
        raise DuplicateError(
            f"统一社会信用代码 {uscc} 已属于企业“{name}”。", field="uscc", owner=name
        )
    values = [{**_editable(data), "region_code": data.uscc[2:8]} for data in rows]
    # Core, not ORM bulk: one statement even where rows leave different fields empty.
    session.execute(insert(Enterprise.__table__), values)
    ids = dict(session.execute(select(Enterprise.uscc, Enterprise.id).where(
        Enterprise.uscc.in_(codes))).all())  # fmt: skip
    session.execute(insert(AuditEntry.__table__), [
        {"entity": "enterprise", "entity_id": ids[data.uscc], "action": "create",
         "changes": _editable(data), "user": ctx.user, "enterprise_id": ids[data.uscc]}
        for data in rows
    ])  # fmt: skip


def update_enterprise(
    ctx: AppContext, enterprise_id: int, expected_version: int, data: EnterpriseInput
) -> EnterpriseRecord:
    """Save an edit made on the version the user loaded; a newer saved version is a conflict."""
    from jxdeclare.store import audit

    data = data.cleaned()
    if errors := problems(data):
        raise ValidationError(errors)
    with stale_as_conflict(_conflict_text(data.name)), ctx.session() as session:
        row = _load_version(session, enterprise_id, expected_version)
        _ensure_unique(session, data.uscc, own_id=row.id)
        before = _editable(row)
        for key, value in _editable(data).items():
            setattr(row, key, value)
        row.region_code = data.uscc[2:8]
        session.flush()
        _audit(ctx, session, row, "update", audit.diff(before, _editable(data)))
        return _record(row)


def _audit(
    ctx: AppContext, session: Session, row: Enterprise, action: str, changes: dict[str, Any]
) -> None:
    from jxdeclare.store import audit

    audit.record(
        session,
        entity="enterprise",
        entity_id=row.id,
        action=action,
        user=ctx.user,
        changes=changes,
        enterprise_id=row.id,
    )


def _load_version(session: Session, enterprise_id: int, expected_version: int) -> Enterprise:
    row = _load(session, enterprise_id)
    if row.row_version != expected_version:
        raise _conflict(row.name)
    return row


def _conflict_text(name: str) -> str:
    return f"企业“{name}”已被其他用户修改，您的更改未保存。请重新打开后再编辑。"


def _conflict(name: str) -> ConflictError:
    return ConflictError(_conflict_text(name))


def delete_enterprise(ctx: AppContext, enterprise_id: int, expected_version: int) -> None:
    with stale_as_conflict(_conflict_text(str(enterprise_id))), ctx.session() as session:
        row = _load_version(session, enterprise_id, expected_version)
        _audit(ctx, session, row, "delete", _editable(row))
        session.delete(row)
