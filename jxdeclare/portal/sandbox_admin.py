"""The sandbox's own endpoints under ``/api/v1/_sandbox/`` (no token: the server binds
loopback only) and the public page a published record's ``public_url`` points to."""

from __future__ import annotations

import html
import sqlite3
from typing import Any

from jxdeclare.domain.uscc import normalise_uscc, validate_uscc
from jxdeclare.portal import sandbox_accounts as accounts
from jxdeclare.portal.errors import FieldError
from jxdeclare.portal.faults import FaultPlan
from jxdeclare.portal.sandbox_store import PUBLISHABLE, SandboxStore, StoreError, iso, record_json
from jxdeclare.portal.sandbox_wire import Reply, Request, SandboxError, from_store, read_object


class AdminEndpoints:
    """Mixed into :class:`~jxdeclare.portal.sandbox_api.SandboxApi`."""

    store: SandboxStore
    faults: FaultPlan
    base_url: str

    def stats(self, conn: sqlite3.Connection) -> dict[str, Any]:
        raise NotImplementedError

    def add_account(
        self, conn: sqlite3.Connection, username: Any, password: Any, credit_code: Any
    ) -> tuple[str, str]:
        """Create or replace an account; returns (username, normalised credit code)."""
        given = {"username": username, "password": password, "credit_code": credit_code}
        fields = [
            FieldError(name, "必填 / required")
            for name, value in given.items()
            if not isinstance(value, str) or not value.strip()
        ]
        if not fields:
            for problem in validate_uscc(credit_code).problems:
                if problem.is_error:
                    message = f"{problem.text('zh')} / {problem.text('en')}"
                    fields.append(FieldError("credit_code", message))
        if fields:
            raise SandboxError(422, "validation_failed", "账号信息有误 / bad account", fields)
        code = normalise_uscc(credit_code)
        accounts.add_account(conn, username.strip(), password, code)
        return username.strip(), code

    def approve(self, conn: sqlite3.Connection, record_id: str) -> dict[str, Any]:
        try:
            return record_json(self.store.approve(conn, record_id), self.base_url)
        except StoreError as exc:
            raise from_store(exc) from None

    def _add_account(self, conn: sqlite3.Connection, request: Request) -> Reply:
        body = read_object(request)
        username, code = self.add_account(
            conn, body.get("username"), body.get("password"), body.get("credit_code")
        )
        return Reply(201, {"username": username, "credit_code": code})

    def _approve(self, conn: sqlite3.Connection, request: Request, record_id: str) -> Reply:
        return Reply(200, self.approve(conn, record_id))

    def _set_faults(self, conn: sqlite3.Connection, request: Request) -> Reply:
        try:
            self.faults.set_rates(read_object(request))
        except ValueError as exc:
            raise SandboxError(400, "bad_request", str(exc)) from None
        return Reply(200, {"faults": self.faults.rates})

    def _stats(self, conn: sqlite3.Connection, request: Request) -> Reply:
        return Reply(200, self.stats(conn))

    def _public(self, conn: sqlite3.Connection, request: Request, record_id: str) -> Reply:
        """A bare public page, so a record's ``public_url`` leads somewhere in training."""
        try:
            row = self.store.get(conn, None, record_id)
        except StoreError as exc:
            raise from_store(exc) from None
        if row["state"] not in PUBLISHABLE:
            message = f"“{record_id}”未公开 / '{record_id}' is not public"
            raise SandboxError(404, "not_found", message)
        payload = self.store.payload(row)
        enterprise, standard = payload["enterprise"], payload["standard"]
        lines = [
            enterprise["name"], row["credit_code"], standard["number"], standard["name"],
            f"{row['state']} {iso(row['published_epoch'])}",
        ]  # fmt: skip
        paragraphs = "".join(f"<p>{html.escape(str(line))}</p>" for line in lines)
        title = f"<title>{html.escape(record_id)}</title>"
        return Reply(200, f"<!doctype html><meta charset=utf-8>{title}{paragraphs}")
