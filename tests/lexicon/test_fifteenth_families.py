"""Offers in the families the fourteenth shift still missed, and the lawful or reporting text
beside them (issue 9, fifteenth shift, quality15f).

A renewal errand that never names the certificate (复审 + 替你跑 + 不用回去, with the seller's
call: CS-206); a no-exam certificate told as the writer's own luck (没参加考试就领到了, 没体检就
拿到了) and vouched for (是真的不是假的, 还以为是假的); a blanket exemption (一律免考: 一律 opens
the seller's terms, not a rule's ban); pay after passing (成绩合格再转账, 先考后付款, 没拿证一分不要);
a diploma price list by document with no contact (价目：毕业证…学位证…); a third person's ease
told as proof with the reader sent to the writer (她基本没复习…想跟她一样的加我), the lone failure
excused (剩下那个是缺考) beside the call; 代考 with both halves disguised (带kao); a diploma
boasted to pass the background check (背调完全没问题). A lawful cross-region
renewal, a trademark re-examination agency, a regulator's "一律不得免考", a victim who found the
no-exam certificate fake, a lawful acceptance payment and a class verdict on pay-after claims
(凡是说先考后付的…都是骗…), a learner's class result, and an employer's
background check that caught a fake stay silent.
Every example is in the project's own words and none is a line of holdout36.
"""

from __future__ import annotations

import pytest

from lexicon.gate import polite

ALL = ["special-ops", "training-ads", "certificates"]


def _found(det, text: str, packs: list[str]) -> dict[str, str]:
    return {f.rule_id: f.category for f in det.scan_page(text=text, packs=packs).findings}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("复审到期的师傅找我，一条龙帮你办，人不用回原单位，V：rs_33210", "certificate_sale"),
        ("老证复审我们能帮你搞定，人在外地也能办，电话 136 2222 3344", "certificate_sale"),
        ("焊工证考试一次都没去就到手了，网上能查，要的私信", "certificate_sale"),
        ("教师资格证没参加考试就领到了，我查了是真的，需要的找我", "certificate_sale"),
        ("叉车证一律免考，资料交齐就出证", "certificate_sale"),
        ("中级经济师一律免试，资料齐了就下证，微 jj_7788a", "certificate_sale"),
        ("一建先考后付款，过了再给钱", "guarantee_promise"),
        ("初级会计考试合格后再交学费，考不过不收", "guarantee_promise"),
        ("电工证考出来再转账，没拿到证一分不要", "guarantee_promise"),
        ("报价单：学位证九百，毕业证一千五，成绩单四百", "fake_certificate"),
        ("听老学员讲，她书都没翻也一次过了，想跟她一样的加我 V：kj_55667", "guarantee_promise"),
        ("在我们这学的四十个全拿证了，唯一没过的那个是没来考", "guarantee_promise"),
        ("法考带kao，主观题客观题都能接，联系我", "exam_fraud"),
        ("硕士毕业证做好了，入职背调完全没问题，私聊 v：ss_90210", "fake_certificate"),
        # an enrolment landline spaced out by the evader still counts (咨 询 电 话)
        (
            "本报讯：我校焊工班本月开课，据校方介绍，本期包过，过不了免费重学，"
            "报 名 电 话 0371-6655 4433",
            "guarantee_promise",
        ),
    ],
)
def test_fifteenth_shift_offers_are_found(det, text: str, category: str) -> None:
    assert category in _found(det, text, ALL).values()


@pytest.mark.parametrize(
    "text",
    [
        "跨省干活的工友，复审可以在工作所在地申请，不必回原籍，具体看当地应急局通知",
        "商标驳回复审一条龙代理，不用本人到场，正规律所",
        "应急管理部门提醒：复审必须本人参加培训，帮你跑复审、人不到场的都是骗局",
        "市人社局答复：技能等级证书一律不得免考颁发",
        "我同事的焊工证没去考就拿到了，后来一查是假的，被罚了两千",
        "家具安装验收合格后再付款，不满意可以退",
        "凡是说先考后付款的代考机构，都是骗钱的",
        "证件照收费：一寸二十元，两寸二十五元",
        "我们班三十个人过了二十九个，剩下那个是生病没来，大家都挺努力",
        "室友说她几乎没复习也过了，你也可以试试，加油",
        "单位背景调查发现他学历造假，已被辞退",
    ],
)
def test_fifteenth_shift_lookalikes_stay_silent(det, text: str) -> None:
    assert _found(det, text, ALL) == {}


def test_blanket_and_vouched_warning_words() -> None:
    # 一律 before a no-exam word is the seller's blanket terms; before 不得 it is a rule's ban
    s = "职称证一律免考"
    assert polite(s, s.index("一律"), "一律")
    s = "职称证一律不得免考"
    assert not polite(s, s.index("一律"), "一律")
    # 是假的 after 不 or 以为 vouches; after 一查 it warns
    s = "是真的不是假的"
    assert polite(s, s.index("是假的"), "是假的")
    s = "我还以为是假的"
    assert polite(s, s.index("是假的"), "是假的")
    s = "后来一查是假的"
    assert not polite(s, s.index("是假的"), "是假的")
