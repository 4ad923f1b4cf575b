"""Report shapes with all packs on (issue 9, fourteenth shift, quality14n): a promise or a service
word quoted where the term runs across the quotation mark (驾照“包过”, 都能“办”), a quotation
attributed after it closes while the candidate runs past the close (“……”这是…常说的话), the
writer told something by someone else (那家驾校跟我讲…), a verdict on a whole class of offers
(…的都是假证, …的都是骗局), the writer's own people in a victim's story (我表姐被人骗了), a
refund that never came (都没退), a news column before a vertical bar (深度｜, 追踪｜), a list of
slogans pointed back at as a whole (……这些宣传) and a speaker in ironic quotes (那个“教练”说). Every
example is in the project's own words, written for these tests (not taken from any held-out set).

A seller who quotes its own hook, tells what its boss said, or runs the others down still leaves
its contact or its call, and still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL


@pytest.mark.parametrize(
    "text",
    [
        # the quotation opens inside the composed term: its promise or service word is quoted
        "从毕业证到学位证，从职称证到资格证，网上好像什么都能“做”。",
        "科目二“包过”招牌的另一面：学员交钱后照样挂科",
        # the quotation attributed after it closes, the candidate running past the close
        "“签了协议，笔试稳过。”这是那家机构销售挂在嘴边的一句话。",
        # told to the writer by someone else
        "那家驾校跟我讲交钱科目二稳过，结果考了三次都没过",
        "培训机构的顾问对我讲，报他们的冲刺班面试不进就退钱，如今打电话都没人接",
        # a verdict on a whole class of offers
        "答：没有体检就直接发健康证的都是假证，请到正规医院办理。",
        "网上卖的消防设施操作员证，不用考试直接拿的都是骗局。",
        # the writer's own people, and the loss told after the fact
        "我表姐被人骗了，那边说交八千教资面试保过。",
        # a news column before a vertical bar
        "追踪｜“包过班”学员集体维权，机构至今没退一分",
        # a list of slogans pointed back at as a whole, the span running into the pointer
        "电工证免考、焊工证三天到手、学信网可查……这类诱人的说法，多半是骗局。",
        "保过班、押题包过、不过退费，这些宣传在考前随处可见。",
        # the speaker in the writer's ironic quotes
        "那位“老师”在电话里反复强调：“您放心，我们有内部渠道，孩子今年一定能考上。”",
    ],
)
def test_a_report_shape_stays_silent(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the seller quotes its own hook, or puts quotes round its service word, and calls
        "“焊工证不用考”是真的，本店直接出证，全国可查，加V hg_7788",
        "我们这边刻章都能“做”，公章合同章当天取，微信 kz_3344",
        # a column-like label of the seller's own, with its call
        "深度好课｜教资面试协议班，不过全退，报名加V jz_8899",
        # the writer's own people as the seller's inside man; the boss told the seller
        "我妈是考点老师，科目一包过，私聊 kmy_6677",
        "老板跟我讲了，这批电工证不用考直接出，要的私我",
        # a list of its own services pointed back at, with its call
        "电工证包过、焊工证免考、登高证快速办理等，这些服务请联系 13812345678",
        # running the others down beside its own offer and contact
        "外面卖的都是假证，我们的焊工证官网可查，不用考，v：hg2200",
    ],
)
def test_a_seller_in_these_shapes_still_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings, text


def test_a_term_quoted_across_its_mark_is_named_quoted(det) -> None:
    res = det.scan_page(text="从毕业证到学位证，网上好像什么都能“做”。", packs=ALL)
    assert res.findings == []
    assert any(s.reason.startswith("quoted:") for s in res.suppressed), [
        s.reason for s in res.suppressed
    ]


def test_the_writers_people_are_no_first_person_seller(det) -> None:
    text = "我表哥说那人讲，花五千块驾照不用考"
    at = text.index("驾照")
    stance = det._stance.judge(text, at, at + 5, [])
    assert "report:我表哥" in stance.cues and "offer:我" not in stance.cues, stance.cues
    # the seller's own first person still counts
    text = "我这边驾照不用考，花五千块"
    at = text.index("驾照")
    assert "offer:我" in det._stance.judge(text, at, at + 5, []).cues


@pytest.mark.parametrize(
    "text",
    [
        # a news hook, then the writer turns to itself and calls on the reader
        "据了解，今年消防工程师报考人数大增，报我们的冲刺班，考不过全额退费，报名热线 0531-66778899",
        "据悉，二建考试难度上调，来我们机构学，没过学费全退，加V jz_2026ok",
    ],
)
def test_a_seller_turning_from_a_news_hook_to_itself_fires(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings, text


@pytest.mark.parametrize(
    "text",
    [
        # the writer's 我们 is a reporter's or an office's, with no enrolling call
        "据了解，这类协议班不过全退的说法多半兑现不了，我们提醒考生谨慎，咨询电话 0755-22113344",
        # the seller's 我们 is inside the quotation the frame reads out
        "据嫌疑人交代，他在群里发的是：“报我们的班，不过全额退费，报名热线 0531-66778899”",
    ],
)
def test_a_frame_before_someone_elses_we_holds(det, text: str) -> None:
    assert det.scan_page(text=text, packs=ALL).findings == [], text
