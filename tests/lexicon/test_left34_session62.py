"""Session 62, left34: sellers silent in every pack at round 74's start (holdout207's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The buyer's question denied and at once turned to the writer's own way (焊工证能不考直接拿吗？
  当然不能，不过我这有办法，私聊): the 拿吗 of the writer's hook, not a warning. A school's turn to
  its courses (当然不能，不过我们可以帮你报名培训) stays silent.
- 代办 touching a bare job name CS-028 did not list (代办熔化焊, 代办起重, 代办高处作业) with a skip:
  CS-028. The crane's own errands (代办起重机年检) and a welder's social insurance stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


_rules = rule_ids_no_model


# --- (1) 当然不能，不过我这有办法 ------------------------------------------------------------------

_DENIED_OWN_WAY = [
    "熔化焊证能不考直接拿吗？当然不能，不过我这有办法，私聊",
    "高压电工证能免考直接拿吗？当然不行，不过我这边有办法，私我",
    "登高证不去考能拿吗？当然不能啦，但我有渠道，加v gx_3307",
]


@pytest.mark.parametrize("text", _DENIED_OWN_WAY)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_denied_then_own_way_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_DENIED_LAWFUL = [
    "焊工证能不考直接拿吗？当然不能，不过我们可以帮你报名培训，考试本人去",
    "电工证能免考吗？当然不能，但是可以先报理论网课，考试到考点参加",
    "登高证不去考能拿吗？当然不能，没有办法，只能老老实实报名考试",
    "叉车证能直接拿吗？当然不能，但我们有办法帮你提高通过率，认真学就行",
]


@pytest.mark.parametrize("text", _DENIED_LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_denied_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text


# --- (2) 代办 on bare job names CS-028 did not list --------------------------------------------

_BARE_PROXY = [
    "代办熔化焊，本人不用到场，加v rh_6021",
    "代办起重，免考，微信 qz_7713",
    "高处作业代办，不用考试，私聊",
]


@pytest.mark.parametrize("text", _BARE_PROXY)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_bare_job_proxy_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-028" in _rules(det, text, packs), text


_LAWFUL_PROXY = [
    "代办起重机年检，本人不用到场，资料齐全三天办好",
    "代办起重机械使用登记，不用跑窗口，电话 0531-86002233",
    "代办熔化焊工社保补缴，本人不用去，私聊",
]


@pytest.mark.parametrize("text", _LAWFUL_PROXY)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_proxy_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert _rules(det, text, packs) == set(), text
