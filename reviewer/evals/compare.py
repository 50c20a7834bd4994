"""Compare two runs of the same kind: per-metric deltas with significance, the items
that got worse, and CI gates.

Significance comes from a paired bootstrap over the items both runs scored: the
same resampled items are scored in A and in B, so the interval of B − A is not
widened by how hard the items are. A delta is significant when its 95%
interval excludes zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .metrics import AGGREGATES, REWRITE_METRICS, better
from .runner import RESULTS, RUN, SUMMARY, RunError, RunFolder
from .stats import Delta, paired_bootstrap


@dataclass
class Run:
    path: Path
    meta: dict
    summary: dict
    records: dict[str, dict]

    @property
    def kind(self) -> str:
        return self.meta["kind"]


def load_run(path: Path) -> Run:
    folder = RunFolder(path)
    if not (path / RUN).is_file():
        raise RunError(f"{path}: not a run folder (no {RUN})")
    if not (path / SUMMARY).is_file():
        raise RunError(f"{path}: the run has no {SUMMARY} yet (interrupted? rerun it with --out {path} to finish)")
    if not (path / RESULTS).is_file():
        raise RunError(f"{path}: no {RESULTS}")
    return Run(path, folder.read_json(RUN), folder.read_json(SUMMARY), {r["id"]: r for r in folder.records()})


@dataclass
class Comparison:
    a: Run
    b: Run
    deltas: dict[str, Delta]
    common: list[str]
    only_a: list[str]
    only_b: list[str]
    worse: list[dict]  # items that got worse, worst first
    notes: list[str]

    def to_dict(self) -> dict:
        return {
            "a": str(self.a.path),
            "b": str(self.b.path),
            "kind": self.a.kind,
            "items": {"common": len(self.common), "only_a": self.only_a, "only_b": self.only_b},
            "metrics": {name: {**d.to_dict(), "better": better(name)} for name, d in self.deltas.items()},
            "worse": self.worse,
            "notes": self.notes,
        }


def compare(a: Run, b: Run) -> Comparison:
    if a.kind != b.kind:
        raise RunError(f"cannot compare a {a.kind} run ({a.path}) with a {b.kind} run ({b.path})")
    notes = []
    set_a, set_b = a.meta.get("set") or {}, b.meta.get("set") or {}
    if set_a.get("sha256") != set_b.get("sha256"):
        notes.append(f"the runs used different data ({_label(set_a)} vs {_label(set_b)}); only the {'{common}'} shared ids are compared")
    for run in (a, b):
        if not run.summary.get("complete", True):
            notes.append(f"{run.path} is incomplete ({run.summary['items']['scored']} of {run.summary['items']['total']} items)")
    common = [i for i in a.records if i in b.records]
    only_a = [i for i in a.records if i not in b.records]
    only_b = [i for i in b.records if i not in a.records]
    notes = [n.replace("{common}", str(len(common))) for n in notes]
    aggregate = AGGREGATES[a.kind]()
    rows_a = [a.records[i] for i in common]
    rows_b = [b.records[i] for i in common]
    names = [n for n in aggregate.names(rows_a + rows_b)]
    deltas = paired_bootstrap(
        [aggregate.counts(r) for r in rows_a], [aggregate.counts(r) for r in rows_b], lambda col: aggregate.values(col, names)
    )
    deltas = {n: deltas[n] for n in names if n in deltas and (deltas[n].a is not None or deltas[n].b is not None)}
    return Comparison(a, b, deltas, common, only_a, only_b, worse_items(a.kind, rows_a, rows_b), notes)


def describe(meta: dict) -> str:
    """A run in one line: kind, set, rewriter, model, prompts."""
    parts = [meta["kind"]]
    if meta.get("set"):
        parts.append(f"{meta['set']['name']}.v{meta['set']['version']}")
    parts += [f"{key} {meta[key]}" for key in ("rewriter", "model", "rewrite_prompt", "judge_prompt", "judge_model") if meta.get(key)]
    return ", ".join(parts)


def _label(s: dict) -> str:
    return f"{s.get('name')}.v{s.get('version')} {str(s.get('sha256'))[:8]}" if s else "?"


def worse_items(kind: str, rows_a: list[dict], rows_b: list[dict]) -> list[dict]:
    """Per item, what got worse from A to B; the items with the largest losses first."""
    out = []
    for ra, rb in zip(rows_a, rows_b):
        losses: dict[str, tuple] = {}
        if kind == "rewrite":
            for name in REWRITE_METRICS:
                va, vb = ra["metrics"].get(name), rb["metrics"].get(name)
                direction = better(name)
                if va is None or vb is None or direction is None:
                    continue
                if (vb < va) if direction == "higher" else (vb > va):
                    losses[name] = (va, vb)
        elif kind == "lint":
            for key in ("misses", "false_alarms"):
                new = sorted(set(rb[key]) - set(ra[key]))
                if new:
                    losses[key] = (ra[key], rb[key])
        else:  # judge: further from the human scores
            ga, gb = _gap(ra), _gap(rb)
            if ga is not None and gb is not None and gb > ga:
                losses["distance_to_human"] = (ga, gb)
        if losses:
            out.append({"id": ra["id"], "lang": ra.get("lang"), "worse": {k: {"a": v[0], "b": v[1]} for k, v in losses.items()}, "b_rewrite": rb.get("rewrite")})
    return sorted(out, key=lambda w: -len(w["worse"]))


def _gap(record: dict) -> int | None:
    if not record.get("judge"):
        return None
    return sum(abs(record["human"][c] - record["judge"][c]) for c in record["human"] if c in record["judge"])


# --- CI gates ----------------------------------------------------------------------------

_GATE = re.compile(r"(?P<metric>[A-Za-z_][\w.]*)=(?P<value>-?\d+(?:\.\d+)?)")


def parse_gate(text: str, option: str) -> tuple[str, float]:
    m = _GATE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"{option} {text!r}: expected METRIC=NUMBER, like lint_clean=0.8")
    return m["metric"], float(m["value"])


def check_gates(c: Comparison, fail_under: list[tuple[str, float]], max_regression: list[tuple[str, float]]) -> list[str]:
    """The gates that fail, as messages; an unknown metric fails too (a typo must not pass CI)."""
    failed = []
    for name, floor in fail_under:
        value = (c.b.summary["metrics"].get(name) or {}).get("value")  # B over all its items
        if value is None:
            failed.append(f"--fail-under {name}: no such metric in {c.b.path} (known: {_known(c)})")
            continue
        if value < floor:
            failed.append(f"{name} = {value:.4g} in B, under {floor:g}")
    for name, allowed in max_regression:
        if name not in c.deltas or c.deltas[name].delta is None:
            failed.append(f"--max-regression {name}: not measured in both runs (known: {_known(c)})")
            continue
        direction = better(name)
        if direction is None:
            failed.append(f"--max-regression {name}: the metric has no better direction; use --fail-under")
            continue
        d = c.deltas[name]
        loss = -d.delta if direction == "higher" else d.delta
        if loss > allowed:
            failed.append(f"{name} regressed by {loss:.4g} ({d.a:.4g} → {d.b:.4g}), more than {allowed:g}")
    return failed


def _known(c: Comparison) -> str:
    names = [n for n in c.deltas if "." not in n] or list(c.deltas)
    return ", ".join(names[:12])
