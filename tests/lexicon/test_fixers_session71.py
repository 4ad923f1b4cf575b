"""Session 71 (fixers): sellers who fix the exam itself rather than skip it -- the exam room
arranged (考点打点好了, 考场安排了人), the grader and the score (成绩能调, 分数能改, 考评员是我们的人),
the computer system (后台有人帮你提交, 机位上有人改答案) and the exam made a formality (进去点点鼠标
就行, 实操随便做做都给过).

Sentences written for this file (not from holdout251 nor any other held-out set, nor the rules'
fixtures).

Before this round only the learned model found most of these in the default pack, or nothing did.
Exam centres describing their own rooms and marking, warnings and court news quoting the fixers,
learners on their own exam, schools' mock systems and job ads for exam-site or IT staff write the
same words; they stay silent in every pack run. The sellers are found by a rule where the
special-operations pack runs.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import ANY_RULE, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

#: Sellers: the exam room arranged for the buyer.
EXAM_ROOM = [
    "焊工证考点那边我们都打点好了，你人过去就行，私我",
    "电工证这批考场都安排了人，你去了照着点就过，加v dg_7101",
    "叉车证考场里有我们的人，你进去走个样子，微信 cc7102",
    "登高证考点已经打过招呼了，去了就能过，有意私聊",
    "制冷证 考点全打点了 到场就过 要的私",
]

#: Sellers: the grader or the score fixed.
SCORE = [
    "焊工证成绩我们这边可以调，你放心考，私我",
    "电工证理论分数不理想我们能帮你改，加v dg_7111",
    "叉车证实操考评员是我们的人，分给你打够，私聊",
    "登高证考完分数不满意可以改，找我",
    "制冷证阅卷有我们的人，你随便写，分会调上去，v 7114",
]

#: Sellers: the computer system or a remote hand.
SYSTEM = [
    "电工证机考后台有人帮你提交答案，你坐那就行，私我",
    "焊工证考试的机位那边有人盯着，会帮你改答案，加v hg_7121",
    "登高证考试系统里有我们的人，交卷就合格，私聊",
]

#: Sellers: the exam made a formality.
FORMALITY = [
    "电工证考试进去点点鼠标就行，别的我们管，私我",
    "焊工证实操随便做做都能过，考场安排好了，加v hg_7131",
    "叉车证理论随便答都给过，私聊",
]

#: Lawful twins: exam centres, warnings and news, learners, schools, job ads, everyday talk.
LAWFUL = [
    # exam centres
    "本考点机位由系统随机分配，监考全程录像，焊工证考生请按时入场",
    "电工证理论为计算机考试，系统自动评分，交卷后当场显示成绩",
    "叉车证实操由两名考评员分别打分，成绩当天在公示栏公布",
    "登高证考场已安排好，请考生凭身份证和准考证入场",
    "成绩有异议的考生可在七日内申请复核，电工证复核只查漏评错评",
    # warnings and news
    "有人说焊工证考点已打点好，这是诈骗，请勿相信",
    "警方提醒：声称成绩能调、分数能改的都是骗子",
    "法院查明，被告人谎称考场里有自己的人，收取考生费用后失联",
    "网传电工证机考后台有人帮你提交答案，应急管理局回应纯属谣言",
    "记者暗访发现，有中介自称考评员是他们的人，事后却联系不上",
    # learners
    "进去点点鼠标就行？电工证实操可没那么容易",
    "我的叉车证实操可不是随便做做就过的，练了整整十天",
    "焊工证理论机考就是点鼠标选答案，题要提前刷熟",
    "登高证分数不满意也只能下次再考，没别的办法",
    # schools
    "本校电工证模拟考试系统和考场一样，进去点鼠标答题，报名咨询",
    "焊工证培训班考前统一安排车辆送学员到考点，考试须本人参加",
    # job ads and everyday
    "招聘软件工程师，负责考试后台提交模块开发",
    "考试中心招聘监考员若干，负责考场机位巡查",
    "婚宴那边都打点好了，你人到就行",
    "老师说这道题答案写错了，帮你改一下",
]

#: (second reading, added after the fix) lawful lines with the new words and a contact or a call:
#: a school's and an employer's exam day, a system's practice bank, a learner's lucky pass, a
#: regulator's ban and a school's timetable. The first two fired EF-005's first version.
SECOND_READING_LAWFUL = [
    "焊工证培训，考场都安排好了，学员统一报名，咨询 0571-86710201",
    "叉车证考试，考点都安排好了，学员周六七点在门口集合，电话 0571-86710202",
    "电工证考试系统里有题库练习功能，扫码进入，报名咨询李老师",
    "登高证理论我随便答的竟然过了，运气不错",
    "严禁考评员给考生改答案，电工证考试一经发现取消考评资格",
    "我们和考点合作多年，焊工证考试安排好了会短信通知你，报名私我",
]

#: (second reading, added after the fix) sellers who write the same thing slightly differently.
SECOND_READING_SELLERS = [
    "制冷证分数不够可以给你改成及格，私我",
    "高压电工证 考场已打点好 随便做做都过 加v gy_7141",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", SECOND_READING_SELLERS)
def test_a_fixer_written_differently_is_found(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "exam_fraud", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", SECOND_READING_LAWFUL)
def test_schools_employers_learners_and_bans_with_the_new_words_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", EXAM_ROOM + SCORE + SYSTEM + FORMALITY)
def test_a_fixer_of_the_exam_is_found_by_a_rule(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", EXAM_ROOM + SCORE + SYSTEM + FORMALITY)
def test_a_fixer_of_the_exam_is_exam_fraud(det: Any, text: str, packs: Any) -> None:
    assert_sells(det, text, "exam_fraud", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", LAWFUL)
def test_exam_centres_warnings_learners_schools_and_job_ads_stay_silent(
    det: Any, text: str, packs: Any
) -> None:
    assert_silent(det, text, packs)
