"""Fault injection for the sandbox: how often each kind of failure hits a declaration request.

Decisions come from one seeded ``random.Random`` so a test run with a fixed seed and a single
client thread sees the same faults every time.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Mapping

# Checked in this order; the first kind whose draw hits is the one injected.
KINDS = (
    "drop_before_commit",  # close the socket, do nothing
    "error_500",  # 500 internal, do nothing
    "rate_limit",  # 429 with Retry-After: 1, do nothing
    "delay",  # sleep --fault-delay seconds, then answer normally
    "drop_after_commit",  # do the work, then close the socket without answering
    "malformed",  # do the work, then answer 200 with a truncated JSON body
)


class FaultPlan:
    """Current rates per kind and how many of each were injected; safe across request threads."""

    def __init__(self, rates: Mapping[str, float] | None = None, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._rates: dict[str, float] = {}
        self._injected: Counter[str] = Counter()
        self.set_rates(rates or {})

    def set_rates(self, rates: Mapping[str, float]) -> None:
        """Replace all rates (kinds left out are off); raises ValueError naming the bad entry."""
        checked = {kind: check_rate(kind, rate) for kind, rate in rates.items()}
        with self._lock:
            self._rates = {kind: rate for kind, rate in checked.items() if rate > 0}

    @property
    def rates(self) -> dict[str, float]:
        with self._lock:
            return dict(self._rates)

    @property
    def injected(self) -> dict[str, int]:
        with self._lock:
            return dict(self._injected)

    def decide(self) -> str | None:
        """The fault to inject into this request, if any (and count it)."""
        with self._lock:
            for kind in KINDS:
                rate = self._rates.get(kind, 0.0)
                if rate and self._rng.random() < rate:
                    self._injected[kind] += 1
                    return kind
        return None


def check_rate(kind: object, rate: object) -> float:
    if kind not in KINDS:
        raise ValueError(f"未知的故障类型“{kind}”，可用：{'、'.join(KINDS)} / "
                         f"unknown fault kind '{kind}'; known: {', '.join(KINDS)}")  # fmt: skip
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 <= rate <= 1:
        raise ValueError(f"故障“{kind}”的概率应为 0～1 之间的数 / "
                         f"the rate of '{kind}' must be a number from 0 to 1")  # fmt: skip
    return float(rate)


def parse_fault(text: str) -> tuple[str, float]:
    """``KIND=RATE`` from the command line."""
    kind, sep, rate = text.partition("=")
    try:
        value = float(rate) if sep else None
    except ValueError:
        value = None
    if value is None:
        raise ValueError(f"--fault 应写作 类型=概率，如 delay=0.1：“{text}” / "
                         f"--fault must be KIND=RATE, e.g. delay=0.1: '{text}'")  # fmt: skip
    return kind.strip(), check_rate(kind.strip(), value)
