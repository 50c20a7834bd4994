"""The dashboard's charts, each answering one question a QA lead asks; inline SVG
drawn like the eval reports' (``reviewer.evals.charts``)."""

from __future__ import annotations

from collections.abc import Sequence

from ..evals.charts import BLUE, GREEN, GREY, ORANGE, RED, _figure, _svg, _tidy
from ..i18n import _

SEVERITY_COLORS = {"error": RED, "warning": ORANGE, "info": BLUE}
LINE_COLORS = [BLUE, ORANGE, GREEN, RED, "#8e6bb8", "#5aa5b8", GREY]


def score_distribution(scores: dict[float, int], mean: float) -> str | None:
    """How good are the replies? The share of replies at each score, the mean marked."""
    total = sum(scores.values())
    if not total:
        return None
    steps = [s / 2 for s in range(21)]
    shares = [scores.get(s, 0) / total for s in steps]
    fig = _figure(6.4, 2.8)
    ax = fig.subplots()
    colors = [RED if s < 5 else ORANGE if s < 8.5 else GREEN for s in steps]
    ax.bar(steps, shares, width=0.42, color=colors)
    ax.axvline(mean, color=GREY, linestyle="--", linewidth=1)
    ax.text(mean, max(shares) * 1.02, _("mean {value:.1f}").format(value=mean), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(range(11))
    ax.set_xlabel(_("score (10: nothing found; an error costs 3, a warning 1.5)"))
    ax.set_ylabel(_("share of replies"))
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    title = _("How good are the replies? Score of each reply")
    ax.set_title(title, loc="left")
    _tidy(ax)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
    return _svg(fig, title)


def rule_rates(rows: Sequence[dict]) -> str | None:
    """Which mistakes are most common? Findings per 100 replies per rule, coloured by severity;
    with the feedback store, how often agents dismissed each."""
    rows = [r for r in rows if r["findings"]]
    if not rows:
        return None
    rows = sorted(rows, key=lambda r: -r["findings_per_100"])
    fig = _figure(6.4, 0.3 * len(rows) + 1.1)
    ax = fig.subplots()
    values = [r["findings_per_100"] for r in rows]
    ax.barh(range(len(rows)), values, color=[SEVERITY_COLORS[r["severity"]] for r in rows], height=0.7)
    for i, r in enumerate(rows):
        note = f"{r['findings_per_100']:.3g}"
        if r.get("dismissal_rate") is not None:
            note += "  " + _("dismissed {share:.0%}").format(share=r["dismissal_rate"])
        ax.text(r["findings_per_100"], i, " " + note, va="center", fontsize=7)
    ax.set_yticks(range(len(rows)), [f"{r['code']} {r['name']}" for r in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, max(values) * 1.3)
    ax.set_xlabel(_("findings per 100 replies"))
    from matplotlib.patches import Patch  # the severities' colours, as a legend

    labels = {"error": _("error"), "warning": _("warning"), "info": _("info")}
    ax.legend(handles=[Patch(color=SEVERITY_COLORS[k], label=v) for k, v in labels.items()], loc="lower right", fontsize=7, frameon=False)
    title = _("Which mistakes are most common?")
    ax.set_title(title, loc="left")
    _tidy(ax)
    return _svg(fig, title)


def trends(periods: Sequence[str], mean_scores: Sequence[float | None], per_rule: dict[str, Sequence[float]], period_name: str) -> str | None:
    """Is it getting better? The mean score per period above, the most common rules' findings per 100 replies below."""
    if len(periods) < 2:
        return None
    fig = _figure(6.4, 4.6)
    top, bottom = fig.subplots(2, 1, sharex=True, height_ratios=(1, 1.6))
    xs = range(len(periods))
    top.plot(xs, mean_scores, marker="o", color=BLUE)
    top.set_ylabel(_("mean score"))
    top.set_title(_("Is it getting better? Per {period}").format(period=period_name), loc="left")
    for n, (code, values) in enumerate(per_rule.items()):
        bottom.plot(xs, values, marker=".", label=code, color=LINE_COLORS[n % len(LINE_COLORS)])
    bottom.set_ylabel(_("findings per 100 replies"))
    bottom.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    bottom.set_xticks(list(xs), periods, rotation=45 if len(periods) > 8 else 0, ha="right" if len(periods) > 8 else "center", fontsize=7)
    for ax in (top, bottom):
        _tidy(ax)
        ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
    return _svg(fig, _("Trends per {period}").format(period=period_name))


def group_scores(key: str, rows: Sequence[tuple[str, dict]]) -> str | None:
    """Who needs coaching? The mean score per value of a --by field (the busiest ones), worst first."""
    if not rows:
        return None
    rows = sorted(rows, key=lambda r: (r[1]["mean_score"], -r[1]["replies"]))
    fig = _figure(6.4, 0.3 * len(rows) + 1.1)
    ax = fig.subplots()
    means = [stats["mean_score"] for _value, stats in rows]
    ax.barh(range(len(rows)), means, color=[RED if m < 5 else ORANGE if m < 8.5 else GREEN for m in means], height=0.7)
    for i, (_value, stats) in enumerate(rows):
        note = _("{mean:.1f} · {clean:.0%} clean · n={n}").format(mean=stats["mean_score"], clean=stats["share_clean"], n=stats["replies"])
        ax.text(stats["mean_score"], i, " " + note, va="center", fontsize=7)
    ax.set_yticks(range(len(rows)), [value or _("(none)") for value, _stats in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, 13.5)
    ax.set_xticks(range(0, 11, 2))
    ax.set_xlabel(_("mean score (0-10)"))
    title = _("Mean score per {field}, lowest first").format(field=key)
    ax.set_title(title, loc="left")
    _tidy(ax)
    return _svg(fig, title)
