"""Bootstrap confidence intervals, paired comparisons and Cohen's kappa.

Every metric of a run is a function of per-item counts summed over the items
(a mean is sum/n, precision is tp/(tp+fp), kappa comes from a confusion
matrix). So one resample is one vector of weights over the items, and a whole
bootstrap is a (resamples × items) @ (items × counts) matrix product: fast,
and the same weights serve both runs of a paired comparison.

Seeded (``SEED``), so the same results give the same intervals on any machine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

SEED = 20240501
RESAMPLES = 2000
LEVEL = 0.95

Columns = Mapping[str, np.ndarray]
ValueFn = Callable[[Callable[[str], np.ndarray]], dict[str, np.ndarray]]


@dataclass(frozen=True)
class Estimate:
    value: float | None
    low: float | None
    high: float | None
    n: int

    def to_dict(self) -> dict:
        return {"value": self.value, "low": self.low, "high": self.high, "n": self.n}


@dataclass(frozen=True)
class Delta:
    a: float | None
    b: float | None
    delta: float | None
    low: float | None
    high: float | None
    p_value: float | None
    n: int  # items in both runs

    @property
    def significant(self) -> bool:
        return self.low is not None and (self.low > 0 or self.high < 0)

    def to_dict(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "delta": self.delta,
            "low": self.low,
            "high": self.high,
            "p_value": self.p_value,
            "significant": self.significant,
            "n": self.n,
        }


def count_matrix(rows: Sequence[Mapping[str, float]], columns: Sequence[str] | None = None) -> tuple[np.ndarray, list[str]]:
    """Items × count columns, from one dict of counts per item."""
    columns = list(columns) if columns is not None else sorted({k for row in rows for k in row})
    index = {name: i for i, name in enumerate(columns)}
    matrix = np.zeros((len(rows), len(columns)))
    for r, row in enumerate(rows):
        for key, value in row.items():
            matrix[r, index[key]] = value
    return matrix, columns


def _evaluate(values: ValueFn, sums: np.ndarray, columns: list[str]) -> dict[str, np.ndarray]:
    index = {name: i for i, name in enumerate(columns)}
    zero = np.zeros(sums.shape[0])

    def col(name: str) -> np.ndarray:
        return sums[:, index[name]] if name in index else zero

    with np.errstate(divide="ignore", invalid="ignore"):
        return values(col)


def _weights(n_items: int, resamples: int, seed: int) -> np.ndarray:
    """How often each item is drawn in each resample (rows sum to n_items)."""
    rng = np.random.default_rng(seed)
    return rng.multinomial(n_items, np.full(n_items, 1.0 / n_items), size=resamples).astype(float)


def _number(x: float) -> float | None:
    return None if x is None or not np.isfinite(x) else round(float(x), 6) + 0.0  # + 0.0: no "-0.0"


def _interval(samples: np.ndarray) -> tuple[float | None, float | None]:
    samples = samples[np.isfinite(samples)]
    if samples.size == 0:
        return None, None
    tail = (1 - LEVEL) / 2 * 100
    low, high = np.percentile(samples, [tail, 100 - tail])
    return _number(low), _number(high)


def bootstrap(
    rows: Sequence[Mapping[str, float]], values: ValueFn, *, resamples: int = RESAMPLES, seed: int = SEED
) -> dict[str, Estimate]:
    """Point estimates with percentile bootstrap intervals for every metric ``values`` defines."""
    if not rows:
        return {}
    matrix, columns = count_matrix(rows)
    point = _evaluate(values, matrix.sum(axis=0, keepdims=True), columns)
    sampled = _evaluate(values, _weights(len(rows), resamples, seed) @ matrix, columns)
    out = {}
    for name, value in point.items():
        low, high = _interval(sampled[name])
        out[name] = Estimate(_number(value[0]), low, high, len(rows))
    return out


def paired_bootstrap(
    rows_a: Sequence[Mapping[str, float]],
    rows_b: Sequence[Mapping[str, float]],
    values: ValueFn,
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> dict[str, Delta]:
    """B − A per metric over the same items (``rows_a[i]`` and ``rows_b[i]`` are one item).

    Both runs are resampled with the same weights, so an item's own difficulty
    cancels out. ``p_value`` is the two-sided bootstrap p: twice the share of
    resampled deltas on the far side of zero.
    """
    if not rows_a:
        return {}
    columns = sorted({k for row in (*rows_a, *rows_b) for k in row})
    matrix_a, _ = count_matrix(rows_a, columns)
    matrix_b, _ = count_matrix(rows_b, columns)
    weights = _weights(len(rows_a), resamples, seed)
    point_a = _evaluate(values, matrix_a.sum(axis=0, keepdims=True), columns)
    point_b = _evaluate(values, matrix_b.sum(axis=0, keepdims=True), columns)
    sampled_a = _evaluate(values, weights @ matrix_a, columns)
    sampled_b = _evaluate(values, weights @ matrix_b, columns)
    out = {}
    for name in sorted(set(point_a) | set(point_b)):
        a = _number(point_a[name][0]) if name in point_a else None
        b = _number(point_b[name][0]) if name in point_b else None
        if a is None or b is None:
            out[name] = Delta(a, b, None, None, None, None, len(rows_a))
            continue
        deltas = sampled_b[name] - sampled_a[name]
        deltas = deltas[np.isfinite(deltas)]
        low, high = _interval(deltas)
        p = min(1.0, 2 * min(np.mean(deltas <= 0), np.mean(deltas >= 0))) if deltas.size else None
        out[name] = Delta(a, b, _number(b - a), low, high, _number(p), len(rows_a))
    return out


def kappa_from_confusion(confusion: np.ndarray, weights: str = "quadratic") -> np.ndarray:
    """Cohen's kappa from k×k confusion matrices (shape (..., k, k), rows = rater 1).

    ``weights``: "none" (plain kappa), "linear" or "quadratic" (disagreement
    weighted by the squared distance between categories, for ordinal scales).
    NaN where it is undefined (no items, or both raters constant and equal).
    """
    confusion = np.asarray(confusion, dtype=float)
    k = confusion.shape[-1]
    i, j = np.indices((k, k))
    if weights == "none":
        w = (i != j).astype(float)
    elif weights == "linear":
        w = np.abs(i - j) / (k - 1)
    elif weights == "quadratic":
        w = (i - j) ** 2 / (k - 1) ** 2
    else:
        raise ValueError(f"unknown weights {weights!r}")
    total = confusion.sum(axis=(-2, -1), keepdims=True)
    observed = confusion / total
    expected = observed.sum(axis=-1, keepdims=True) * observed.sum(axis=-2, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return 1 - (w * observed).sum(axis=(-2, -1)) / (w * expected).sum(axis=(-2, -1))


def cohen_kappa(rater1: Sequence[int], rater2: Sequence[int], categories: Sequence[int], weights: str = "quadratic") -> float | None:
    """Cohen's kappa of two raters' labels over the given ordered categories."""
    index = {c: n for n, c in enumerate(categories)}
    confusion = np.zeros((len(categories), len(categories)))
    for x, y in zip(rater1, rater2, strict=True):
        confusion[index[x], index[y]] += 1
    return _number(kappa_from_confusion(confusion, weights))
