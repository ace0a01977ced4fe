"""The audit trail: one row per create / update / delete of a record users care about."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from jxdeclare.store.models import AuditEntry


def record(
    session: Session,
    *,
    entity: str,
    entity_id: int,
    action: str,
    user: str,
    changes: dict[str, Any] | None = None,
    enterprise_id: int | None = None,
) -> None:
    session.add(
        AuditEntry(
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes=changes or {},
            user=user,
            enterprise_id=enterprise_id,
        )
    )


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Changed fields as {field: [old, new]}, JSON-friendly for the audit row."""
    return {
        key: [before.get(key), value] for key, value in after.items() if before.get(key) != value
    }
