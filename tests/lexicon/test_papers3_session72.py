"""Session 72, papers3: the special-operations trade written in its own shorthand.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The construction site's special-operations trades named bare (司索, 信号工, 塔吊司机, 升降机司机,
  建筑电工) were not in ``terms/cert_trade``: a list of them with the waived exam, the day the paper
  comes and "能查" was silent in every pack.
- The paper "taken straight" (不用考 直接拿 / 直接领 / 直接给你) beside bare trades: CS-006 had no such
  delivery word.
- The pay the paper brings written after the day it comes (十天出 工资翻倍): with the spaces gone,
  CS-234's employer exception 出工资 read across them.
- The bosses whose crews must work 持证上岗, sold papers by the head or in bulk: CS-234's job-advert
  exception 持证上岗 took them too.
- Lawful twins: job adverts and contractors' checks that ask for the same trades' papers, schools'
  classes, exam notices, regulators' warnings, employers' pay days, everyday 直接拿.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: The construction trades named bare. Default pack.
_BUILDING = [
    "司索 信号工 不用考 直接出证 私我",
    "架子工 信号工 二十天出 网上能查 要的私",
    "塔吊司机 升降机司机 下月初出 可查 加v",
    "建筑电工 司索工 本月拿 可查 私聊",
    # sold6's strict xfail (test_sold6_session71.py), written there
    "叉车 司索 信号工 十天出 能查 要的扣1",
]

#: The paper taken straight beside bare trades. Default pack.
_STRAIGHT = [
    "电工 焊工 不用考试 直接拿 私我",
    "登高 制冷 免考 直接领 加微",
    "叉车 高压 不考 直接给你 要的扣1",
    "焊工 低压 不去考 直接拿走 私聊",
]

#: The pay the paper brings after the day it comes. Default pack.
_PAY = [
    "电工 焊工 十天出 工资翻倍 能查 私我",
    "叉车 登高 半个月出 工资翻番 可查 扣1",
]

#: Bosses whose crews must work 持证上岗. Default pack.
_BOSSES = [
    "持证上岗查得严的老板看过来 电工 焊工 批量办 二十天出 可查 私聊",
    "厂里要持证上岗的老板 叉车 电工 按人头算 半个月出 能查 加v",
]

_LAWFUL = [
    "招司索工、信号工，持证上岗，证件可查，电话0571-85001234",
    "司索 信号工 培训班 下月开班 考试合格后二十天出证 可查",
    "塔吊司机 升降机司机 考试安排：下月初出成绩，可在住建网站查询",
    "我们工地的司索工和信号工都有证，住建平台能查，欢迎检查",
    "应急局提醒：电工 焊工 不用考 直接拿 的都是假证，请勿相信",
    "快递到了你直接拿，别等我",
    "电工 焊工 半个月出工资 社保可查 包吃住",
    "电工 焊工 夜班 半个月出工资 节假日工资翻倍 社保能查",
    "项目部：持证上岗检查下周开始，电工 焊工 证件批量复印，十天内交齐，可查",
    "记者调查：有人声称持证上岗的证可以按人头批量办，十天出，能查",
    "塔吊司机 信号工 持证上岗 工资翻倍 十天进场 证件能查 电话0571-86005678",
    "我是信号工，司索也会，证都是自己考的，十天出的证，能查",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _BUILDING + _STRAIGHT + _PAY + _BOSSES)
def test_shorthand_sellers_fire_with_the_special_pack(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_lines_with_the_same_shorthand_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
