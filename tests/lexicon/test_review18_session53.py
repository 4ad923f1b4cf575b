"""Session 53, review18: a second reading of round 55 (review17, reports4). Sentences written for
this file.

One class so far. reports4's page verdict (``stance._page_verdict``) carried a document's verdict
word (判处, 典型案例, 谣言 …) to a seller's bare listing with no contact on the page (a marketplace
listing, where the platform's buy button is the channel) when the seller's own line used the
word in denial or against a rival: "从没人被判处" (nobody was ever sentenced), "本店不是典型案例里
的…", "谣言止于智者", "都是同行散布的谣言". A document passes its verdict; a seller denying one or
calling a rival's talk a rumour passes none, and the listing beside it is still the seller's.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import SELLER_RUNS, rule_ids


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        # the verdict word negated in the seller's reassurance
        "放心办，这么多年没有人被判处过。电工证 不用考试 包拿证",
        "买证不会被判处什么的，别担心。焊工证 免考 包拿证",
        "我家可不是典型案例里那种黑店。登高证 免考 包拿证",
        "本店并非警情通报里说的骗子。叉车证 不用考试 包拿证",
        # the word turned on rumours about the shop or on rivals
        "谣言止于智者，老客户都知道。制冷证 不用考试 包拿证",
        "说我们是假证？全是同行编的谣言。电工证 免考 包拿证",
        # the shop's own banner heads with the word about itself
        "【官方辟谣】本店证书保真，假一赔十。\n电工证 不用考试 包拿证",
        "辟谣声明：我家所有证书均可查验。\n叉车证 免考 包拿证",
    ],
)
def test_a_sellers_denial_of_a_verdict_word_carries_no_verdict(
    det, text: str, packs: list[str]
) -> None:
    assert "CS-001" in rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize(
    "text",
    [
        # a document's own verdict beside a negation elsewhere in its line still carries
        "谣言：电工证不用考，交钱就能领。\n真相：操作证从来没有免考一说，须本人参加考核。",
        "法院经审理查明，被告人在网上发帖称：\n焊工证 免考 包拿证\n"
        "被告人不认罪。法院判处其有期徒刑一年。",
        "典型案例二：某公司的宣传单写着\n登高证 不用考试 包拿证\n当事人未取得培训资质，被罚款两万元。",
    ],
)
def test_a_documents_verdict_still_carries(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the seller's WeChat account: unknown, the phone was switched off.",
        "The group's wechat contact: deleted after the raid.",
        "WeChat ID: hidden by the platform; the listing was taken down.",
        "微信：unknown（卖家已注销）",
    ],
)
def test_a_withheld_id_is_no_contact(text: str) -> None:
    from lexicon.contacts import read_contacts
    from lexicon.normalize import normalize

    assert not read_contacts(normalize(text).text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "WeChat account: kd_3391",
        "wechat: hidden88",
        "微信 unknown_7788",
    ],
)
def test_an_id_that_starts_like_a_placeholder_is_still_read(text: str) -> None:
    from lexicon.contacts import read_contacts
    from lexicon.normalize import normalize

    assert read_contacts(normalize(text).text)[0]
