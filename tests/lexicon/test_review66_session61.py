"""Session 61, review66: a second reading of round 70's fa18 (schools' 不打包票, candidates' own
稳过 after the exam) and left30 (the straw man answered with the bare pledge, 包拿 on the bare
trade, 82 catalogue job names). Sentences written for this file (not from any held-out set, the
rules' fixtures or the corpus).

- Errands on a bare trade (代办焊工社保, 代办电工 焊工体检, 代办电工 with 不用到场 in news, questions
  and warnings) stay silent; the seller's bare 代办焊工 is still missed (left alone, see below).
- The straw-man answer judged in the next clause (包过，纯属忽悠 / 想都别想 / 门都没有): lawful.
- Lawful lines naming the 82 new jobs (job ads, exam notices, news, court findings, a worker's
  question) stay silent; sellers of the same jobs fire.
- Candidates' own hopes after the exam stay silent; a seller's 考了几次没过？…稳过 fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    TRAINING,
    categories,
    rule_ids,
    rule_ids_no_model,
)

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


# --- (1) the bare trade sold with 代办 ---------------------------------------------------------

# The bare trade sold with 代办 (代办焊工，不用到场，微信 …; 焊工代办，不用考; 代办司炉 免考) is still
# silent: taking 代办 into CS-006 with the trade inside a named paper kept out (低压电工证) cost
# CS-006's certificate_sale on sixteen project lines where the paper is named (叉车证绝非假证，不用本
# 人到场考试，官网可查), so it was taken back (see the round's notes). Only the lawful side is fixed
# here, as it stands.


_ERRAND_LAWFUL = [
    "我表哥找人代办电工，说不用到场，结果拿到的是假证",
    "警方通报：嫌疑人以代办焊工、不用考试为名骗取钱财，已被刑拘",
    "问：能代办焊工吗？不用到场那种。答：不能，必须本人培训考试",
    "本店代办电工 焊工体检，不用到场排队，电话 13800002222",
    "网上说代办电工不用考试，这是真的吗？",
    "凡是声称代办焊工、免考拿证的都是骗子，请勿相信",
    # the errand's object named right after the trade: insurance, a licence
    "代办焊工社保，本人不用到场，电话 13800003333",
    "代办电工个体户营业执照，不用到场，全程网办，电话 0571-88990011",
]


@pytest.mark.parametrize("text", _ERRAND_LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_bare_trade_errand_lawful(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


def test_trade_inside_a_named_paper_is_no_bare_trade(det) -> None:  # type: ignore[no-untyped-def]
    """低压电工证 代办: the paper is named, CS-001 reads it; CS-006 (the bare trade) makes no
    candidate, so an official host's page is silent for that one reason only."""
    text = "低压电工证包过 代办 不用考试"
    res = det.scan_page(text=text, url="http://yjj.example.gov.cn/1")
    assert res.findings == []
    assert {s.reason for s in res.suppressed} == {"official_host"}
    assert "CS-006" not in rule_ids_no_model(det, text, DEFAULT)
    assert "CS-001" in rule_ids_no_model(det, text, DEFAULT)


# --- (2) the straw-man answer judged in the next clause ---------------------------------------

_JUDGED_ANSWER = [
    "焊工证能不能包过？包过，想都别想，考试是应急管理局组织的",
    "电工证可以包过吗？包过，纯属忽悠，大家别交钱",
    "电工证不包过？包过，门都没有，全凭自己考",
    "叉车证不包过？包过，不存在的，全凭自己考",
    "登高证不包过？包过。这种说法不可信，考试全国统一",
    "网友爆料：客服说“电工证不包过？包过！”，交钱后就联系不上了，大家别上当",
]


@pytest.mark.parametrize("text", _JUDGED_ANSWER)
@pytest.mark.parametrize("packs", _PACKS)
def test_judged_answer_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids_no_model(det, text, packs), text


_SELF_ANSWERED = [
    "起重机司机证不包过？包过！加v qz_4419",
    "叉车证不包过？包拿证，加v cc_1234",
    "焊工证能不能包过？能，包过，加v hg_0009",
    "别家包过纯属忽悠，我们签合同包过，电工证加v dg_2468",
    # the idioms turned on rivals, or not closing their clause, are no refusal
    "想拿电工证又不想考？别家想都别想，我们包过，加v dg_1357",
    "焊工证不考试拿证？在别处门都没有，在我们这包过，加v hg_2468",
    "焊工证包过？包过，想都别想考不过，加v hg_1111",
]


@pytest.mark.parametrize("text", _SELF_ANSWERED)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_self_answered_pledge_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# --- (3) the 82 new job names ---------------------------------------------------------------

_JOBS_LAWFUL = [
    "招聘司索工，持证上岗，月薪8000",
    "诚聘塔吊司机，需持塔式起重机司机证，电话 13900001111",
    "招聘天车工两名，有天车工证优先，包吃住",
    "本公司急招电梯修理工，持电梯修理证，五险一金",
    "关于第四季度起重机司机证、气瓶充装证考试的通知，请考生本人携带身份证参加",
    "市场监管局提醒：施工升降机证须经考试取得，网上所谓包过均为骗局",
    "记者调查：网上有人兜售“司索工证包过”，实为假证",
    "气瓶充装证考试合格名单公示如下，如有异议请于五日内反映",
    "观光车司机证复审须知：证书到期前三个月本人申请",
    "锅炉水处理证培训班招生，学时满后参加统一考试，考试合格后发证，不承诺包过",
    "问：起重机司机证可以代考吗？答：不可以，代考属于违法行为",
    "q1证和q2证有什么区别？q1是起重机指挥，q2是起重机司机",
    "求职：本人持有司索工证、天车工证，有五年经验，求一份工作",
    "法院查明，被告人以“起重机司机证包过”为名收取多名被害人费用共计三万元",
    "瓦斯抽采证培训要多少天？考试难不难",
]


@pytest.mark.parametrize("text", _JOBS_LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_new_job_names_lawful(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


_JOBS_SOLD = [
    "天车证包过，加v tc_3301",
    "塔吊司机证保过 私我",
    "q2证包过，加v qq_1180",
]


@pytest.mark.parametrize("text", _JOBS_SOLD)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_new_job_names_sold(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# --- (4) fa18: candidates' hopes and sellers beside them ---------------------------------------

_HOPES = [
    "焊工证刚考完，我觉得稳过，等出分",
    "昨天考了电工实操，自我感觉稳了，坐等证书",
    "考完叉车理论，估计能过，不过还得等通知",
    "本中心不打包票包过，考试是否合格以成绩为准，报名电话 0571-66554433",
]


@pytest.mark.parametrize("text", _HOPES)
@pytest.mark.parametrize("packs", _PACKS)
def test_hopes_and_school_denials_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert not rule_ids(det, text, packs), text


_RETRY_SOLD = [
    "电工证考了三次都没过？报我们的班，应该能过，包过，加v kk_1101",
    "焊工证考了好几次没过的，报我们的班，稳过，加v kk_2200",
    "我们敢打包票包过，焊工证报名微信 hg_1177",
]


@pytest.mark.parametrize("text", _RETRY_SOLD)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_retry_sellers_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text
