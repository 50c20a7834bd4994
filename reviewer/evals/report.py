"""report.html: one self-contained page per run, charts first, details below.

The page embeds its CSS and its charts (inline SVG); it loads nothing, so it
opens offline, from a CI artifact or an e-mail attachment.
"""

from __future__ import annotations

from functools import cache

from .. import i18n
from ..i18n import _
from . import charts, sections
from .compare import describe
from .metrics import CRITERIA, METRICS, REWRITE_METRICS, SCALE, better

WORST = 15  # items listed as the ones to read first
UNDEFINED = {"value": None, "low": None, "high": None, "n": 0}  # e.g. the precision of a rule that never fired


def render_report(summary: dict, records: list[dict]) -> str:
    kind = summary["kind"]
    view = {"s": summary, "kind": kind, "metrics": _metric_rows(summary), "docs": {m.name: m.doc for m in METRICS.values()}, "lang": i18n.current()}
    view.update({"lint": _lint, "rewrite": _rewrite, "judge": _judge}[kind](summary, records))
    return _template("report.html.j2").render(**view)


@cache
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("reviewer.evals", "templates"), autoescape=select_autoescape(default=True), undefined=StrictUndefined)
    env.filters["num"] = _num
    # the run's locale, looked up when the page is rendered
    env.globals.update(_=lambda message: i18n._(message), ngettext=lambda s, p, n: i18n.ngettext(s, p, n))
    return env


def _template(name: str):
    return _environment().get_template(name)


def rewrite_sections(runs: dict[str, tuple[dict, list[dict]]]) -> dict:
    """The sections a rewrite run's report and a comparison share, for one run or two: ``runs``
    maps a label ("A", "B", or "") to the run's summary and records."""
    status = {name: {row["status"]: row for row in sections.status_rates(records, s.get("failures", {}))} for name, (s, records) in runs.items()}
    reasons = {name: dict(sections.fallback_reasons(records)) for name, (_s, records) in runs.items()}
    after = {name: _counts(records, "findings_after") for name, (_s, records) in runs.items()}  # over the records given: a comparison's common items
    drafts = _counts(next(iter(runs.values()))[1], "findings_before")
    codes = sorted(set(drafts).union(*after.values()))
    labels = {name or _("this run"): rows for name, rows in status.items()}
    return {
        "status_labels": list(dict.fromkeys(k for rows in status.values() for k in rows)),
        "status": status,
        "reason_kinds": sorted({k for counts in reasons.values() for k in counts}, key=lambda k: (-max(c.get(k, 0) for c in reasons.values()), k))[:15],
        "reasons": reasons,
        "cost_parts": list(dict.fromkeys(p for s, _r in runs.values() for p in s["cost"]["by_part"])),
        "costs": {name: s["cost"] for name, (s, _r) in runs.items()},
        "finding_codes": codes,
        "findings_drafts": drafts,
        "findings_after": after,
        "status_chart": charts.rates(_("Status of the items (95% intervals)"), {n: list(rows.values()) for n, rows in labels.items()}, xlabel=_("share of items")),
        "findings_chart": charts.paired_bars(
            _("Findings per rule: drafts and what the rewrites left"), codes,
            {_("drafts"): [drafts.get(c, 0) for c in codes], **{(_("rewrites {run}").format(run=n) if n else _("rewrites")): [a.get(c, 0) for c in codes] for n, a in after.items()}},
            xlabel=_("findings")),
    }


def _num(value, digits: int = 3) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def _metric_rows(summary: dict) -> list[dict]:
    return [{"name": name, **est} for name, est in summary["metrics"].items()]


