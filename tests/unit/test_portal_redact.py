"""Token- and password-shaped text never leaves the portal client: the one redaction helper."""

from __future__ import annotations

import secrets

import pytest

from jxdeclare.portal.errors import FieldError, PortalError, PortalValidationError
from jxdeclare.portal.redact import redact

TOKEN = secrets.token_urlsafe(32)


@pytest.mark.parametrize(
    "text",
    [
        f'{{"token": "{TOKEN}", "token_type": "Bearer", "expi',  # a login answer cut short
        f'{{"access_token":"{TOKEN[:20]}',  # cut inside the token
        f"Authorization: Bearer {TOKEN}",
        f"password={TOKEN[:8]}&user=a",
        f"'secret': '{TOKEN[:10]}'",
        f"…开头：{TOKEN}…",  # a bare run of random base64
        f"sha {'9f86d081884c7d65' * 4}",  # a bare run of hex
    ],
)
def test_secret_shaped_text_is_masked(text: str) -> None:
    shown = redact(text)
    assert "***" in shown
    assert TOKEN[:8] not in shown and "9f86d081884c" not in shown


def test_known_secrets_are_masked_and_ordinary_text_is_kept() -> None:
    assert redact("口令 s3cret-口令:x 错误", "s3cret-口令:x") == "口令 *** 错误"
    ordinary = ("POST http://127.0.0.1:8080/api/v1/declarations/JX-2026-000001/receipt 失败："
                "统一社会信用代码 91360100158300003X，HTTP 500，expires_in: 3600；"
                "POST /auth/token -> 200 (attempt 1/3)，token expired，Bearer 认证")  # fmt: skip
    assert redact(ordinary) == ordinary


def test_every_portal_error_is_redacted_when_it_is_made() -> None:
    error = PortalError(f'应答开头：{{"token": "{TOKEN}"')
    assert TOKEN not in error.message and TOKEN not in str(error)
    refused = PortalValidationError("拒绝", fields=[FieldError("x", f"Bearer {TOKEN}")])
    assert TOKEN not in str(refused)
