"""Each enterprise's own portal account, for the batch engine.

Tokens and passwords live in the OS keyring. Where there is none (a headless Linux box), they are
kept in memory for this session only — typed into the app's 平台账号 dialog, or given to the CLI
with ``--username`` and ``--password-stdin`` — and never written anywhere.
"""

from __future__ import annotations

from typing import Any

from jxdeclare.portal.credentials import NO_KEYRING, SessionSecrets, open_secrets
from jxdeclare.services.declarations.submission import Accounts
from jxdeclare.services.errors import ServiceError

_session = SessionSecrets()  # this process's fallback when the OS has no password store


class NoAccount(ServiceError):
    pass


def checked_portal_url(portal_url: str) -> str:
    """The portal URL as ``accounts_for`` accepts it (https, or http to this machine only);
    ServiceError naming what is wrong otherwise. Sends nothing: ``submit --dry-run`` uses it."""
    from jxdeclare.portal.errors import InsecurePortalURL
    from jxdeclare.portal.protocol import check_url

    try:
        return check_url(portal_url)
    except InsecurePortalURL as exc:
        raise ServiceError(str(exc)) from exc


def remember_account(credit_code: str, username: str, password: str) -> str:
    """Keep an enterprise's account; says where it went (the keyring, or this session only)."""
    store = open_secrets()
    if isinstance(store, SessionSecrets):
        _session.save_account(credit_code, username, password)
        return NO_KEYRING
    store.save_account(credit_code, username, password)
    return "账号已保存到系统密码库。 / Saved in the system password store."


def accounts_for(
    portal_url: str,
    *,
    username: str | None = None,
    password: str | None = None,
    **client_options: Any,
) -> Accounts:
    """Log each enterprise in with its own account: a valid token from the store, else its
    stored (or session) password; ``username``/``password`` serve an enterprise that has none.
    The URL is checked (https, or http to this machine only) before anything else happens."""
    from jxdeclare.portal.client import PortalClient
    from jxdeclare.portal.errors import InsecurePortalURL

    try:
        PortalClient(portal_url).close()
    except InsecurePortalURL as exc:
        raise ServiceError(str(exc)) from exc
    store = open_secrets()

    def login(credit_code: str) -> str:
        stored = store.load_token(credit_code) or _session.load_token(credit_code)
        if stored is not None:
            return stored.token
        account = store.load_account(credit_code) or _session.load_account(credit_code)
        user, secret = (account.username, account.password) if account else (username, password)
        if not user or secret is None:
            raise NoAccount(
                f"企业 {credit_code} 没有平台账号：请在“平台账号…”中填写。"
                f" / No portal account for {credit_code}."
            )
        with PortalClient(portal_url, **client_options) as client:
            token = client.login(user, secret)
            if client.credit_code and client.credit_code != credit_code:
                raise NoAccount(
                    f"账号 {user} 属于企业 {client.credit_code}，不能为 {credit_code} 提交。"
                    f" / Account {user} belongs to {client.credit_code}, not {credit_code}."
                )
            if client.token_expires_at is not None:
                (store if not isinstance(store, SessionSecrets) else _session).save_token(
                    credit_code, token, client.token_expires_at
                )
        return token

    return Accounts(portal_url, login, **client_options)
