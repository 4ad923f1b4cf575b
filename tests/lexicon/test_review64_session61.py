"""Session 61, review64: a second reading of review59's round-70 readings (the crowd and the
picked shops as hearsay frames, the comma-less 但是我们 turn, ``_ISSUED_ANYWAY`` /
``_ISSUED_UNTAUGHT`` and the bare 不实 verdict), attacked both ways. Sentences written for this
file (not from any corpus, holdout or earlier test).

Defect found and fixed:

- An office's notice calling the rumour untrue and then naming itself only to disown it (网传焊工证
  免考不属实，本中心从未发布此类消息; 网传电工证可以代考不实，本机构从未开展此类业务): the verdict was
  read as taken back because the writer named itself after it (``stance._self_after``,
  ``_DEBUNK_SELF``), so CS-001 / CS-201 / EF-001 / EF-111 fired on a regulator's own text.

Sellers found silent and fixed:

- The crowd's or a picked shop's "impossible" outbid at once by the writer (很多人说电工证不能免考，
  我们就能，加v …; 好多人说焊工证不能免考，找我就能): the negation 不能 was read as the writer's.
- The verdict of picked shops (那些店说电工证免考是假的，我们才是真免考) and the writer's own real skip
  said with a bare 真 (只有我们真免考) or in a centre's name (本中心真能免考): the warning word was
  read as the writer's (``silence._RIVAL_BEFORE`` / ``_OWN_REAL_AFTER``).

- The doubt denied by asking it back before the seller's own words (焊工证包过是骗子？哪里是骗子，我们
  签合同，加v …; 怎么会是骗子; 谁说是骗局，我们办了十年): ``silence._DOUBT_DENIED_OWN`` knew only 不是 /
  绝不是 / 并非 ….

Guards: the lawful near variants of review59's readings (crowd hearsay corrected, exam points'
honest terms, quoted or asked 不做培训照样出证, bare 不实 with the lawful route) and the sellers'
near variants that must keep firing (the crowd answered in the seller's own name, the verdict
refuted with a call, the disowning words a seller might use beside its contact).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids

_EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]
_CERTS = [CERTS, ALL]

# --- (a) lawful text wrongly firing ------------------------------------------------------------

_OFFICE_DISOWNS = [
    "网传焊工证免考不属实，本中心从未发布此类消息",
    "网传焊工证免考不属实，本中心从未发布此类消息，咨询电话 0571-86661234",
    "网传电工证可以代考不实，本机构从未开展此类业务",
    "网传电工证可以代考不实，本机构从未发布此类消息",
    "网传电工证可以代考，此消息不实，本机构从未开展此类业务",
    "网传电工证可以代考是谣言，本机构从未开展此类业务",
    "网传焊工证免考，此消息不实，本中心从未发布此类消息",
]


@pytest.mark.parametrize("packs", _EVERY)
@pytest.mark.parametrize("text", _OFFICE_DISOWNS)
def test_office_disowning_the_rumour_is_silent(det, text, packs):
    assert rule_ids(det, text, packs) == set()


# Lawful text that was already silent and must stay so.
_LAWFUL_GUARDS = [
    # the crowd frame and its outbid exclusion: the school agreeing with the crowd's verdict
    "很多人说电工证免考都是骗人的，我们也提醒大家，必须本人考试",
    "好多人说焊工证包过是骗局，我们也这么认为，请参加正规考试",
    "很多人说电工证免考是假的，我们核实过，确实是假的，咨询电话 0571-86661234",
    "不少人说花钱买证是骗子，我们提醒：电工证必须考试，电话 0571-86661234",
    "很多人说电工证不能免考，我们也不能，必须考试",
    "很多人说电工证不能免考，我们也这么提醒，电话 0571-86661234",
    "那些店说电工证免考是假的，我们也提醒大家必须考试",
    "有些平台说焊工证能免考，都是骗人的，我们只做培训，电话 0571-86661234",
    "不少人说焊工证不能免考，这是对的，我们也必须组织考试",
    # the comma-less 但是我们: the writer turns to a warning, not an offer
    "有人说电工证可以不考试直接拿证，但是我们提醒大家这是违法的",
    "好多人说焊工证能免考但是我们查了这是假的大家别信",
    "网上有人说焊工证可以免考，实际上必须本人参加考试，报名电话 0571-86661234",
    "记者调查发现，不少人说电工证能免考，但事实上必须考试",
    "有些平台说焊工证包过，其实考试由应急管理局组织，谁也不能包过",
    "那些店说叉车证能免考，都是骗人的，本校必须考试，电话 0571-86661234",
    # _ISSUED_ANYWAY / _ISSUED_UNTAUGHT: an exam point's honest terms, the boast quoted or asked
    "本考点不做培训，考生考试合格后一样发证，咨询电话 0571-86661234",
    "本考点不做培训，考试合格照样发证，咨询电话 0571-86661234",
    "警惕“不做培训照样出证”的广告，焊工证必须考试，咨询电话 0571-86661234",
    "有人问不做培训能不能照样拿证，答：不能，必须参加培训考试",
    # the bare 不实 and the office's other closing words
    "传闻焊工证可以代考，经查不实，考试须本人参加，举报电话 12350",
    "网传电工证交钱包过不实，请考生到正规机构报名，举报电话 12350",
    "网传电工证交钱包过不实，请到正规机构报名",
    "网传焊工证免考不实，本中心提醒：须本人参加考试",
    "网传焊工证免考是谣言，本中心从未发布此类消息",
    "网传焊工证免考不属实，本中心从未授权任何机构办理",
    "网传焊工证交钱免考不实，本中心从未委托中介，举报电话 12350",
    # the hearsay outbid reading: a school answering the crowd with its own honest terms
    "很多人说电工证不能免考，我们可以帮你报名考试，电话 0571-86661234",
    "很多人说电工证不能免考，我们就能提供正规培训，电话 0571-86661234",
    "很多人说免考是骗局，本中心真正的考点在市应急管理局，电话 0571-86661234",
    "很多人说电工证不能免考，我们可以免费帮你复习，电话 0571-86661234",
    "很多人说电工证不能免考，我们可以直接帮你报名，电话 0571-86661234",
    "网上说电工证不能免考，本校能包教包会，电话 0571-86661234",
    "那些店说焊工证不能免考，我们能办理报名手续，电话 0571-86661234",
    # the doubt asked back by a victim or a warning, not by a seller
    "焊工证包过是骗子？哪里是骗子，简直是强盗，我们被坑了三千，大家别信",
    "电工证免考是骗局？谁说不是骗局，我们已经报警，举报电话 110",
    "焊工证包过是骗子吗？怎么可能不是，必须本人考试",
    "电工证免考是骗局？哪里是骗局，分明是违法犯罪，请拨打 12350 举报",
]


@pytest.mark.parametrize("packs", _EVERY)
@pytest.mark.parametrize("text", _LAWFUL_GUARDS)
def test_lawful_near_variants_stay_silent(det, text, packs):
    assert rule_ids(det, text, packs) == set()


# --- (b) sellers that must keep firing ---------------------------------------------------------

_SELLERS_SPECIAL = [
    # the disowning reading does not reach a seller's own words or its call
    ("网传焊工证免考不属实，本中心从来不办，加v dg_5151", "CS-001"),
    ("网传焊工证免考不属实，本中心从未失手，加v dg_5151", "CS-001"),
    ("网传焊工证免考不属实？本中心从未让人失望，真能免考，私我", "CS-001"),
    ("网传焊工证免考不属实？本店就能免考，加v dg_5151", "CS-001"),
    ("传言焊工证能免考不实？真的能，私我", "CS-001"),
    ("网传电工证交钱包过不实，我们是真包过，加v dg_5151", "GP-001"),
    # the crowd answered in the seller's own name
    ("很多人说电工证免考办不了，我们这能办，加v dg_5151", "CS-001"),
    ("很多人说电工证没法免考，我们真能，加v dg_5151", "CS-001"),
    ("那些店说焊工证办不了免考，我们能办，vx dg_5151", "CS-001"),
    ("不少人说电工证没法免考，其实能，私我", "CS-001"),
    ("有的平台说电工证免考是假的，本店真能免考，加v dg_5151", "CS-004"),
    ("很多人说电工证免考是假的，咱家真能免考，加v dg_5151", "CS-001"),
    ("很多人说电工证免考是假的。我们才是真免考，加v dg_5151", "CS-001"),
    ("很多人说电工证免考是假的 我们才是真免考 加v dg_5151", "CS-001"),
    ("很多人说电工证免考是假的!我们才是真免考!加v dg_5151", "CS-001"),
    ("很多人说登高证免考是骗局，我们真能免考，加v dg_5151", "CS-001"),
    ("有人说电工证必须考试，其实不用考，加v dg_5151", "CS-001"),
    ("网上说焊工证必须考试，其实不用考，私我", "CS-001"),
    ("电工证不用培训一样出证，加v dg_3311", "CS-001"),
]


@pytest.mark.parametrize("packs", _SPECIAL)
@pytest.mark.parametrize(("text", "rule"), _SELLERS_SPECIAL)
def test_sellers_near_variants_keep_firing(det, text, rule, packs):
    assert rule in rule_ids(det, text, packs)


_OUTBID_SELLERS = [
    "很多人说电工证不能免考，我们就能，加v dg_5151",
    "好多人说焊工证不能免考，找我就能，vx dg_5151",
    "好多人说焊工证不能免考，本店就能，vx dg_5151",
    "那些店说电工证免考是假的，我们才是真免考，加v dg_5151",
    "好多人说焊工证免考是骗人的，只有我们真免考，微信 dg_5151",
    "很多人说登高证免考是骗局，本中心真能免考，加v dg_5151",
    "很多人说登高证免考是骗局，本中心真能免考，电话 13905711234",
]


@pytest.mark.parametrize("packs", _SPECIAL)
@pytest.mark.parametrize("text", _OUTBID_SELLERS)
def test_hearsay_outbid_by_the_seller_fires_cs001(det, text, packs):
    assert "CS-001" in rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", _CERTS)
@pytest.mark.parametrize("text", _OUTBID_SELLERS)
def test_hearsay_outbid_by_the_seller_fires_cs201(det, text, packs):
    assert "CS-201" in rule_ids(det, text, packs)


_ASKED_BACK = [
    ("焊工证包过是骗子？哪里是骗子，我们签合同，加v dg_5252", "GP-001"),
    ("焊工证包过是骗子？怎么会是骗子，我们签合同，加v dg_5252", "GP-001"),
    ("电工证免考是骗局？谁说是骗局，我们办了十年，加v dg_5252", "CS-001"),
]


@pytest.mark.parametrize("packs", _SPECIAL)
@pytest.mark.parametrize(("text", "rule"), _ASKED_BACK)
def test_doubt_asked_back_by_the_seller_fires(det, text, rule, packs):
    assert rule in rule_ids(det, text, packs)


_UNTAUGHT_CERTS = [
    "焊工证不做培训照样出证，加v dg_3311",
    "焊工证不培训照样出证，电话 13905711234",
    "电工证不用培训一样出证，加v dg_3311",
]


@pytest.mark.parametrize("packs", _CERTS)
@pytest.mark.parametrize("text", _UNTAUGHT_CERTS)
def test_untaught_paper_fires_cs203_in_the_certificates_pack(det, text, packs):
    assert "CS-203" in rule_ids(det, text, packs)
