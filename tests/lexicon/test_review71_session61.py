"""Session 61, review71: a second reading of left31 (teachers' yes, the seller's 到手) and review66
(the mocked answer, 忽悠 as a verdict). Sentences written for this file (not from any held-out set,
nor the rules' fixtures).

- A teacher's yes that spares the theory paper but keeps the practical exam (可以，不用考理论，实操
  合格就发证; 只考实操，过了发证): the exam is kept, no skip (``silence._YES_SKIP_BUT``).
- An office's or a reporter's no-visit reissue with its 到手 (网上申请后由窗口邮寄，最快两天到手): the
  office's application words around it, so left31's 到手 does not break ``$office_no_visit``.
- The mocked answer under a Q&A's labels (问：…？答：包过，想都别想) or closed by an exclamation
  (包过！门都没有！) and in its close words (想得美, 想也别想): ``silence._mocked_answer``.
- A seller asking the verdict and answering with its own dare (纯属忽悠？来试试就知道，加v): the
  asked verdict reversed (``stance.REVERSAL_OPENER``).
- Teachers' labels and particles left31 did not read (放心啦, 欧阳老师, 班主任, 助教, 老师回复).
- Sellers using 忽悠 of rivals or of themselves keep firing; the debunks stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


# --- (a) lawful text: silent in every pack ------------------------------------------------------

_LAWFUL = [
    # the teacher keeps the practical exam (left31's label, the clause's exam kept)
    "学员：电工证能直接拿吗？\n老师：可以，不用考理论，实操合格就发证",
    "学员：焊工证能直接拿吗？\n老师：可以，不用考理论，只考实操，过了发证",
    "学员：登高证能直接拿吗？\n老师：可以，不用考理论，实操考核合格就发证",
    "学员：电工证过期能直接续吗？\n老师：放心吧，不用重新考，按时参加复审就行",
    "学员：高压电工证能直接拿吗？\n李老师：不能，必须本人参加考试，考试合格才发证",
    "学员：电工证能不考吗？\n师傅：不用考的那是假证，别信",
    "记者以学员身份问：电工证能直接拿吗？\n对方老师：放心吧，不用考，交钱就发。记者随后向应急管理局核实，该机构无培训资质。",
    "一位受骗学员提供的聊天记录显示，学员：焊工证能直接拿吗？\n老师：可以，不用考，交钱就发。\n付款后对方即将其拉黑。",
    # the office's no-visit reissue with its 到手 (left31's breaker)
    "特种作业操作证换证不用本人到场，网上申请后由窗口邮寄，最快两天到手",
    "市应急管理局推出焊工证补办不见面服务，申请人无需到场，证书由窗口邮寄，两三天到手",
    "记者体验：叉车证换证不用跑腿，网上提交材料，由窗口寄出，三天到手",
    "付款后由窗口邮寄，焊工证三天到手，不用本人到场，这种说法是骗局，请勿相信",
    "窗口工作人员：焊工证办好后由窗口邮寄，三天到手，不用本人来取",
    "电工证复审合格后由窗口统一邮寄，一般三天到手，无需本人到场领取",
    # the mocked answer (review66) in its neighbours
    "问：电工证能包过吗？答：包过，想都别想，必须本人考试",
    "电工证能包过吗？包过！门都没有！",
    "电工证能包过吗？包过，想得美",
    "电工证能包过吗？包过，想也别想",
    "焊工证能包过吗？包过？想都别想",
    "叉车证可以不考直接拿吗？直接拿，想都别想",
    "电工证能不能包过？包过，想都别想。考试是应急管理局组织的",
    "客服：电工证能包过吗？老师：包过，门都没有，考试凭本事",
    # 忽悠 as the verdict (review66)
    "电工证包过？纯属忽悠，别交钱",
    "所谓焊工证包过，都是忽悠人的，考试由应急管理局统一组织",
    "培训机构宣传叉车证包过，全是忽悠，大家别上当",
    "记者调查：所谓电工证包过就是忽悠，交钱后对方失联",
    "焊工证包过？纯属忽悠，试试就知道，交了钱人就找不到了",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- (b) sellers: still caught -------------------------------------------------------------------

_TEACHER_SELLERS = [
    "学员：焊工证能直接拿吗？\n王师傅：可以的，不用考，加v hg_5521",
    "学员：电工证能不考吗？\n赵教练：能，不用去考，一周寄到，微信 dg7741",
    "学员：叉车证能直接拿吗？\n老师：没问题，人不用来，七天到手，vx cc_9912",
    "学员：电工证能直接拿吗？\n李老师：可以哦，不用考，交钱就发，加v lg_3321",
    "学员：焊工证能不考吗？\n张师傅：可以，不用考，但是要先学三个月",
    # labels and particles left31 did not read
    "学员：焊工证不考能拿吗？\n老师：放心啦，不用考，交钱就发，加v hg_1144",
    "学员：电工证能直接拿吗？\n欧阳老师：可以，不用考，交钱就发，加v oy_3321",
    "学员：电工证能直接拿吗？\n班主任：可以，不用考，交钱就发，加v bz_3321",
    "学员：登高证能直接拿吗？\n助教：可以，不用考，交钱就发，加v zj_3321",
    "学员：电工证能直接拿吗？\n老师回复：可以，不用考，交钱就发，加v hf_3321",
]


@pytest.mark.parametrize("text", _TEACHER_SELLERS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_teacher_sellers_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


_PROMISE_SELLERS = [
    "不忽悠，焊工证包过，加v hg_2231",
    "别家忽悠，我们电工证包过，微信 dg_5512",
    "说包过的都是忽悠？我们签合同包过，焊工证加v hg_7781",
    "别人说包过都是忽悠，我们是真包过，登高证微信 dg_9910",
    "人家那是忽悠，咱家电工证是真包过，私我",
    "电工证能包过吗？包过，想都别想挂科，加v dg_2290",
    "电工证能包过吗？包过，别家想都别想，加v dg_7734",
    # the verdict asked, answered with the seller's dare
    "叉车证包过，纯属忽悠？来试试就知道，加v cc_1122",
    "焊工证包过，都是忽悠？试试就知道，加v hg_4410",
    "焊工证包过是骗人的？用结果说话，私我",
]


@pytest.mark.parametrize("text", _PROMISE_SELLERS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_promise_sellers_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


_PAY_THEN_MAIL = [
    "电工证不用本人到场，付钱后由窗口邮寄，三天到手",
    "登高证不用本人到场，交钱后由窗口邮寄，两天到手",
    # the seller applying for the buyer is no office's application
    "不用本人去，我们帮你申请，付钱后由窗口邮寄，焊工证三天到手",
    "高处作业证不用本人到场，付钱后由发证窗口邮寄，五天到手",
    "电工证免考是假的？试试就知道，加v dg_7713",
]


@pytest.mark.parametrize("text", _PAY_THEN_MAIL)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_pay_then_mail_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


# the school's one further round after the fail (GP-104's bounded retraining, as 再学一遍)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_one_more_term_silent(det, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, "店员：不包过，但考不过可以免费再学一期", packs) == set()
    seller = "焊工证不过免费再学一期，直到拿证为止，报名微信 hg_3310"
    assert "guarantee_promise" in categories(det, seller, packs)
