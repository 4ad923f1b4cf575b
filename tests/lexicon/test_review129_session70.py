"""Session 70, review129: second reading of scope5 (issue 9).
Sentences written for this file (not from any holdout set, the corpus, the rules' fixtures nor any
real text).

scope5 made a bare 驾驶证 another issuer's paper for CS-001's other-paper check (``paper_own_apart``):
before, Taiwan's 堆高机驾驶证 made every 驾驶证 the pack's own. The special-equipment vehicle paper of
the 场（厂）内专用机动车辆 operator (the forklift's and the site vehicle's, the default pack's own as
叉车证 and 场内机动车证 are) is also written with 驾驶证 (场内机动车驾驶证, 厂内机动车辆驾驶证,
场（厂）内专用机动车辆驾驶证). Its sellers whose only certificate word is generic (拿证, 复审) fired in the
default pack through the borrowed check (GP-001 / GP-002, CS-206) and went silent with scope5: the
whole name must count as the pack's paper, as 堆高机驾驶证 does, while the bare 驾驶证 stays another
issuer's.
"""

from __future__ import annotations

import pytest

from lexicon.silence import OtherPapers
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    assert_sells,
    assert_silent,
)

_LEX = fresh_lexicon()
_RULES = {r.id: r for r in _LEX.rules}


def _cs001_papers() -> OtherPapers:
    return OtherPapers(_LEX, _RULES["CS-001"].params)


@pytest.mark.parametrize(
    "name",
    [
        "场内机动车驾驶证",
        "厂内机动车辆驾驶证",
        "场（厂）内专用机动车辆驾驶证",
        "场内专用机动车辆驾驶证",
    ],
)
def test_site_vehicle_licence_counts_whole(name):
    papers = _cs001_papers()
    assert papers.own_rx is not None and papers.own_rx.search(
        name.replace("（", "").replace("）", "")
    )


def test_bare_driving_licence_stays_another_paper():
    papers = _cs001_papers()
    assert "驾驶证" in papers.other
    assert "机动车驾驶证" not in papers.own
    assert papers.own_rx is not None
    assert not papers.own_rx.search("驾驶证复审")
    assert not papers.own_rx.search("机动车驾驶证复审")


#: special-equipment site-vehicle sellers the default pack read before scope5 and lost with it
_SITE_VEHICLE_SELLERS = [
    "场内机动车驾驶证考试包过，拿证快，报名电话 139 5727 0141",
    "场内机动车驾驶证复审不用考试，代办一条龙，电话 139 5727 0142",
    "场（厂）内专用机动车辆驾驶证代办，不用考试，包拿证，私聊",
    "厂内机动车辆驾驶证复审不用考，代办一条龙，私聊 139 5727 0143",
    "场内专用机动车辆驾驶证 考试包过 七天拿证 加v cn_70144",
    "厂内机动车驾驶证考试包过，拿证快，vx cn_70145",
    "场厂内机动车驾驶证复审不用考试，代办一条龙，电话 139 5727 0146",
]


@pytest.mark.parametrize("text", _SITE_VEHICLE_SELLERS)
def test_site_vehicle_licence_seller_fires_in_default_pack(det, text):
    assert_sells(det, text, ("certificate_sale", "guarantee_promise"), DEFAULT)


#: forklift and crane sellers written with 驾驶证 in other ways: they fire now and must keep firing
_FORKLIFT_SELLERS = [
    "叉车驾驶证不用考试，三天拿证，电话 139 5727 0151",
    "叉车 驾驶证 不用考 直接拿证 电话 139 5727 0152",
    "叉车-驾驶证，免考，包拿证，vx cn_70153",
    "叉车、驾驶证都能办，不用考，直接拿证，电话 139 5727 0154",
    "叉车驾驶证考试包过，拿证快，电话 139 5727 0155",
    "电瓶叉车驾驶证不用考试，包拿证，私聊",
    "叉车驾驶证复审不用考试，代办一条龙，电话 139 5727 0156",
    "起重机驾驶证免考直接拿证，微信 cn_70157",
    "堆高机驾驶证免考直接拿证，电话 139 5727 0158",
]


@pytest.mark.parametrize("text", _FORKLIFT_SELLERS)
def test_forklift_licence_seller_keeps_firing_in_default_pack(det, text):
    assert_sells(det, text, ("certificate_sale", "guarantee_promise"), DEFAULT)


