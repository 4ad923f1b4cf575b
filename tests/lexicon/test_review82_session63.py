"""Session 63, review82: a second reading of review78 (``stance.foiled_sold``, ``_OWN_CLAIM_AFTER``'s
认准 and day readings, ``context._TRUST_GAP``'s traders).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful text firing: a school's 认准本校 before its own route (老老实实培训考试); a victim's answer
  after the fake verdict that tells of the hook it fell for (三天出证) and warns against the contact
  (大家别加; 被骗三千; 拉黑了).
- Sellers missed: the verdict said 不靠谱 / 不可信 / 不是真的 (or the rivals' 外面的都不靠谱) before
  the writer's claim and contact; the day hook behind the writer's own 一般 / 通常 / 大约, after
  包通过 / 保证通过, or counted from the payment (付款后 / 下单后 / 交钱后); 找我们 / 联系我们 / 找我
  before 包过; the trader named by its app (抖音上 / 快手上 / 小红书上).
- Lawful near neighbours of each reading stay silent in every pack combination (the rules only: the
  learned model, not retrained here, is left out).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, WITH_SPECIAL_OR_CERTS, assert_sells, assert_silent

# --- (1) lawful text that fired ---------------------------------------------------------------------

_LAWFUL_FIRING = [
    # a school's own name after 认准, its next clause the lawful route
    "叉车证免考是真的吗？肯定是假的！认准本校，老老实实培训考试，报名电话13812345678",
    "叉车证免考是真的吗？肯定是假的！认准本校，踏踏实实参加培训和考试，报名电话13812345678",
    # a victim's answer: the hook it fell for, then the warning against the contact
    "焊工证免考靠谱吗？绝对是骗人的！我在路边小店买的，三天出证，结果是假证，那家微信abc12345大家别加",
    "焊工证免考靠谱吗？肯定是骗人的！我同事就是信了三天出证，被骗三千，骗子微信abc12345大家小心",
    "焊工证免考是真的吗？肯定是假的！骗子都说三天出证，我被骗了两千，他微信abc12345千万别加",
]


@pytest.mark.parametrize("text", _LAWFUL_FIRING)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_answers_after_the_fake_verdict_are_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)


# --- (2) sellers still missed -----------------------------------------------------------------------

_SELLERS_MISSED = [
    # the verdict said 不靠谱 / 不可信 / 不是真的, or as the rivals' (review78 left the first)
    "电工证免考靠谱吗？当然不靠谱！认准我们，包拿证，加v dg_3131",
    "焊工证免考靠谱吗？肯定不靠谱！认准本店，三天出证，加微 abc12345",
    "电工证免考靠谱吗？当然不靠谱！我们这能办，三天出证，加v dg_3131",
    "叉车证免考可信吗？肯定不可信！认准我们，包拿证，加v dg_3131",
    "叉车证免考是真的吗？不是真的！认准我们，包拿证，加v dg_3131",
    "电工证免考靠谱吗？别家的都不靠谱！认准我们，包拿证，加v dg_3131",
    "叉车证免考靠谱吗？外面的都不靠谱！认准我们，包拿证，V：dg_3131",
    # the day hook behind the writer's own 一般 / 通常 / 大约
    "电工证免考是真的吗？肯定是假的！别家都是骗子，我们这边一般三天出证，加v abc12345",
    "电工证免考是真的吗？肯定是假的！别家都是骗子，我们大约三天出证，加v abc12345",
    "电工证免考是真的吗？假的！我们这一般三天出证，微信 abc12345",
    "电工证免考是真的吗？肯定是假的！本店通常五天出证，加v abc12345",
    # …after the seller's own pass, or counted from the payment
    "焊工证免考是真的吗？肯定是假的！别家都是骗子，我们保证合格，三天出证，加v abc12345",
    "电工证免考是真的吗？肯定是假的！别家都是骗子，我们保证通过，三天出证，加v abc12345",
    "电工证免考是真的吗？肯定是假的！包通过，三天出证，加v abc12345",
    "电工证免考是真的吗？肯定是假的！别家都是骗子，付款后三天出证，加v abc12345",
    "电工证免考是真的吗？肯定是假的！下单后三天出证，加v abc12345",
    "电工证免考是真的吗？肯定是假的！交钱后三天就能拿证，加v abc12345",
    # the call to the writer before its guarantee
    "登高证免考是真的吗？肯定是假的！找我们，包过，加v dg_3131",
    "焊工证免考是真的吗？肯定是假的！联系我们，包过，加v dg_3131",
    "焊工证免考是真的吗？肯定是假的！找我，包拿证，加v dg_3131",
    # the trader named by its app (review78 left 抖音上)
    "别信抖音上的免考电工证，找我们直接拿，加v hg_5151",
    "别信快手上的免考电工证，找我们直接拿，加v hg_5151",
    "别信快手上的免考焊工证，来我们这里办，威❤ hg_5151",
    "别信小红书上的免考叉车证，找我们直接拿，加v hg_5151",
]


@pytest.mark.parametrize("text", _SELLERS_MISSED)
@pytest.mark.parametrize("packs", WITH_SPECIAL_OR_CERTS)
def test_sellers_in_the_foil_shape_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, "certificate_sale", packs)


# --- (3) lawful neighbours that stay silent ----------------------------------------------------------

_LAWFUL_KEPT = [
    # 认准 + the writer's name before the authority's or the exam's own route
    "电工证免考是真的吗？肯定是假的！认准我们官网公布的考点，咨询电话0571-88776655",
    "问：焊工证免考是真的吗？答：肯定是假的！请认准我局官网公布的考点，咨询电话0571-88776655",
    "叉车证免考是真的吗？当然是假的！认准我们学校，考试合格才发证，报名电话13812345678",
    "高处作业证免考是真的吗？当然是假的！认准我校，正规培训，考试合格发证，咨询电话0571-88776655",
    "电工证免考是真的吗？假的！认准官方报名网站，咨询电话0571-88776655",
    # 认准我们 before the exam's rule: read as 认准我 before 们, it fired CS-001 / CS-201 at the start
    # (the training pack's model, not retrained, still reads ML-GP)
    "电工证免考是真的吗？肯定是假的！认准我们，只有考试合格才能拿证，电话13812345678",
    # the days counted from the exam, or the usual wait
    "电工证免考是真的吗？肯定是假的！我们考点只负责组织考试，考试合格后三天出证，咨询电话0571-88776655",
    "电工证免考是真的吗？肯定是假的！我们这里考试合格，三天出证，咨询电话0571-88776655",
    "电工证免考是真的吗？肯定是假的！正规考试通常三个工作日出证，想报名的评论区扣1",
    "电工证免考是真的吗？肯定是假的！考完后一般十个工作日出证，想报名的评论区扣1",
    "电工证免考是真的吗？肯定是假的！我们考点一般考试合格后三天出证，咨询电话0571-88776655",
    "电工证免考是真的吗？肯定是假的！考试合格后，我们一般十个工作日出证，电话13812345678",
    "电工证免考是真的吗？肯定是假的！考试通过的，我们通常七天出证，电话13812345678",
    "电工证免考靠谱吗？肯定不靠谱！考试合格后我们大约三天出证，咨询电话0571-88776655",
    # the writer's limit or the rumour named after its own words
    "叉车证免考是真的吗？不是真的！我们这能办的只有培训报名，电话13812345678",
    "电工证免考是真的吗？不是真的，我们包过的说法是骗子编的，大家别信，电话13812345678",
    "电工证免考可信吗？肯定不可信！找我们报名培训，考试合格才能拿证，电话13812345678",
    # the victim's payment and the contact warned against
    "焊工证免考是真的吗？肯定是假的！我朋友找的那家说付款后三天出证，钱付了人就不见了，微信abc12345拉黑了",
    "电工证免考靠谱吗？当然不靠谱！我就是花了两千块被骗了，骗子微信abc12345大家别加",
    # the verdict said 不靠谱 / 不可信 / 不是真的 before the school's honest limit or the office
    "电工证免考靠谱吗？当然不靠谱！我们学校只负责培训，考试要本人去考点，电话13812345678",
    "焊工证免考靠谱吗？肯定不靠谱！想考证的认准当地应急管理局，咨询电话0571-88776655",
    "叉车证免考可信吗？肯定不可信！我们只能帮你报名培训，考试要本人参加，电话13812345678",
    "叉车证免考是真的吗？不是真的！我们能做的只是培训，报名电话13812345678",
    "电工证免考靠谱吗？外面的都不靠谱！认准官方考点，咨询电话0571-88776655",
    "电工证免考靠谱吗？当然不靠谱！我们也办不了，想考证请拨打0571-88776655",
    # a reporter's quotation of the hook
    "记者：电工证免考是真的吗？民警：当然是假的！嫌疑人称三天出证，微信abc12345，已被刑拘",
    # the app's trader named, then the lawful route
    "别信抖音上的免考电工证，都是骗人的，报名考试请打0571-88776655",
    "别信抖音上的免考电工证，想考证就到当地考点报名，电话0571-88776655",
    "别信快手上的免考焊工证，我们学校只提供培训，考试须本人参加，电话0571-88776655",
]


@pytest.mark.parametrize("text", _LAWFUL_KEPT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)