def _lint(summary: dict, records: list[dict]) -> dict:
    m = summary["metrics"]
    codes = sorted({name.split(".")[1] for name in m if name.startswith("f1.")})
    langs = sorted({r["lang"] for r in records})

    def val(name):
        return m.get(name, {}).get("value")

    rules = [
        {
            "code": code,
            **{k: m.get(f"{k}.{code}", UNDEFINED) for k in ("precision", "recall", "f1")},
            "langs": {lang: {k: val(f"{k}.{code}.{lang}") for k in ("precision", "recall", "f1")} for lang in langs},
            "support": m.get(f"recall.{code}", {}).get("n", 0),
        }
        for code in codes
    ]
    charts_ = [
        ("per-rule-pr", _("Precision and recall per rule"), charts.paired_bars(
            _("Precision and recall per rule (all languages)"), codes,
            {"precision": [val(f"precision.{c}") for c in codes], "recall": [val(f"recall.{c}") for c in codes]},
            xlabel="share", xlim=(0, 1.05))),
        ("per-rule-f1-lang", _("F1 per rule and language"), charts.paired_bars(
            _("F1 per rule and language"), codes, {lang: [val(f"f1.{c}.{lang}") for c in codes] for lang in langs},
            xlabel="F1", xlim=(0, 1.05))),
        ("macro-f1", _("Macro F1 with 95% intervals"), charts.estimates(
            _("Macro F1 (95% bootstrap interval)"),
            [(n, val(n), m[n]["low"], m[n]["high"]) for n in m if n.startswith("macro_f1")], xlabel="macro F1", xlim=(0, 1.05))),
    ]
    wrong = [r for r in records if r["misses"] or r["false_alarms"]]
    return {"charts": [c for c in charts_ if c[2]], "rules": rules, "langs": langs, "wrong": wrong}


def _rewrite(summary: dict, records: list[dict]) -> dict:
    m = summary["metrics"]
    rates = [(n, m[n]["value"], m[n]["low"], m[n]["high"]) for n in m if n.split(".")[0] in ("lint_clean", "facts_kept", "timeline_present")]
    records = sections.complete_texts(records, summary["run"])
    shared = rewrite_sections({"": (summary, records)})

    def values(name):
        return [r["metrics"][name] for r in records if r["metrics"].get(name) is not None]

    spend = {part: [(r.get("usage") or {}).get(part, {}).get("cost_usd", 0.0) for r in records] for part in summary["cost"]["by_part"]}
    tokens = {part: [sum((r.get("usage") or {}).get(part, {}).get(k, 0) for k in ("prompt_tokens", "completion_tokens")) for r in records] for part in summary["cost"]["by_part"]}
    charts_ = [
        ("rates", _("Rates with 95% intervals"), charts.estimates(_("Rates per item (95% bootstrap interval)"), rates, xlabel=_("share of items"), xlim=(0, 1.05))),
        ("status", _("Status of the items"), shared["status_chart"]),
        ("findings", _("Findings per rule before and after"), shared["findings_chart"]),
        ("distributions", _("Score distributions"), charts.histograms(_("Per-item score distributions"), {
            "judge_score": (values("judge_score"), (1, 5)),
            "chrf": (values("chrf"), (0, 100)),
            "length_ratio": (values("length_ratio"), None),
            "facts_kept": (values("facts_kept"), (0, 1)),
        })),
        ("cost", _("Cost"), charts.cumulative(_("Spend over the run, USD (cached answers cost nothing)"), spend, ylabel="USD")
         or charts.cumulative(_("Tokens over the run (no prices configured)"), tokens, ylabel=_("tokens"))),
    ]
    return {
        "charts": [c for c in charts_ if c[2]], "worst": _worst_rewrites(records), "order": [m for m in REWRITE_METRICS if any(m in r["metrics"] for r in records)],
        "sections": shared, "criteria": sections.judge_criteria(records), "slices": sections.by_slice(records),
    }


def _worst_rewrites(records: list[dict]) -> list[dict]:
    """Failed checks first, then the judge's lowest scores."""

    def badness(r):
        mm = r["metrics"]
        return (
            -(mm.get("facts_invented") or 0),
            (mm.get("facts_kept") if mm.get("facts_kept") is not None else 1),
            mm.get("lint_clean", 1),
            mm.get("timeline_present", 1),
            mm.get("judge_score") if mm.get("judge_score") is not None else 5,
        )

    return sorted(records, key=badness)[:WORST]


