"""The shipped lexicon as the lexicon tests read it: parsed once per process, a fresh copy each ask.

``load_lexicon()`` parses some 370 YAML files, expands every term set and compiles the rules' regular
expressions: about 0.75 CPU seconds each time. Twenty-two places in the lexicon tests called it, five
of them at module import -- which every xdist worker and every ``--collect-only`` pays, whether or
not it runs the module's tests. :func:`fresh_lexicon` parses once and hands out a deep copy (about
0.17 CPU seconds): equal to a fresh load, and sharing no list, dict or set with any other copy, so a
test that changes what it got (``dataclasses.replace`` of its rules or sets, a detector built on a
changed lexicon) changes nothing another test reads. ``test_ci2_session76.py`` pins both.
"""

from __future__ import annotations

import copy
from functools import cache

from lexicon.rules import Lexicon, load_lexicon


@cache
def _parsed() -> Lexicon:
    """The shipped lexicon, parsed once per process; never handed out (only copies of it)."""
    return load_lexicon()


def fresh_lexicon() -> Lexicon:
    """What ``load_lexicon()`` returns for the shipped lexicon: a copy no other caller holds."""
    return copy.deepcopy(_parsed())
