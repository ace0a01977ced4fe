from __future__ import annotations

import json
from pathlib import Path

import pytest

from jxdeclare.settings import DECLARED, Settings


def test_defaults_come_from_the_declarations(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    for setting in DECLARED:
        assert settings.get(setting.key) == setting.default


def test_saved_values_survive_a_restart(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.set("review_period_years", 5)
    settings.set("language", "en")
    settings.save()
    again = Settings(tmp_path)
    assert again.get("review_period_years") == 5
    assert again.get("language") == "en"


def test_a_damaged_or_mistyped_file_falls_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"review_period_years": "three"}', "utf-8")
    assert Settings(tmp_path).get("review_period_years") == 3
    (tmp_path / "settings.json").write_text("{not json", "utf-8")
    assert Settings(tmp_path).get("language") == "zh_CN"


def test_wrong_types_and_out_of_range_values_are_refused(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    with pytest.raises(TypeError):
        settings.set("review_period_years", "5")
    with pytest.raises(ValueError):
        settings.set("review_period_years", 0)


def test_unknown_keys_written_by_a_newer_version_are_kept(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"future_option": 1}', "utf-8")
    settings = Settings(tmp_path)
    settings.set("language", "en")
    settings.save()
    assert json.loads((tmp_path / "settings.json").read_text("utf-8"))["future_option"] == 1
