"""Session 50, left5: leftovers of round 44. Sentences written for this file (not the
holdout155 lines).

- The words that keep the learned scorer off a sentence a rule excused (``unless_covers``) are
  keyed by rule: CS-201's and FC-205's 签证 clear a visa agency's material list, while CS-203's
  签证 in a forger's list (办 身份证 驾驶证 签证 …) still leaves it to the model; a forger's
  likeness boast or a visa dealer's promise beside CS-201's 签证 takes the cover back.
- A trader's refusal of one trade word, then its own promise after the comma (不搞代办，包过拿证),
  is a seller's reassurance, not a refusal of everything (context).
- The rhetorical hook …也能拿吗？ followed by the writer calling the readers who do not know to
  ask it (不清楚的直接私我) is a seller's question, not the warning 拿吗 (silence).
- A shopkeeper telling of the requests it turns down (总有人让我刻…，多少钱都不接) is a story, not an
  offer (stance._APPROACHED).
- A business licence with a forger's guarantees (名字随你起, 扫码出信息, 跟真的一样) is a forged
  licence (FC-253); a licence agent's registration and a guide stay out of it.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids

# --- detector._unless_covers: per rule ---


def test_covers_are_keyed_by_rule(det) -> None:
    assert ("CS-201", "unless:签证") in det._unless_covers
    assert ("FC-205", "unless:签证") in det._unless_covers
    # CS-203 excuses a forger's list with 签证 for its own combination only
    assert ("CS-203", "unless:签证") not in det._unless_covers


@pytest.mark.parametrize(
    "text",
    [
        "英国签证代办，客户请备好护照 身份证 户口本 工作证明，电话 136 1122 3344",
        "读研签证所需材料：护照 身份证 录取通知书 资金证明，私信咨询",
    ],
)
def test_a_visa_agencys_material_list_stays_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # CS-203's 签证 excuse does not cover the sentence: the model still reads the forger
        "办 户口本 驾驶证 签证 身份证 逼真 加微 bz_8642",
        # CS-201's cover is taken back by the likeness boast and the visa dealer's promise
        "代办 户口本 驾驶证 签证 逼真 加v bz_9753",
        "签证 各国都能做 不用本人面签 包出签 微信 vs_8899",
    ],
)
def test_a_forgers_list_with_a_visa_word_is_still_flagged(det, text: str) -> None:
    assert categories(det, text, ALL)


# --- a refusal of one trade word, then the promise ---


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("不搞代办，包过拿证 微信 bg_2468", "GP-001"),
        ("不走代办，免考直接拿证 加v mk_7788", "CS-001"),
    ],
)
def test_one_trade_word_refused_then_the_promise_is_an_offer(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, None)


@pytest.mark.parametrize(
    "text",
    [
        "本校不做代办，不包过，学员须按时参加培训考试 电话 0571-8888 1234",
        "不做代办，包过拿证的说法都是骗人的",
        "本站不提供代办，代考包过，请勿轻信",
    ],
)
def test_a_schools_refusal_and_a_warning_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


# --- the rhetorical 拿吗 answered by the writer's call ---


def test_the_rhetorical_hook_with_the_writers_call_fires(det) -> None:
    text = "叉车证不去考场也能拿吗？不清楚的直接私我 微信 cc_2020"
    assert "CS-001" in rule_ids(det, text, None)


@pytest.mark.parametrize(
    "text",
    [
        "叉车证不去考场也能拿吗？不懂的请咨询当地应急管理部门",
        "电工证不考试也能拿吗？当然不能，都是骗局",
    ],
)
def test_the_warning_question_stays_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


# --- the shopkeeper's story of refused requests ---


@pytest.mark.parametrize(
    "text",
    [
        "干刻章这行二十年，总有人让我刻个没备案的章，多少钱都不接",
        "有个客人想让我帮他做个假执照，我直接回绝了，这种事不能干",
        "做了十年印章，常有人问能不能仿个合同章，我都说不行",
    ],
)
def test_a_seal_shops_story_of_refusals_stays_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


def test_a_seal_shop_carving_without_a_licence_still_fires(det) -> None:
    text = "不要执照也能刻章，公章合同章都有，老板微信 kz_7531"
    assert "FC-204" in rule_ids(det, text, ALL)


# --- FC-253: the licence forger told from the licence agent ---


@pytest.mark.parametrize(
    "text",
    [
        "营业执照 能做 公司名字随便起 扫码出信息 微信 yy_8642",
        "执照正副本 名称你定 跟真的一样 私聊",
    ],
)
def test_a_licence_with_forgery_guarantees_fires(det, text: str) -> None:
    assert "FC-253" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "营业执照代办，公司名称需先核名，通过后提交材料，一周左右下照，电话 137 1357 2468",
        "个体户营业执照注册代办，带身份证和经营场所证明来店里办理，微信 gt_1357",
        "怎么辨别营业执照真假？别看扫码出信息，要到公示系统核对登记信息",
    ],
)
def test_a_licence_agent_and_a_guide_do_not_fire_fc253(det, text: str) -> None:
    assert "FC-253" not in rule_ids(det, text, ALL)