#: the motor-vehicle licence alone stays the certificates and training packs' (scope5's reading)
_DRIVING_SELLERS = [
    "驾驶证不用考试，三天拿证，电话 139 5727 0161",
    "机动车驾驶证复审不用考试，代办一条龙，电话 139 5727 0162",
    "机动车驾驶证考试包过，拿证快，电话 139 5727 0163",
]


@pytest.mark.parametrize("text", _DRIVING_SELLERS)
def test_motor_vehicle_licence_stays_out_of_default_pack(det, text):
    assert_silent(det, text, DEFAULT)


@pytest.mark.parametrize("text", _DRIVING_SELLERS)
def test_motor_vehicle_licence_seller_found_in_its_pack(det, text):
    if "包过" in text:
        assert_sells(det, text, "guarantee_promise", TRAINING)
    else:
        assert_sells(det, text, "certificate_sale", CERTS)


#: a regulator's, a school's, a newspaper's, an exam centre's and an employer's lines on the same paper
_SITE_VEHICLE_LAWFUL = [
    "场（厂）内专用机动车辆驾驶证须经培训考试合格后由市场监管部门发证，不存在免考拿证",
    "本校开设场内机动车驾驶证培训，考试由市场监管局组织，合格后发证，咨询电话 0571-8888 6601",
    "记者调查发现，有中介声称场内机动车驾驶证复审不用考试，交钱就能代办，市场监管局提醒勿信",
    "场内机动车驾驶证复审须本人参加，考试合格后换发新证，咨询电话 0571-8888 6602",
    "厂内机动车驾驶证和驾驶证不是一回事，前者由市场监管部门考核发证，后者由车管所发放",
    "招聘厂内叉车司机，须持场内机动车驾驶证及驾驶证，电话 139 5727 0147",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SITE_VEHICLE_LAWFUL)
def test_site_vehicle_licence_lawful_line_is_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- 包录入系统: a certificate seller's record entry, no promised admission --------------------------

#: scope5 kept a guarantee beside the sale where the span says 包录 / 保录 (a promised admission); the
#: same characters begin a certificate seller's 包录入系统, whose 三天拿证 is the sold paper's delivery
_ENTRY_SELLERS = [
    "低压电工证免考，包录入系统，官网可查，三天拿证，私聊",
    "高处作业证不用考试，包录入国家系统，十天拿证，电话 139 5727 0181",
]


@pytest.mark.parametrize("text", _ENTRY_SELLERS)
def test_record_entry_is_no_admission_promise(det, text):
    assert_sells(det, text, "certificate_sale", DEFAULT)
    assert_silent(det, text, DEFAULT, of="guarantee_promise")


#: a promised admission, a pass or a course beside the sale keeps its guarantee (scope5's reading)
_ADMISSION_SELLERS = [
    "专升本包录取，不用考试，学信网可查，私聊 139 5727 0173",
    "成考大专保录取 不用考试 包毕业 加v cn_70174",
    "专升本保录 不用考试 学信网可查 私聊 139 5727 0177",
    "成考名校保录，不用考试，包毕业，加v cn_70178",
]


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize("text", _ADMISSION_SELLERS)
def test_admission_promise_keeps_its_guarantee(det, text, packs):
    assert_sells(det, text, "guarantee_promise", packs)


def test_record_entry_beside_a_pass_keeps_its_guarantee(det):
    assert_sells(det, "电工证免考代办，包过，包录入，加v cn_70172", "guarantee_promise", DEFAULT)


_ADMISSION_LAWFUL = [
    "专升本考试辅导班，不承诺录取，考试由省教育考试院组织，报名电话 0571-8888 6611",
    "成人高考报名，须本人参加全国统考，录取以省考试院公布为准，咨询 0571-8888 6612",
    "警方提醒：声称“专升本包录取、不用考试”的都是骗局，切勿轻信",
    "记者调查发现，一些中介以“成考包录取、不用考试”为噱头收取高额费用",
    "考试合格的学员由培训中心统一录入系统，证书可在官网查询，咨询电话 0571-8888 6614",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ADMISSION_LAWFUL)
def test_admission_lawful_line_is_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- EF-121's message against LAW.md ----------------------------------------------------------------


def test_ef121_names_the_national_exam_article_284_1_requires():
    """刑法第二百八十四条之一 reaches proxies and organised cheating "在法律规定的国家考试中" only
    (law.yaml's crim-284-1 and its caveat); EF-121 reads a review course's online completion test,
    so its message says the condition rather than the bare offence."""
    msg = _RULES["EF-121"].message
    assert "crim-284-1" in _RULES["EF-121"].law
    assert "法律规定的国家考试" in msg
    assert "需个案认定" in msg
