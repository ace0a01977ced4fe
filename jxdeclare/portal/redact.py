"""Keep secrets out of messages: every text of the portal client that may quote an answer, a
request or an exception passes through :func:`redact` before it reaches an exception, the
command line, a window or the log.

Known secrets (the token held, a password) are replaced exactly; anything shaped like one is
replaced too, because an answer cut short carries a token the client does not hold yet.
"""

from __future__ import annotations

import logging
import re

MASK = "***"
_MIN_RUN = 32  # a random token of 24+ bytes in base64 or hex; credit codes (18) stay readable

# "token": "…", 'password'='…', access_token=…; a value cut short (no closing quote) as well.
_FIELD = re.compile(
    r"""(?ix)
    (?P<key>["']?\b(?:access_token|refresh_token|id_token|auth_token|token|password|passwd|pwd
        |passphrase|secret|client_secret|api_key|apikey)\b["']?)
    (?P<sep>\s*[:=]\s*)
    (?P<value>"(?:[^"\\]|\\.)*(?:"|$)|'[^']*(?:'|$)|[^\s,;&}\]"']+)
    """
)
_SCHEME = re.compile(r"(?i)\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{8,}")
# Base64 (standard or URL-safe, padding included) or hex; '/' is left out so that URL paths
# stay readable (a standard-base64 secret is then cut at its slashes, each long piece masked).
_RUN = re.compile(r"(?<![A-Za-z0-9+_=-])[A-Za-z0-9+_-]{" + str(_MIN_RUN) + r",}={0,2}")


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with ``secrets`` and every token- or password-shaped part replaced by ***."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    text = _FIELD.sub(_masked_field, text)
    text = _SCHEME.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return _RUN.sub(_masked_run, text)


def _masked_field(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[0] if value[:1] in ("'", '"') else ""
    return f"{match.group('key')}{match.group('sep')}{quote}{MASK}{quote}"


def _masked_run(match: re.Match[str]) -> str:
    run = match.group(0)
    # Random material mixes letters and digits; long words (a_long_snake_case_name) stay.
    if re.search(r"\d", run) and re.search(r"[A-Za-z]", run):
        return MASK
    return run


class RedactingFilter(logging.Filter):
    """Redacts a log record's message (arguments included) before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
