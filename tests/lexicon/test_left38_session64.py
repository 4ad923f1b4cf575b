"""Session 64, left38: the writer's own promise with no certificate named (holdout217's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A seller that names no certificate but promises its own pass (我们才是真包过 / 本店包过 / 稳过的有,
  with a contact or a call) is a guarantee promise in the training-ads pack (left37's decision:
  包过 / 稳过 with no certificate named counts there), also when the others' pass is first called a
  scam (the straw man) or the writer's own loss is told first.
- A seller that names no certificate but offers the exam skipped (免考的有 / 真免考 / 不用考的可以安排,
  with a contact) is a certificate sale in the certificates pack.
- The lawful neighbours stay silent with every pack: denials of any pass (包过是不可能的 / 没有包过
  一说), notices, honest schools that turn the straw man into a refusal, victims' warnings, news,
  court findings and regulators' answers that quote the promise.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

_OWN_PASS = [
    "别的机构说包过的都是骗人的，我们这里才是真包过，加v tb_4187",
    "外面包过的没几个真的，我们是真正包过，私聊",
    "包过的没有，稳过的有，需要的私我",
    "老师：能不能过？别担心，我们包过，报名加微 ls_7731",
    "本店包过，名额不多，vx bg_2864",
    "咱们这边稳过，报名私聊",
    "以前在别家报班被骗过，所以我们才做真的包过，私我",
]

_OWN_SKIP = [
    "客服：包过的不接，免考的有，私聊 vx kf_9043",
    "保过的我们不做，不用考的可以安排，加v mk_1178",
    "说能免考的都是骗人的，只有我们这边是真免考，加微 mk_5530",
    "包过的不敢打包票，免考的倒是有，私我",
]

_SILENT = [
    "包过是不可能的，考试靠自己，报名电话 0571-86114420",
    "没有包过一说，我们只管培训，考试须本人参加",
    "谨防包过骗局，收钱包过、免考拿证的都是骗子",
    "包过的没有，稳过的也没有，好好复习才能过",
    "外面说包过的都是骗人的，我们只做正规培训，考试本人参加",
    "说能免考的都是骗子，我们这里必须本人到考点考试",
    "别家说包过都是忽悠，我们不承诺包过，只保证认真教",
    "之前报了个包过班被骗了三千，说是真包过，大家别信",
    "记者调查发现，有机构在群里宣称“我们包过”“免考的有”，收钱后失联",
    "法院查明，被告人以“本店包过、不过全退”为名收取学费两万余元",
    "警方提醒：所谓“真包过”“真免考”都是骗局，考试必须本人参加",
    "问：有人说免考的有，可信吗？答：不存在免考，请通过正规渠道报名",
    "请问现在还有稳过的吗？还是都得自己考",
    "客服：包过的我们不做，免考的也不做，报名后本人参加考试",
]


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _OWN_PASS)
def test_own_pass_no_cert_is_a_guarantee_promise(det, text: str, packs: list[str]) -> None:
    assert_sells(det, text, "guarantee_promise", packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _OWN_SKIP)
def test_own_skip_no_cert_is_a_certificate_sale(det, text: str, packs: list[str]) -> None:
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SILENT)
def test_lawful_neighbours_stay_silent(det, text: str, packs: list[str] | None) -> None:
    assert_silent(det, text, packs)
