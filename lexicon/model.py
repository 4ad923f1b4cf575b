"""The learned scorer beside the rules: logistic regression over hashed character n-grams.

Rules stay the evidence; the model (a) weighs each rule candidate (how much its sentence reads
like an offer) and (b) reports offers no rule matched as separate, lower-severity ``ML-…``
findings with their top cues. Scan time needs no scikit-learn and no numpy: the weights live in
a small JSON file (``lexicon/model/offer.json``, covered by the lexicon version) as a sparse
table from feature hash to one weight per category, and features are CRC-32 hashes of the
sentence's 1–3-character n-grams plus a few context features, so loading takes milliseconds.

Training (:func:`train`, ``adsweep lexicon train``) is deterministic full-batch gradient descent
in numpy (imported only there), one-vs-rest per category, with L2 and class weights; the file
records the training data's hash and figures.
"""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lexicon.normalize import normalize

__all__ = ["MODEL_PATH", "Example", "Model", "features", "load_model", "train"]

MODEL_PATH = Path(__file__).parent / "model" / "offer.json"
#: Categories the model scores (fake portals are a page check, not wording).
CLASSES: tuple[str, ...] = (
    "certificate_sale",
    "guarantee_promise",
    "state_symbol_misuse",
    "exam_fraud",
    "fake_certificate",
)
_DIM = 1 << 18
_MAX_CHARS = 160


@dataclass(slots=True)
class Example:
    text: str
    categories: frozenset[str]
    weight: float = 1.0


def _hash(feat: str) -> int:
    return zlib.crc32(feat.encode("utf-8", "surrogatepass")) & (_DIM - 1)


def features(text: str, extra: tuple[str, ...] = ()) -> dict[int, str]:
    """Hashed features of a sentence: 1–3-grams of its normalized text plus ``extra`` (context
    features such as ``cue:offer:加微信``). Hash → the feature it came from (for cues)."""
    s = normalize(text[: _MAX_CHARS * 2]).text[:_MAX_CHARS]
    out: dict[int, str] = {}
    n = len(s)
    for i in range(n):
        for k in (1, 2, 3):
            if i + k <= n:
                g = s[i : i + k]
                out.setdefault(_hash(g), g)
    for f in extra:
        out.setdefault(_hash("#" + f), "#" + f)
    return out


class Model:
    """A trained model loaded from its JSON file; ``scores`` gives P(offer of category)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.version: str = data["version"]
        self.classes: tuple[str, ...] = tuple(data["classes"])
        self.bias: list[float] = data["bias"]
        self.threshold: float = float(data["threshold"])
        self.suppress_below: float = float(data["suppress_below"])
        self.info = {k: data[k] for k in ("data", "figures", "trained_on") if k in data}
        self._w: dict[int, tuple[float, ...]] = {
            int(h): tuple(ws) for h, ws in data["weights"].items()
        }

    def scores(self, feats: dict[int, str]) -> dict[str, float]:
        z = list(self.bias)
        for h in feats:
            ws = self._w.get(h)
            if ws:
                for c, w in enumerate(ws):
                    z[c] += w
        return {
            c: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v))))
            for c, v in zip(self.classes, z, strict=True)
        }

    def top_cues(self, feats: dict[int, str], category: str, k: int = 5) -> tuple[str, ...]:
        """The features that pushed ``category`` up most (what a reviewer reads as the why)."""
        ci = self.classes.index(category)
        contrib = [(ws[ci], feats[h]) for h in feats if (ws := self._w.get(h)) and ws[ci] > 0]
        contrib.sort(key=lambda x: (-x[0], x[1]))
        out: list[str] = []
        for _w, f in contrib:
            if not any(f in o for o in out):
                out.append(f)
            if len(out) >= k:
                break
        return tuple(out)


def load_model(path: Path | str = MODEL_PATH) -> Model | None:
    """The model, or None when no model file exists (the detector then runs rules only)."""
    p = Path(path)
    if not p.is_file():
        return None
    return Model(json.loads(p.read_text("utf-8")))


def _matrix(examples: list[Example]) -> tuple[Any, Any, Any]:
    import numpy as np

    idx: list[int] = []
    ptr = [0]
    for ex in examples:
        idx.extend(sorted(features(ex.text)))
        ptr.append(len(idx))
    return np.asarray(idx, dtype=np.int64), np.asarray(ptr, dtype=np.int64), np.diff(ptr)


def _fit(idx: Any, ptr: Any, lens: Any, y: Any, sw: Any, epochs: int, l2: float) -> Any:
    """Full-batch gradient descent with Adagrad steps: deterministic, no random state."""
    import numpy as np

    w = np.zeros(_DIM + 1)
    g2 = np.full(_DIM + 1, 1e-8)
    rows = np.repeat(np.arange(len(lens)), lens)
    total = sw.sum()
    for _ in range(epochs):
        z = np.bincount(rows, weights=w[idx], minlength=len(lens)) + w[_DIM]
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * sw / total
        grad = np.bincount(idx, weights=err[rows], minlength=_DIM + 1)
        grad[_DIM] = err.sum()
        grad[:_DIM] += l2 * w[:_DIM]
        g2 += grad * grad
        w -= 0.5 * grad / np.sqrt(g2)
    return w


def train(
    examples: list[Example],
    sources: list[dict[str, Any]],
    epochs: int = 300,
    l2: float = 1e-4,
    keep: int = 4000,
) -> dict[str, Any]:
    """Train one-vs-rest per category; returns the JSON-ready model (weights pruned to the
    ``keep`` largest per category, rounded to 4 decimals so the file is small and stable)."""
    import numpy as np

    idx, ptr, lens = _matrix(examples)
    weights: dict[int, list[float]] = {}
    bias: list[float] = []
    base = np.asarray([ex.weight for ex in examples])
    for ci, cat in enumerate(CLASSES):
        y = np.asarray([1.0 if cat in ex.categories else 0.0 for ex in examples])
        pos = max(1.0, y.sum())
        sw = base * np.where(y > 0, (len(y) - pos) / pos, 1.0)
        w = _fit(idx, ptr, lens, y, sw, epochs, l2)
        bias.append(round(float(w[_DIM]), 4))
        top = np.argsort(-np.abs(w[:_DIM]), kind="stable")[:keep]
        for h in sorted(int(i) for i in top if abs(w[i]) >= 1e-4):
            weights.setdefault(h, [0.0] * len(CLASSES))[ci] = round(float(w[h]), 4)
    body = {
        "format": 1,
        "kind": "logistic regression, one-vs-rest, hashed char 1-3-grams (CRC-32 mod 2^18)",
        "classes": list(CLASSES),
        "bias": bias,
        "threshold": 0.8,
        "suppress_below": 0.1,
        "trained_on": sources,
        "data": hashlib.sha256(
            "\n".join(f"{sorted(e.categories)}\t{e.text}" for e in examples).encode()
        ).hexdigest()[:16],
        "weights": {str(h): ws for h, ws in sorted(weights.items())},
    }
    body["version"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()[:12]
    return body
