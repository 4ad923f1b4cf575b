"""Session 58, review41: a second reading of left22's and fa12's round-64 changes.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- left22's ``context.steered_warning`` lifts the lexicon's 切勿 where the writer offers itself after
  naming a middleman; it did so for lawful writers too (a school's 来我们这里的学员都是自己考下来的,
  an office's 我们直接受理个人报名, a 我们直接告诉你：……是假的): the writer's counter now has to sell
  in its line (a contact or a seller's call, ``SellerLine.sells``). Sellers naming the middleman
  with 去 / 到 / 委托 or offering themselves as 源头 / 自己就能办 / 加我 are read as left22's are.
- left22's ``silence._doubt_denied_around``: the writer's 是骗局吗 answered by a bare 不是的, by
  放心不是骗局, after 会不会是骗局 / 是骗人的吗, or in a customer's name (我去年就是在这办的, 好多客户,
  上千人) is the seller's hook too; a victim's or a regulator's answer stays a warning.
- left22's ``silence._RIVAL_BEFORE`` / ``_OWN_REAL_AFTER``: the rival named as 网上那些 / 其他机构 /
  中介, and the writer's real skip as 只有我们是真免考 / 我们是真免考 / 我们的才是真的，免考直接拿;
  a school's 我们才是真正的考点 keeps the warning.
- fa12's SS-001 exception (考试由 / 考核由 + the organ) held for a school that names itself the
  designee right after the organ (考试由市应急管理局指定的我校统一组织): it fired before fa12 and
  fires again. Notices in other shapes (考试将由, 由我市, 由郑州市, 复审由, 考核工作由 …) are excused
  as fa12's are, still only standing before the organ in its clause.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]

# --- left22's 切勿 reading: lawful writers who name a middleman and then themselves -------------

_STEERED_LAWFUL = [
    "切勿通过中介办理免考电工证，来我们这里的学员都是自己考下来的",
    "切勿找中介办理免考焊工证，我们直接告诉你：这种证网上查不到，是假的",
    "切勿通过中介办理免考电工证，选我们驾校学技术才是正道",
    "切勿通过中介办理免考电工证，我们直接对接的是应急局的报名系统，请本人报名",
    "切勿找中介办理免考登高证，我们直接受理个人报名，不收中介费",
    "切勿通过中介办理免考电工证，来我们窗口本人申请即可",
    "切勿找中介买免考焊工证，找我们也买不到，只能老老实实去考",
    "切勿通过中介办理免考电工证，我们价格公道，学费透明，咨询0371-66889900",
]


@pytest.mark.parametrize("text", _STEERED_LAWFUL)
@pytest.mark.parametrize("packs", EVERY)
def test_lawful_writer_after_a_warned_middleman_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


_STEERED_SELLERS = [
    "切勿去中介那里办理免考电工证，来我们这里价格低一半，v信 dg_1234",
    "切勿到中介处办理免考焊工证，找我们便宜一半，电话13512349876",
    "切勿委托中介办理免考登高证，找本店，微信 dg_4321",
    "切勿通过中介办理免考电工证，我们就是源头，电话13512349876",
    "切勿通过中介办理免考焊工证，本店源头直出，v hg_5503",
    "切勿通过中介办理免考架子工证，我们自己就能办，电话13512349876",
    "切勿通过中介办理免考电工证，想办的直接加我，v dg_1234",
]


@pytest.mark.parametrize("text", _STEERED_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_seller_after_a_warned_middleman_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


# --- left22's own fraud question denied ------------------------------------------------------

_DOUBT_SELLERS = [
    "电工证免考是骗局吗？不是骗局，我去年就是在这办的，加v dg_8877",
    "焊工证不用考是骗局吗？不是骗局，我朋友在这拿的证，加v hg_8877",
    "登高证直接拿证是骗局吗？不是骗局，好多客户都拿证了，加v dg_7781",
    "电工证免考是骗局吗？放心不是骗局，学员都拿到证了，加v dg_7781",
    "登高证免考是骗局吗？不是的，我们办了十年了，加v dg_6612",
    "电工证免考会不会是骗局？不是骗局，我们办了十年了，加v dg_7781",
    "焊工证免考是骗人的吗？不是骗人的，我们办了十年了，加v hg_7781",
    "电工证免考靠谱吗？不是骗子，已有上千人拿证，加v dg_7781",
]


@pytest.mark.parametrize("text", _DOUBT_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_own_fraud_question_denied_in_a_customers_name_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_DOUBT_LAWFUL = [
    "记者问对方：电工证免考是骗局吗？对方答：当然不是骗局，我们已经办了好几年",
    "问：网上说焊工证不用考是不是骗局？答：是的，这就是骗局，我们提醒广大群众通过正规途径报考",
    "电工证免考是骗局吗？不是骗局是什么，我去年就在这被骗了两千",
    "焊工证免考会不会是骗局？会的，我们已经接到多起举报",
    "登高证免考是骗局吗？不是的话怎么会查不到，我们劝大家别信",
]


@pytest.mark.parametrize("text", _DOUBT_LAWFUL)
@pytest.mark.parametrize("packs", EVERY)
def test_fraud_question_answered_by_a_victim_or_regulator_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- left22's rival called fake --------------------------------------------------------------

_RIVAL_SELLERS = [
    "叉车证，别家免考都是骗人的，只有我们是真免考，加v cc_1234",
    "电工证，别家免考都是假的，我们这是真的免考，加v dg_1234",
    "焊工证，别家免考是假的，我们是真免考，加v hg_1234",
    "叉车证，别家免考是假的，我们的才是真的，免考直接拿，加v cc_1234",
    "电工证，网上那些免考都是假的，我们才是真免考，加v dg_1234",
    "焊工证，其他机构的免考都是假的，我们才是真免考，加v hg_1234",
    "登高证，中介的免考都是假的，我们才是真免考，加v dg_1234",
]


@pytest.mark.parametrize("text", _RIVAL_SELLERS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_rival_called_fake_then_own_real_skip_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_RIVAL_LAWFUL = [
    "网上那些免考电工证都是假的，我们才是真正的考点，要参加培训考试",
    "中介的免考焊工证都是假的，我们是真金白银被骗了三千块",
    "消费者反映，其他机构说免考的都是假的，商家称我们才是真免考，结果拿到的证查不到",
]


@pytest.mark.parametrize("text", _RIVAL_LAWFUL)
@pytest.mark.parametrize("packs", EVERY)
def test_rival_called_fake_by_a_school_victim_or_report_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


# --- fa12's SS-001 exception ------------------------------------------------------------------

_SELF_DESIGNEE = [
    "考核由市应急管理局授权我校组织，报名电话13812345678",
    "考试由县应急管理局指定我们培训中心承办，名额有限，报名电话13812345678",
    "考试由市应急管理局指定本中心统一安排，报名从速，咨询13812345678",
    "焊工考试由市应急管理局指定的我校统一组织，欢迎报名",
]


@pytest.mark.parametrize("text", _SELF_DESIGNEE)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_school_naming_itself_the_designee_after_the_organ_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert "SS-001" in rule_ids(det, text, packs)


_NOTICES = [
    "本次考试将由市应急管理局指定的考点统一组织，请考生按时参加",
    "本期电工作业考试由我市应急管理局指定的考点组织实施，请考生携带身份证按时参加",
    "焊接作业考试由郑州市应急管理局指定的考试点统一组织，请考生按时到场",
    "复审考核工作由县应急管理局指定的考核机构承担，请持证人按时参加",
    "本批复审由市应急管理局指定的机构组织，请持证人按时参加",
    "理论考试都由区应急管理局指定考场组织，请考生提前签到",
    "考试由黔东南州应急管理局指定考点统一组织，请考生按时参加",
    "考核将由市应急管理局指定考点统一组织，请学员按时参加",
    "登高作业考试由市应急管理局指定的考点统一组织，本中心学员请按时参加",
]


@pytest.mark.parametrize("text", _NOTICES)
@pytest.mark.parametrize("packs", EVERY)
def test_exam_arrangement_notice_in_other_shapes_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "state_symbol_misuse" not in categories(det, text, packs)


_BADGE_THEN_EXAM = [
    # the badge first, the exam held by the writer after it
    "市应急管理局指定考点，考试由考点统一安排，报名电话13812345678",
    "本中心是县应急管理局授权考点，考核由本中心组织，电话13812345678",
    # a notice's shape with the seller's promise
    "考试将由市应急管理局指定考点统一组织，报我们班包过，加v kd_3141",
]


@pytest.mark.parametrize("text", _BADGE_THEN_EXAM)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_badge_before_the_exam_or_a_promise_still_fires(det, text: str, packs: list[str]) -> None:
    assert "SS-001" in rule_ids(det, text, packs)