def _judge(summary: dict, records: list[dict]) -> dict:
    m = summary["metrics"]
    matrices = {}
    for c in CRITERIA:
        grid = [[0] * len(SCALE) for _ in SCALE]
        for r in records:
            if r["judge"].get(c) in SCALE:
                grid[SCALE.index(r["human"][c])][SCALE.index(r["judge"][c])] += 1
        matrices[c] = grid
    kappas = [(n, m[n]["value"], m[n]["low"], m[n]["high"]) for n in m if n.startswith("kappa")]
    charts_ = [
        ("kappa", _("Judge-human agreement"), charts.estimates(_("Cohen's kappa, quadratic weights (95% bootstrap interval)"), kappas, xlabel="kappa", xlim=(-0.2, 1.05))),
        ("confusion", _("Human vs judge scores"), charts.confusion(_("Human (rows) vs judge (columns)"), matrices, SCALE)),
    ]

    def gap(r):
        return sum(abs(r["human"][c] - r["judge"].get(c, r["human"][c])) for c in CRITERIA) if r["judge"] else -1

    disagreements = sorted(records, key=gap, reverse=True)[:WORST]
    return {"charts": [c for c in charts_ if c[2]], "disagreements": disagreements, "criteria": CRITERIA}


def _counts(records: list[dict], key: str) -> dict[str, int]:
    total: dict[str, int] = {}
    for r in records:
        for code, n in (r.get(key) or {}).items():
            total[code] = total.get(code, 0) + n
    return dict(sorted(total.items()))


# Deltas drawn on one axis as a share of each metric's scale: chrF is 0-100, the judge 1-5.
SCALES = {"chrf": 100.0, "judge_score": 4.0}


def render_comparison(c) -> str:
    """One page for ``reviewer eval compare --html``: B against A, charts first, then the items that got worse."""
    rows_a = sections.complete_texts([c.a.records[i] for i in c.common], c.a.meta)
    rows_b = sections.complete_texts([c.b.records[i] for i in c.common], c.b.meta)
    headline = [n for n in c.deltas if "." not in n] if c.a.kind == "rewrite" else [n for n in c.deltas if n.startswith(("macro_f1", "kappa"))]
    forest = []
    for n, d in c.deltas.items():
        if n in headline and d.delta is not None:
            scale = SCALES.get(n.split(".")[0], 1.0)
            label = n if scale == 1 else _("{metric} (÷{scale:g})").format(metric=n, scale=scale)
            forest.append((label, d.delta / scale, d.low / scale, d.high / scale, _good(n, d.delta) if d.significant else None))
    view = {
        "c": c, "lang": i18n.current(), "describe": describe, "better": better,
        "metrics": [(n, d, _good(n, d.delta) if d.significant else None) for n, d in c.deltas.items() if n in headline or "." in n and c.a.kind == "rewrite"],
        "charts": [("deltas", charts.deltas(_("Is B better? B − A per metric"), forest, xlabel=_("B − A, 95% interval (green: B better, red: B worse)")))],
        "worse": [(w, c.a.records[w["id"]], c.b.records[w["id"]]) for w in c.worse],
        "texts": {r["id"]: r for r in rows_a},
    }
    if c.a.kind == "rewrite":
        shared = rewrite_sections({"A": (c.a.summary, rows_a), "B": (c.b.summary, rows_b)})
        slices = sections.paired_by_slice(rows_a, rows_b)
        names = [m for m in REWRITE_METRICS if any(m in cells for cells in slices.values())]
        cells = {(s, m): (d["delta"], _good(m, d["delta"]), d["significant"]) for s, row in slices.items() for m, d in row.items() if d["delta"] is not None}
        view["charts"] += [
            ("status", shared["status_chart"]),
            ("slices", charts.heatmap(_("Where does B differ? B − A by language and tag (* significant)"), list(slices), names, cells)),
            ("findings", shared["findings_chart"]),
        ]
        view.update(sections=shared, slices=slices, slice_metrics=names, criteria=sections.paired_criteria(rows_a, rows_b))
    view["charts"] = [(name, svg) for name, svg in view["charts"] if svg]
    return _template("compare.html.j2").render(**view)


def _good(name: str, delta: float | None) -> bool | None:
    """Whether a change of ``delta`` in the metric is for the better (None: the metric has no better direction)."""
    direction = better(name)
    if direction is None or not delta:
        return None
    return (delta > 0) == (direction == "higher")
