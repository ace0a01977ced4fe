"""User settings, declared once with their types and defaults (Picard-style options).

Stored as JSON in the data directory. Unknown keys are kept, values of the wrong type fall back to
the default, and a write is atomic so a crash never leaves a half-written file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label_zh: str
    label_en: str
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) pairs for a choice list
    minimum: int | None = None
    maximum: int | None = None


DECLARED: tuple[Setting, ...] = (
    Setting(
        "language",
        str,
        "zh_CN",
        "界面语言",
        "Language",
        choices=(("zh_CN", "中文"), ("en", "English")),
    ),
    Setting(
        "db_url", str, "", "数据库地址（留空使用本机 SQLite）", "Database URL (empty: local SQLite)"
    ),
    Setting(
        "review_period_years",
        int,
        3,
        "企业标准默认复审周期（年）",
        "Default review period of enterprise standards (years)",
        minimum=1,
        maximum=10,
    ),
    Setting(
        "filing_validity_years",
        int,
        3,
        "食品标准备案有效期（年，以卫生健康委员会答复为准）",
        "Validity of food standard filings (years, as the health commission confirms)",
        minimum=1,
        maximum=10,
    ),
    Setting(
        "portal_url",
        str,
        "",
        "自我声明交换接口地址（https://…）",
        "Declaration exchange API address (https://…)",
    ),
    Setting("window_geometry", str, "", "", ""),  # remembered, not shown in the dialog
    Setting("last_draft_template", str, "", "", ""),  # 新建企业标准's last template, likewise
    Setting("editor_geometry", str, "", "", ""),  # the standard editor's, likewise
    Setting("guide_dismissed", bool, False, "", ""),  # the 工作台's walk-through, collapsed
)
BY_KEY = {setting.key: setting for setting in DECLARED}


class Settings:
    def __init__(self, home: Path) -> None:
        self.path = home / SETTINGS_FILE
        self._values: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, key: str) -> Any:
        setting = BY_KEY[key]
        value = self._values.get(key, setting.default)
        return value if isinstance(value, setting.type) else setting.default

    def set(self, key: str, value: Any) -> None:
        setting = BY_KEY[key]
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {key} expects {setting.type.__name__}")
        if setting.minimum is not None and value < setting.minimum:
            raise ValueError(f"setting {key} must be ≥ {setting.minimum}")
        if setting.maximum is not None and value > setting.maximum:
            raise ValueError(f"setting {key} must be ≤ {setting.maximum}")
        self._values[key] = value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)
