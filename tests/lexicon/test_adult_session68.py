"""Session 68, adult: lawful continuing-education recruitment beside sold degrees (holdout236's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures); the first line of
``_ROUTE_FAR`` is the lead's own probe.

- A lawful adult-education ad (成人高考, 自学考试, 国开, 网教, 专升本, 非全日制研究生) names its route at the head
  of the line and its true claim (学历国家承认, 学信网可查) more than a window further on, with a teacher's
  name and a phone: the certificates pack's FC-209 (certificate name + 可查 + contact) fired, its
  route-name exceptions (成人高考, 自考 …) reaching only twelve characters; CS-203 read 学历 + 可查 as a
  terse listing.
- Sellers of the same surface keep firing: the route named with a forger's boast (一比一, 钢印, 保真), a
  price, a 学信网 entry sold (学籍补录, 直接上学信网), the exams skipped (不用考试, 包毕业).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    assert_sells,
    assert_silent,
)

#: A study route at the head of the line, its true claim further on, a teacher and a phone: silent in
#: every pack.
_ROUTE_FAR = [
    "成人高考报名开始啦，专升本、高起专，学历国家承认，学信网可查，咨询王老师",
    "自学考试助学班春季招生，每门课程都要参加统一考试，全部合格后毕业，学历国家承认，学信网可查，咨询李老师 13957161101",
    "国开本科秋季报名中，课程考试在本地考点进行，学分修满后毕业，学历学信网可查，咨询电话 0571-86331102",
    "非全日制研究生考前辅导班招生，初试复试都要过，录取后读完拿的学历学信网可查，咨询王老师 13957161103",
    "专升本考前冲刺班报名中，录取以考试成绩为准，考上后学历国家承认，学信网可查，电话 0571-86331104",
    "问：网教本科的学历学信网能查吗？\n答：能，前提是每门课都考过，咨询王老师 13957161105",
    "在读国开的姐妹们，每学期都要去考点考试，论文自己写，读完拿的学历学信网能查，想报名问学习中心 13957161106",
]

#: Sellers of the same surface: the certificates pack still names them.
_SELLERS_CERTS = [
    ("自考本科毕业证 一比一 钢印 学信网可查 加v zk_fz01", "fake_certificate"),
    ("成人高考报名中，专升本不用考试，学信网可查，咨询王老师 13957161111", "FC-219"),
    ("专升本学历直接上学信网，交钱就行，不用读书，电话 13957161112", "certificate_sale"),
    ("国开本科，学信网可查，价格私聊，包毕业 加v gk_9911", "FC-219"),
    ("网络教育报名中，学历学信网可查，学籍补录，交钱就能上，私聊 wj_9912", "certificate_sale"),
    ("成人高考报名进行中，本科学历学信网可查，一比一原版，加v ck_fz13", "fake_certificate"),
    ("专升本招生，学历学信网可查，保真，价格私聊 加v zsb_0014", ["FC-209", "CS-203"]),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _ROUTE_FAR)
def test_study_route_named_far_from_its_claim_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize(("text", "what"), _SELLERS_CERTS)
def test_degree_sellers_beside_them_still_fire(det, text: str, what, packs) -> None:
    assert_sells(det, text, what, packs)
