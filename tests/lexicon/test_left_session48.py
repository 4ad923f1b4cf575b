"""Session 48, left: the misses and false alarms earlier rounds listed and left.

Each kind is tried in sentences written for this file (not the holdout146 lines): the news relayed
with no speaker, a spoken no after a question, a refusal narrowed to some buyers, a price ladder by
whether the card shows on the register, a clinic selling health certificates without the exam,
fiction told in everyday words, and a card sold as "查得到" that is a sale, not a forgery.
"""

from __future__ import annotations

import pytest

from lexicon.context import answered_yes
from lexicon.frames import reports_speech
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the news relayed with no speaker, the writer warning its friends
        "新闻里说网上有人代办焊工证不用考试哈给钱就发证哈大家可千万别信",
        "电视上说有人在群里卖叉车证不用培训就能拿证 各位工友别上当",
        "报道称有团伙卖高处作业证，交钱就能拿证，已被查处，朋友们留个心眼",
        # (the speakerless relay itself, before this round read as the writer's: CS-001)
        "看新闻说有人卖登高证不用培训就给证哈大家注意点",
    ],
)
def test_news_relayed_without_a_speaker_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_the_news_relayed_is_a_frame_but_not_its_relative_clause() -> None:
    # 新闻里说的那种 describes the news (a seller disowning it), it does not pass the news on
    said = "新闻里说有人卖制冷证"
    assert reports_speech(said, 0, len(said))
    described = "不是新闻里说的那种骗子"
    assert not reports_speech(described, 0, len(described))


def test_a_relay_the_writer_turns_from_to_its_own_offer(det) -> None:
    # what the report said ends where the writer turns to itself and calls on the reader
    text = "报道说有人替考被抓，放心，我们这边做了六年了，驾照科目一替考，加v kk_1357"
    assert "exam_fraud" in categories(det, text, ALL)


def test_the_rumour_confirmed_by_the_seller_is_an_offer(det) -> None:
    text = "听说焊工证不用去考场也能拿？是真的，我们这边专门做这个，加v hg_2525"
    assert "CS-001" in rule_ids(det, text, ALL)


def test_the_rumour_confirmed_by_a_victim_stays_silent(det) -> None:
    text = "听说焊工证不用去考场也能拿？是真的，我表哥就花了三千，结果是假的"
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize("answer", ["不可能啊", "怎么可能啊", "可能吧"])
def test_maybe_and_no_are_not_a_spoken_yes(answer: str) -> None:
    # the candidate runs to 直接办; the answer right after it is read for a spoken yes
    norm = normalize(f"叉车证能不能不考试直接办{answer}我们不做").text
    start = norm.index("不考试")
    assert not answered_yes(norm, start, norm.index("直接办") + 3)


def test_a_labelled_spoken_yes_answers_the_question() -> None:
    norm = normalize("问：焊工证能不能不考试直接拿 答：能啊 私聊").text
    start = norm.index("不考试")
    assert answered_yes(norm, start, start + 3)


def test_a_labelled_yes_without_comma_is_an_offer(det) -> None:
    text = "问：叉车证能不能不考试直接拿 答：可以的 给钱就办 v cc_8642"
    assert "CS-001" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证可以找人代考吗 怎么可能啊 现在考场都刷脸",
        "叉车证能找人替考吗 不可能的 考点有监控",
    ],
)
def test_a_question_answered_no_in_speech_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_refusal_narrowed_to_some_buyers_keeps_the_proxy(det) -> None:
    text = "不替陌生人代考 只给朋友介绍来的代考 登高证理论 私我"
    assert "EF-001" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "本校不为任何人代考，考试一律本人参加",
        "我不替别人代考，谁问都一样，自己的证自己考",
    ],
)
def test_a_plain_refusal_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "登高证 不入库的也有 入库的贵五百 私聊",
        "电工证 查不到的七百 能查到的两千二 加v dg_9753",
    ],
)
def test_a_price_ladder_by_the_register_is_a_sale(det, text: str) -> None:
    assert "CS-224" in rule_ids(det, text, ALL)
    assert categories(det, text, ALL) == {"certificate_sale"}


@pytest.mark.parametrize(
    "text",
    [
        "请问焊工证考完多久能上网 能查到的话在哪里查",
        "电工证查不到的可以打应急局电话问问 别找中介",
    ],
)
def test_questions_about_the_register_stay_silent(det, text: str) -> None:
    assert "CS-224" not in rule_ids(det, text, ALL)


def test_a_card_sold_as_showing_on_the_register_is_a_sale(det) -> None:
    # 官方系统可查 is the seller's boast, not the office's channel (the exception 官方)
    text = "护士资格证 官方系统可查 不用考试 直接办 私聊"
    assert categories(det, text, ALL) == {"certificate_sale"}


@pytest.mark.parametrize(
    "text",
    [
        "体检要排一上午？我们诊所健康证直接开，不用抽血，当天取，微信 jk_4680",
        "健康证不想跑医院体检？本门诊免检直接出证，一张四十，加v mz_1122",
    ],
)
def test_a_clinic_selling_health_certificates_without_the_exam(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "本院体检科可做健康证体检，空腹前来，五个工作日出证",
        "健康证一定要体检合格才发，说不用体检就能拿的别信",
    ],
)
def test_a_clinics_own_notice_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "动画片里有个角色找人替考，孩子看完问我替考是什么",
        "这一集里他花钱找人代考，结果被当场抓住",
        "短剧里男主角买了个焊工证，第二天就上岗，太离谱",
        "漫画中的主角靠代考赚钱，作者后来让他进了监狱",
        # a viewer's reaction, its 我 no seller's (before this round: EF-001)
        "昨天那一集里他找人替考 被监考抓了 笑死我了",
    ],
)
def test_fiction_in_everyday_words_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电视剧里的替考看着刺激吧？现实里我们也接，电工证理论代考，加v dk_8080",
        "编剧都写不出这么快的 叉车证三天拿证 不用考试 加v cc_2020",
    ],
)
def test_a_fiction_hook_before_a_sale_still_sells(det, text: str) -> None:
    assert categories(det, text, ALL) & {"exam_fraud", "certificate_sale"}
