"""Session 45, helper "threads": many posts flattened into one text (comment floors 1楼：/ 2楼：,
Q&A answers 答1：/ 答2：, 回复@某某： replies, a group chat's 昵称：消息 lines, forum 沙发：/ 板凳：).
A rule's combination stays inside one labelled post: a seller's post still raises, and its
finding lies within that post; an honest post next to it lends it nothing. A classified ad that
puts its contact on its own line (no labels) keeps pairing across its lines.

Sentences written for this test, not taken from the held-out set (holdout129).
"""

from __future__ import annotations

import pytest

from lexicon.normalize import normalize
from lexicon.posts import asks, post_heads
from tests.lexicon.scanning import ALL


def _findings(det, text: str):  # type: ignore[no-untyped-def]
    return det.scan_page(text=text, packs=ALL).findings


def _post(text: str, marker: str) -> tuple[int, int]:
    """The bounds of the line holding ``marker`` (the seller's post)."""
    i = text.index(marker)
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return a, len(text) if b < 0 else b


@pytest.mark.parametrize(
    ("text", "marker", "category"),
    [
        (
            "1楼：想问下焊工证在哪报名\n2楼：焊工证不用考，直接出证，v：hz-4455\n3楼：这是广告吧",
            "2楼",
            "certificate_sale",
        ),
        (
            "问：制冷证好考吗\n答1：挺好考的，认真看书\n答2：制冷证培训包过，不过退钱，电话 13611112222",
            "答2",
            "guarantee_promise",
        ),
        (
            "老周：今天下雨不开工\n小吴：好\n代办阿伟：登高证电工证都能办，免考试，全国可查，加我\n老周：别发广告",
            "代办阿伟",
            "certificate_sale",
        ),
        (
            "回复@阿杰：证要自己考的\n回复@大刘：电工证高仿，扫码能查，两百一本，私我",
            "回复@大刘",
            "fake_certificate",
        ),
    ],
)
def test_the_sellers_post_raises_within_its_own_post(
    det, text: str, marker: str, category: str
) -> None:
    found = _findings(det, text)
    assert category in {f.category for f in found}
    a, b = _post(text, marker)
    for f in found:
        assert a <= f.start and f.end <= b, (f.rule_id, text[f.start : f.end])


@pytest.mark.parametrize(
    "text",
    [
        # a seller's contact in one answer, the honest warning about 假证 in the next
        "答1：焊工证找我，微信 hg-7788\n答2：网上卖假证的都是骗子，别信",
        # a chat's speakers: one asks about a certificate, the other leaves a phone for work
        "小林：电工证复审去哪\n老黄：政务大厅\n小林：好的\n老黄：有事打我 13955556666",
    ],
)
def test_no_combination_crosses_a_labelled_post(det, text: str) -> None:
    for f in _findings(det, text):
        assert "\n" not in text[f.start : f.end], (f.rule_id, text[f.start : f.end])


def test_a_warning_post_and_a_floor_with_a_contact_stay_silent(det) -> None:
    text = (
        "1楼：有人说登高证包过，可信吗\n2楼：不可信，考试都要本人去\n3楼：我 QQ 44556677 交流学习"
    )
    assert _findings(det, text) == []


def test_a_classified_ad_keeps_pairing_across_its_own_lines(det) -> None:
    text = "高处作业证代办\n免考试\n全国通用\n微信：gc-8899"
    assert "certificate_sale" in {f.category for f in _findings(det, text)}
    assert post_heads(text) == ()


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("1楼：a\n2楼：b", 2),
        ("#1 楼主：a\n#2：b\n#3：c", 3),
        ("问：x\n答1：y\n答2：z", 3),
        ("回复@小李：a\n回复@阿强：b", 2),
        ("张工：a\n李姐：b\n张工：c", 3),
    ],
)
def test_post_heads_finds_labelled_posts(text: str, heads: int) -> None:
    assert len(post_heads(text)) == heads


@pytest.mark.parametrize(
    "text",
    [
        "品名：焊工证\n价格：380元\n微信：hz-1",  # a listing's panel rows, no speaker twice
        "1：电工证\n2：焊工证",  # a numbered list is no thread
        "焊工证代办\n微信：hz-1",
        "张工：一个人说话\n没有别的帖子",
    ],
)
def test_post_heads_ignores_listings(text: str) -> None:
    assert post_heads(text) == ()


def test_post_starts_map_to_normalized_text() -> None:
    text = "1楼：电 工 证\n2楼：包 过"
    n = normalize(text)
    starts = n.post_starts(text)
    assert [n.text[p : p + 2] for p in starts] == ["1楼", "2楼"]


def test_an_answer_takes_the_object_of_the_question_it_answers(det) -> None:
    # the certificate named only in the question, the seller's offer in the answer below it
    text = "问：登高证能不能花钱买？\n答：能，我这边办，不用考，私聊\n追问：多少钱"
    assert "certificate_sale" in {f.category for f in _findings(det, text)}


def test_two_answers_do_not_pair(det) -> None:
    # 答1 names the certificate, 答2 (another writer) leaves the offer words: no question between
    assert asks("答1：登高证的事\n答2：我这边办，不用考，私聊") == (False, False)
    assert asks("问：登高证能买吗？\n答：不能") == (True, False)
