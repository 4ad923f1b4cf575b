"""Session 49, helper kangxi: radicals written in place of ordinary characters, before the readers.

Evaders write 一 人 大 工 as the Kangxi radicals ⼀ ⼈ ⼤ ⼯ (U+2F00–U+2FD5), which look the same.
The normaliser folds them, but the readers that strip separators (:func:`lexicon.frames.unseparated`:
the speaker frames, spaced denials, turns and calls, a seller setting itself apart) counted them
as symbols and dropped them: 被告⼈ read as 被告, 大致为 written ⼤致为 as 致为. Each sentence
written with radicals must get the rule ids its plain twin gets, with every pack.
"""

from __future__ import annotations

import unicodedata

import pytest

from lexicon.frames import unseparated
from tests.lexicon.scanning import CERTS, SPECIAL, TRAINING, rule_ids

#: ordinary character -> the Kangxi radical that looks like it (the fold the normaliser undoes)
_RADICAL = {
    unicodedata.normalize("NFKC", chr(cp)): chr(cp)
    for cp in range(0x2F00, 0x2FD6)
    if len(unicodedata.normalize("NFKC", chr(cp))) == 1
}


def radicals(text: str) -> str:
    """``text`` with every character that has a Kangxi look-alike written as it."""
    return "".join(_RADICAL.get(c, c) for c in text)


PAIRS = [
    # a court's or police's frame around the seller's words
    "被告人发给买家的话术大致为：焊工证不用考试，可以查到，一千五一本，加微信 hg_3131",
    "嫌疑人在群里发的内容大意是：电工证免考，十天出证，联系 dg_4242",
    "被告人供述，他对客户说叉车证不用本人去考，两千包拿证。",
    # warnings and denials, spaced or not
    "大 家 注 意：说 电 工 证 不 用 考 的 都 是 假 证 贩 子。",
    "我 们 从 来 不 办 假 证，所 有 学 员 必 须 本 人 考 试。",
    "本人只是问问：高处作业证自己考难不难？",
    "市应急管理局提醒：凡是承诺免考出证的一律是违法广告。",
    # offers: a seller setting itself apart, a spaced turn, a call
    "别的机构要你上课考试，我 们 这 里 不 用，焊工证直接下证，微信 hg_8383",
    "我们跟别人不一样，电工证不用考，一手资源可查，电话 136 1212 3434",
    "要高处作业证的 直 接 找 我，无需考试，五天拿证，v：gc_2626",
    "不是中介，本人就是源头，叉车证免考试，当天办理，加 cc_9494",
]


@pytest.mark.parametrize("packs", [SPECIAL, TRAINING, CERTS], ids=["special", "training", "certs"])
@pytest.mark.parametrize("text", PAIRS)
def test_a_sentence_written_with_radicals_reads_as_its_plain_twin(det, text, packs) -> None:
    kangxi = radicals(text)
    assert kangxi != text
    assert rule_ids(det, kangxi, packs) == rule_ids(det, text, packs)


def test_a_courts_frame_written_with_radicals_keeps_the_quoted_ad_silent(det) -> None:
    text = radicals("被告人向客户发的话术大致为：登高证不用考，可查，一千二一本，加微信 dg_5151")
    assert "⼈" in text and "⼤" in text
    assert not rule_ids(det, text, SPECIAL + TRAINING + CERTS)


def test_the_separator_reader_keeps_a_radical_as_its_character_at_its_offset() -> None:
    sent = "被告⼈ 称：混为⼀谈"
    flat, pos = unseparated(sent)
    assert flat == "被告人称：混为一谈"
    assert [sent[i] for i in pos[:-1]] == list("被告⼈称：混为⼀谈")
    assert pos[-1] == len(sent)


def test_a_circle_between_characters_is_still_a_filler() -> None:
    # ○ folds to 〇 in the normaliser, but between an evader's characters it is padding
    assert unseparated("电○工○证")[0] == "电工证"


@pytest.mark.parametrize(
    "text",
    [
        "好评晒单：“跟着王老师学了三个月，老师说考不过全退，结果一次就过了”——想要同款效果的来咨询",
        "学员留言：“报名时老师讲了不过退费，现在证已经到手了” 想要一样结果的同学私信",
    ],
)
def test_a_quoted_testimonial_then_a_call_for_the_same_result_is_the_sellers(det, text) -> None:
    assert rule_ids(det, text, TRAINING)
    assert rule_ids(det, radicals(text), TRAINING) == rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "消费者投诉称：“报名时老师说考不过全退，结果考完就联系不上了。”市场监管部门已介入调查。",
        "学员反映：“老师说不过退费，可交钱后再也不回消息”，提醒大家想报班的先核实机构资质。",
    ],
)
def test_a_quoted_complaint_without_the_call_stays_the_reporters(det, text) -> None:
    assert not rule_ids(det, text, TRAINING)
    assert not rule_ids(det, radicals(text), TRAINING)
