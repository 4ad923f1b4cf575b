"""Rules and law as data: loading, schema check, lint and the lexicon version.

Layout (all YAML, read once per process):

* ``lexicon/law.yaml`` — provisions by id: citation and text.
* ``lexicon/terms/<set>.yaml`` — named term sets (``name``, ``description``, ``variants``,
  ``terms``, ``compose``); a rule refers to a set as ``$name``. ``compose`` lists patterns,
  each a list of slots of alternatives whose every combination is a term: everyday phrasings
  vary by slot (不用/无需/不去 × 来/去 × 考场/现场/上课), and listing the slots once covers the
  combinations nobody typed in yet. ``""`` in a slot makes it optional.
* ``lexicon/rules/<category>/<RULE-ID>.yaml`` — one rule per file, its fixture beside it in
  ``<RULE-ID>.fixture.yaml`` (``match:`` lines that must fire it, ``ok:`` lines that must not).
* ``lexicon/precedence.yaml`` — which category wins when two fire on one clause for one object
  (:mod:`lexicon.precedence`).

The lexicon version is a content hash over the rule, term-set and law files, so every finding
says which rule set produced it.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lexicon import buildcache, recache
from lexicon.errors import RuleError
from lexicon.finding import CATEGORIES, SEVERITIES
from lexicon.precedence import load_precedence

__all__ = [
    "DEFAULT_PACKS",
    "LEXICON_DIR",
    "PACKS",
    "Lexicon",
    "Rule",
    "TermSet",
    "lint",
    "load_lexicon",
    "term_words",
]

LEXICON_DIR = Path(__file__).parent
RULE_ID = recache.compile(r"^(?:(CS|GP|SS|EF|FC|FP)-\d{3}|ML-(CS|GP|SS|EF|FC))$")
_PREFIX = {
    "certificate_sale": "CS",
    "guarantee_promise": "GP",
    "state_symbol_misuse": "SS",
    "exam_fraud": "EF",
    "fake_certificate": "FC",
    "fake_portal": "FP",
}
_RULE_KEYS = {
    "id",
    "category",
    "severity",
    "confidence",
    "title",
    "message",
    "law",
    "kind",
    "all",
    "window",
    "unless",
    "unless_window",
    "suppress",
    "params",
    "pack",
}
#: ``model``: an ``ML-…`` rule — no terms; the learned scorer surfaces it (lexicon.modelscan).
_KINDS = ("window", "portal", "qr", "model")
#: Rule packs (docs/domain.md scope, widened per target): special-operations and safety-production
#: certificates (the default), training ads of every exam (Advertising Law art. 24), forged and
#: sold certificates of every kind.
PACKS: tuple[str, ...] = ("special-ops", "training-ads", "certificates")
DEFAULT_PACKS: tuple[str, ...] = ("special-ops",)
#: Groups that only put the thing in sight (an exam, a certificate, a diploma): a negation
#: before one of them ("无语言成绩也能保录", "没有电工基础也能包过") says what the buyer lacks,
#: not that the promise is denied, so negation is read on a rule's other groups only.
SCOPE_GROUPS: frozenset[str] = frozenset({"scope", "ctx", "cert", "object", "diploma"})
#: Rule params that name term sets (read by the silencing stage, lexicon.silence): the goods a
#: sale word may sell, and the sets of the other-paper check (OtherPapers).
SET_PARAMS = (
    "goods_before",
    "goods_after",
    "paper_generic",
    "paper_own",
    "paper_context",
    "paper_other",
    "paper_exam",
    "paper_unnamed",
    # (issue 9, session 70, scope5) another issuer's paper an own name holds whole (驾驶证)
    "paper_own_apart",
    "unless_generic_only",
    "unless_own_part",
)
SUPPRESSIONS = ("warning", "negation", "quoted", "report", "page", "official_host")
VARIANT_KINDS = ("pinyin", "initials", "homophone", "zheng")


@dataclass(frozen=True, slots=True)
class TermSet:
    name: str
    description: str
    terms: tuple[str, ...]
    variants: tuple[str, ...] = ()
    role: str = "match"  # "match" | "warning" | "notice" | "news"
    weight: float = 1.0  # for page signs: how much one sign counts towards a verdict
    #: False: the terms are matched but never taught to the segmenter as words. A phrase that
    #: runs into another rule's term (也能拿到 | 拿到证) would otherwise cut that term's start
    #: off its word boundary, and the other rule would stop reading it.
    segment: bool = True
    #: For names whose tail is an everyday word (本, 卡, 资格): tail -> words that, following
    #: the match, show the tail belongs to them (叉车卡住, 电工资格审查, 上岗本人); no match
    #: of such a set is read before one, however long.
    runs_on: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule. ``groups`` maps a group name to its terms (set references expanded)."""

    id: str
    category: str
    severity: str
    confidence: float
    title: str
    message: str
    law: tuple[str, ...]
    kind: str
    groups: dict[str, tuple[str, ...]]
    refs: dict[str, tuple[str, ...]]  # group -> term-set names it used
    window: int
    unless: tuple[str, ...]
    unless_window: int
    suppress: tuple[str, ...]
    params: dict[str, Any]
    path: Path
    pack: str = "special-ops"


