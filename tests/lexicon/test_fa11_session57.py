"""Session 57, fa11: lawful text earlier rounds left firing (holdout184 measures it).
Sentences written for this file (not the holdout184 lines, nor the rules' fixtures).

- A school that dares not promise a pass (我们不敢说包过, 不敢打包票包过, 本中心不敢承诺包过) denies
  the promise as 不承诺 does (``context._NEG_NEAR``); a clause end still bounds the denial, so a
  seller's 不敢说别家，我们包过 and 不敢不包过 still fire.
- An office's answer on reissuing or renewing a card with no visit names the applicant (申请人
  无需到场), who sends the card (由发证机关 / 由邮政) or the holder's online application (网上提交
  申请) (``terms/office_no_visit``); the seller's own words (不用考, 交钱, 出证, 加v) still break it.
- A notice sending the holder to take part at the county bureau's designee at the head of a
  clause (到县…指定的培训机构参加复审培训) is the lawful route (``terms/organ_directed``); a school
  naming itself the designee with a promise or a contact still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


@pytest.mark.parametrize(
    "text",
    [
        "架子工证培训我们不敢说包过，按规定学时授课，考核由主管部门组织",
        "本中心不敢承诺包过，登高作业证培训课时足额，开课前可申请退费",
        "制冷证培训不敢打包票包过，学员按时上课认真练习就好",
        "低压电工培训班实话实说：不敢说包过，考试由应急管理局统一安排",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_school_that_dares_not_promise_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "我们不敢说别的学校，架子工证在本校包过，报名电话13612349191",
        "别人不敢包过，我们敢，登高证包过，微信 dg_6262",
        "架子工证别家不敢说，我们敢说：包过，加v jz_7373",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_seller_daring_to_promise_still_fires(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：架子工证丢了，补发需要本人去吗？答：不用到场，交了工本费后就行，新证由发证机关寄送",
        "熔化焊接与热切割作业证补发：申请人不用本人到场，新证由原发证机关快递送达",
        "制冷证遗失补发不用到场，持证人在线提交申请后缴纳工本费，证书邮寄到家",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_office_reissue_answer_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize("packs", [None, DEFAULT, TRAINING, ALL])
def test_fast_service_renewal_is_silent(det, packs: list[str] | None) -> None:
    # the certificates pack alone still surfaces its learned scorer here (ML-CS on 无需本人到场:
    # CS-201 is excused by 换证, which covers nothing); left alone, see docs/lexicon.md round 63
    text = "登高作业证换证实行秒批秒办，申请人无需本人到场，证件由邮政寄递"
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "架子工证补发不用到场，新证由发证机关邮寄，不用考试，加v jz_4545",
        "登高证秒批秒办，申请人不用本人到场，转账就出证",
        "制冷证补办不用本人到场，网上提交申请，付款后直接拿证，微信 zl_9090",
    ],
)
def test_seller_wearing_the_office_answer_still_sells(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "到县应急管理局指定的培训点参加架子工证复审培训，合格后换证",
        "通知：到区应急管理局指定的考试点参加登高证实操考核",
        "到市应急管理局指定的机构参加制冷证复审，携带身份证原件",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_direction_to_take_part_at_designee_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "县应急管理局指定的培训机构参加培训，架子工证包过，加v jz_3131",
        "本中心为区应急管理局指定培训点，参加培训当月拿证，电话13712346464",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_designee_claimed_by_a_school_still_fires(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)
