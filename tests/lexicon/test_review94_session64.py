"""Session 64, review94: a second reading of qa1 (round 77: a Q&A answer's own contact read back,
Q：/ A： and Ｑ：/ Ａ： as thread labels, ``silence._ASKED_NO`` under 答复：/ 回答：/ A：/ 【答】) and of
review88 (round 76: offices' replies, 毋须本人, 哪有包过的). Sentences written for this file (not from
any holdout set, the corpus nor the rules' fixtures).

- (a) Sellers qa1 left silent: the full-width Ａ： and the bracketed 【答】 were no answer labels where
  the warning reading turns from the buyer's question to the writer's answer
  (``context._ANSWER_LABELS`` / ``_NEXT_ANSWER`` / ``_PIVOT``), so the asked 能办吗 / 拿吗 stayed a
  warning (Ｑ：焊工证免考能办吗？⏎Ａ：能办，不用考试，电话 …; 【问】…拿吗？⏎【答】可以，交钱就行，QQ …);
  and an answer whose words are spaced apart (答：可 以，不 用 考，电 话 138…) had no yes for qa1's
  read-back of the answer's own number (``stance._answered``).
- (b) Lawful FAQs the hunt found silent and pins: an office's lawful yes (复审不用考，需本人参加复审
  培训), Ａ：/ A： refusals with the school's number, consumer columns' 能，但那是假证，举报电话, a
  news piece's Q/A, and the same answers under the labels (a) now reads.
- (c) Sellers that already fired and must keep firing.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import CERTS, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

_SELLER_IDS = {"CS-001", "CS-005", "CS-006", "GP-001", "GP-002"}


# --- (a) sellers fixed this round --------------------------------------------------------------

_SELLERS_FIXED = [
    # the full-width Ａ： answering the buyer's 能办吗
    "Ｑ：熔化焊证免考能办吗？\nＡ：能办，不用考试，电话 13706512284",
    "Ｑ：叉车证不考试能办吗？\nＡ：能办，不用来考，手机 15867013325",
    # the bracketed 【答】 answering the buyer's 拿吗
    "【问】焊工证可以不考试拿吗？\n【答】可以，交钱就行，QQ 2730018846",
    "【问】登高证不去考场能拿吗？\n【答】可以，交钱就行，电话 13588043370",
    # the answer's words spaced apart, its own number after the skip
    "问：叉 车 证 可 以 不 考 试 拿 吗？\n答：可 以，不 用 考，电 话 13588043372",
    "问：焊 工 证 能 免 考 吗？\n答：能，不 用 来 考，手 机 15867013326",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_FIXED)
def test_seller_fixed_fires(det, text, packs):
    assert_sells(det, text, _SELLER_IDS, packs)


@pytest.mark.parametrize(
    "text",
    [
        "Ｑ：叉车证不考试能办吗？\nＡ：能办，不用来考，手机 15867013325",
        "【问】会计证可以不考试拿吗？\n【答】可以，交钱就行，电话 13706512290",
        "【问】教师资格证可以不考试拿吗？\n【答】可以，交钱就行，QQ 2730018847",
        "问：叉 车 证 可 以 不 考 试 拿 吗？\n答：可 以，不 用 考，电 话 13588043372",
    ],
)
def test_seller_fixed_fires_in_certificates(det, text):
    assert_sells(det, text, "CS-201", CERTS)


# --- (b) lawful FAQs: silent in every pack -----------------------------------------------------

_LAWFUL = [
    # an office's yes that is lawful: the renewal with its training, in person
    "问：焊工证复审可以免考吗？\n答：可以，复审不用考，需本人参加复审培训，咨询电话 0571-86230047",
    "Q：焊工证复审可以免考吗？\nA：可以，复审不用考，参加复审培训即可，咨询电话 0571-86230051",
    "Ｑ：电工证复审能免考吗？\nＡ：可以，复审不用考，需本人参加复审培训，咨询电话 0571-86230060",
    "问：电工证延期复审可以不考吗？\n答：可以，连续从事本工种十年以上且无违章的，经原发证机关同意可以不考，"
    "电话 0571-86230061",
    "Ｑ：焊工证能免考吗？\nＡ：能，但只限复审，初次取证必须考试，咨询电话 0571-86230052",
    # A：/ Ａ： refusals with the school's number
    "问：电工证能免考吗？\nA：不能免考，报名电话 0571-86230048",
    "Q：电工证可以免考吗？\nA：不能免考，报名电话 0571-86230062",
    "Ｑ：叉车证能免考吗？\nＡ：不能免考，报名咨询微信 ccpx_6120",
    "Ｑ：焊工证免考能办吗？\nＡ：不能办，必须本人参加考试，报名电话 0571-86230049",
    "Ｑ：焊工证能直接拿证吗？\nＡ：可以，先报名培训，考试合格后发证，咨询电话 0571-86230056",
    "Ｑ：健康证不体检能办吗？\nＡ：不能，必须到体检中心体检，咨询电话 0571-86230053",
    # 【问】/【答】 lawful answers
    "【问】焊工证可以不考试拿吗？\n【答】不可以，须本人参加考试，报名电话 0571-86230050",
    "【问】电工证复审能网上办吗？\n【答】可以，网上申请复审，仍需参加复审培训，咨询电话 0571-86230055",
    "【问】叉车证丢了能补办吗？\n【答】可以，带身份证到发证机关补办，电话 0571-86230057",
    "【问】焊工证能代办吗？\n【答】可以代办报名，考试须本人参加，电话 0571-86230059",
    # consumer columns: yes, but the paper is fake, and the hotline to report it
    "问：焊工证不用考试能买到吗？\n答：能，但那是假证，举报电话 12345",
    "问：网上有人卖电工证，能买吗？\n答：能买到，但都是假证，发现请拨打举报电话 12350",
    "【问】叉车证能免考吗？\n【答】能，但那是假证，举报电话 12345",
    "【问】叉车证不考试能拿吗？\n【答】可以，但那是假证，千万别买，举报电话 12315",
    # news in Q/A form
    "记者整理了几个常见问题。\nQ：电工证能花钱免考吗？\nA：不能，应急管理局表示，所谓免考拿证都是骗局，举报电话 12350。",
    "据报道，市民可按以下方式了解：\nQ：焊工证能花钱免考吗？\nA：不能。市应急管理局提醒，所谓免考拿证都是骗局，举报电话 12350。",
    # a warning quoting the seller's bracketed Q&A
    "网友提醒：有人发“【问】电工证能不考吗？【答】可以，交钱就行，QQ 2730018846”，这是骗子，大家别信",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_faq_stays_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (c) sellers that keep firing --------------------------------------------------------------

_SELLERS_KEPT = [
    "Q：焊工证免考能办吗？\nA：能办，不用考试，电话 13706512285",
    "问：焊工证免考能办吗？\n答：能办，不用考试，电话 13706512286",
    "【问】焊工证免考能办吗？\n【答】能办，不用考试，电话 13706512287",
    "问：焊工证可以不考试拿吗？\n答：可以，交钱就行，QQ 2730018848",
    "问：叉车证可以不考试拿吗？\n答：可以，不用考，电话 13588043373",
    "Ｑ：登高证能免考吗？\nＡ：能，不用考，一周拿证，加V dg_5520",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_KEPT)
def test_seller_kept_fires(det, text, packs):
    assert_sells(det, text, _SELLER_IDS, packs)
