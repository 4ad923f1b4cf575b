"""Session 69, scope4: pack scope and the law each message cites (round 83's scope leftovers).
Sentences written for this file (not from any holdout set, the corpus, the rules' fixtures nor any
real text).

- (a) The certificates pack covers sold and forged certificates of every kind, yet it was silent
  on renewals sold as an errand that name no paper (复审一条龙代办，本人不用回去) and on an expired
  card's renewal sold without the exam (叉车证复审过期了，不用重新考，原号延期): the special-operations
  pack's CS-206 read them alone. The lawful renewal notices beside them stay silent everywhere.
- (b) Every rule message that names a law cites an article ``../shared/LAW.md`` holds, of that law;
  no message rests on a provision the project never copied (招标投标法, the medical-insurance fund
  regulation, the 规定's article 4) nor says what the copied text does not (a driving licence's
  agent "lawful" by a rule nobody checked; 刑法第二百八十条 for borrowing an organ's name, which that
  article does not name; the 规定's article 29, the query system, for a reissue).
- (c) Refunds in a training ad: a refund or a free retake keyed to failing the exam (不过退费, 不过全退,
  没过退资料费 with no word against the pass, 免费重修 until the pass) is the implied guarantee
  Advertising Law art. 24(1) forbids; a school that first says it promises no pass and then returns
  only the materials fee, or offers the one retake the 规定 allows (art. 13), promises nothing.
"""

from __future__ import annotations

import re

import pytest

