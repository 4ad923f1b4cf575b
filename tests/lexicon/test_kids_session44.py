"""Session 44, helper "kids": children's grading, competition-award and athlete-grade papers.

Sentences written for this test (not taken from the held-out set or any outside text).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


def _rules(det, text: str) -> set[str]:
    return rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a prize or a grade promised beside a competition, grading or sports-test word
        ("化学竞赛 寒假集训 包拿奖 没拿奖全额退费 加v hx2026", "GP-101"),
        ("数学竞赛 保一等奖 不获奖不收费 名额私聊", "GP-101"),
        ("一级运动员 达标集训 包达标 报名找教练 私信", "GP-101"),
        ("信奥 初赛 稳进复赛 签协议 私我", "GP-101"),
        # the sports test run by someone else, the grading examiner known
        ("二级运动员 达标测试 有人替跑 全程安排 私聊", "EF-101"),
        ("钢琴考级 考官都熟 弹错也能过 报名电话 一三九 零零零零 一一一一", "EF-109"),
        ("白名单竞赛 初赛 远程协助 有人帮你答 微信 js-2026", "EF-101"),
    ],
)
def test_offers_fire(det, text: str, rule: str) -> None:
    assert rule in _rules(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "本竞赛班按历年真题讲解，获奖与否取决于学生自身，我们不承诺包拿奖",
        "接力赛规则：每队可在赛前申请一名队员替跑，须经裁判长同意",
        "周末踢野球，裁判都是熟人，大家图个开心",
        "考级考官由考级机构统一委派，与任何培训机构无关",
        "一科创大赛获奖作品被指由家长代做，组委会撤销其奖项",
        "二级运动员证怎么考？达标测试要在什么比赛里跑？",
        "关于市中小学生科技创新大赛获奖名单的公示：公示期五天，如有异议请向组委会反映",
        "教育部公布面向中小学生的竞赛名单，竞赛不得收费，获奖结果不得作为招生依据",
        "美术考级报名简章：考生现场作画，成绩合格后颁发证书，考级机构不组织考前辅导",
        "据报道，某机构宣称“竞赛包省一、不获奖退款”，被市场监管部门罚款",
    ],
)
def test_lawful_and_reporting_silent(det, text: str) -> None:
    assert _rules(det, text) == set()


def test_weekend_referee_is_not_an_insider(det) -> None:
    # 裁判 is left out of the insider words on purpose: a referee who is a friend is no exam fraud
    assert "EF-109" not in _rules(det, "这场友谊赛裁判都是熟人，输赢无所谓")
