"""``benchmarks/modelcv.py``: the model's variants judged by folds that keep a source whole."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from lexicon.model import Example

ROOT = Path(__file__).resolve().parents[2]


def _modelcv():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("modelcv", ROOT / "benchmarks" / "modelcv.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows() -> list[Example]:
    """A few lines in our own words: own rows grouped by file and snippet, real ones by host."""
    offers = ["焊工证找我办 一周到 加微信", "电工证不用考 交钱就拿 私聊", "登高证 包过 不过退费"]
    lawful = ["焊工证报名时间公布", "电工证每三年复审一次", "登高证考试在周六"]
    out = []
    for i in range(6):
        for j, t in enumerate(offers):
            out.append(
                Example(t + str(i), frozenset({"certificate_sale"}), 1.0, f"f{i}.jsonl:p{j}")
            )
        for j, t in enumerate(lawful):
            out.append(Example(t + str(i), frozenset(), 1.0, f"f{i}.jsonl:n{j}"))
    out.append(
        Example("高压电工证 两周出证 私我", frozenset({"certificate_sale"}), 1.0, "a.example")
    )
    out.append(Example("高压电工证考试通知", frozenset(), 1.0, "b.example"))
    return out


def test_own_rows_fold_by_file_and_sets_weigh_alike() -> None:
    cv = _modelcv()
    assert cv.source_group("styles2.jsonl:p012") == "styles2.jsonl"
    assert cv.source_group("news.example.cn") == "news.example.cn"
    rows = _rows()[:12] + [Example("电工证", frozenset(), 1.0, "big.jsonl:x")] * 24
    weighted = cv._weighted(rows, {"per_file": 6.0})
    by_file: dict[str, float] = {}
    for ex in weighted:
        by_file[ex.group] = by_file.get(ex.group, 0.0) + ex.weight
    assert by_file == {"f0.jsonl": 6.0, "f1.jsonl": 6.0, "big.jsonl": 6.0}
    real = cv._weighted(_rows()[-2:], {"real_weight": 3.0})
    assert [ex.weight for ex in real] == [3.0, 3.0]


def test_a_variant_reports_real_own_and_held_out_counts() -> None:
    from lexicon.gate import surfacing_veto
    from lexicon.masks import anchor_mask
    from tests.lexicon.lexicon_once import fresh_lexicon

    cv = _modelcv()
    lex = fresh_lexicon()
    rows = _rows()
    held = [Example("叉车证找我办 加微信", frozenset({"certificate_sale"}), 1.0, "h.jsonl:p")]
    out = cv.run_variant(
        "shipped", {"epochs": 30}, rows, held, anchor_mask(lex), surfacing_veto(lex)
    )
    assert out["real_tune"]["offers"] == 1 and out["real_tune"]["negatives"] == 1
    assert out["own_oof"]["offers"] == 18 and out["own_oof"]["negatives"] == 18
    assert out["holdouts"]["offers"] == 1 and 0.5 <= out["threshold"] <= 0.99
    assert out["own_oof"]["auc"] is not None and out["features"] > 0


def test_variants_are_compared_at_equal_false_alarms() -> None:
    cv = _modelcv()
    rows = [(True, 0.9, True), (False, 0.8, True), (True, 0.7, True), (False, 0.6, True)]
    rows += [(True, 0.95, False)]  # vetoed by the scan's gates: never found
    assert cv._at_false_alarms(rows, 0) == 1
    assert cv._at_false_alarms(rows, 1) == 2
    assert cv._at_false_alarms(rows, 2) == 2


def test_class_balance_weighs_the_few_positives_up() -> None:
    """``balance=1`` (training's) gives each positive (negatives / positives) the weight of a
    negative; ``balance=0`` leaves the classes as they come."""
    from lexicon.training import _scores, fit

    rows = _rows()[:6]  # 3 offers, 3 lawful lines of one file
    rows += [Example(f"焊工证考试在周{i}", frozenset(), 1.0, f"g.jsonl:n{i}") for i in range(12)]
    p = {}
    for balance in (0.0, 1.0):
        vocab, weights, bias = fit(rows, 60, 1e-4, None, balance)
        pos = {f: i for i, f in enumerate(vocab)}
        p[balance] = _scores(pos, weights, bias, Example("电工证不用考 私聊", frozenset()), None)[0]
    assert p[1.0] > p[0.0]


def test_older_sets_can_move_to_the_training_side() -> None:
    """``--train-also`` trains on an own set instead of measuring on it, ``--measure-on`` keeps
    the held-out side to the named sets: with and without the older sets, one measurement."""
    cv = _modelcv()
    every = {p.stem for p in cv.held_out(ROOT)}
    assert "holdout4" in every and "corpus" not in every
    moved = {p.stem for p in cv.held_out(ROOT, ("holdout4", "styles5"))}
    assert moved == every - {"holdout4", "styles5"}
    newest = ("holdout23", "styles23")
    assert {p.stem for p in cv.held_out(ROOT, only=newest)} == set(newest)
    assert {p.stem for p in cv.held_out(ROOT, ("holdout4",), newest)} == set(newest)
