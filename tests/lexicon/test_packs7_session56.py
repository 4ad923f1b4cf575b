"""Session 56, packs7: the certificates pack on forum, group-chat and headline wording (holdout179
measures it). Sentences written for this file (not the holdout179 lines, nor the rules' fixtures).

- A forum seller's fake testimony: the paper "arrived" for the writer (到手了, 拿到了) and the
  reader is sent on to the same source (需要的朋友加…): the referral breaks FC-205's
  graduate's-own-paper excuse (``unless_broken_for``); a graduate's own news stays silent.
- The verification channel "finds it" in a seller's words (学信网可以查到, 学信网一查就有, 学位网上都能
  看到) and the pass promised before the check (保证通过背调, 稳过入职审核) are forger's claims
  (``terms/forge_claim``); FC-209 still wants a seller's call beside them.
- FC-209's bare 需 (需提供毕业证原件) no longer excuses the buyer the seller calls (需要学历的朋友
  可以找我 … 价格私聊).
- A headline calling one kind of reader (急需职称的看这里) is a weak offer cue (``stance_offer``):
  beside 我们 it makes CS-205's two points; a notice's headline condemning the same promise stays
  silent.
- An office's qualifier on its own no-visit renewal (符合条件的无需本人到场，新证邮寄到家) keeps CS-201
  silent; a seller's own words (不用考, 加v, 下证) still break it.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "实名推荐，这家办的成人本科毕业证三周就到手了，有需要的朋友私聊我给你推",
        "上个月托人弄的学位证书已经拿到了，需要的朋友加我问渠道 v xw_8080",
        "亲身经历，大专毕业证十天就领到了，需要的联系楼主，微 dz_1212",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_testimony_with_referral_sells(det, text: str, packs: list[str]) -> None:
    assert "fake_certificate" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "等了一个暑假，硕士学位证终于到手了，明天回学校拍毕业照",
        "我的毕业证拿到了，学信网一查就有，四年没白读",
        "学院通知：本届毕业生的毕业证已经下来了，请本人携带身份证到教务处领取",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_graduate_own_paper_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "要全日制本科的朋友找我，学信网一查就有，价格私聊 薇 bk_0707",
        "留学硕士学位证，留服网上都能查到，有需要的私我",
        "学历证明 成绩单 都能出 保证通过背调 加v bd_5566",
        "本科毕业证 稳过学历核查 先看样本 微 hy_3030",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_channel_finds_it_or_check_passed_sells(det, text: str, packs: list[str]) -> None:
    assert "fake_certificate" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "应届生入职须知：毕业证需在学信网可以查到，人事部门会统一核查",
        "学信网上能看到的学历才是国家承认的，网上花钱买的学历查不到",
        "背调公司提醒：学历造假者声称保证通过背调，实际一查就露馅",
        "问：我的学位证学信网上可以查到吗？答：2008年以后的学位可在学位网查询",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_channel_named_lawfully_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "需要本科学历的可以找我，统招全日制，学信网上可以查到，价格好商量",
        "需要大专文凭的私我，学信网都能查到，价格可谈",
    ],
)
def test_buyer_called_with_need_sells(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


def test_office_list_with_need_stays_silent(det) -> None:
    text = "报名需提供毕业证原件，学历须在学信网可以查到，请考生提前核对"
    assert not categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "急需高级职称的看这里，材料我们一手包办，评不上不收钱",
        "想评副高的朋友看这里，我们代评，一次评过",
    ],
)
def test_headline_call_on_appraisal_sells(det, text: str) -> None:
    assert "CS-205" in rule_ids(det, text, CERTS)


def test_headline_on_appraisal_notice_stays_silent(det) -> None:
    text = "想评职称的看这里：人社部门提醒，凡称代评包过、评不上不收钱的都是骗局，请本人依规申报"
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "可通过交管12123申请驾驶证期满换证，符合条件的无需本人到场，新证邮寄到家",
        "驾驶证补领可在交管12123上办理，符合条件的无需本人前往车管所，新证邮寄到家",
    ],
)
def test_office_qualified_no_visit_renewal_stays_silent(det, text: str) -> None:
    assert not categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "驾驶证换证 符合条件的无需本人到场 不用考 三天下证 加v jz_4411",
        "健康证 符合条件的直接拿证 免体检 私聊",
    ],
)
def test_qualifier_beside_seller_words_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, CERTS)