from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import (
    ALL,
    CERTS,
    EVERY_PACK,
    TRAINING,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

# --- (a) renewal sellers in the certificates pack -------------------------------------------------

_UNNAMED_RENEWALS = [
    "复审一条龙代办，本人不用回去，电话 13957269401",
    "复审不用回去，我们代办，价格私聊",
    "证件到期复审帮你跑腿，人不到场也行，加v fs_s69a03",
    "楼上问复审的，我们有渠道，本人不用去，私聊",
]

_NAMED_RENEWALS = [
    "叉车证复审过期了，不用重新考，原号延期，加微信 cc_s69a05",
    "电工证复审代办，本人不用回去，包过，电话 13957269406",
    "焊工证复审一条龙，不用上课不用考试，私聊",
    "高处作业证复审代办，人不用到场，三天办好，微信 gc_s69a08",
    "制冷证超期了也能补复审，不用本人跑，电话 13957269409",
    "司炉证复审代办，人在外地也能办，加v sl_s69a10",
    # second reading: sellers written a little differently
    "复审的找我，不用回去，包办，v：fs_s69b01",
    "电工焊工登高复审 一条龙 人不到场 加v fs_s69b02",
    "电工证复审一条龙，不用回去上课，本人到场签个字就行，加v fs_s69b04",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _UNNAMED_RENEWALS + _NAMED_RENEWALS)
def test_renewal_seller_is_found_in_the_certificates_pack(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _UNNAMED_RENEWALS + _NAMED_RENEWALS)
def test_renewal_seller_is_still_found_in_the_special_ops_pack(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


_OTHER_PAPER_RENEWALS = [
    "导游证复审一条龙代办，本人不用回去，电话 13957269411",
    "教师资格证复审代办，人不用到场，加v js_s69a12",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _OTHER_PAPER_RENEWALS)
def test_other_papers_renewal_is_found_in_the_certificates_pack(det, text, packs):
    assert_sells(det, text, "certificate_sale", packs)


@pytest.mark.parametrize("packs", [None, TRAINING])
@pytest.mark.parametrize("text", _OTHER_PAPER_RENEWALS)
def test_other_papers_renewal_stays_out_of_the_special_ops_pack(det, text, packs):
    assert_silent(det, text, packs, of="CS-")


_LAWFUL_RENEWALS = [
    "电工证复审须本人到原发证机关参加复审培训，不能代办，咨询电话 0571-12350",
    "公司统一组织电工证复审，本人须参加复审培训，请到办公室报名",
    "外地从业的焊工可在从业所在地申请复审，不用回户籍地，详询应急管理局窗口",
    "提醒：网上“复审代办，本人不用回去”都是骗局，请到发证机关办理",
    "本校承接电工证复审培训，学员本人到校上课满学时，考核合格后由发证机关办理复审，电话 0571-86269413",
    "商标驳回复审代办，不用本人到场，全程线上，电话 13957269414",
    "记者暗访发现，有中介打出“复审一条龙代办，本人不用回去”的广告，收费六百元",
    "复审不用重新考试，参加复审培训合格即可，请本人到原发证机关办理，电话 0571-86269416",
    "问：人在外地，电工证复审能不能不回去？答：可以在从业所在地申请，本人到当地考点参加培训",
    # second reading: a school's renewal course sat in person, a unit's errand, the office's answer,
    # other trades' and welfare reviews run by an agent
    "本中心提供复审培训报名一条龙服务，学员本人到校上课，外地学员不用回原籍，电话 0571-86269501",
    "本校复审培训一条龙服务，外地学员不用回原籍，本人到考点上课即可，电话 0571-86269508",
    "公司安排专人帮你办复审报名，人在外地的可以在当地考点参加培训，电话 0571-86269502",
    "答：人在外地的可在从业所在地办理复审，不用回原发证地，当地政务大厅可以帮你办",
    "低保年度复审由社区代办，老人不用跑腿，咨询电话 0571-86269503",
    "高新技术企业资格复审一条龙代办，企业不用跑，电话 13957269507",
    "有人打着“复审一条龙，人不到场”的旗号收费，市民发现后报警，警方提醒：复审须本人参加",
    "问：复审能不能找人代办，本人不用回去？答：不行，须本人参加复审培训",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_RENEWALS)
def test_lawful_renewal_notice_is_silent(det, text, packs):
    assert_silent(det, text, packs)


# Lawful lines CS-201 reads in the certificates pack since before this round (a unit's own renewal
# errand, a driving licence's agent with a mobile number): the new renewal reading (CS-233) adds
# nothing.
_CS201_ALREADY = [
    "公司统一组织复审，不用本人跑，安全科代办报名，请交身份证复印件",
    "驾照到期换证代办，本人去医院体检，其余不用跑，电话 13957269415",
    "驾驶证复审代办，本人不用去车管所，电话 13957269417",
    "残疾证复审，行动不便的可由社区代办，本人不用到场，电话 0571-86269504",
]
# (the last line: CS-206 in the special-operations pack reads 驾驶证 as a forklift's licence too, as it
# did before this round; the new reading must not join it)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CS201_ALREADY)
def test_renewal_reading_adds_nothing_to_cs201_lines(det, text, packs):
    assert_silent(det, text, packs, of="CS-233")


# --- (b) every message's law is LAW.md's ----------------------------------------------------------

#: The articles ../shared/LAW.md copies, by the law's short name as the messages write it.
_LAW_MD_ARTICLES: dict[str, frozenset[str]] = {
    "广告法": frozenset({"9", "24", "28", "44", "45", "55", "57", "58", "63"}),
    "电子商务法": frozenset({"12", "13", "29", "38", "80", "83"}),
    "刑法": frozenset({"280", "284-1", "287-1"}),
    "规定": frozenset({"5", "13", "16", "17", "18", "19", "21", "29", "30", "36", "40", "41"}),
    "国徽法": frozenset({"13"}),
}
#: The run of characters right before an article's 第: the law it belongs to, when one is named there.
_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff《》]+$")
_KNOWN_LAWS = ("电子商务法", "广告法", "国徽法", "刑法")
_ARTICLE = re.compile(r"第([一二三四五六七八九十百零]+)条(之一)?")
_DIGIT = dict(zip("零一二三四五六七八九", range(10), strict=True))


def _number(cn: str) -> int:
    total, cur = 0, 0
    for ch in cn:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = _DIGIT[ch]
    return total + cur


def _law_named(run: str) -> str | None:
    """The law a run of characters ends with: one of LAW.md's by its short name, the 规定, any other
    law or regulation by its own name, or None when the run names none."""
    run = run.replace("《", "").replace("》", "")
    if run.endswith("培训考核管理规定") or run == "规定":
        return "规定"
    if run.endswith(("条例", "办法", "规定", "规则")):
        return run
    for name in _KNOWN_LAWS:
        if run.endswith(name):
            return name
    return run if run.endswith("法") else None


def _citations(message: str) -> list[tuple[str, str]]:
    """(law, article) for every article the message cites; an article with no law right before it
    (平台须依第二十九条, 、第二十九条) counts under the last law named."""
    out: list[tuple[str, str]] = []
    law = ""
    for m in _ARTICLE.finditer(message):
        run = _RUN_BEFORE.search(message, 0, m.start())
        named = _law_named(run.group(0)) if run else None
        if named:
            law = named
        art = str(_number(m.group(1))) + ("-1" if m.group(2) else "")
        out.append((law, art))
    return out


_RULES = sorted(fresh_lexicon().rules, key=lambda r: r.id)


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.id)
def test_message_cites_only_articles_law_md_holds(rule):
    wrong = [
        f"{law or '?'}第{art}条"
        for law, art in _citations(rule.message)
        if art not in _LAW_MD_ARTICLES.get(law, frozenset())
    ]
    assert not wrong, f"{rule.id} cites what LAW.md does not hold: {wrong}\n{rule.message}"


def test_citation_reader_reads_what_it_should():
    msg = "（《特种作业人员安全技术培训考核管理规定》第五条），电子商务法第十三条、第二十九条，刑法第二百八十七条之一"
    assert _citations(msg) == [
        ("规定", "5"),
        ("电子商务法", "13"),
        ("电子商务法", "29"),
        ("刑法", "287-1"),
    ]
    assert _citations("招标投标法第三十三条") == [("招标投标法", "33")]


