"""Every reviewer setting is documented, and every page module a room adds is listed there."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from reviewer.config import ReviewerConfig

DOC = (Path(__file__).resolve().parents[2] / "docs" / "reviewer.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_docs():
    missing = [f.name for f in fields(ReviewerConfig) if f"| `{f.name}` |" not in DOC]
    assert missing == []


def test_settings_come_from_the_environment():
    cfg = ReviewerConfig.from_env({"REVIEWER_PORT": "9001", "REVIEWER_IDLE_MINUTES": "5.5",
                                   "REVIEWER_SECURE_COOKIES": "always"}, port=None)  # fmt: skip
    assert (cfg.port, cfg.idle_minutes, cfg.secure_cookies) == (9001, 5.5, "always")
    assert ReviewerConfig.from_env({"REVIEWER_PORT": "9001"}, port=9002).port == 9002


def test_every_rule_pack_has_a_chinese_name():
    from lexicon.rules import PACKS
    from lexicon.vocabulary import PACK_LABELS

    assert tuple(PACK_LABELS) == PACKS
