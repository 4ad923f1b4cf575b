"""Rules as data: schema, lint, term count, and every rule's fixture (match / ok lines)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from lexicon.errors import RuleError
from lexicon.rules import LEXICON_DIR, PACKS, lint, load_lexicon
from tests.lexicon.lexicon_once import fresh_lexicon

LEX = fresh_lexicon()


#: The packs a rule's fixture runs with: its own; every pack for an ``ML-…`` rule (the model
#: surfaces in whichever pack's anchors a sentence holds).
PACKS_OF = {r.id: list(PACKS) if r.kind == "model" else [r.pack] for r in LEX.rules}


def _fixture_cases() -> list[tuple[str, str, object]]:
    cases = []
    for rule in LEX.rules:
        fx = yaml.safe_load((rule.path.parent / f"{rule.id}.fixture.yaml").read_text("utf-8"))
        cases += [(rule.id, "match", x) for x in fx.get("match") or ()]
        cases += [(rule.id, "ok", x) for x in fx.get("ok") or ()]
    return cases


CASES = _fixture_cases()


class _UniqueKeys(yaml.SafeLoader):
    """A loader that refuses a key written twice in one mapping: PyYAML keeps the last, so a
    second ``ok:`` in a fixture silently dropped the first block's examples (session 42)."""


def _mapping(loader: _UniqueKeys, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} written twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_no_rule_term_or_fixture_file_writes_a_key_twice() -> None:
    files = sorted(Path(LEXICON_DIR).rglob("*.yaml"))
    assert len(files) > 300
    for path in files:
        yaml.load(path.read_text("utf-8"), Loader=_UniqueKeys)  # raises on a repeated key
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("match:\n- a\nok:\n- b\nok:\n- c\n", Loader=_UniqueKeys)


@pytest.mark.parametrize(
    ("rule_id", "expect", "case"), CASES, ids=[f"{r}-{e}-{i}" for i, (r, e, _) in enumerate(CASES)]
)
def test_rule_fixture(det, rule_id: str, expect: str, case: object) -> None:
    if isinstance(case, dict):
        res = det.scan_page(
            text=case.get("text", ""),
            title=case.get("title"),
            url=case.get("url"),
            qr_urls=case.get("qr"),
            packs=PACKS_OF[rule_id],
        )
    else:
        res = det.scan(str(case), packs=PACKS_OF[rule_id])
    fired = {f.rule_id for f in res.findings}
    if expect == "match":
        assert rule_id in fired, (case, res.suppressed)
    else:
        assert rule_id not in fired, (case, [f.matched for f in res.findings])


def test_every_rule_has_both_kinds_of_fixture_lines() -> None:
    for rule in LEX.rules:
        kinds = {e for r, e, _ in CASES if r == rule.id}
        assert kinds == {"match", "ok"}, rule.id


def test_lint_is_clean() -> None:
    assert lint(LEX) == []


def test_at_least_200_terms_across_the_six_categories() -> None:
    terms = {t for s in LEX.sets.values() if s.role == "match" for t in s.terms}
    assert len(terms) >= 200
    cats = {r.category for r in LEX.rules}
    assert cats == {
        "certificate_sale",
        "guarantee_promise",
        "state_symbol_misuse",
        "exam_fraud",
        "fake_certificate",
        "fake_portal",
    }


def test_every_rule_cites_known_law_with_text() -> None:
    for rule in LEX.rules:
        assert rule.law and all(LEX.law[x]["text"] for x in rule.law)
        assert "法" in rule.message


def test_version_is_a_content_hash(tmp_path: Path) -> None:
    copy = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR / "rules", copy / "rules")
    shutil.copytree(LEXICON_DIR / "terms", copy / "terms")
    shutil.copy(LEXICON_DIR / "law.yaml", copy / "law.yaml")
    shutil.copytree(LEXICON_DIR / "model", copy / "model")  # the learned scorer is covered too
    shutil.copy(LEXICON_DIR / "variants.json", copy / "variants.json")  # and the readings
    shutil.copy(LEXICON_DIR / "regional.yaml", copy / "regional.yaml")  # and regional words
    shutil.copy(LEXICON_DIR / "precedence.yaml", copy / "precedence.yaml")  # and the precedence
    assert load_lexicon(copy).version == LEX.version
    (copy / "precedence.yaml").unlink()
    assert load_lexicon(copy).version != LEX.version
    shutil.copy(LEXICON_DIR / "precedence.yaml", copy / "precedence.yaml")
    (copy / "regional.yaml").unlink()
    assert load_lexicon(copy).version != LEX.version
    shutil.copy(LEXICON_DIR / "regional.yaml", copy / "regional.yaml")
    (copy / "variants.json").unlink()
    assert load_lexicon(copy).version != LEX.version
    shutil.copy(LEXICON_DIR / "variants.json", copy / "variants.json")
    model = copy / "model" / "offer.json"
    body = json.loads(model.read_text("utf-8"))
    body["threshold"] = round(body["threshold"] - 0.01, 4)
    model.write_text(json.dumps(body, ensure_ascii=False, sort_keys=True), "utf-8")
    assert load_lexicon(copy).version != LEX.version
    shutil.copy(LEXICON_DIR / "model" / "offer.json", model)
    rule = copy / "rules" / "certificate_sale" / "CS-001.yaml"
    rule.write_text(rule.read_text("utf-8").replace("window: 30", "window: 31"), "utf-8")
    assert load_lexicon(copy).version != LEX.version


