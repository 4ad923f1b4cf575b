"""Session 62, speed1: the per-scan memos added for domain-dense speed change no answer. Sentences
written for this file (not from any held-out set, nor the rules' fixtures).

- ``frames.unseparated`` answers from a memo of the scan under way (one candidate's stance reads
  the same chat window three or four times, one sentence's candidates the same sentence): the
  memo's answer is the plain reading's for tricky strings (separators, radicals, traditional
  characters, format characters, empty), the memo stays bounded and each scan starts it empty.
- Whole scans read the same with the memo and without it (every module's ``unseparated`` swapped
  for the plain reading) over shop chats, spaced evaders, radicals and lawful lines, in every
  pack combination: the same findings, the same silenced candidates with the same reasons.
"""

from __future__ import annotations

import pytest

from lexicon import context, frames, stance
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]

_STRINGS = [
    "",
    " ",
    "焊 工 证 包 过，加 V 看 资 料",
    "别*把我*们和*那些*骗子*混为*一谈",
    "被告⼈在朋友圈发布：电工证不⽤考，加微信",  # Kangxi radicals for 人 and 用
    "低壓電工證包過 不是騙局",
    "想\u200b问\u200b一\u200b下 电工证能不能免考",
    "买家：焊工证能包过吗？\n客服：包不了的，考试要自己去",
    "ＡＢＣ１２３　全角　字符",
    "【温馨提示】——本店只做培训报名",
]

_TEXTS = [
    # shop chats: refusing turns, the yes that sends to the exam, the echo refused
    "买家：电工证你们能包过吗？\n客服：包不了，考试是统一组织的，我们只负责培训，报名加微信 dgz2026",
    "顾客：焊工证能直接拿吗？\n店家：可以办，报名后参加统一考试，考过发证，咨询 13912345678",
    "问：登高证能包过吗？\n回复：包过？包不了，考试靠自己，我们只教技术",
    "买家：叉车证不考能拿吗？\n客服：能，不用去考，三天出证，微信 cc8899\n买家：真的假的",
    # spaced evaders and disclaimers around warning words
    "焊 工 证 包 过，不 是 骗 局，加 V 详 谈",
    "网上那些说免考的都是骗局，我们电工证系统可查 不用考 加v abc123",
    "别把我们和那些骗子混为一谈，低压电工证直接拿证，微信 wx5566",
    "我 不 是 新 闻 里 说 的 那 种 骗 子，电 工 证 包 过 加 微 信",
    # radicals and traditional characters
    "被告⼈在朋友圈发布：电工证不⽤考，加微信 qq7788\n经鉴定，上述证件均系伪造",
    "低壓電工證包過，不用考試，聯繫電話 13812345678",
    # lawful lines right next to them
    "警方提醒：网上所谓电工证免考包过都是骗局，请通过正规渠道报名考试。",
    "电工证换证不用考试，到期复审即可，咨询电话 0571-88001122。",
    "附件：涉案广告内容\n电工证 代办 免考 微信 zz1234\n以上为涉案网店的商品描述",
]


def _plain() -> list[tuple[object, str, object]]:
    """Every module's ``unseparated`` name, to be set to the plain reading (no memo)."""
    return [(m, "unseparated", frames._unseparated) for m in (frames, context, stance)]


def _reading(result) -> tuple:  # type: ignore[no-untyped-def]
    return (
        [
            (f.rule_id, f.start, f.end, f.category, f.severity, f.stance, tuple(f.cues), f.score)
            for f in result.findings
        ],
        [(x.rule_id, x.start, x.end, x.reason, x.source) for x in result.suppressed],
        round(result.score, 6),
    )


@pytest.mark.parametrize("s", _STRINGS)
def test_memo_answers_as_the_plain_reading(s: str) -> None:
    frames.forget()
    plain = frames._unseparated(s)
    assert frames.unseparated(s) == plain
    assert frames.unseparated(s) == plain  # the memo's answer this time
    assert frames.unseparated(s) is frames.unseparated(s)
    frames.forget()


def test_memo_stays_bounded_and_forgets() -> None:
    frames.forget()
    for i in range(3 * frames._UNSEPARATED_MAX):
        s = f"电 工 证 {i} 包 过"
        assert frames.unseparated(s) == frames._unseparated(s)
        assert len(frames._UNSEPARATED) <= frames._UNSEPARATED_MAX
    frames.forget()
    assert not frames._UNSEPARATED


def test_scan_starts_and_ends_with_the_memo_empty(det) -> None:  # type: ignore[no-untyped-def]
    frames.unseparated("买家：焊工证能包过吗？")
    det.scan_page(text=_TEXTS[0], packs=ALL)
    assert not frames._UNSEPARATED


@pytest.mark.parametrize("packs", _PACKS)
def test_scans_read_the_same_without_the_memo(det, monkeypatch, packs) -> None:  # type: ignore[no-untyped-def]
    with_memo = [_reading(det.scan_page(text=t, packs=packs)) for t in _TEXTS]
    for module, name, fn in _plain():
        monkeypatch.setattr(module, name, fn)
    without = [_reading(det.scan_page(text=t, packs=packs)) for t in _TEXTS]
    assert with_memo == without
    # and the texts are no empty reading: the sellers fire; the shop sending the buyer to the
    # exam, the echo refused, the notice, the renewal and the exhibits stay silent
    if packs in (None, ALL):
        fired = [bool(r[0]) for r in with_memo]
        assert fired[3] and fired[9]
        assert not any(fired[i] for i in (1, 2, 8, 10, 11, 12))