@dataclass(slots=True)
class Lexicon:
    rules: list[Rule]
    sets: dict[str, TermSet]
    law: dict[str, dict[str, str]]
    version: str
    files: list[Path] = field(default_factory=list)
    #: Pack -> words that make a sentence worth the learned scorer's reading
    #: (``model/anchors.yaml``).
    anchors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The term sets ``model/anchors.yaml`` names (used, though no rule reads them).
    anchor_sets: frozenset[str] = frozenset()
    #: Anchor words the scorer reads as they are (``unmasked:`` in ``model/anchors.yaml``).
    unmasked: frozenset[str] = frozenset()
    #: Which category wins when two fire on one clause (``precedence.yaml``,
    #: :mod:`lexicon.precedence`).
    precedence: list[Any] = field(default_factory=list)


#: libyaml's parser when the wheel carries it (the manylinux wheels do): the lexicon is ~370 YAML
#: files and the pure-Python parser was a tenth of every process's detector build.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: The lexicon's YAML as already parsed, by the SHA-256 of each file's text, in marshal's form
#: (each read is a fresh object its caller may change). Filled by :func:`_parsed_from_cache`
#: for one :func:`load_lexicon` and emptied after it.
_PARSED: dict[bytes, bytes] = {}


def _text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _load_yaml(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    parsed = _PARSED.get(_text_key(text)) if _PARSED else None
    if parsed is not None:
        return marshal.loads(parsed)
    try:
        return yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as e:
        raise RuleError(f"{path}: invalid YAML: {e}") from e


def _parsed_from_cache(paths: list[Path]) -> None:
    """Fill :data:`_PARSED` for ``paths`` from one build-cache file named by their texts.

    Parsing the lexicon's ~420 YAML files was 0.3-0.4 s of CPU in every process that builds a
    detector, libyaml included (building the Python objects is most of it), the same result
    every time; the test suite starts hundreds of such processes. Keyed by content, not by
    path, so a file edited on disk or a lexicon in another directory is parsed afresh, and
    the name also covers this module's code, PyYAML's version and the loader. On a miss every
    file is parsed here and the file is written; a file that does not parse, or whose result
    marshal cannot write, is left out, so that :func:`_load_yaml` parses it as before and
    raises its own error.
    """
    texts: list[str] = []
    for path in paths:
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeError):  # reported by the load itself
            continue
    keys = [_text_key(t) for t in texts]
    inputs = (yaml.__version__, _YAML_LOADER.__name__, tuple(sorted(k.hex() for k in keys)))
    name = buildcache.digest("yaml", inputs)
    got = buildcache.load(name)
    if isinstance(got, dict):
        _PARSED.update(got)
        return
    made: dict[bytes, bytes] = {}
    for key, text in zip(keys, texts, strict=True):
        try:
            made[key] = marshal.dumps(yaml.load(text, Loader=_YAML_LOADER))
        except (yaml.YAMLError, ValueError):
            continue
    _PARSED.update(made)
    buildcache.store(name, made)


