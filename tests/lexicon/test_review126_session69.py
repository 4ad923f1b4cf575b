"""Session 69, helper review126: the second reading of styles14's two excuses.

Sentences written for this file (none is a row of holdout242, of any other set or of any real
text). styles14 let a learner's 考完 excuse CS-001 (电工证考完二十天出证，官网能查) and an exam-result
list's 以上人员 / 合格学员 excuse FC-201 (以上人员证书将于二十个工作日内制作完成), each broken by a list of
seller's words. Sellers who say the same 考完 or name the same list and sell in words outside those
lists went quiet with them:

- the exam fixed or skipped in other words (考场打点好了, 考试走个过场), the paper issued whatever the
  result (不看成绩, 没过也发, 不管过没过都发, 考不过也给证) and the seller's terms (量大从优, 扫码下单)
  beside 考完: CS-001 fired on them before styles14 and no longer did;
- a forger naming the list who adds the buyer to it (帮你加进去, 没考的也能加名单), offers every paper
  (均可制作, 需要的找我) or takes orders (扫码下单): FC-201 fired before styles14 and no longer did.

Each reading is tested with its sellers (the rule fires where its pack runs) and with the lawful
twins a learner, a school, an office or a newspaper would write with the same words (no rule fires
in any pack run).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: Sellers who say 考完 and sell in words outside styles14's breakers (chat, marketplace, poster,
#: live stream and OCR styles).
_SAT_THEN_SOLD = [
    "焊工证考完二十天出证，考场打点好了",
    "焊工证考完二十天出证，考场已经打点好了，电话13912345678",
    "叉车证考完七天出证，考试走个过场，wx: cc8899",
    "电工证考完直接发证 考不过也给证 量大从优",
    "制冷证考完二十天出证，不管过没过都发，电话13912345678",
    "电工证考完二十天出证，没过也发，微信dg_7782",
    "焊工证考完二十天出证 量大从优 电话13912345678",
    "焊工证考完二十天出证，扫码下单",
    "焊工证\n考完二十天出证\n不看成绩 量大从优",
    "焊工证考完二十天出证，考试走个过场，wx: hg5521",
    "电工证考完二十天出证，过没过都发，私",
]
#: The same words in a learner's, a school's or an office's line: no sale.
_SAT_THEN_LAWFUL = [
    "电工证考完二十天出证，考不过可以补考一次",
    "焊工证考完二十天出证，考试可不是走过场，要好好复习",
    "我们单位批量报名的电工证，考完二十天出证",
    "电工证考完二十天出证，扫码关注公众号查询进度",
    "电工证考完二十天出证，量大的单位可以统一领取",
    "焊工证考完二十天出证，考场有监控，打点的都是骗子",
    # the second reading's twins of the breakers added (issue 9, session 69, review126)
    "焊工证考完二十天出证，考试可不是走过场，要好好复习",
    "焊工证考完二十天出证，考试不是走个过场，认真学",
    "焊工证考完二十天出证，没过也没关系，下次补考",
    "电工证考完二十天出证，没过也能免费补考一次",
    "电工证考完二十天出证，考不过也没关系，还有一次补考机会",
    "有人说考完不看成绩就发证，其实考完要成绩合格才出证",
    "焊工证考完二十天出证，老人孩子家里有人照顾，安心考",
    "培训学校：焊工证考完二十天出证，团体报名从优，电话0571-88001234",
    # a school's enrolment mobile is no breaker of 考完 (CS-001 read it before styles14)
    "电工证培训，考完二十天出证，报名电话13912345678",
]

#: Forgers who name the result list and sell in words outside styles14's breakers.
_LIST_FORGERS = [
    "合格学员名单可以帮你加进去，证书制作三天，v 13812345678",
    "合格人员名单可以帮你加进去，证书照样制作，联系13812345678",
    "以上学员证书制作完成，没考的也能加名单，私",
    "合格人员证书制作，不用到场，扫码下单",
    "以上人员证书均可制作，需要的找我，微信 zb6688",
    "以上人员证书需要补办找我，证书制作三天，微信 zb6688",
]
#: An office's or a school's result list with a contact, a helper or a missing name: no forger.
_LIST_LAWFUL = [
    "以上学员证书已制作完成，请联系班主任王老师13912345678领取",
    "以上学员证书已制作完成，请加班主任微信领取",
    "以上人员证书制作完成，如需补办请找我中心窗口",
    "以上学员证书已制作完成，班主任会帮你领取并寄到单位",
    "以上人员名单如有遗漏，请联系考点补录，证书统一制作",
    "以上学员证书已制作完成，明天上课带身份证来领，有问题找我",
    "以上学员证书已制作完成，证书丢了需要补办的找我登记",
    "以上考生证书都能在应急管理部网站查询，制作完成后统一邮寄",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SAT_THEN_SOLD)
def test_sellers_after_the_exam_in_other_words_still_sell(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-001", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SAT_THEN_LAWFUL)
def test_lawful_lines_with_the_new_breakers_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _LIST_FORGERS)
def test_forgers_naming_the_list_in_other_words_still_forge(det, text: str, packs) -> None:
    assert_sells(det, text, "FC-201", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LIST_LAWFUL)
def test_result_lists_with_a_contact_or_a_helper_stay_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
def test_result_list_scan_hint_is_no_forgery(det, packs) -> None:
    # FC-002 (the default pack's forgery rule) reads this line's 制作 on the unchanged code too;
    # only FC-201's excuse is this file's concern
    assert_silent(det, "合格人员证书制作完成后，请扫码查询领取时间", packs, of="FC-201")
