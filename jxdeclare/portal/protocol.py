"""What the client and the sandbox agree on: schema id, key rules, limits, canonical hashing.

Kept free of HTTP and SQLite so both sides (and the app's own pre-checks) share one definition.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from typing import Any
from urllib.parse import urlsplit

from jxdeclare.portal.errors import InsecurePortalURL

API_PREFIX = "/api/v1"
SCHEMA = "jxdeclare.declaration/1"
MAX_BATCH = 100  # items per batch POST and keys per status query
MAX_KEY_LENGTH = 128
_KEY = re.compile(r"[A-Za-z0-9_-]{1,128}")

STANDARD_KINDS = ("GB", "GB/T", "industry", "DB", "T", "Q")
DISCLOSURES = ("full_text", "indicators")
STATES = ("pending_review", "published", "revised", "withdrawn")


def valid_key(key: object) -> bool:
    """An Idempotency-Key: 1-128 characters of ``[A-Za-z0-9_-]``."""
    return isinstance(key, str) and _KEY.fullmatch(key) is not None


def canonical_json(payload: Any) -> bytes:
    """The bytes both sides hash: key order and whitespace must not make two payloads differ."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def payload_sha256(payload: Any) -> str:
    return hashlib.sha256(canonical_json(payload)).hexdigest()


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: the only hosts for plain http and for the sandbox."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_url(base_url: str) -> str:
    """The base URL without a trailing slash; InsecurePortalURL unless https or loopback http."""
    try:
        parts = urlsplit(base_url.strip())
        host = parts.hostname or ""
    except ValueError:  # e.g. an unclosed [IPv6 bracket
        parts, host = urlsplit(""), ""
    if "@" in parts.netloc:  # credentials in a URL end up in logs and reprs
        raise InsecurePortalURL(
            f"门户地址不能包含用户名或密码：{_redacted(base_url)} / "
            f"the portal URL must not carry a user name or password: {_redacted(base_url)}"
        )
    if parts.scheme == "https" and host:
        return base_url.strip().rstrip("/")
    if parts.scheme == "http" and host and is_loopback_host(host):
        return base_url.strip().rstrip("/")
    raise InsecurePortalURL(
        f"门户地址必须使用 https://（仅本机 127.0.0.1、::1、localhost 可用 http://）："
        f"{_redacted(base_url)} / the portal URL must use https:// (plain http:// only for "
        f"127.0.0.1, ::1 or localhost): {_redacted(base_url)}"
    )


def _redacted(url: str) -> str:
    """The URL without any user:password@ part."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return "?"
    netloc = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=netloc).geturl()[:200]
