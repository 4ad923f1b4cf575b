"""Session 72, judge: what a per-source cache of the judging stage could break.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

The judging stage keeps some readings once per source (the stance per span, the warning word per
source; this session the combination stage's word-boundary answer per match). Such a cache is
keyed so that it can never hand one text's answer to another: these tests scan sellers and their
lawful twins that share the opening words (so the same term stands at the same offset in both),
the same text in every pack run in both orders, a text after another text, and one sentence
written twice in one page (the same terms at two offsets). Every scan must give what the text
gives on its own. They hold on the unchanged code too: they guard the caches, they fix nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, EVERY_PACK, assert_sells, assert_silent

#: (seller, lawful twin): the same opening words, so their first terms stand at the same offsets.
_TWINS = [
    (
        "焊工证不用考直接拿证，需要的私聊",
        "焊工证不用考直接拿证的说法都是骗人的，请到正规机构报名培训",
    ),
    ("叉车证包过，三天出证，电话联系", "叉车证包过的广告不可信，考试必须本人参加"),
    ("电工证免考拿证 加v详聊", "电工证免考拿证的广告都是骗局，考试必须本人参加"),
    ("登高证代办 不用本人到场 私聊", "登高证代办的中介不可信，请本人到考点报名"),
    ("毕业证 学位证 定制 可查 加微", "毕业证 学位证 丢了可以到学校档案馆开证明"),
]

#: Texts a scan-after-a-scan test runs between: a seller, a lawful line, a page of both.
_BETWEEN = [
    "低压电工证代办，不用考试，包过，加微信详谈",
    "身份证丢了去派出所补办，本人带户口本",
    "叉车证包过，三天出证，电话联系\n叉车证包过的广告不可信，考试必须本人参加",
]


def _dump(det: Any, text: str, packs: list[str] | None) -> dict[str, Any]:
    out = det.scan_page(text=text, packs=packs).to_dict()
    out.pop("lexicon_version", None)
    return out


@pytest.mark.parametrize(("seller", "lawful"), _TWINS)
def test_twins_sharing_their_opening_are_read_apart(det: Any, seller: str, lawful: str) -> None:
    """The seller fires and its twin stays silent, whichever is scanned first, and each scan
    gives what the first scan of that text gave."""
    first = {t: _dump(det, t, ALL) for t in (seller, lawful)}
    for t in (lawful, seller, lawful, seller):
        assert _dump(det, t, ALL) == first[t], t
    assert_sells(det, seller, ["CS-", "FC-"], ALL)
    assert_silent(det, lawful, ALL)


@pytest.mark.parametrize("text", [t for pair in _TWINS for t in pair])
def test_same_text_in_every_pack_run_in_either_order(det: Any, text: str) -> None:
    """Each pack run gives the same result whether it runs before or after the others."""
    forward = [_dump(det, text, packs) for packs in EVERY_PACK]
    backward = [_dump(det, text, packs) for packs in reversed(EVERY_PACK)]
    assert forward == list(reversed(backward))


@pytest.mark.parametrize("text", [t for pair in _TWINS for t in pair])
def test_a_scan_after_a_scan(det: Any, text: str) -> None:
    """A text scanned after others (sellers, lawful lines, a page of both) reads as it did first."""
    alone = _dump(det, text, DEFAULT), _dump(det, text, ALL)
    for other in _BETWEEN:
        _dump(det, other, ALL)
        _dump(det, other, DEFAULT)
        assert (_dump(det, text, DEFAULT), _dump(det, text, ALL)) == alone, other


@pytest.mark.parametrize(("seller", "lawful"), _TWINS)
def test_one_sentence_twice_in_a_page(det: Any, seller: str, lawful: str) -> None:
    """The seller written twice fires on both copies with the same rules; the lawful twin written
    twice stays silent; the two in one page read the same scanned again after their lines alone."""
    twice = det.scan_page(text=f"{seller}\n{seller}", packs=ALL)
    cut = len(seller) + 1
    head = sorted(f.rule_id for f in twice.findings if f.end <= len(seller))
    tail = sorted(f.rule_id for f in twice.findings if f.start >= cut)
    assert head and head == tail
    assert_silent(det, f"{lawful}\n{lawful}", ALL)
    page = f"{lawful}\n{seller}"
    first = _dump(det, page, ALL)
    _dump(det, lawful, ALL)
    _dump(det, seller, ALL)
    assert _dump(det, page, ALL) == first
