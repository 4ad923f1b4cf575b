"""Session 61, review62: a second reading of review57 (the shop's yes and refusals in chats).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The buyer's 包过 echoed and refused at the opening of the answering turn under the shop's own
  labels (客服：, 卖家：, 店家：, 掌柜：, 店主：, 客服小妹：): review57 read 老板 / 回复 / 答 only;
  under a shop's label the turn was read as the shop's offer before its refusal was asked.
- The echo refused with an adverb before the refusal (包过？真包不了; 这个真包不了) and in a
  school's chat (学员 / 老师: 包过？保证不了).
- Sellers an echo's refusal word wrongly silenced: the refusal of the failing, not of the pass
  (包过？不可能考不过的; 不可能不过，稳过; 不存在考不过，考场有人) and a refusal taken back by
  the refund (保证不了百分百，但考不过全额退款): the pass promised in other words.
- Close variants of review57's yes still silent: 包得了的, and a one-line A / B chat whose B
  answers ok with spaces, not commas (B：ok 不用去考).
- The echo's question mark opening the shop's turn (老板：包拿？包的，不用考) is no sentence end for
  the combination: it kept the certificate named in the buyer's turn from the shop's skip (CS-001).
- Lawful neighbours that must stay silent: refusals after an echo, a regulator's Q&A, news and a
  court's finding quoting the chat, a school's OK and 包得了 that send the learner to the exam,
  and echoes answered yes on lawful errands (报名, 网上办复审, 补考).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]


# --- (1) the echo refused under the shop's own labels, with an adverb, in a school's chat -------

_ECHO_REFUSED = [
    "顾客：焊工证能包过吗？\n客服：包过？包不了，考试靠自己，我们只管教会",
    "顾客：焊工证能包过吗？\n卖家：包过？包不了，考试靠自己，我们只管教会",
    "顾客：焊工证能包过吗？\n店家：包过？包不了，考试靠自己，我们只管教会",
    "顾客：焊工证能包过吗？\n掌柜：包过？包不了，考试靠自己，我们只管教会",
    "顾客：焊工证能包过吗？\n店主：包过？包不了，考试靠自己",
    "顾客：焊工证能包过吗？\n客服小妹：包过？包不了哦，考试靠自己",
    "顾客：焊工证能包过吗？\n卖家：包过？不行，考试靠自己，我们只做考前辅导",
    "顾客：焊工证能包过吗？\n老板：包过？真包不了，考试靠自己",
    "顾客：焊工证能包过吗？\n老板：包过？这个真包不了，考试是应急管理局统一组织的",
    "学员：电工证能包过吗？\n老师：包过？保证不了，考试靠自己复习",
    "学员：登高证能包过吗？\n助教：包过？谁都保证不了，认真刷题才是正路",
]


@pytest.mark.parametrize("text", _ECHO_REFUSED)
@pytest.mark.parametrize("packs", _PACKS)
def test_echo_refused_in_the_answer_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- (2) sellers an echo's refusal word silenced: the failing refused, the pass promised ---------

_PASS_PROMISED = [
    "顾客：焊工证能包过吗？\n老板：包过？不可能考不过的，我们有内部渠道，v：hg_5512",
    "顾客：焊工证能包过吗？\n老板：包过？不可能不过，稳过，电话13812345678",
    "顾客：电工证能包过吗？\n客服：包过？不存在考不过，考场有人，放心报，微信 dg_3321",
    "学员：电工证能包过吗？\n老师：包过？保证不了百分百，但考不过全额退款，v：dg_7710",
]


@pytest.mark.parametrize("text", _PASS_PROMISED)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_pass_promised_after_an_echo_sells(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, packs), text


# --- (3) close variants of review57's yes ---------------------------------------------------------

_YES_VARIANTS = [
    "买家：焊工证能包拿吗？\n卖家：包得了的，不用到场，十天寄到，v：hg_7702",
    "A：叉车证能不考直接拿吗 B：ok 不用去考 一周出证 v：cc_2290",
    "A：叉车证能不考直接拿吗 B：OK 不用去考，一周出证，v：cc_2290",
]


@pytest.mark.parametrize("text", _YES_VARIANTS)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_close_variants_of_the_yes_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


@pytest.mark.parametrize("text", _YES_VARIANTS)
def test_close_variants_of_the_yes_in_the_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


# --- (4) the echo's question mark in the shop's turn is no sentence end for the combination ------

_ECHO_THEN_YES = [
    "顾客：高处作业证能包拿吗？\n老板：包拿？包的，不用考，加v gk_2231",
    "顾客：焊工证能包拿吗？\n老板：包拿？包得了，不用考，加v hg_3310",
    "顾客：登高证能包拿吗？\n店家：包拿？没问题，不用考，加v dg_8812",
    "买家：电工证能不考拿吗？\n卖家：不考？可以的，不用考，十天寄到，v：dg_4410",
]


@pytest.mark.parametrize("text", _ECHO_THEN_YES)
@pytest.mark.parametrize("packs", _SPECIAL)
def test_echo_then_yes_names_the_sale(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize("text", _ECHO_THEN_YES[:3])
def test_echo_then_yes_in_the_certificates_pack(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


# --- (5) lawful neighbours ------------------------------------------------------------------------

_LAWFUL = [
    # refusals after an echo
    "顾客：高处作业证能包拿吗？\n老板：包拿？包不了，只能帮你报名，考试自己去",
    "买家：焊工证不用考能拿吗？\n卖家：不用考？那是骗人的，必须本人考",
    "顾客：叉车证能不考吗？\n客服：不考？不可能的，必须参加考试",
    "顾客：焊工证能包过吗？\n客服：包过？没有这回事，考试是统一组织的",
    "网友：叉车证能不考直接拿吗？\n回复：不考？不可能，必须参加市场监管局的考试",
    # a regulator's Q&A, news and a court quoting the chat
    "问：特种作业操作证可以包过吗？\n答：包过？不存在的。考试由应急管理部门统一组织，任何机构都不能承诺包过。",
    "答复：免考？不可能。特种作业人员必须经考核合格方可取得操作证。",
    "记者暗访：对方称“包过？包不了，考试靠自己”，随后又推荐所谓内部名额。",
    "报道称，客服一开口就是“包过？包的，不用考”，记者随后向应急管理局核实，该机构无培训资质。",
    "法院查明：被告人在聊天中称“包拿？包得了，不用考”，收取被害人费用后未能提供证书。",
    # a school's OK and 包得了 sending the learner to the exam
    "学员：电工证报名能不能帮我弄？\n客服：OK的，报名后统一参加考试，考过才发证",
    "学员：能包教会吗？\n老师：包得了，学不会免费重学，考试还要自己考",
    "A：电工证好考吗 B：ok，多刷题就能考过",
    "A：焊工证复审能网上办吗 B：OK，网上提交材料就行，培训还得去",
    "客户：证书丢了能补吗？\n客服：OK的，带身份证到考点申请补办",
    "问：焊工证能包过吗？\n回复：包得了的只有骗子，证要本人考",
    # echoes answered yes on lawful errands, and a warning that quotes the echo's yes
    "学员：焊工证能报名吗？\n老师：报名？可以的，带身份证到考点报名，考试合格才发证",
    "顾客：叉车证复审能网上办吗？\n客服：网上办？可以的，登录政务服务网提交材料就行",
    "学员：电工证考不过能补考吗？\n老师：补考？可以的，考不过可以免费补考一次",
    "问：焊工证能包过吗？\n答：包过？没问题的说法都是骗人的，考试靠自己",
    "顾客：焊工证能包拿吗？\n客服：包拿？没问题的说法不可信，证要自己考，不用考就拿的都是假证",
    "学员：电工证能包拿吗？\n老师：包拿？包不了，报名后参加统一考试，考试合格才发证",
    # echoes answered yes that no longer end a sentence for the combination, read as lawful
    "顾客：电工证这次能不考吗？\n客服：不考？可以的，缺考的下期再报名，考试合格才发证",
    "学员：焊工证能包拿吗？\n老师：包拿？可以的话谁不想，考试还得靠自己",
    "顾客：焊工证能网上报名吗？\n客服：网上报名？可以的，报名后统一考试，不用到店",
    "家长：孩子的电工证能补考吗？\n老师：补考？可以，补考不过不发证",
    "问：高处作业证能包拿吗？\n答：包拿？妥妥的骗局，去应急管理局官网查培训机构",
    "顾客：焊工证能包拿吗？\n客服：包拿？行的话我们早发财了，考试得本人去",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text
