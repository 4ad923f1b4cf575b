"""Session 70, scope5: the categories and citations round 84 left (issue 9).
Sentences written for this file (not from any holdout set, the corpus, the rules' fixtures nor any
real text).

- (a) Sellers of an adult-education diploma with the exams "hosted" or spared (考试托管, 不用考试,
  包毕业) were reported as fake_certificate only (FC-219). DOMAIN.md names a certificate had without
  the real training and exam certificate_sale, a forged one fake_certificate: the school issues the
  diploma all the same, so CS-236 reads FC-219's words and reports beside it (FC-219 keeps the forged
  reading the older sets label), and neither the forged reading nor the training ad's 包毕业
  guarantee gives way to it on one clause.
- (b) A bare 驾驶证 counted as a special-operations paper (CS-001's other-paper check and every rule
  that borrows it) because Taiwan's 堆高机驾驶证 holds it: the forklift's name still counts whole,
  the motor-vehicle licence alone is another issuer's paper in the default pack.
- (c) Messages read against ``lexicon/law.yaml`` and ``../shared/LAW.md``: the 规定's article 21
  lets a clean holder be reviewed every six years (not "延长复审期限", an overdue review put off);
  no message states a rule LAW.md does not hold (住建 certificates, 职称 revoked, syllabus hours,
  the review course's hours, exam bodies' booking rules); a cited paragraph has its own law id.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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
    rule_ids,
)

_LEX = fresh_lexicon()
_RULES = {r.id: r for r in _LEX.rules}
_ROOT = Path(__file__).resolve().parents[2]
_LAW = yaml.safe_load((_ROOT / "lexicon" / "law.yaml").read_text("utf-8"))
_LAW_MD = _ROOT.parent / "shared" / "LAW.md"

# --- (a) diploma routes sold with the exams spared -------------------------------------------------

#: Sellers whose exams are hosted or spared; FC-219 read them at the start and still does.
_ROUTE_SELLERS = [
    "国开大专报名 学信网可查 考试我们全托管 私我 139 5727 0101",
    "函授专升本，作业考试都托管，人不用去，学费私聊 139 5727 0102",
    "成人高考大专 不参加考试也能毕业 学信网可查 名额不多 加v ck_70103",
    "自考本科不用考试，包毕业，学信网能查，加微 zk_70104",
    "网教本科 统考我们包了 考试全托管 一年半毕业 微信 wj_70105",
    "专升本全程托管，不用去考，包毕业，学信网可查，v：sb_70106",
]


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize("text", _ROUTE_SELLERS)
def test_route_sold_without_exams_is_a_certificate_sale(det, text, packs):
    assert_sells(det, text, "CS-236", packs)


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize("text", _ROUTE_SELLERS)
def test_fc219_still_reports_beside_it(det, text, packs):
    """The older sets label these sellers fake_certificate: that reading is not taken away."""
    assert_sells(det, text, "FC-219", packs)


@pytest.mark.parametrize("text", [_ROUTE_SELLERS[3], _ROUTE_SELLERS[5]])
def test_graduation_guarantee_stays_beside_the_sale(det, text):
    """包毕业 is the training ad's guarantee of a 学历 (advertising law art. 24(1)): with every pack
    on it is not given up to the sale of the route on the same clause."""
    assert_sells(det, text, "GP-101", ALL)


@pytest.mark.parametrize("text", _ROUTE_SELLERS)
def test_route_sale_is_the_certificates_pack_s(det, text):
    assert "CS-236" not in rule_ids(det, text, DEFAULT)
    assert "CS-236" not in rule_ids(det, text, TRAINING)


_LAWFUL_ROUTES = [
    "开放大学提醒：课程考试须本人参加，任何“考试托管”都是骗局，请勿转账",
    "自考本科招生：课程考试本人参加，按省自考办公布的办法申请课程免考，咨询电话 0571-8627 0111",
    "函授大专每学期面授两次，期末考试本人到学习中心参加，修满学分方可毕业",
    "网教专升本：平时不去也能毕业，网上学习，考试本人到学习中心参加，学信网可查，咨询 0571-8627 0112",
    "国开课程托管在学习网平台上，学员登录即可学习，咨询 0571-8627 0113",
    "成考辅导：考试我们包了辅导资料和模拟卷，考试本人参加，咨询 0571-8627 0114",
    "记者调查：有中介声称“成考不用考试、包毕业”，收费两万元后失联",
    "法院判决：被告人以“自考免考包毕业”为噱头收取学费，构成诈骗罪",
    "成人学历报名须知：学费由银行托管，按学期划扣，咨询电话 0571-8627 0115",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_ROUTES)
def test_lawful_route_is_silent(det, text, packs):
    assert_silent(det, text, packs)


def test_cs234_reads_what_fc219_reads():
    """One reading under two categories: the same groups, window, stance and exceptions, so the
    two can never drift apart (a change to one is a change to both)."""
    cs, fc = _RULES["CS-236"], _RULES["FC-219"]
    assert cs.category == "certificate_sale" and fc.category == "fake_certificate"
    assert cs.pack == fc.pack == "certificates"
    assert cs.refs == fc.refs and cs.window == fc.window and cs.unless == fc.unless
    assert cs.params == fc.params


def test_cs234_cites_the_sale_not_the_forgery():
    cs = _RULES["CS-236"]
    assert {"ecom-13", "ecom-29", "crim-284-1"} <= set(cs.law)
    assert "crim-280" not in cs.law
    assert "第二百八十条之罪" not in cs.message


# --- (b) a bare 驾驶证 is no special-operations paper ------------------------------------------------


def _cs001_papers() -> OtherPapers:
    return OtherPapers(_LEX, _RULES["CS-001"].params)


def test_driving_licence_alone_is_another_paper():
    papers = _cs001_papers()
    assert "驾驶证" in papers.other
    assert "驾驶证" not in papers.own


def test_forklift_licence_counts_whole():
    papers = _cs001_papers()
    assert "堆高机驾驶证" in papers.own
    assert papers.own_rx is not None and papers.own_rx.search("堆高机驾驶证复审")
    assert not papers.own_rx.search("驾驶证复审")


_DRIVING_SELLERS = [
    "驾驶证不用考试，三天拿证，电话 139 5727 0121",
    "驾驶证科目一包过，七天拿证，微信 jz_70122",
    "驾驶证考试包过，拿证快，报名电话 139 5727 0123",
    "驾驶证复审不用考试，代办一条龙，电话 139 5727 0124",
]


@pytest.mark.parametrize("text", _DRIVING_SELLERS)
def test_driving_licence_is_not_the_special_ops_pack_s(det, text):
    assert_silent(det, text, DEFAULT)


@pytest.mark.parametrize(
    ("text", "packs"),
    [
        ("驾驶证不用考试，三天拿证，电话 139 5727 0121", CERTS),
        ("驾驶证免考快速拿证，私聊", CERTS),
        ("驾驶证科目一包过，七天拿证，微信 jz_70122", TRAINING),
        ("驾驶证复审不用考试，代办一条龙，电话 139 5727 0124", CERTS),
    ],
)
def test_driving_licence_seller_is_still_found_in_its_pack(det, text, packs):
    assert_sells(det, text, ("certificate_sale", "guarantee_promise"), packs)


_FORKLIFT_SELLERS = [
    "堆高机驾驶证复审代办，本人不用去，私聊",
    "堆高机驾驶证不用考试直接拿证，电话 139 5727 0131",
    "叉车证复审代办，本人不用去车管所，私聊",
    "驾驶证复审代办，电工证免考也能办，电话 139 5727 0132",
    "复审代办，本人不用去车管所，不用考，电话 139 5727 0133",
]


@pytest.mark.parametrize("text", _FORKLIFT_SELLERS)
def test_special_ops_paper_beside_it_still_sells(det, text):
    assert_sells(det, text, "certificate_sale", DEFAULT)


# --- (c) messages against law.yaml and LAW.md ----------------------------------------------------

_REVIEW_RULES = ["CS-206", "CS-225", "CS-227", "CS-228", "CS-233"]


@pytest.mark.parametrize("rid", _REVIEW_RULES)
def test_review_messages_say_what_article_21_says(rid):
    r = _RULES[rid]
    assert "延长复审期限" not in r.message
    assert "延长至每6年1次" in r.message and "10年以上" in r.message
    assert "sp-21" in r.law
    assert "延长至每6年1次" in _LAW["sp-21"]["text"]


@pytest.mark.parametrize(
    ("rid", "claim"),
    [
        # the construction safety certificate's own rule is not in LAW.md
        ("CS-017", "同样只能由本人使用"),
        # the 规定's art. 30 revokes special-operations papers only
        ("CS-205", "骗取的证书会被撤销"),
        # art. 5 says 专门的安全技术培训, not a syllabus's hours
        ("GP-003", "按大纲学时"),
        # arts. 5 and 21 set neither the review course's hours nor who sits them
        ("EF-121", "按规定学时学习"),
        ("EF-121", "第五条、第二十一条"),
        # the exam bodies' booking rules are not in LAW.md
        ("EF-113", "不能转让；"),
    ],
)
def test_message_drops_the_unsourced_claim(rid, claim):
    assert claim not in _RULES[rid].message


def test_gp003_quotes_article_5():
    msg = _RULES["GP-003"].message
    assert "专门的安全技术培训" in msg and "专门的安全技术培训" in _LAW["sp-5"]["text"]


def test_fc203_cites_the_second_paragraph_it_names():
    fc = _RULES["FC-203"]
    assert "第二百八十条第二款" in fc.message
    assert "crim-280-2" in fc.law
    assert _LAW["crim-280-2"]["citation"].endswith("第二百八十条第二款")
    assert "事业单位" in _LAW["crim-280-2"]["text"]


def test_second_paragraph_is_law_md_s_words():
    # ../shared/LAW.md sits beside every checkout the project runs in (README), as scope4's test reads it
    assert _LAW["crim-280-2"]["text"] in _LAW_MD.read_text("utf-8")


def test_ef113_stays_exam_fraud_and_says_why():
    ef = _RULES["EF-113"]
    assert ef.category == "exam_fraud"
    assert "不是证书买卖" in ef.message


@pytest.mark.parametrize(
    "rid", ["CS-017", "CS-205", "GP-003", "EF-121", "FC-203", "EF-113", "CS-236"]
)
def test_every_law_id_is_in_law_yaml(rid):
    assert set(_RULES[rid].law) <= set(_LAW)
