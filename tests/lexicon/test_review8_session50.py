"""Session 50, review8: a second reading of round 45's lexicon code. Sentences written for this
file.

- ``detector._covers`` read a rule's cover breakers (``unless_covers_broken_by``: 包出签, 一比一 …)
  in the raw page, while the rule's exception was read in the normalized text: a visa dealer
  writing in traditional characters or spacing the promise out (簽證代辦 包出簽; 包 出 签) kept the learned
  scorer off its sentence, where the simplified line is flagged.
- ``silence._listed_on`` took a service word ending in 证 (使馆认证, 学历公证) written after a visa
  agency's 护照签证 for the next paper of a forger's list: the agency's own errands fired FC-201.
- ``stance._DENY_TAKEN_BACK`` took a shop's refusal for a taken-back one when its take-back word
  was itself refused (不出证, 拿不到证) or was the shop's reassurance of its refusal (放心 我们不做…):
  a photo studio saying no to a diploma fired FC-203 / FC-205.
- ``stance._CHAT_ROUTE`` took the seller's skip of the route (不用培训, 免培训, 不用上课) for a
  school naming it: the yes of a chat whose later turn quotes the price lost the shop's voice.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids

# --- detector._covers: breakers read in the normalized text ---


@pytest.mark.parametrize(
    ("written", "simplified"),
    [
        ("簽證代辦 包出簽 微信 qz_4711", "签证代办 包出签 微信 qz_4711"),
        ("簽證代辦 包過簽 電話 139 2211 4477", "签证代办 包过签 电话 139 2211 4477"),
        ("簽證代辦 防偽 加v qz_8012", "签证代办 防伪 加v qz_8012"),
        ("签证代办 包 出 签 加v qz_6150", "签证代办 包出签 加v qz_6150"),
    ],
)
def test_a_cover_breaker_in_traditional_or_spaced_takes_the_cover_back(
    det, written: str, simplified: str
) -> None:
    # the simplified line is flagged (by the learned scorer); its other spelling is read the same
    assert categories(det, simplified, ALL) == {"certificate_sale"}
    assert categories(det, written, ALL) == {"certificate_sale"}


@pytest.mark.parametrize(
    "text",
    [
        "簽證代辦，請準備護照 身份證 戶口本，電話 0755-2345 6789",
        "签证代办，客户准备护照 身份证，电话 0755-2345 6789",
    ],
)
def test_a_visa_agency_in_traditional_stays_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


# --- silence._listed_on: an agency's service word is no paper of a list ---


@pytest.mark.parametrize(
    "text",
    [
        "专业做护照签证 使馆认证 学历公证 电话 0571-8765 4321",
        "专门做护照签证 外交部认证 预约电话 0571-8765 4321",
        "专业做护照签证 领事认证 合同公证 地址 西湖区文三路",
    ],
)
def test_a_visa_agencys_attestation_errand_is_no_listed_paper(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "专业做护照 签证 驾照 身份证 加v bz_3141",
        "专业做护照签证 户口本 结婚证 加v bz_2718",
    ],
)
def test_a_forgers_list_after_the_travel_words_still_fires(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, ALL)


# --- stance._DENY_TAKEN_BACK: a refused or reassuring word takes nothing back ---


@pytest.mark.parametrize(
    "text",
    [
        "顾客：你们能做毕业证吗 客服：不好意思 本店拍证件照 不做任何证件 也不出证 电话 0571-8123 4567",
        "顾客：你们做学位证吗\n客服：不能的亲 放心 我们只做证件照冲印 电话 0571-8123 4567",
        "顾客：你们做学位证吗\n客服：不好意思 本店只做证件照冲印 不下证 电话 0571-8123 4567",
    ],
)
def test_a_shops_refusal_with_a_refused_take_back_word_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "顾客：能做本科毕业证吗\n客服：不好意思 明面上不能做 私下可以 学信网可查 加v xl_2046",
        "顾客：能办学位证吗\n客服：不能的亲 开玩笑 包拿证 放心用 加v xl_3091",
    ],
)
def test_a_refusal_taken_back_still_fires(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


# --- stance._CHAT_ROUTE: the route skipped is no route named ---


@pytest.mark.parametrize(
    "skip",
    ["不用培训", "免培训", "不用来上课", "无需报名"],
)
def test_a_yes_that_skips_the_route_keeps_the_shops_voice(det, skip: str) -> None:
    text = f"买家：叉车证能不去考试吗\n客服：可以的 {skip}\n买家：怎么收费\n客服：六百 先付定金 出证付尾款"
    assert {"CS-001", "CS-201"} <= rule_ids(det, text, ALL)


def test_a_yes_that_names_the_route_stays_the_schools(det) -> None:
    text = "买家：叉车证能不去考试吗\n客服：可以先报名 参加培训 考试合格后发证\n买家：怎么收费\n客服：六百 先付定金 开课付尾款"
    assert not rule_ids(det, text, ALL) & {"CS-001", "CS-201"}
