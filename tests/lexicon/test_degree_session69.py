"""Session 69, degree: diploma and degree sellers beside lawful adult education (holdout241's class).

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A degree route (国开, 函授, 电大, 网教, 成考, 自考) sold with its exams "hosted" (考试托管, 考试我们全托管,
  统考我们包了, 不去考试也能毕业, 躺着毕业): only the learned model found these in the certificates pack;
  FC-219 knew 考试我们安排 / 全包 but not 托管, and not 统考 as the exam's name.
- A degree record put into 学信网 by the seller (学历直接录入学信网, 学籍入库学信网): CS-207 reads
  直接录入 only beside a licence's name.
- Lawful neighbours stay silent in every pack: children's 托管 beside an adult-education class, 学费
  escrow, the exam office's 缺考 rule, the school entering a new student's 学籍 into 学信网, the
  archive sent on to the talent centre, and warnings that name the sellers' words.
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

#: A degree route whose exams the seller "hosts": a rule names them in the certificates pack.
_HOSTED = [
    "国开专科报名，课程考试托管，学信网可查，加v gk_tg6901",
    "函授本科，不去考试也能毕业，学信网可查，私聊 13957246902",
    "电大本科，期末考试我们全托管，到期拿证，电话 0571-86246903",
    "网教专升本，统考我们包了，学信网可查，加v wj_tk6904",
    "成考本科 考试全托管 躺着毕业 私我 13957246905",
    "自考本科报名，统考全托管，两年拿证，学信网可查，电话 0571-86246906",
]

#: A degree record entered into 学信网 by the seller: a rule names it in the certificates pack.
_ENTERED = [
    "本科学历直接录入学信网，交钱半年可查，加v xl_lr6907",
    "大专学籍内部录入学信网，不用读书，价格私聊 13957246908",
    "又帮两位客户把学历档案录进学信网了，有需要的私我 13957246909",
]

#: The same words said by schools, offices, papers and learners: silent in every pack.
_LAWFUL = [
    "成考辅导班周末上课，另设儿童托管，家长上课孩子有人看，咨询 13957246911",
    "自考生注意：不去考试的科目按缺考处理，缺考不影响下次报考，详见省考试院通知",
    "网教学费由银行托管，按学期划扣，每门课程考试本人参加，学历学信网可查，咨询张老师 13957246913",
    "学信网提醒：学历信息由高校在学生毕业后录入学信网，任何个人和中介都无法直接录入",
    "新生注意：入学一个月内学籍由学校统一录入学信网，请登录核对个人信息，电话 0571-86246915",
    "统考辅导班开课：大学英语和计算机两门统考我们负责辅导，考试需本人参加，电话 0571-86246916",
    "成考本科考试托管是骗局，考试只能本人参加，千万别交钱",
    "毕业生档案已由学校统一整理，转递到生源地人才中心，请注意查收通知",
    "国开学习中心提醒：期末考试不能托管给任何人，替考一经查实取消成绩",
    "我读函授三年，每次考试都自己去，终于毕业了，学信网也能查到了",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _HOSTED)
def test_degree_route_with_hosted_exams_is_sold(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _ENTERED)
def test_degree_record_entered_by_the_seller_is_sold(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_hosting_entry_and_warnings_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


#: Second reading, written with the fix: lawful lines with the new words (a course hosted on a
#: platform, a fee that covers the exam, a school entering its graduates' records in its own words,
#: the school's 学历证明书 for a lost diploma) stay silent in every pack.
_LAWFUL_SECOND = [
    "网教专升本学费八千，教材和课程都包了，考试本人参加，学信网可查，电话 0571-86246931",
    "国开课程托管在学习网平台上，学员登录即可学习，期末考试在考点进行，咨询 13957246932",
    "自考本科报名，学费一次交清，考试费我们包了，考试本人参加，电话 0571-86246940",
    "成考辅导：考试我们包了辅导资料和模拟卷，考试本人参加，咨询 13957246964",
    "问：网教统考可以托管吗？\n答：不可以，统考必须本人到考点参加，咨询 13957246937",
    "毕业生的学历信息会由学校录进学信网，一般在七月完成，有问题联系教务处 0571-86246920",
    "校友办：毕业证书遗失的可在学校官网申请学历证明书，办好后邮寄到家，不收费用",
    "学位证丢了怎么办？向学校学位办申请学位证明书，本人带身份证，当天可取，电话 0571-86246951",
]

#: Second reading: sellers who say the same a little differently still fire in the certificates pack.
_SELLERS_SECOND = [
    "国开本科 作业考试我们全托管 两年半领证 私聊 gk_0941",
    "网教本科统考都包了，不去也能毕业，学信网可查，价格私聊",
    "学员：成考能托管吗？\n老师：能，考试我们托管，包毕业，加v ck_0944",
    "本科学历能录进学信网，交钱就办，微信 lj_0201",
    "学历证明书代办，不用本人回学校，三天邮寄到家，加v zm_0953",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_SECOND)
def test_second_reading_lawful_lines_are_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _SELLERS_SECOND)
def test_second_reading_sellers_still_fire(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
