"""Session 67, fa30: the largest clusters of lawful lines still firing in the project's own sets.

Sentences written for this file (not copied from any set, nor from the rules' fixtures): the lawful
lines are my own same-shape twins of the clusters, the sellers are the same surface with the
seller's words in it.

- A job post that skips its own hiring exam and asks for the card, with the employer's labelled
  mobile (电话 / 手机 / 联系电话 138…): CS-001 / CS-201 read the mobile as the seller's private call
  (fa27's ``silence._hiring_told`` read it so). A WeChat or QQ id, or the seller's words (办, 没证,
  出证, 交钱), still break it.
- An agency that files the renewal's papers while the holder still attends the renewal training
  (代办…复审资料，本人须参加复训; 学员培训学时照常参加): the 代办 is the paperwork, the training is kept.
  The agency that waives the training, or adds a seller's terms or chat, still fires.
- The renewal that alone may skip the exam, said after a condition (复审满足条件的可以免考，初领证必须
  考试): the contrast ``silence._renewal_told`` reads, with the condition between the renewal and its
  waiver. The seller who waives the first exam too still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Lawful job posts with the employer's labelled mobile: silent in every pack.
_JOBS = [
    "物流公司招叉车工，不用考试，持有叉车证的优先录用，联系电话 13758002233",
    "小区物业招水电工，免笔试，有低压电工证者优先，手机 15157003344",
    "汽修厂招维修电工，不用考试直接上岗，有证优先，电话 13906581234",
    "厂里招电焊工两名，不需要考试，有焊工证的优先，待遇面议，电话 18867002211",
    "五金厂招普工，不用考试，有电工正的优先，电话 18867002211",
]

#: Sellers in the same job-post shape: still found by CS-001 in the special-operations runs.
_JOB_SELLERS = [
    "招电工，不用考试，有证优先，没证的我们帮你办，电话 13857120846",
    "招叉车工，不用考试，有证优先，没证的三天出证，手机 15157003344",
    "招焊工，不用考试，有焊工证的优先，加v hg_5521",
    "汽修厂招维修电工，不用考试直接上岗，有证优先，交钱就给证，电话 13906581234",
]

#: Renewal agencies that keep the training: silent in every pack.
_AGENCIES = [
    "代办叉车证复审的资料提交，本人须参加复训，咨询电话 0571-85550123",
    "本站代办电工证复审申报，学员照常参加培训学时，电话 0571-85550456",
    "代办焊工证复审材料整理和网上提交，持证人须参加复审培训，电话 0574-86001122",
]

#: Agencies that skip the training or sell around it: still found.
_AGENCY_SELLERS = [
    "代办焊工证复审，不用参加复训，三天拿证，电话 0571-85550123",
    "代办电工证复审，本人须参加复训？不用，交钱直接拿，加微 dg_3301",
    "代办叉车证复审，本人须参加复训的我们也能免，私聊",
]

#: The renewal alone spared the exam, after a condition: silent in every pack.
_RENEWALS = [
    "能不能免考？复审满足条件的可以免考，初领证必须考试，咨询电话 0571-85550789",
    "复审符合条件的可以不用考，初次领证一定要参加考试，电话 0574-86003344",
    "听说叉车证可以免考？错，能免考的只有复审，初次领证都得考，报名电话 0574-86005566",
]

#: Sellers waiving the first exam too: still found.
_RENEWAL_SELLERS = [
    "复审满足条件的可以免考，初领证也能免考，加v dg_7782",
    "焊工证免考，初领证也不用考，三天出证，私聊",
    "叉车证能免考吗？能免考的只有复审，不过初证我们也能办，加v cc_4410",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _JOBS + _AGENCIES + _RENEWALS)
def test_lawful_twin_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _JOB_SELLERS + _AGENCY_SELLERS + _RENEWAL_SELLERS)
def test_seller_of_same_surface_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert_sells(det, text, "certificate_sale", packs)
