"""What the anchor automaton's pass costs on general text, and what would make it cheaper.
Prints JSON.

    python benchmarks/anchorpass.py            # 1 MB of the benchmark's general pages
    python benchmarks/anchorpass.py --mb 2 --rounds 5

(issue 9, session 75, gen2) On general text (``benchmarks/lexicon.py``'s ``general_*`` pages)
the anchor automaton's one pass over each normalized source is about a fifth of the scan
(session 74, gen1). This script measures the questions a smaller or skipping pass depends on,
without touching the detector:

* ``keys``: the three automata's key counts; ``anchor_keys_renormalized``: anchor keys that
  ``normalize_term`` would change (a character normalized text never holds: such a key can
  never match a normalized source; trimming them is the only output-neutral cut of the keys);
* ``first_char_share``: the share of text positions holding some anchor key's first character
  (what a first-character pre-filter could skip is the rest); ``first_pair_share``: the same
  for a key's first two characters (one-character keys count their one);
* ``cpu_s``: the pass alone, best CPU time of ``--rounds`` over fresh copies of the pages
  (a copy's UTF-8 form is not cached yet, as in a scan), an 8 MB array touched before each
  page so the automaton starts from a cold cache as inside a scan: ``str`` is the detector's
  own call; ``utf16`` the same keys as UTF-16 bytes (``BytesAhoCorasick``, two bytes a CJK
  character instead of three, odd-offset matches dropped; a page with characters beyond the
  BMP would take the ``str`` path); ``by_length`` the keys inserted shortest first (the NFA's
  states are laid out in creation order). Each of these is checked to give the detector's
  matches (as sets) before timing. Two smaller automata show what trimming keys could gain at
  most (they find fewer matches, so nothing checks them): ``no_variants`` without the keys that
  are only generated variants (homophone, pinyin, numerals, initials), ``default_pack`` only
  the keys some rule or scorer anchor of the default packs reads.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="MB of general pages")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds (best counts)")
    args = ap.parse_args()

    import ahocorasick_rs as ar
    import numpy as np

    from benchmarks.lexicon import make_pages
    from lexicon import get_detector
    from lexicon.automata import build_automata
    from lexicon.normalize import normalize, normalize_term
    from lexicon.rules import DEFAULT_PACKS

    det = get_detector()
    kept = build_automata(det.lex, det._window_rules, keep_keys=True)
    keys = kept.anchors.keys or []
    pages = [normalize(p).text for p in make_pages(int(args.mb * 1_000_000), general=True)]
    chars = sum(map(len, pages))
    firsts = {k[0] for k in keys}
    pairs = {k[:2] for k in keys}
    singles = {k for k in keys if len(k) == 1}
    on_first = on_pair = 0
    for p in pages:
        on_first += sum(1 for c in p if c in firsts)
        on_pair += sum(1 for i in range(len(p)) if p[i : i + 2] in pairs or p[i] in singles)

    def nfa(ks: list, cls=ar.AhoCorasick):  # type: ignore[no-untyped-def]
        kind = ar.Implementation.ContiguousNFA
        return cls(ks, matchkind=ar.MatchKind.Standard, implementation=kind)

    rule_packs = [r.pack for r in det._window_rules]
    pool_packs: dict[int, set[str]] = {}
    for ri, pools in enumerate(kept.pools):
        for pid in pools.values():
            pool_packs.setdefault(pid, set()).add(rule_packs[ri])
    terms, default = [], []
    for k, (_la, _lb, (model, groups)) in zip(keys, kept.anchors.values, strict=True):
        if model or any(not vk for _t, vk, _p in groups):
            terms.append(k)
        packs = {p for m in model for p in m}
        packs |= {p for _t, _v, pids in groups for pid in pids for p in pool_packs[pid]}
        if packs & set(DEFAULT_PACKS):
            default.append(k)
    order = sorted(range(len(keys)), key=lambda i: len(keys[i]))
    plain, by_len = nfa(keys), nfa([keys[i] for i in order])
    wide = nfa([k.encode("utf-16-le") for k in keys], ar.BytesAhoCorasick)

    def str_pass(p: str) -> list:
        return plain.find_matches_as_indexes(p, overlapping=True)

    def utf16_pass(p: str) -> list:
        b = p.encode("utf-16-le")
        if len(b) != 2 * len(p):  # beyond the BMP: positions would shift
            return str_pass(p)
        found = wide.find_matches_as_indexes(b, overlapping=True)
        return [(i, a >> 1, e >> 1) for i, a, e in found if not a & 1]

    def length_pass(p: str) -> list:
        found = by_len.find_matches_as_indexes(p, overlapping=True)
        return [(order[i], a, e) for i, a, e in found]

    passes = {"str": str_pass, "utf16": utf16_pass, "by_length": length_pass}
    for name, fn in passes.items():
        for p in pages:
            if sorted(fn(p)) != sorted(str_pass(p)):
                raise SystemExit(f"{name}: matches differ from the detector's")
    small = {"no_variants": nfa(terms), "default_pack": nfa(default)}
    for name, ac in small.items():
        passes[name] = partial(ac.find_matches_as_indexes, overlapping=True)
    junk = np.ones(8_000_000, dtype=np.uint8)
    best = {name: float("inf") for name in passes}
    for _ in range(args.rounds):
        for name, fn in passes.items():  # interleaved: the machine is shared
            copies = [(p + ".")[:-1] for p in pages]
            spent = 0.0
            for p in copies:
                junk += 1  # the rest of a scan walks other memory between two passes
                t = time.process_time()
                fn(p)
                spent += time.process_time() - t
            best[name] = min(best[name], spent)
    out = {
        "keys": {a: len(getattr(kept, a)) for a in ("anchors", "context", "page")},
        "anchor_keys_no_variants": len(terms),
        "anchor_keys_default_pack": len(default),
        "anchor_keys_renormalized": sum(1 for k in keys if normalize_term(k) != k),
        "anchor_first_chars": len(firsts),
        "general_chars": chars,
        "first_char_share": round(on_first / chars, 4),
        "first_pair_share": round(on_pair / chars, 4),
        "cpu_s": {name: round(s, 4) for name, s in best.items()},
        "str_ms_per_mb": round(best["str"] * 1000 / args.mb, 1),
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
