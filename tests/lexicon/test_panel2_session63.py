"""Session 63, round 76 (helper "panel2"): a second reading of panel1's change, which made a
one-question, one-answer chat two sentences instead of one attribute panel.

Covers what the split lost and what it left: the shop's echoed question and its OK before the call
for the papers (老板：不考？OK的，资料发我), a teacher's refusal of the pass with 这个 / 真 before it
taken back by an inside channel (班主任：这个保证不了，不过我们有内部渠道), the evader's copies whose
answer label is spelt with zero-width characters (回\u200b复：包\u200b的), a school's refusal that
names teaching as all it does and gives its enrolment contact (客服：包不了，我们只负责培训，报名加v …),
and the same one-question, one-answer chats under other labels (掌柜 / 店家 / 商家 / 老板 / 卖家 /
考生 / 家长 / 辅导员), lawful and selling. Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import EVERY_PACK, TRAINING, WITH_SPECIAL, assert_sells, assert_silent

_SOLD = {"certificate_sale", "guarantee_promise", "exam_fraud"}

# --- 1. the shop's echo and OK before the call for the papers (review57's regression) ---
ECHO_DOCS = [
    "顾客:电工证不考能拿吗?\n老板:不考?OK的,资料发我,十天拿证",
    "买家：焊工证不去考场能拿吗？\n掌柜：不去考场？可以的，资料发我，一周拿证",
    "顾客：叉车证不考能拿吗？\n店家：不考？没问题，资料发我，十天到手",
    "顾客：高压电工证不考能拿吗？\n卖家：不考？ok的，身份证发我，半月拿证",
    "顾客：焊工证不考试能拿到吗？\n老板娘：不考试？可以的，照片发我，七天出证",
]

# --- 2. a teacher's refusal taken back (review11's regression, and its close forms) ---
TAKEN_BACK = [
    "家长：焊工证能保过吗？\n辅导员：这个真保证不了，不过我们有内部名额，稳过",
    "考生：叉车证能包过吗？\n助教：这个包不了，但我们跟考场有关系，你懂的",
    "家长：焊工证能包过吗？\n老师：这个真包不了，我们只做培训，不过内部渠道稳过，加微信 hx_3390",
    "买家：电工证能包过吗？\n客服：不能包过，只负责培训，私下可以帮你找人替考，加v px_8810",
    "买家：电工证能包过吗？\n客服：包不了，我们只负责培训，但是可以免考，加微信 px_8810",
]
#: ... of which these keep the training pack's guarantee rule
TAKEN_BACK_TRAINING = [
    "考生：叉车证能包过吗？\n助教：这个包不了，但我们跟考场有关系，你懂的",
    "家长：焊工证能包过吗？\n老师：这个真包不了，我们只做培训，不过内部渠道稳过，加微信 hx_3390",
]

# --- 3. the evader's copies with a spaced or zero-width answer label ---
SPACED_SELLERS = [
    "考\u200b生：电\u200b工\u200b证\u200b能\u200b包\u200b过\u200b吗？\n回\u200b复：包\u200b的，私\u200b聊",
]
SPACED_LAWFUL = [
    "网 友 问：焊 工 证 能 不 能 免 考？\n商 家：不 能，必 须 本 人 考 试",
    "考\u200b生：电\u200b工\u200b证\u200b能\u200b包\u200b过\u200b吗？\n老\u200b师：包\u200b不\u200b了，考\u200b试\u200b靠\u200b自\u200b己",
    "网*友：叉*车*证*能*免*考*吗？\n客*服：不*能，需*要*本*人*考*试",
]

# --- 4. a school's refusal with its enrolment contact; other lawful answers under other labels ---
LAWFUL = [
    "学员：电工证能包过吗？\n客服：包不了，我们只负责培训，报名加v px_2201",
    "家长：焊工证能包过吗？\n老师：这个真包不了，我们只做培训，报名请加微信 hx_3390",
    "买家：低压电工证你们包过吗？\n店家：包不了，考试是应急局统一组织的，我们只负责培训，报名加微信 dz_5120",
    "考生：叉车证能包过吗？\n老师：这个包不了，我们没有内部渠道，只能认真教",
    "家长：电工证能保过吗？\n班主任：这个保证不了，考不过也不退费，靠孩子自己复习",
    "顾客：电工证复审能代办吗？\n老板：复审？可以的，资料发我，我们统一报名参加复审培训",
    "顾客：电工证不考能拿吗？\n老板：不考？不行的，必须本人参加考试",
    "顾客：焊工证不考能拿吗？\n老板：不考？不可能的，资料发我也没用，必须本人考",
    "家长：孩子的焊工证能免考吗？\n老师：不能，必须本人到考点参加考试",
    "考生：电工证能不考直接拿吗？\n班主任：不可以，考试合格才发证",
    "顾客：登高证能找人代考吗？\n老板：不能，考试要本人参加，我们只做培训",
    "买家：焊工证可以包过吗？\n店家：包不了，考试要靠自己，我们只负责培训",
    "客户：叉车证不去考场能拿吗？\n商家：拿不到的，必须本人到考场",
    "学员：制冷证复审要重新考吗？\n掌柜：不用重新考，复审参加培训就行",
    "顾客：电工证过期了能直接延期吗？\n卖家：连续从业满十年可以申请延期复审，要发证机关同意",
    "考生：高处作业证能免考吗？\n老板：免考？没有这回事，要本人考试",
    "家长：电工证可以不去考场吗？\n掌柜：不可以的，理论和实操都要本人到考场",
    "考生：叉车证能不去考场吗？\n辅导员：不行，理论和实操都得本人去考点",
    "问：电工证能不考直接拿吗？\n答：不能。特种作业操作证须经考核合格方可取得，网上“免考拿证”均为诈骗。",
    "记者：网上说焊工证不用考就能拿，是真的吗？\n工作人员：不是，所有特种作业操作证都必须本人参加考试。",
    "网友：焊工证能包过吗？\n应急管理局：不能，任何机构都不得承诺包过，请通过正规渠道报名考试",
    "朋友问客服：电工证能不考拿吗？\n客服：能，交钱就行。\n结果钱转过去就被拉黑了，大家别上当",
    "经查，涉事培训机构在群聊中称“包不了，我们只负责培训”，并留下报名微信，未发现违规承诺。",
]

# --- 5. the same one-question, one-answer chats selling, under other labels ---
SELLERS = [
    "家长：孩子的焊工证能免考吗？\n老师：能，不用考，交钱直接拿证",
    "考生：电工证能不考直接拿吗？\n班主任：可以，不用考试，一周出证，加v",
    "顾客：登高证能不去考场吗？\n老板：可以，人不用去，包拿证，私聊",
    "买家：焊工证可以包过吗？\n店家：包的，不用考，十天拿证",
    "客户：叉车证不考能拿吗？\n商家：能，不用考，资料发我",
    "顾客：焊工证能包过吗？\n掌柜：包不了，不过考场有熟人，稳过",
    "买家：电工证能代考吗？\n卖家：可以，找人替考，包过",
    "考生：低压电工证不用考能拿吗？\n老板：能的，不用考，七天出证，微信 dg_6632",
    "家长：登高证能免考吗？\n店家：免考？可以，交钱就发证，官网可查",
    "考生：叉车证能不去考场吗？\n辅导员：可以，不用去考场，交钱直接拿证，私聊",
    "考生：安全员证可以保过吗？\n班主任：这个保证不了，不过我们有内部渠道，基本稳过",
]


@pytest.mark.parametrize("text", ECHO_DOCS + TAKEN_BACK + SPACED_SELLERS + SELLERS)
@pytest.mark.parametrize("packs", WITH_SPECIAL, ids=["none", "default", "all"])
def test_one_question_one_answer_sellers_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, _SOLD, packs)


@pytest.mark.parametrize("text", TAKEN_BACK_TRAINING)
def test_refusal_taken_back_keeps_the_training_guarantee(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, {"GP-101", "EF-102"}, TRAINING)


def test_zero_width_reply_fires_in_training(det) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, SPACED_SELLERS[0], "guarantee_promise", TRAINING)


@pytest.mark.parametrize("text", LAWFUL + SPACED_LAWFUL)
@pytest.mark.parametrize("packs", EVERY_PACK, ids=["none", "default", "certs", "training", "all"])
def test_one_question_one_answer_lawful_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs, model=True)
