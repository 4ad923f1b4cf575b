"""Session 56, left19 (round 62): sellers round 61's helpers found silent. Sentences written for
this file, apart from holdout180.

- A denied term no longer keeps the partner the combination search gave it: in 电工证不包过，不过
  交了全款的考不过全额退款 the certificate paired with the denied 包过 and the refund on a failed
  exam after it never met a partner of its own. ``Detector._fire`` searches once more without the
  negated matches (``_judge`` hands them back); a lawful refund before class after the denial
  (开课前退出的全额退款) has no promise to pair and stays silent.
- A school's disclaimer (不保证通过) covers no refund on a failed exam it turns to after 不过 / 但 /
  只是 (``silence._FAIL_REFUND_TURN``); a make-up exam, a refund before class or a fee kept after
  the disclaimer stays covered.
- The seller's wager on its own word (包过，骗人的话全额退款; 是假的话退双倍) is no warning
  (``silence._lie_wager``); a notice calling 包过 骗人 and a victim's retelling keep theirs.
- 通报 made of 打通 / 沟通 and 报名 / 报考 once spaces are removed is no notice
  (``gate._SPLIT_ACROSS`` in ``gate.polite``, read by the rules' and the model's warnings alike);
  a notice's 通报 before its object keeps warning.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "电工证不包过，不过交了全款的学员考不过全额退款，加微 dg_px66",
        "焊工证我们不包过，但是报冲刺班的没考过退全款，电话 135 7788 2211",
        "登高证不包过哈，只是签了协议的考不过退费，v：dgz_2027",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_refund_on_fail_after_a_denied_pass_fires(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "电工证不包过，不过开课前退出的全额退款，电话 0531-66554433",
        "焊工证我们不包过，报名后三天内没上课的可以全额退款",
        "叉车证不包过，考不过的需要自己交补考费再考",
        "登高证不包过，考不过也不退费，请想清楚再报名",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_denied_pass_with_lawful_terms_stays_silent(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证培训不保证通过，不过报了冲刺班的考试没通过全额退费",
        "电工证不保证一次通过，但是没考过的学费全部退还，报名电话 186 2233 4455",
        "制冷证我们不保证通过，只是考试不通过的如数退还学费",
    ],
)
def test_refund_on_fail_after_a_disclaimer_fires(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证培训不保证通过，不过考试不通过的可以免费补考一次",
        "电工证不保证一次通过，但开课前申请退费的全额退还",
        "制冷证我们不保证通过，考试不通过的学费不退，请认真复习",
        "本校不保证通过，考试由应急管理部门组织，没通过的按规定自行申请补考",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_disclaimer_without_refund_on_fail_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "电工证包过，骗人的话学费全退，正规机构 电话 137 6655 4433",
        "焊工证一次拿证，要是骗人双倍赔偿学费，v：hg_zhengui",
        "叉车证保证拿证，说的是假的话全额退款，加微 cc_2027",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_lie_wager_is_no_warning(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "电工证包过是骗人的，考不过根本不退钱，大家报名要找正规学校",
        "提醒：说焊工证包过的都是骗人的，骗人全额退款只是话术，请勿转账",
        "我朋友说叉车证包过，骗人的话全额退款，结果交了钱就被拉黑了，别上当",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_lie_called_out_keeps_warning(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "考研复试 导师那边我们帮你打通 报名私聊 名额有限",
        "事业单位 面试 关系我们来打通 报考的私聊",
    ],
)
def test_split_tongbao_is_no_notice(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "教育考试院通报：三名考生复试作弊，取消录取资格",
        "市应急管理局通报批评两家宣称包过的焊工证培训机构",
        "关于打通报名渠道的通知：即日起可在政务网报名特种作业考试",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_notice_tongbao_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)
