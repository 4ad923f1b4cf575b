"""Session 65, left39: the writer's own promise right after the rival's is denied (holdout223's
shapes), and the second reading of left38's GP-127 / CS-226.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A seller that names no certificate but answers the rival's denied pass with its own
  (别家哪有包过的？我们百分百包过 / 我们这就是包过 / 我们签合同包过 / 咱们这儿包过, with a contact or a
  call) is a guarantee promise in the training-ads pack; the outbid's 免考的更有 a certificate sale in
  the certificates pack.
- The everyday words that hold 包过 / 稳过 (包过程辅导, 包过期退换, 稳过渡) are no promise in any pack,
  nor a buyer's question that begins with 免考的有.
- The lawful neighbours stay silent with every pack: schools that turn the straw man into a
  refusal, honest limits, victims' warnings, and reports that quote the writer-named pass.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_TRAINING = [TRAINING, ALL]
_CERTS = [CERTS, ALL]

_OWN_PASS = [
    "答：哪有什么包过的呀？我们这里就是百分百包过，私聊 hq7315",
    "问：别家都不敢包过吧？答：我们百分百包过，加v bg_8064",
    "我们这边百分百包过，报名私聊",
    "说包过是坑人的？我们签合同包过，加微 ht_5290",
    "咱们这儿包过，名额有限，vx zz_3318",
    "我这儿百分百稳过，不过全退，私我",
]

_OWN_SKIP = [
    "包过的没有，免考的更有，加v mk_6620",
    "稳过的不敢讲，免考的更有，私聊",
]

_SILENT = [
    "我们包过程辅导，从报名到考试全程跟进，报名电话 0571-87004412",
    "本店包过期退换，生鲜类除外，详情问客服",
    "我们这边稳过渡，老学员课程照常衔接",
    "咱们这边稳过渡一下，下个月恢复正常排课",
    "免考的有哪些科目？想问一下复审的规定",
    "外面说包过的都是坑人的，我们只做正规培训，考试本人参加",
    "答：哪有什么包过的？我们也不包过，只保证课时，报名电话 0571-86210093",
    "法院查明，被告人对外宣称“我们百分百包过”，收取学费三万余元",
    "网友：他们说“我们这就是包过的”，靠谱吗？",
    "班主任：咱们这边不包过，只提供培训，考试必须本人参加",
]


@pytest.mark.parametrize("packs", _TRAINING)
@pytest.mark.parametrize("text", _OWN_PASS)
def test_own_pass_after_rival_denied_is_a_guarantee_promise(
    det, text: str, packs: list[str]
) -> None:
    assert "guarantee_promise" in categories(det, text, packs), rule_ids_no_model(det, text, packs)


@pytest.mark.parametrize("packs", _CERTS)
@pytest.mark.parametrize("text", _OWN_SKIP)
def test_outbid_skip_is_a_certificate_sale(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs), rule_ids_no_model(det, text, packs)


@pytest.mark.parametrize("packs", _PACKS)
@pytest.mark.parametrize("text", _SILENT)
def test_lawful_neighbours_stay_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()
