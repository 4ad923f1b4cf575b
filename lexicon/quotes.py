"""Quotation marks: one set for every stage that reads quotations.

The stance stage (a framed quotation is someone else's words), the detector's ``quoted``
suppression and the heading check (a seller's cue inside a quoted ad is not the writer's) all
ask where a quotation opens and closes; a mark known to one and not to another (〝〞, ‘’, the
full-width straight ＂) made the same sentence quoted for one stage and not for the other.
"""

from __future__ import annotations

import re

from lexicon import recache

__all__ = ["CLOSE_QUOTES", "OPEN_QUOTES", "QUOTATION", "QUOTE_PAIRS", "STRAIGHT_QUOTES"]

#: Curly and corner marks, (opening, closing).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("“", "”"),
    ("「", "」"),
    ("『", "』"),
    ("‘", "’"),
    ("〝", "〞"),
)
OPEN_QUOTES = "".join(o for o, _c in QUOTE_PAIRS)
CLOSE_QUOTES = "".join(c for _o, c in QUOTE_PAIRS)
#: Straight marks open and close alike (scraped pages often lose the curly ones).
STRAIGHT_QUOTES = '"＂'
#: A closed quotation on one line (straight marks pair with each other; a line break right
#: after a comma inside one is the page's layout, not its end).
QUOTATION = recache.compile(
    "|".join(
        f"{re.escape(o)}(?:[^{re.escape(c)}\n]|(?<=[，,、：:；;])\n)*{re.escape(c)}"
        for o, c in (*QUOTE_PAIRS, *((q, q) for q in STRAIGHT_QUOTES))
    )
)