def _load_regional(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(mainland word, regional words) pairs from ``regional.yaml``; none without the file."""
    if not path.is_file():
        return []
    d = _load_yaml(path) or {}
    if not isinstance(d, dict) or not all(isinstance(v, list) for v in d.values()):
        raise RuleError(f"{path}: each mainland word maps to a list of regional words")
    return [(str(k), tuple(str(x) for x in v)) for k, v in d.items()]


def _regional(terms: list[str], pairs: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    """``terms`` and, after them, each term with a mainland word put in its regional forms
    (联系我们 → 联络我们): Taiwan and Hong Kong posts say the same thing in other words."""
    out = list(terms)
    for t in terms:
        for word, regional in pairs:
            if word in t:
                out += [t.replace(word, r) for r in regional]
    return out


def _load_sets(root: Path) -> dict[str, TermSet]:
    pairs = _load_regional(root / "regional.yaml")
    sets = (_load_set(path, pairs) for path in sorted((root / "terms").glob("*.yaml")))
    return {ts.name: ts for ts in sets}


def _load_set(path: Path, pairs: list[tuple[str, tuple[str, ...]]]) -> TermSet:
    d = _load_yaml(path)
    name = d.get("name")
    if name != path.stem:
        raise RuleError(f"{path}: name {name!r} must equal the file name")
    # Regional forms for the listed words only: composed families are large, and their
    # slots can name a regional word themselves where it matters.
    listed = _regional([str(t) for t in d.get("terms") or ()], pairs)
    terms = tuple(dict.fromkeys(listed + _compose(d, path)))
    variants = tuple(d.get("variants") or ())
    if not terms or any(v not in VARIANT_KINDS for v in variants):
        raise RuleError(f"{path}: needs terms; variants must be among {VARIANT_KINDS}")
    return TermSet(
        name=name,
        description=str(d.get("description") or ""),
        terms=terms,
        variants=variants,
        role=str(d.get("role") or "match"),
        weight=float(d.get("weight", 1.0)),
        segment=bool(d.get("segment", True)),
        runs_on=tuple(
            (str(k), tuple(str(w) for w in v or ())) for k, v in (d.get("runs_on") or {}).items()
        ),
    )


@functools.cache
def term_words(name: str) -> tuple[str, ...]:
    """One term set's words, for a module that reads them as a pattern of its own at import
    (the seller's first-person words): the words stay data in ``terms/``, under the lexicon
    version, without loading every set."""
    root = LEXICON_DIR
    return _load_set(root / "terms" / f"{name}.yaml", _load_regional(root / "regional.yaml")).terms


def _compose(d: dict[str, Any], path: Path) -> list[str]:
    """Every combination of each ``compose`` pattern's slots, in order."""
    out: list[str] = []
    for pattern in d.get("compose") or ():
        if not isinstance(pattern, list) or not all(isinstance(s, list) and s for s in pattern):
            raise RuleError(f"{path}: each compose pattern is a list of non-empty slot lists")
        combos = [""]
        for slot in pattern:
            combos = [c + str(alt) for c in combos for alt in slot]
        out += [c for c in combos if c]
    return out


def _expand_terms(
    items: list[Any], sets: dict[str, TermSet], where: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    terms: list[str] = []
    refs: list[str] = []
    for item in items:
        item = str(item)
        if item.startswith("$"):
            ts = sets.get(item[1:])
            if ts is None:
                raise RuleError(f"{where}: unknown term set {item}")
            refs.append(ts.name)
            terms.extend(ts.terms)
        else:
            terms.append(item)
    return tuple(dict.fromkeys(terms)), tuple(refs)


def _parse_rule(path: Path, d: dict[str, Any], sets: dict[str, TermSet]) -> Rule:
    unknown = set(d) - _RULE_KEYS
    if unknown:
        raise RuleError(f"{path}: unknown keys {sorted(unknown)}")
    rid = str(d.get("id", ""))
    cat = d.get("category")
    if not RULE_ID.match(rid) or rid != path.stem:
        raise RuleError(f"{path}: id {rid!r} must match {RULE_ID.pattern} and the file name")
    prefix = _PREFIX.get(str(cat), "")
    fits = rid.startswith(prefix + "-") or rid == f"ML-{prefix}"
    if cat not in CATEGORIES or path.parent.name != cat or not fits:
        raise RuleError(f"{path}: category {cat!r} must be its folder and fit the id prefix")
    if d.get("severity") not in SEVERITIES:
        raise RuleError(f"{path}: severity must be one of {SEVERITIES}")
    kind = d.get("kind", "window")
    if kind not in _KINDS:
        raise RuleError(f"{path}: kind must be one of {_KINDS}")
    groups: dict[str, tuple[str, ...]] = {}
    refs: dict[str, tuple[str, ...]] = {}
    for gname, items in (d.get("all") or {}).items():
        groups[gname], refs[gname] = _expand_terms(list(items or ()), sets, f"{path}:{gname}")
    if kind == "window" and not groups:
        raise RuleError(f"{path}: a window rule needs term groups under 'all'")
    unless, unless_refs = _expand_terms(list(d.get("unless") or ()), sets, f"{path}:unless")
    if unless_refs:
        refs["unless"] = unless_refs
    pack = str(d.get("pack", "special-ops"))
    if pack not in PACKS:
        raise RuleError(f"{path}: pack must be one of {PACKS}")
    suppress = tuple(d.get("suppress", SUPPRESSIONS))
    if any(s not in SUPPRESSIONS for s in suppress):
        raise RuleError(f"{path}: suppress must be among {SUPPRESSIONS}")
    return Rule(
        id=rid,
        category=cat,
        severity=d["severity"],
        confidence=float(d.get("confidence", 0.8)),
        title=str(d.get("title") or ""),
        message=str(d.get("message") or "").strip(),
        law=tuple(str(x) for x in d.get("law") or ()),
        kind=kind,
        groups=groups,
        refs=refs,
        window=int(d.get("window", 30)),
        unless=unless,
        unless_window=int(d.get("unless_window", 12)),
        suppress=suppress,
        params=_params(d, sets, path),
        path=path,
        pack=pack,
    )


def _params(d: dict[str, Any], sets: dict[str, TermSet], path: Path) -> dict[str, Any]:
    """The rule's ``params``, with an ``unless_broken_for`` key or an ``unless_covers`` word
    naming a term set (``$name``) given to each of that set's terms (a term listed by itself keeps
    its own breakers): a composed exception (issue 9, session 56, fa9: the refund policies of
    ``terms/refund_window``; review30: SS-001's ``$organ_directed``) has too many forms to list
    one by one, and every one of them takes the same breakers of its own."""
    params = dict(d.get("params") or {})
    covers = params.get("unless_covers")
    if covers and any(str(w).startswith("$") for w in covers):
        # the same for the exceptions that keep the learned scorer off their span
        params["unless_covers"], _ = _expand_terms([str(w) for w in covers], sets, f"{path}:covers")
    # (issue 9, session 69, lawful7) an exception's own breaker reach (``unless_broken_for_reach``)
    # may name a term set too, given to each of its terms as the breakers are
    reach = params.get("unless_broken_for_reach")
    if reach:
        wide: dict[str, Any] = {}
        for key, n in reach.items():
            if not isinstance(n, int):
                raise RuleError(f"{path}: unless_broken_for_reach {key} is no number of characters")
            ts = sets.get(str(key)[1:]) if str(key).startswith("$") else None
            if str(key).startswith("$") and ts is None:
                raise RuleError(f"{path}: unless_broken_for_reach names unknown term set {key}")
            for term in (*ts.terms, *ts.variants) if ts is not None else (str(key),):
                wide.setdefault(term, n)
        params["unless_broken_for_reach"] = wide
    own = params.get("unless_broken_for")
    if not own or not any(str(k).startswith("$") for k in own):
        return params
    out: dict[str, Any] = {}
    for key, breakers in own.items():
        key = str(key)
        if not key.startswith("$"):
            out[key] = breakers
            continue
        ts = sets.get(key[1:])
        if ts is None:
            raise RuleError(f"{path}: unless_broken_for names unknown term set {key}")
        for term in (*ts.terms, *ts.variants):
            out.setdefault(term, breakers)
    params["unless_broken_for"] = out
    return params


def load_lexicon(root: Path | str = LEXICON_DIR) -> Lexicon:
    """Load and validate law, term sets and rules under ``root``; raises :class:`RuleError`."""
    root = Path(root)
    rule_files = sorted((root / "rules").glob("*/*.yaml"))
    rule_files = [p for p in rule_files if not p.name.endswith(".fixture.yaml")]
    read = [root / n for n in ("law.yaml", "regional.yaml", "precedence.yaml")]
    read.append(root / "model" / "anchors.yaml")
    _parsed_from_cache([*read, *sorted((root / "terms").glob("*.yaml")), *rule_files])
    try:
        law = _load_yaml(root / "law.yaml") or {}
        sets = _load_sets(root)
        rules = [_parse_rule(p, _load_yaml(p) or {}, sets) for p in rule_files]
        anchors, anchor_sets, unmasked = _load_anchors(root / "model" / "anchors.yaml", sets)
        precedence = load_precedence(
            root / "precedence.yaml",
            lambda items, where: _expand_terms(items, sets, where),
            CATEGORIES,
            RuleError,
            _load_yaml,
        )
    finally:
        _PARSED.clear()
    files = [root / "law.yaml", *sorted((root / "terms").glob("*.yaml")), *rule_files]
    if (root / "regional.yaml").is_file():
        files.append(root / "regional.yaml")
    if (root / "precedence.yaml").is_file():
        files.append(root / "precedence.yaml")
    derived = (
        root / "model" / "anchors.yaml",
        root / "model" / "offer.json",
        root / "variants.json",
    )
    for extra in derived:
        if extra.is_file():  # the learned scorer is part of what a finding's version names
            files.append(extra)
    h = hashlib.sha256()
    for p in files:
        h.update(p.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    return Lexicon(
        rules=rules,
        sets=sets,
        law=law,
        version=h.hexdigest()[:12],
        files=files,
        anchors=anchors,
        anchor_sets=anchor_sets,
        unmasked=unmasked,
        precedence=precedence,
    )


def _load_anchors(
    path: Path, sets: dict[str, TermSet]
) -> tuple[dict[str, tuple[str, ...]], frozenset[str], frozenset[str]]:
    """Pack -> anchor words (``$set`` references expanded), the sets referenced, and the
    words of ``unmasked`` (each must be some pack's anchor); empty without the file."""
    if not path.is_file():
        return {}, frozenset(), frozenset()
    d = _load_yaml(path) or {}
    out: dict[str, tuple[str, ...]] = {}
    names: set[str] = set()
    plain: tuple[str, ...] = ()
    for pack, items in d.items():
        if pack != "unmasked" and pack not in PACKS:
            raise RuleError(f"{path}: unknown pack {pack!r}")
        terms, refs = _expand_terms(list(items or ()), sets, f"{path}:{pack}")
        names.update(refs)
        if pack == "unmasked":
            plain = terms
        else:
            out[pack] = terms
    stray = set(plain).difference(*out.values())
    if stray:
        raise RuleError(f"{path}: unmasked words that are no pack's anchor: {sorted(stray)[:5]}")
    return out, frozenset(names), frozenset(plain)


def lint(lex: Lexicon) -> list[str]:
    """Problems a reviewer of the rule set should fix; empty when the lexicon is clean."""
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for r in lex.rules:
        if r.id in seen:
            problems.append(f"{r.id}: duplicate id in {seen[r.id]} and {r.path}")
        seen[r.id] = r.path
        if not r.message:
            problems.append(f"{r.id}: empty message")
        if not r.law:
            problems.append(f"{r.id}: cites no law")
        problems += [f"{r.id}: unknown law id {x}" for x in r.law if x not in lex.law]
        if not (r.path.parent / f"{r.id}.fixture.yaml").is_file():
            problems.append(f"{r.id}: no fixture beside the rule")
        like = r.params.get("paper_like")
        if like and not any(x.id == like and x.params.get("paper_other") for x in lex.rules):
            # the rule borrows another rule's derived other papers (lexicon.silence.OtherPapers)
            problems.append(f"{r.id}: paper_like names no rule with paper_other: {like}")
    used = {name for r in lex.rules for names in r.refs.values() for name in names}
    # term sets a rule reads by name in its params (goods_before, goods_after: the silencing
    # stage's goods; paper_*: its other-paper check)
    named = {(r.id, x) for r in lex.rules for key in SET_PARAMS for x in r.params.get(key) or ()}
    problems += [
        f"{rid}: a set-naming param names unknown term set {x}"
        for rid, x in named
        if x not in lex.sets
    ]
    used |= {x for _, x in named}
    used |= {s.name for s in lex.sets.values() if s.role != "match"} | lex.anchor_sets
    used |= {name for p in lex.precedence for name in p.refs}
    problems += [f"term set {n}: used by no rule" for n in sorted(set(lex.sets) - used)]
    for lid, prov in lex.law.items():
        if not prov.get("citation") or not prov.get("text"):
            problems.append(f"law {lid}: needs citation and text")
    return problems
