"""Session 69, review124: second reading of degree (round 84's hosted exams and 录进学信网).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- degree put the bare 不去也能毕业 / 不去也毕业 into ``terms/route_skip`` (FC-219): a network-education
  school's own line says its students need not go to classes (平时不去也能毕业，网上学习，考试本人参加)
  and was read as a degree route skipped.
- degree put 录进学信网 into ``terms/record_entry`` (CS-207) with 由学校 / 学校统一 / 教务处 as the
  school's words; a school also writes 学籍统一录进学信网, 学校录进学信网的, 新生学籍录进学信网后请本人登录核对,
  beside the exams its students sit themselves.
- The sellers of the same shape (学籍统一录进学信网，不用考试，包毕业; 录进学信网，本人登录核对就能查到，交钱
  三个月搞定; 平时不去也能毕业 with the exams hosted) still fire in the certificates pack.
- Lawful lines with degree's other new words (托管 of theses and children, 统考 fees 全包, 内部入库 in an
  archive's notice and a court finding, 躺着拿证 in the news, 学位证明书 from the school) stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    assert_sells,
    assert_silent,
)

#: Schools and learners in degree's new words: silent in every pack run.
_LAWFUL = [
    # the network-education school: classes need no attendance, the exams are sat in person
    "网教专升本：平时不去也能毕业，网上学习，考试本人到学习中心参加，学信网可查，咨询 13957240016",
    "开放教育本科，平时不去也毕业，课程在网上学，期末考试本人参加，咨询电话 0571-86240017",
    # the school enters its own students' records into 学信网
    "成教学院：新生学籍录进学信网后，请本人登录核对，有误联系班主任 13957240032",
    "我们学院的毕业证都是学校录进学信网的，本人考试毕业，学信网可查，招生电话 0571-86240033",
    "函授本科招生：学籍统一录进学信网，考试本人参加，毕业证学信网可查，咨询 13957240034",
    # guards that already hold: degree's other words in lawful lines
    "函授本科毕业论文托管在学院论文系统里，学生登录上传，通过答辩后发学位证，电话 0571-86240011",
    "网教统考辅导班：大学英语、计算机统考辅导全包含教材和题库，考试本人参加，电话 0571-86240007",
    "幼儿托管招生：暑期托管班开课，家长可同时报读成考大专，毕业证国家承认，电话 0571-86240010",
    "法院审理查明，被告人谎称能将学历“内部入库”学信网，骗取被害人钱款共计八万元",
    "档案室通知：本年度毕业生档案内部入库工作已完成，学籍档案可到档案馆查阅",
    "新闻：多名学员轻信“躺着毕业”的成考广告被骗，警方提醒考试只能本人参加",
    "网教本科的统考两门都搞定了，明年春天就能拿毕业证了，学信网可查，开心",
    "学校说明：毕业证遗失不补发，可申请学历证明书，本人持身份证到教务处办理",
    # second reading of the fix: more of the school's notices
    "成人高考录取后学籍统一录进学信网，新生请登录核对，考试本人参加，电话 0571-86240064",
    "教务处提醒：学籍录进学信网后请本人核对，姓名有误的在本周内报班主任",
]

#: Sellers of the same shape: a rule still names them in the certificates pack.
_SELLERS = [
    "学籍统一录进学信网，不用考试，包毕业，私我 13957240051",
    "大专学历找学校录进学信网，不用上课不用考试，价格私聊 13957240052",
    "成考专升本 平时不去也能毕业 考试我们全托管 加v ck_6053",
    "学历录进学信网，本人登录核对就能查到，交钱三个月搞定，加v xl_6054",
    "本科学历录进学信网，本人不用考试，私我 13957240055",
    "函授本科全程托管，不用去考试，学信网可查，电话 13957240108",
    "网教统考有人替，毕业证学信网可查，价格私聊",
    # second reading of the fix: the school's words with a fee, a wait or a token visit (the first
    # version excused 本人参加 / 本人考试 too and silenced all three)
    "学籍统一录进学信网，一万二全包，三个月可查，电话 13957240061",
    "大专学历录进学信网，本人参加一次面授就行，半年可查，13957240062",
    "学历录进学信网后本人登录核对，费用八千，微信 xl_6063",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_schools_and_learners_in_degree_words_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _SELLERS)
def test_degree_sellers_of_the_same_shape_still_fire(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
