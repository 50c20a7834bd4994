"""The report folder: ``summary.json``, CSV tables for BI tools, and ``report.html``."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from .. import __version__, i18n
from ..i18n import _
from ..lint.registry import registry
from . import charts
from .traffic import NO_DATE, PERIODS, Traffic

TREND_RULES = 6  # rules drawn in the trend chart: the most common
CHART_GROUPS = 20  # --by values drawn: the busiest
TABLE_GROUPS = 500  # --by values listed in the page (the CSV has them all)


def summarize(traffic: Traffic, *, inputs: list[str], errors: list[str], dismissal: dict[str, float] | None, options: dict) -> dict:
    """Everything the page and the tables show, as plain data (summary.json)."""
    rules = registry()
    overall = traffic.all.row(top=5)
    per_rule = []
    for code in sorted(set(traffic.all.findings) | set(dismissal or ()), key=lambda c: (-traffic.all.findings[c], c)):
        rule = rules.get(code)
        found = traffic.all.findings[code]
        per_rule.append({
            "code": code,
            "name": rule.name if rule else code,
            "severity": rule.severity if rule else "warning",
            "findings": found,
            "findings_per_100": round(100 * found / traffic.all.replies, 2) if traffic.all.replies else 0.0,
            "replies_flagged": traffic.all.flagged[code],
            "dismissal_rate": (dismissal or {}).get(code),
            "examples": traffic.examples_of(code),
        })
    return {
        "kind": "traffic",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "reviewer_version": __version__,
        "inputs": inputs,
        "options": options,
        "replies": overall["replies"],
        "mean_score": overall["mean_score"],
        "share_clean": overall["share_clean"],
        "findings": overall["findings"],
        "findings_per_100": overall["findings_per_100"],
        "input_errors": {"count": len(errors), "first": errors[:50]},
        "undated": traffic.undated,
        "scores": {f"{score:.1f}": n for score, n in sorted(traffic.scores.items())},
        "rules": per_rule,
        "by": {key: {value: group.row() for value, group in _ordered(key, groups)} for key, groups in traffic.groups.items()},
        "trends": {kind: {p: g.row() for p, g in sorted(traffic.periods[kind].items()) if p != NO_DATE} for kind in PERIODS},
        "dismissal_rates": dismissal,
    }


def _ordered(key: str, groups: dict) -> list:
    """Periods in time order; other values busiest first."""
    if key in PERIODS:
        return sorted(groups.items())
    return sorted(groups.items(), key=lambda kv: (-kv[1].replies, kv[0]))


def write_folder(out: Path, summary: dict) -> list[str]:
    """summary.json, the CSV tables and report.html; the names of the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = ["summary.json"]
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    rule_columns = ["code", "name", "severity", "findings", "findings_per_100", "replies_flagged", "dismissal_rate"]
    written.append(_table(out / "rules.csv", rule_columns, [[r[c] for c in rule_columns] for r in summary["rules"]]))
    written.append(_table(out / "scores.csv", ["score", "replies"], list(summary["scores"].items())))
    group_columns = ["replies", "mean_score", "share_clean", "findings", "findings_per_100"]
    for key, groups in summary["by"].items():
        rows = [[value, *(g[c] for c in group_columns), " ".join(g["top_rules"])] for value, g in groups.items()]
        written.append(_table(out / f"by_{_file_part(key)}.csv", [key, *group_columns, "top_rules"], rows))
    for kind, periods in summary["trends"].items():
        # long format, one row per period and rule: what BI tools pivot
        rows = [[p, g["replies"], g["mean_score"], g["share_clean"], code, n, round(100 * n / g["replies"], 2)] for p, g in periods.items() for code, n in g["rules"].items()]
        rows += [[p, g["replies"], g["mean_score"], g["share_clean"], "", 0, 0.0] for p, g in periods.items() if not g["rules"]]
        written.append(_table(out / f"trends_{kind}.csv", [kind, "replies", "mean_score", "share_clean", "rule", "findings", "findings_per_100"], sorted(rows, key=lambda r: (r[0], r[4]))))
    (out / "report.html").write_text(render(summary), encoding="utf-8")
    return written + ["replies.csv", "report.html"]


def _table(path: Path, header: list[str], rows: list) -> str:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path.name


def _file_part(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def render(summary: dict) -> str:
    """The page: charts first, then the tables and the examples; nothing is fetched."""
    rules = summary["rules"]
    period = _trend_period(summary["trends"])
    trend = None
    if period:
        periods = summary["trends"][period]
        top = [r["code"] for r in sorted(rules, key=lambda r: -r["findings"])[:TREND_RULES] if r["findings"]]
        trend = charts.trends(
            list(periods), [g["mean_score"] for g in periods.values()],
            {code: [round(100 * g["rules"].get(code, 0) / g["replies"], 2) for g in periods.values()] for code in top},
            _("week") if period == "week" else _("month"),
        )
    groups = {key: list(values.items()) for key, values in summary["by"].items() if key not in PERIODS}
    figures = [
        ("scores", charts.score_distribution({float(s): n for s, n in summary["scores"].items()}, summary["mean_score"] or 0)),
        ("rules", charts.rule_rates(rules)),
        ("trends", trend),
        *((f"by-{key}", charts.group_scores(key, values[:CHART_GROUPS])) for key, values in groups.items()),
    ]
    tables = {key: list(values.items())[:TABLE_GROUPS] for key, values in summary["by"].items()}
    return _template().render(s=summary, figures=[f for f in figures if f[1]], tables=tables, lang=i18n.current())


def _trend_period(trends: dict) -> str | None:
    """Weeks for up to a quarter of data, months beyond; None with fewer than two periods."""
    if len(trends["month"]) >= 4:
        return "month"
    if len(trends["week"]) >= 2:
        return "week"
    return None


@cache
def _template():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("reviewer.report", "templates"), autoescape=select_autoescape(default=True), undefined=StrictUndefined)
    env.globals.update(_=lambda message: i18n._(message), ngettext=lambda s, p, n: i18n.ngettext(s, p, n))
    env.filters["pct"] = lambda v: "—" if v is None else f"{v:.0%}"
    env.filters["num"] = lambda v, digits=2: "—" if v is None else f"{v:.{digits}f}"
    return env.get_template("dashboard.html.j2")
