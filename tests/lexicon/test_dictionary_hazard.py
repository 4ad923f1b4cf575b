"""A word added to the segmentation dictionary must not hide the bare 证 other rules read.

Every lexicon term joins the segmentation dictionary, so jieba keeps it whole; a rule that reads
the one character 证 (CS-203: 健康证 出 私我) only finds it inside longer words of its own. When
cert_any gained 研究生证, 研究生证 出 私我 went silent: jieba alone cuts 研究生/证, the lexicon
made it one word no CS-203 term holds. This walks every certificate name ending in 证 in the
term lists through seller frames, so a name added to any list shows at once if it costs recall.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL

#: Term sets that list certificate names (not verbs like 拿证/出证 of cert_generic).
NAME_SETS = (
    "cert",
    "cert_any",
    "cert_catalog",
    "cert_key",
    "doc_names",
    "diploma_doc",
    "diploma",
    "certificate_object",
    "doc_more",
)
#: Ending in 证 without being a certificate one sells as a card: an accreditation, a visa, a
#: catch-all.
NOT_CARDS = frozenset({"教育部认证", "签证", "卡证"})
FRAMES = (
    "{t} 出 私我 v cd_5678",
    "{t} 不用考试 直接拿证 加V ab_1234",
    "代办{t} 免考 三天拿证 微信 ef_9012",
)


def _names(det) -> list[str]:
    out: list[str] = []
    for name in NAME_SETS:
        ts = det.lex.sets.get(name)
        assert ts is not None, name
        out += [t for t in ts.terms if len(t) > 1 and t.endswith("证") and t not in NOT_CARDS]
    return list(dict.fromkeys(out))


def test_every_certificate_name_in_seller_frames_is_found(det) -> None:
    names = _names(det)
    assert len(names) > 100  # the lists are read, not an empty walk
    silent = [
        f.format(t=t)
        for t in names
        for f in FRAMES
        if not det.scan_page(text=f.format(t=t), packs=ALL).findings
    ]
    assert silent == []


@pytest.mark.parametrize("name", ["研究生证", "律师执业证", "准生证", "许可证"])
def test_a_name_another_rule_brought_keeps_its_bare_zheng(det, name: str) -> None:
    """These were silent in the terse frame: the dictionary kept them whole."""
    res = det.scan_page(text=f"{name} 出 私我 v cd_5678", packs=ALL)
    assert any(f.rule_id == "CS-203" for f in res.findings)


def test_another_packs_word_still_holds_no_special_ops_zheng(det) -> None:
    """身份证 is the certificates pack's word: special-ops rules never read 证 inside it."""
    res = det.scan_page(text="身份证 出 私我 v cd_5678", packs=["special-ops"])
    assert res.findings == []
