"""Session 75, helper ci1: the scan helpers ask the detector once per sentence and pack choice.

``tests/lexicon/scanning.py`` keeps, per detector, what each scan found (each finding's rule id and
category) under the sentence and the packs the scan ran. The lexicon tests ask the same sentence
with the default packs (``None``) and with ``["special-ops"]`` alone -- one and the same scan --
and some ask one sentence in several test functions; each of those asks is now one scan. What the
memo rests on is pinned here: a scan depends on nothing but the sentence and the packs it runs (not
on the scans before it), ``None`` and ``["special-ops"]`` run the same packs, a helper's answer
from the memo is the scan's answer, and a failure still shows the whole scan.

Sentences written for this file (none is a row of a held-out set or of any real text).
"""

from __future__ import annotations

from typing import Any

import pytest

from lexicon.detector import Detector
from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    assert_sells,
    assert_silent,
    categories,
    rule_categories,
    rule_ids,
)

#: Sellers and lawful lines of each pack, written for this file.
_SENTENCES = [
    "低压电工证不用考试，交钱十天出证，加微信 ci75_0101",
    "焊工证包过，不用到场，直接出证，私聊",
    "叉车证内部渠道办理，官网可查，价格优惠，加v ci75_0102",
    "一建考前押题，保证通过，不过退费，报名加微信 ci75_0103",
    "健康管理师证书代办，免考直接拿证，联系QQ 750104",
    "电工证怎么考？先去培训机构报名，学完参加考试，考过了才发证。",
    "本周六上午九点在三号楼开展焊工实操培训，请学员带好劳保用品。",
    "请问登高证到期了去哪里复审？需要带身份证原件吗？",
]


def _whole(det: Any, text: str, packs: Any) -> tuple[Any, Any]:
    """Everything a scan says: its findings and the candidates it silenced, with their reasons."""
    res = det.scan_page(text=text, packs=packs)
    return res.findings, res.suppressed


@pytest.mark.parametrize("text", _SENTENCES)
def test_the_default_and_the_special_ops_pack_alone_are_one_scan(det: Any, text: str) -> None:
    assert det.active_packs(None) == det.active_packs(DEFAULT)
    assert _whole(det, text, None) == _whole(det, text, DEFAULT)


def test_a_scan_does_not_depend_on_the_scans_before_it(det: Any) -> None:
    first = {(t, i): _whole(det, t, p) for t in _SENTENCES for i, p in enumerate(EVERY_PACK)}
    # the same scans again, in the other order: each sentence after other sentences and packs
    for t in reversed(_SENTENCES):
        for i, p in reversed(list(enumerate(EVERY_PACK))):
            assert _whole(det, t, p) == first[(t, i)], (t, p)


@pytest.mark.parametrize("text", _SENTENCES)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_each_helper_answers_what_the_scan_found(det: Any, text: str, packs: Any) -> None:
    for _ in range(2):  # the second ask comes from the memo
        found = det.scan_page(text=text, packs=packs).findings
        assert rule_ids(det, text, packs) == {f.rule_id for f in found}
        assert categories(det, text, packs) == {f.category for f in found}
        assert rule_categories(det, text, packs) == {f.rule_id: f.category for f in found}


def test_the_sellers_sell_and_the_lawful_lines_stay_silent(det: Any) -> None:
    for packs in (None, DEFAULT, ALL):
        for text in _SENTENCES[:3]:
            assert_sells(det, text, ANY_RULE, packs)
    for packs in (TRAINING, ALL):
        assert_sells(det, _SENTENCES[3], ANY_RULE, packs)
    for packs in (CERTS, ALL):
        assert_sells(det, _SENTENCES[4], ANY_RULE, packs)
    for packs in EVERY_PACK:
        for text in _SENTENCES[5:]:
            assert_silent(det, text, packs)


def test_a_failure_asked_twice_still_shows_the_whole_scan(det: Any) -> None:
    text = "本周六上午九点在三号楼开展电工实操培训，请学员带好绝缘手套。"
    messages = []
    for packs in (None, DEFAULT):
        with pytest.raises(AssertionError) as err:
            assert_sells(det, text, "GP-", packs)
        messages.append(str(err.value))
    assert "expected GP- to fire" in messages[0]
    assert f"text:  {text!r}" in messages[0] and "fired:" in messages[0]
    # the same scan: the same findings and silenced candidates under either choice of packs
    assert messages[0].split("fired:")[1] == messages[1].split("fired:")[1]
    text = "低压电工证不用考试，交钱十天出证，加微信 ci75_0199"
    for packs in (None, DEFAULT):
        with pytest.raises(AssertionError) as err:
            assert_silent(det, text, packs)
        assert "expected silence (no rule)" in str(err.value)
        assert "fired:" in str(err.value) and "matched=" in str(err.value)


def test_one_sentence_asked_with_the_default_and_the_pack_named_is_scanned_once(
    det: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    scans: list[str] = []
    scan_page = Detector.scan_page

    def counted(self: Detector, *a: Any, **k: Any) -> Any:
        scans.append(k.get("text", a[0] if a else ""))
        return scan_page(self, *a, **k)

    monkeypatch.setattr(Detector, "scan_page", counted)
    text = "焊工证不用考试，交钱半个月出证，加微信 ci75_0200_once"
    for packs in (None, DEFAULT, None, DEFAULT):
        assert_sells(det, text, ANY_RULE, packs)
        assert rule_ids(det, text, packs)
    assert scans.count(text) == 1