# Claims no provision in LAW.md makes, each pinned to the wording that made it.
_UNSOURCED = [
    # a driving licence, a passport, a business licence "lawfully" run by an agent: the rule it
    # rests on (机动车驾驶证申领和使用规定) is not in LAW.md and was never checked
    "可以合法委托代办",
    # 刑法第二百八十条 names forging, altering and trading an organ's documents, papers and seals;
    # borrowing its name alone is not that article's act
    "冒用国家机关名义的可构成刑法第二百八十条",
    # the 规定's article 21 says every three years and the extension; it does not say who sits the
    # review's course (that is articles LAW.md never copied)
    "复审须本人参加安全培训",
    "本人须参加安全培训",
    "复审须本人完成培训学时",
    # 国徽法第十三条 lists trademarks, designs and commercial ads, not every commercial use
    "用于商业用途",
]


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.id)
def test_message_makes_no_unsourced_claim(rule):
    found = [w for w in _UNSOURCED if w in rule.message]
    assert not found, f"{rule.id}: {found}\n{rule.message}"


def test_cs227_does_not_cite_the_query_system_for_a_reissue():
    cs227 = next(r for r in _RULES if r.id == "CS-227")
    assert "第二十九条）" not in cs227.message and "第二十一条、第二十九条" not in cs227.message


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.id)
def test_message_names_the_articles_of_its_law_ids(rule):
    """A message that names an article of the 规定, the Advertising Law or the Criminal Law carries
    that provision's id in ``law`` too, so a notice quoting the finding quotes the text it cites."""
    ids = set(rule.law)
    need = {
        ("规定", "5"): "sp-5",
        ("规定", "21"): "sp-21",
        ("规定", "36"): "sp-36",
        ("规定", "40"): "sp-40",
        ("规定", "41"): "sp-41",
        ("刑法", "280"): "crim-280",
        ("刑法", "284-1"): "crim-284-1",
        ("刑法", "287-1"): "crim-287-1",
        ("电子商务法", "13"): "ecom-13",
        ("电子商务法", "29"): "ecom-29",
        ("国徽法", "13"): "emblem-13",
        ("广告法", "28"): "ad-28",
        ("广告法", "45"): "ad-45",
    }
    missing = sorted({need[c] for c in _citations(rule.message) if c in need} - ids)
    assert not missing, f"{rule.id}: message cites {missing} but law lists {sorted(ids)}"


# --- (c) refunds and retakes in a training ad ---------------------------------------------------------

_REFUND_SELLERS = [
    "电工证培训，不过退费，报名电话 0571-86269421",
    "焊工证培训班，考不过全退，报名电话 0571-86269422",
    "登高证培训，没过全额退款，咨询 13957269423",
    "电工证培训，没过退资料费，报名电话 0571-86269424",
    "焊工证培训，考不过退教材费，报名电话 0571-86269425",
    "叉车证培训，考不过免费重修，直到拿证为止，电话 0571-86269426",
    "登高证培训，没考过的免费重修，电话 0571-86269427",
    "电工证培训不包过，但没过全额退费，电话 0571-86269428",
    "电工证培训不包过，没过退报名费和学费，电话 0571-86269429",
]


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _REFUND_SELLERS)
def test_refund_keyed_to_failing_is_a_guarantee(det, text, packs):
    assert_sells(det, text, "guarantee_promise", packs)


_LAWFUL_REFUNDS = [
    "电工证培训不包过，没过就退还资料费，电话 0571-86269431",
    "本校不承诺通过，没考过的可以免费重修一次，电话 0571-86269432",
    "登高证保过这种承诺本校给不了，没考过的可以免费重修，电话 0571-86269433",
    "电工证培训不包过，没过就退还资料费，学费恕不退还",
    "开课前退学退全部学费，开课后按课时比例退费，与考试结果无关，电话 0571-86269434",
    "提醒：“不过退费”“考不过全退”的培训广告违反广告法，请勿轻信",
    "按规定考试不及格允许补考一次，补考费按考点标准收取，本校不收额外培训费",
    "因故停开的班次，学费全退，报名电话 0571-86269435",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_REFUNDS)
def test_lawful_refund_is_silent(det, text, packs):
    assert_silent(det, text, packs)


@pytest.mark.parametrize("rid", ["GP-101", "GP-104"])
def test_refund_rules_say_which_refunds_they_read(rid):
    """The message a reviewer reads says where the line runs: a refund of any sum keyed to failing
    is the implied guarantee; the materials fee returned after the ad itself denies the pass, and
    the one retake the 规定 allows, are not."""
    msg = next(r for r in _RULES if r.id == rid).message
    assert "资料费" in msg and "不承诺通过" in msg


def test_cert_pack_renewal_rule_cites_law_md():
    """The certificates pack's renewal reading cites the Criminal Law's article 280 and the
    e-commerce law's article 13, as its neighbour CS-228 does."""
    hits = [
        r
        for r in _RULES
        if r.pack == "certificates" and "renewal_word" in r.refs.get("renewal", ())
    ]
    assert hits, "no certificates-pack rule reads the renewal word"
    for r in hits:
        assert {"ecom-13", "crim-280"} <= set(r.law)


@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_far_driving_licence_errand_is_silent_in_the_certificates_pack(det, packs):
    text = "问：驾驶证明年三月到期，人在外地能不能不回去？答：可以委托，到期换证本人在当地医院体检就行，不用回去，我们代办，电话 13957269436"
    assert_silent(det, text, packs, of="CS-")