def _lexicon_with(tmp_path: Path, rule: dict, fixture: bool = True) -> Path:
    root = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR / "terms", root / "terms")
    shutil.copy(LEXICON_DIR / "law.yaml", root / "law.yaml")
    folder = root / "rules" / rule.get("category", "certificate_sale")
    folder.mkdir(parents=True)
    (folder / f"{rule['id']}.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True), "utf-8")
    if fixture:
        (folder / f"{rule['id']}.fixture.yaml").write_text("match: []\nok: []\n", "utf-8")
    return root


BASE = {
    "id": "CS-901",
    "category": "certificate_sale",
    "severity": "high",
    "message": "测试",
    "law": ["ecom-13"],
    "all": {"cert": ["$cert_key"], "sale": ["$sale_key"]},
}


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"id": "cs-1"}, "must match"),
        ({"category": "nope"}, "category"),
        ({"severity": "urgent"}, "severity"),
        ({"all": {"cert": ["$no_such_set"]}}, "unknown term set"),
        ({"colour": "red"}, "unknown keys"),
        ({"id": "GP-901"}, "prefix"),
    ],
)
def test_schema_rejects_bad_rules(tmp_path: Path, change: dict, error: str) -> None:
    rule = {**BASE, **change}
    if change.get("id") == "GP-901":
        rule["id"] = "GP-901"
    root = _lexicon_with(tmp_path, rule)
    if rule["id"] != BASE["id"] and rule["id"] != "GP-901":
        (root / "rules" / "certificate_sale" / f"{rule['id']}.yaml").rename(
            root / "rules" / "certificate_sale" / "cs-1.yaml"
        )
    with pytest.raises(RuleError, match=error):
        load_lexicon(root)


def test_lint_reports_empty_message_missing_law_fixture_and_unused_terms(tmp_path: Path) -> None:
    root = _lexicon_with(tmp_path, {**BASE, "message": "", "law": []}, fixture=False)
    problems = "\n".join(lint(load_lexicon(root)))
    assert "CS-901: empty message" in problems
    assert "CS-901: cites no law" in problems
    assert "CS-901: no fixture" in problems
    assert "term set promise_key: used by no rule" in problems


def test_lint_reports_duplicate_ids(tmp_path: Path) -> None:
    root = _lexicon_with(tmp_path, BASE)
    other = root / "rules" / "certificate_sale" / "CS-901.yaml"
    lex = load_lexicon(root)
    lex.rules.append(lex.rules[0])
    assert any("duplicate id" in p for p in lint(lex)), other


def test_rule_documentation_is_up_to_date() -> None:
    from lexicon.ruledoc import render

    doc = Path(__file__).parents[2] / "docs" / "lexicon-rules.md"
    assert doc.read_text("utf-8") == render(), (
        "run: python -m lexicon.ruledoc > docs/lexicon-rules.md"
    )


def test_compose_makes_every_combination_of_its_slots(tmp_path: Path) -> None:
    root = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (root / "terms" / "bypass.yaml").write_text(
        "name: bypass\ndescription: x\nterms: [免考]\n"
        'compose:\n- - [不用, 无需]\n  - ["", 去]\n  - [考场]\n',
        "utf-8",
    )
    terms = load_lexicon(root).sets["bypass"].terms
    assert terms == ("免考", "不用考场", "不用去考场", "无需考场", "无需去考场")


def test_compose_must_be_a_list_of_slot_lists(tmp_path: Path) -> None:
    root = tmp_path / "lex"
    shutil.copytree(LEXICON_DIR, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (root / "terms" / "bypass.yaml").write_text(
        "name: bypass\ndescription: x\ncompose:\n- [不用, 无需]\n", "utf-8"
    )
    with pytest.raises(RuleError, match="compose"):
        load_lexicon(root)
