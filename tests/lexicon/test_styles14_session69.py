"""Session 69, helper styles14: the real-text styles holdout242 found failing at round 84's start.

Sentences written for this file (none is a row of holdout242 or of any real text). holdout242 holds
sellers and lawful lines in the styles the project's sets still held least (live-stream transcripts,
forum floors, notes with #tags, e-mail spam, group announcements, page chrome, OCR text, press-release
tables, exam-result lists, brochures, court findings). On the unchanged code two of its false-alarm
groups are read here:

- a learner's note telling when the paper came after the exam (电工证考完二十天出证，官网能查) raised
  CS-001 in the default pack: CS-003 and CS-201 already excuse the holder's 考完, CS-001 did not;
- an exam-result notice's list of passed names (以上人员证书将于二十个工作日内制作完成) raised FC-201 in
  the certificates pack: the office making its own papers read as a forger's 制作.

Each reading is tested with its sellers (must fire where their pack runs) and with the lawful
twins a learner, a school or an office would write with the same words (silent in every pack).
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

#: The holder's exam sat before the paper came (考完 N 天出证).
_SAT_THEN_ISSUED_LAWFUL = [
    "电工证考完二十天出证，官网能查",
    "📌低压电工考证笔记\n题库刷了三遍✅\n考完二十天出证，官网能查\n#电工证",
    "焊工证考完多久出证？一般二十个工作日，官网能查",
    "叉车证我考完半个月就拿到了，去考点领的",
]
#: A seller's skip, stand-in, errand or call beside the same 考完 still sells.
_SAT_THEN_ISSUED_SELLERS = [
    "制冷证考试我们帮你搞定，人不用到，考完二十天拿证，能查，联系赵老师 13957189901",
    "焊工证包过，考完二十天出证，加v hg_9902",
    "电工证代考，考完二十天出证，电话 0571-86249903",
    "电工证代办，考完二十天出证，电话 0571-86249904",
    "电工证不用本人去，考完二十天出证，私聊",
]

#: An exam-result notice's list of names whose papers the office makes.
_RESULT_LIST_LAWFUL = [
    "低压电工作业考试合格人员名单公示\n周明 吴芳 郑涛\n以上人员证书将于二十个工作日内制作完成，公示期五天",
    "以上人员证书将于二十个工作日内制作完成",
    "考试合格人员证书正在制作，请耐心等待",
    "以上学员的证书已制作完毕，请到前台领取",
]
#: A forger who names the same list still makes papers.
_RESULT_LIST_SELLERS = [
    "以上人员证书我们都能制作，一比一，加v zz_9905",
    "合格人员证书制作 高仿 钢印 加v zz_9906",
    "以上考生的成绩单和证书都可以帮你制作，私聊",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _SAT_THEN_ISSUED_LAWFUL)
def test_paper_issued_after_the_exam_sat_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SAT_THEN_ISSUED_SELLERS)
def test_sellers_beside_the_exam_sat_still_sell(det, text: str, packs) -> None:
    assert_sells(det, text, "CS-001", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _RESULT_LIST_LAWFUL)
def test_result_list_papers_made_by_the_office_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _RESULT_LIST_SELLERS)
def test_forgers_naming_the_list_still_forge(det, text: str, packs) -> None:
    assert_sells(det, text, "fake_certificate", packs)
