"""Score predicted award records against gold ones, with the definitions of
ANNOTATION.md: records matched within an article by awardee (case, spaces,
punctuation and "Pemerintah/Pemkab/Pemkot/..." prefixes aside; Kota and
Kabupaten of one name kept apart where both sides say which), every field
compared (venue by token-overlap F1 >= 0.5), precision/recall/F1
micro-averaged over (article, awardee, field) triples.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from extractors.record import CORE_FIELDS, FIELDS

_PREFIXES = re.compile(
    r"^(pemerintah|pemkab|pemkot|pemprov|pemda|kabupaten|kab|kota|provinsi|prov)\b\.?\s*")
_KINDS = (("kota", "kota"), ("pemkot", "kota"), ("kabupaten", "kab"), ("kab", "kab"),
          ("pemkab", "kab"), ("provinsi", "prov"), ("pemprov", "prov"))

Record = dict[str, Any]


def normalise(value: Any) -> str | None:
    """Case, punctuation and spacing folded; None for empty."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).lower()
    text = re.sub(r"[^\w\s/]", " ", text)
    return re.sub(r"\s+", " ", text).strip() or None


def awardee_key(value: Any) -> tuple[str, str]:
    """(kind, name) of an awardee: "Pemkot Bontang" -> ("kota", "bontang")."""
    text = normalise(value) or ""
    kind = next((k for word, k in _KINDS if re.search(rf"\b{word}\b", text)), "")
    while (stripped := _PREFIXES.sub("", text)) != text:
        text = stripped
    text = re.sub(r"\b(pt|tbk|persero)\b", " ", text)
    return kind, re.sub(r"\s+", " ", text).strip()


def venue_matches(pred: Any, gold: Any) -> bool:
    """Token-overlap F1 of two venues is at least 0.5."""
    p, g = (normalise(pred) or "").split(), (normalise(gold) or "").split()
    pool, common = list(g), 0
    for tok in p:
        if tok in pool:
            pool.remove(tok)
            common += 1
    if not common:
        return False
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall) >= 0.5


def field_matches(name: str, pred: Any, gold: Any) -> bool:
    """Whether a predicted value counts as the gold one."""
    if name == "venue":
        return venue_matches(pred, gold)
    if name == "awardee":
        return awardee_key(pred) == awardee_key(gold)
    if name in ("rank", "award_year"):
        try:
            return int(pred) == int(gold)
        except (TypeError, ValueError):
            return False
    return normalise(pred) == normalise(gold)


def match_records(preds: list[Record], golds: list[Record]
                  ) -> tuple[list[tuple[Record, Record]], list[Record], list[Record]]:
    """Greedy one-to-one matching on the awardee key, exact kind first, then
    a kind-less side; returns pairs, unmatched predictions, unmatched gold."""
    pairs, used = [], set()
    for gold in golds:
        gk = awardee_key(gold.get("awardee"))
        best = None
        for i, pred in enumerate(preds):
            pk = awardee_key(pred.get("awardee"))
            if i in used or not pk[1] or pk[1] != gk[1]:
                continue
            if pk == gk:
                best = i
                break
            if best is None and (not pk[0] or not gk[0]):
                best = i
        if best is not None:
            used.add(best)
            pairs.append((preds[best], gold))
    matched = {id(g) for _, g in pairs}
    return (pairs, [p for i, p in enumerate(preds) if i not in used],
            [g for g in golds if id(g) not in matched])


@dataclass
class Score:
    """Counts per field: true positives, predicted, gold; and the negative
    articles that got records."""

    fields: tuple[str, ...]
    counts: dict[str, list[int]] = field(default_factory=dict)
    articles: int = 0
    negatives: int = 0
    negatives_hit: list[str] = field(default_factory=list)

    def prf(self, names: Iterable[str]) -> tuple[float, float, float]:
        """Micro precision, recall, F1 over the named fields."""
        tp = sum(self.counts[n][0] for n in names)
        n_pred = sum(self.counts[n][1] for n in names)
        n_gold = sum(self.counts[n][2] for n in names)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, list[Record]], pred: dict[str, list[Record]],
          fields: tuple[str, ...] = FIELDS) -> Score:
    """Score predictions (article id -> records) against gold."""
    result = Score(fields, {f: [0, 0, 0] for f in fields})
    for aid, golds in gold.items():
        preds = pred.get(aid, [])
        result.articles += 1
        if not golds:
            result.negatives += 1
            if preds:
                result.negatives_hit.append(aid)
        pairs, extra, missed = match_records(preds, golds)
        for p, g in pairs:
            for f in fields:
                pv, gv = p.get(f), g.get(f)
                result.counts[f][1] += pv is not None
                result.counts[f][2] += gv is not None
                result.counts[f][0] += (pv is not None and gv is not None
                                        and field_matches(f, pv, gv))
        for p in extra:
            for f in fields:
                result.counts[f][1] += p.get(f) is not None
        for g in missed:
            for f in fields:
                result.counts[f][2] += g.get(f) is not None
    return result


def report(result: Score) -> str:
    """The score as the text table the team reads."""
    lines = [f"{'field':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for f in result.fields:
        p, r, f1 = result.prf([f])
        tp, n_pred, n_gold = result.counts[f]
        lines.append(f"{f:16} {p:6.3f} {r:6.3f} {f1:6.3f} {tp:5d} {n_pred:5d} {n_gold:5d}")
    hit = result.negatives_hit
    lines.append(f"negatives with a prediction: {len(hit)}/{result.negatives}"
                 + (f" ({', '.join(hit)})" if hit else ""))
    core = [f for f in CORE_FIELDS if f in result.fields]
    p, r, f1 = result.prf(core)
    lines.append(f"core-six micro P={p:.3f} R={r:.3f} F1={f1:.3f}")
    return "\n".join(lines)


def as_json(result: Score) -> dict[str, Any]:
    """The score as one JSON-ready object."""
    out: dict[str, Any] = {"articles": result.articles, "negatives": result.negatives,
                           "negatives_with_predictions": result.negatives_hit, "fields": {}}
    for f in result.fields:
        p, r, f1 = result.prf([f])
        tp, n_pred, n_gold = result.counts[f]
        out["fields"][f] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                            "tp": tp, "pred": n_pred, "gold": n_gold}
    for key, names in (("core_micro", [f for f in CORE_FIELDS if f in result.fields]),
                       ("all_micro", list(result.fields))):
        out[key] = dict(zip(("precision", "recall", "f1"),
                            (round(x, 4) for x in result.prf(names)), strict=False))
    return out
