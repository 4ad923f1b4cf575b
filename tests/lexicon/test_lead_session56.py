"""Session 56, lead: checks the merges of parallel branches showed were missing.

A key given twice in one YAML mapping: YAML keeps the last one without a word. Two helpers'
branches each added an ``unless_broken_for`` to GP-002 (left19's 的学员, fa9's
``$refund_window``); the merge kept both, and the second silently replaced the first (a left19
test caught the lost exception). The runtime loader stays libyaml's plain safe loader (a check
there cost every process about 0.14 s of its detector build), so the suite walks every lexicon
file with a loader that refuses a repeated key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from lexicon.rules import LEXICON_DIR
from tests.lexicon.scanning import ALL, DEFAULT, categories

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeys(_BASE):  # type: ignore[misc,valid-type]
    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _repeated(text: str) -> str | None:
    try:
        yaml.load(text, Loader=_UniqueKeys)
    except yaml.constructor.ConstructorError as e:
        return str(e.problem)
    return None


def test_the_check_sees_a_repeated_key() -> None:
    twice = "params:\n  unless_broken_for:\n    a: [x]\n  unless_broken_for:\n    b: [y]\n"
    assert _repeated(twice) == "duplicate key 'unless_broken_for'"
    assert _repeated("params:\n  unless_broken_for:\n    a: [x]\n    b: [y]\n") is None
    # the same key in two different mappings is no repeat
    assert _repeated("one:\n  k: 1\ntwo:\n  k: 2\n") is None


_FILES = sorted(Path(LEXICON_DIR).rglob("*.yaml"))


def test_the_lexicon_has_its_yaml_files() -> None:
    assert len(_FILES) > 300


@pytest.mark.parametrize("path", _FILES, ids=lambda p: str(p.relative_to(LEXICON_DIR)))
def test_no_lexicon_file_repeats_a_key(path: Path) -> None:
    assert _repeated(path.read_text(encoding="utf-8")) is None


# The two exceptions GP-002's merged ``unless_broken_for`` holds, each with its own breakers:
# the learners refunded on a failed exam are no count of those who passed (left19), and a
# refund policy bounded by the class's start stays lawful (fa9). Sentences written here.
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_both_gp002_exceptions_hold_after_the_merge(det: Any, packs: list[str]) -> None:
    seller = "高处作业证不包过，不过报了冲刺班的学员考不过全额退款，微信 gc_px2026"
    school = "答：不能保证通过，不过退费规定是开课前申请可全退，咨询电话 0531-88776655"
    assert "guarantee_promise" in categories(det, seller, packs)
    assert "guarantee_promise" not in categories(det, school, packs)


# A warning telling the reader not to buy the thing from someone, with the seller and the money
# named between the 不要 and the buying verb (context._NEG_NEAR): the 不要 governs the purchase.
# A seller steering buyers from its rivals (别在外面…买，找我们) is no such warning.
@pytest.mark.parametrize(
    "text",
    [
        "担心受骗的考生请走官方渠道报名，不要向培训中介交押金买免考电工证",
        "切勿找黄牛花钱购买免考叉车证",
        "请勿通过网店代理办理免考登高证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_do_not_buy_it_from_them_is_a_warning(det: Any, text: str, packs: list[str]) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "别在外面花冤枉钱买免考焊工证，找我们，微信 hg_2233",
        "千万别在别家买，我们免考焊工证直接出证，微信 hg_2233",
    ],
)
def test_a_seller_steering_from_its_rivals_still_sells(det: Any, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)
