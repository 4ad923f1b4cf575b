"""Session 60, fa18: schools' honest words and candidates' own posts read as offers (holdout199's
shapes). Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school that will not vouch for the pass in its own ad (本中心不打包票包过): 不打包票 denies the
  promise right after it, as 不承诺 / 不敢 do (``context._NEG_NEAR``).
- A candidate's own estimate after sitting the exam (考完了，感觉稳过，坐等成绩): the 稳过 / 能过
  after 感觉 / 应该 / 估计, with the exam already sat right before, is the writer's hope, no
  promise (``context._SELF_ESTIMATE``).
- Sellers right next to them (打包票包过, 稳过班 … 坐等出分, 交钱后坐等成绩) still fire.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_SILENT = [
    # a school's own refusal to vouch
    "焊工证培训：我校不打包票包过，考试由应急管理部门组织，咨询电话0755-83216547",
    "高压电工证培训班，本中心不打包票包过，认真学习才能考过",
    # a candidate's estimate after the exam
    "低压电工证实操今天考完了，感觉稳过，坐等成绩",
    "考完登高证理论，题都做过，估计稳过，等出分",
    "二建市政刚考完，自我感觉能过，坐等成绩出来",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", _PACKS)
def test_honest_words_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


_SELLERS = [
    "焊工证培训：我校打包票包过，不过全额退款，咨询电话0755-83216548",
    "低压电工证稳过班，报名后坐等成绩，不过退费，加v dg_7720",
    "登高证考试包过，交钱以后坐等出分，电话13712345678",
    "考完了也不怕，焊工证感觉稳过就行，没过我们包过，加v hg_1290",
]


@pytest.mark.parametrize("text", _SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_sellers_next_to_them_promise(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text
