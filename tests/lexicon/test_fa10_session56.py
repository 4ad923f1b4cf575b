"""Session 56, fa10: lawful text that fired, left by round 61's helpers (holdout181 measures it).
Sentences written for this file (not the holdout181 lines, nor the rules' fixtures).

- An office's own condition or step on its online renewal or reissue of a special-operations
  certificate (符合条件的无需本人到场, 审核通过后新证邮寄到家, 经审核…免于到场, 不见面审批) excuses
  CS-001 and CS-201 (``terms/office_no_visit``): the office's 无需本人 no longer breaks the
  excuse, only the seller's own words (不用考, 代办, 交钱, 付款, 加v, 出证) do.
- A regulator directing holders, firms and township bodies to the county or district bureau's
  designee (持证人员到区…指定的培训点, 须到县…, 提交至县…, 或县…) is the lawful route for SS-001 /
  SS-101 / SS-201 (``terms/organ_directed``); 拿到县…认证的证 and a school naming itself the
  designee still fire.
- A lawful school's refund terms bounded by the course's start or by days after paying (开课前可
  申请全额退款, 缴费后七天内未上课可退, 开课后不退) are no claim for the learned model's pass
  promise (``gate._OPT_OUT``); a refund on failing the exam beside them is still one.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


@pytest.mark.parametrize(
    "text",
    [
        "熔化焊接与热切割作业证复审已开通网上申请渠道，符合条件的不需要本人到场，新证由快递寄送",
        "熔化焊接与热切割作业证到期复审，可登录省政务服务平台申报，审核通过后新证邮寄到家",
        "低压电工证补发实行不见面审批，持证人无需本人到窗口，补发证件快递送达",
        "架子工操作证复审可网上申请，经审核无违章记录的，免于到场，证书寄到单位",
        "问：登高架设作业证复审还要跑一趟吗？答：在政务网提交即可，符合条件的无需本人到场，新证邮寄",
        "复审申请经审核符合延期条件的，持证人不必到场，新证书快递到家",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_office_no_visit_renewal_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("焊工证复审符合条件的无需本人到场，不用考，直接拿证，加v hg_5151", "CS-001"),
        ("电工证复审审核通过后邮寄到家，本人不用去，交钱就行，三天出证", "CS-001"),
        ("高压电工证不见面审批，不用培训不用考，付款后邮寄到家", "CS-001"),
        ("登高证复审免于到场，我们全程代办，微信 dg_7788", "CS-001"),
        ("电工证复审符合延期条件的不必到场，付款就能邮寄新证，不用培训", "CS-001"),
    ],
)
def test_seller_wearing_the_office_words_still_sells(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, DEFAULT)
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证复审符合条件的无需本人到场，不用考，直接拿证，加v hg_5151",
        "登高证复审免于到场，我们全程代办，微信 dg_7788",
    ],
)
def test_certificates_pack_still_reads_the_seller(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "请各单位安排持证人员到区应急管理局指定的培训点参加复审",
        "复审时持证人须到县应急管理局指定的考试点参加考核",
        "各街道安监办应统一到市应急管理局指定的机构报名",
        "申请材料可提交至县应急管理局指定的政务窗口",
        "可在乡便民服务站或县应急管理局指定的窗口递交复审申请表",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_direction_to_county_designee_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "拿到县应急管理局认证的证书，包过，电话13612340000",
        "学员到县应急管理局指定的考点考试，包过，加v ks_3030",
        "本校是区应急管理局指定培训机构，焊工证保过，微信 zx_2020",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_designee_claimed_by_a_school_still_fires(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "二建精讲班学费四千八，开课前可申请全额退款，开课后不退",
        "考研英语班学费三千，缴费后七天内未上课可全额退费",
        "教资面试班学费两千，未开课的可以全额退费，本机构不承诺考试结果",
        "驾考理论课学费一千，首次上课前可退款",
    ],
)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_school_refund_terms_are_no_promise(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "公考笔试班学费两万，考不过全额退费，开课前报名优惠",
        "一建保过班，开课前可退，没过也退全款，咨询13912345678",
        "教资协议班，报名后七天内可退，考试不过退一半学费",
    ],
)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_refund_on_failing_beside_the_terms_still_fires(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


def test_refund_window_leaves_the_bare_refund_a_claim() -> None:
    """The refund-window spans cover only the window's own 退: a 退 outside them is a claim."""
    import re

    from lexicon.gate import _claim_word

    claim = re.compile("退|过")
    s = "开课前可全额退费，考不过退一半"
    assert _claim_word(claim, s, 0, len(s)) == "过"
    s2 = "开课前可全额退费，开课后不退"
    assert _claim_word(claim, s2, 0, len(s2)) is None
