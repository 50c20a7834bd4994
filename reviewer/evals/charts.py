"""Charts for the HTML report, drawn with matplotlib as inline SVG.

Text stays text (``svg.fonttype = none``) so the report is small and
searchable; no image, font or script is fetched, so it opens offline. Each
chart returns an ``<svg>`` string, or None when there is nothing to draw.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import matplotlib

matplotlib.use("svg")  # no display, no GUI toolkit
from matplotlib.figure import Figure

BLUE, ORANGE, GREY, GREEN, RED = "#3b6ea8", "#e08a2c", "#9aa0a6", "#4c9a5b", "#c0504d"


def _svg(fig: Figure, name: str) -> str:
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": name, "font.size": 9}):
        fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype: the SVG goes inline
    return re.sub(r"<svg ", f'<svg role="img" aria-label="{name}" ', svg, count=1)


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height))
    fig.set_layout_engine("constrained")
    return fig


def _tidy(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)


def paired_bars(title: str, labels: Sequence[str], series: dict[str, Sequence[float | None]], *, xlabel: str, xlim=None) -> str | None:
    """Horizontal bars, one group per label, one bar per series (e.g. precision and recall per rule)."""
    if not labels:
        return None
    colors = [BLUE, ORANGE, GREEN, GREY]
    fig = _figure(6.4, 0.32 * len(labels) * max(1, len(series) / 1.5) + 1.0)
    ax = fig.subplots()
    height = 0.8 / len(series)
    for n, (name, values) in enumerate(series.items()):
        ys = [i + (n - (len(series) - 1) / 2) * height for i in range(len(labels))]
        ax.barh(ys, [v if v is not None else 0 for v in values], height=height * 0.95, label=name, color=colors[n % len(colors)])
        for y, v in zip(ys, values):
            if v is None:
                ax.text(0.01, y, "n/a", va="center", fontsize=7, color=GREY)
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    if xlim:
        ax.set_xlim(*xlim)
    ax.set_title(title, loc="left")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    _tidy(ax)
    return _svg(fig, title)


def estimates(title: str, rows: Sequence[tuple[str, float | None, float | None, float | None]], *, xlabel: str, xlim=None) -> str | None:
    """Point estimates with their confidence intervals, one row per metric."""
    rows = [r for r in rows if r[1] is not None]
    if not rows:
        return None
    fig = _figure(6.4, 0.35 * len(rows) + 1.0)
    ax = fig.subplots()
    for i, (_, value, low, high) in enumerate(rows):
        if low is not None and high is not None:
            ax.plot([low, high], [i, i], color=BLUE, linewidth=2, solid_capstyle="butt")
        ax.plot([value], [i], "o", color=BLUE)
        ax.text(value, i - 0.28, f"{value:.3g}", ha="center", fontsize=7)
    ax.set_yticks(range(len(rows)), [r[0] for r in rows])
    ax.invert_yaxis()
    ax.set_ylim(len(rows) - 0.4, -0.7)
    ax.set_xlabel(xlabel)
    if xlim:
        ax.set_xlim(*xlim)
    ax.set_title(title, loc="left")
    _tidy(ax)
    return _svg(fig, title)


def histograms(title: str, panels: dict[str, tuple[Sequence[float], tuple[float, float] | None]]) -> str | None:
    """Small multiples: the distribution of each per-item score over the items."""
    panels = {name: p for name, p in panels.items() if p[0]}
    if not panels:
        return None
    cols = min(2, len(panels))
    rows = (len(panels) + cols - 1) // cols
    fig = _figure(6.4, 2.1 * rows + 0.4)
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax, (name, (values, span)) in zip(axes, panels.items()):
        ax.hist(values, bins=_bins(values, span), range=span, color=BLUE, edgecolor="white")
        ax.set_title(f"{name} (n={len(values)})", loc="left", fontsize=9)
        ax.set_ylabel("items")
        _tidy(ax)
    for ax in axes[len(panels) :]:
        ax.set_visible(False)
    fig.suptitle(title, x=0.02, ha="left")
    return _svg(fig, title)


def _bins(values: Sequence[float], span) -> int:
    if span == (1, 5):  # judge scores: means of four 1-5 scores move in quarter steps
        return 16
    if span == (0, 1):
        return 10
    return min(20, max(5, len(set(values))))


def cumulative(title: str, series: dict[str, Sequence[float]], *, ylabel: str) -> str | None:
    """Running totals over the items (e.g. spend per part), in the set's order."""
    series = {k: v for k, v in series.items() if v and any(v)}
    if not series:
        return None
    fig = _figure(6.4, 2.6)
    ax = fig.subplots()
    for n, (name, values) in enumerate(series.items()):
        total, points = 0.0, []
        for v in values:
            total += v
            points.append(total)
        ax.plot(range(1, len(points) + 1), points, label=f"{name}: {total:.4g}", color=[BLUE, ORANGE, GREEN][n % 3])
    ax.set_xlabel("items")
    ax.set_ylabel(ylabel)
    ax.set_title(title, loc="left")
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    _tidy(ax)
    return _svg(fig, title)


def confusion(title: str, matrices: dict[str, list[list[int]]], scale: Sequence[int]) -> str | None:
    """Human (rows) vs judge (columns) score counts, one heat map per criterion."""
    if not matrices:
        return None
    cols = min(4, len(matrices))
    fig = _figure(1.9 * cols + 0.4, 2.4)
    axes = fig.subplots(1, cols, squeeze=False).ravel()
    for ax, (name, m) in zip(axes, matrices.items()):
        ax.imshow(m, cmap="Blues", vmin=0)
        for i, row in enumerate(m):
            for j, v in enumerate(row):
                if v:
                    ax.text(j, i, str(v), ha="center", va="center", fontsize=7, color="white" if v > max(map(max, m)) / 2 else "black")
        ax.set_xticks(range(len(scale)), scale)
        ax.set_yticks(range(len(scale)), scale)
        ax.set_xlabel("judge")
        ax.set_ylabel("human")
        ax.set_title(name, fontsize=9)
    fig.suptitle(title, x=0.02, ha="left")
    return _svg(fig, title)


def rates(title: str, runs: dict[str, Sequence[dict]], *, xlabel: str) -> str | None:
    """Shares with their intervals, one group per status, one bar per run (``{"status", "share", "low", "high"}``)."""
    labels = list(dict.fromkeys(row["status"] for rows in runs.values() for row in rows))
    if not labels:
        return None
    colors = [GREY, BLUE, ORANGE]
    fig = _figure(6.4, 0.45 * len(labels) * max(1, len(runs) / 1.5) + 1.0)
    ax = fig.subplots()
    height = 0.8 / len(runs)
    for n, (run, rows) in enumerate(runs.items()):
        found = {row["status"]: row for row in rows}
        ys = [i + (n - (len(runs) - 1) / 2) * height for i in range(len(labels))]
        shares = [found[s]["share"] if s in found else 0 for s in labels]
        errors = [[max(0, found[s]["share"] - found[s]["low"]) if s in found else 0 for s in labels], [max(0, found[s]["high"] - found[s]["share"]) if s in found else 0 for s in labels]]
        ax.barh(ys, shares, height=height * 0.9, xerr=errors, color=colors[n % len(colors)], label=run, error_kw={"elinewidth": 1, "capsize": 2})
        for y, s in zip(ys, labels):
            if s in found:
                ax.text(found[s]["high"] + 0.01, y, f"{found[s]['count']}/{found[s]['n']}", va="center", fontsize=7)
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.15)
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    if len(runs) > 1:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    _tidy(ax)
    return _svg(fig, title)


def deltas(title: str, rows: Sequence[tuple[str, float, float, float, bool | None]], *, xlabel: str) -> str | None:
    """B − A per metric with its interval, green where B is better, red where worse, grey where not significant.
    ``rows``: (name, delta, low, high, good) with good None for a metric with no better direction or no significance."""
    rows = [r for r in rows if r[1] is not None and r[2] is not None]
    if not rows:
        return None
    fig = _figure(6.4, 0.32 * len(rows) + 1.0)
    ax = fig.subplots()
    for i, (_, delta, low, high, good) in enumerate(rows):
        color = GREY if good is None else GREEN if good else RED
        ax.plot([low, high], [i, i], color=color, linewidth=2, solid_capstyle="butt")
        ax.plot([delta], [i], "o", color=color)
        ax.text(high, i, f"  {delta:+.3g}", va="center", fontsize=7)
    ax.axvline(0, color="#555", linewidth=0.8)
    ax.set_yticks(range(len(rows)), [r[0] for r in rows])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title, loc="left")
    _tidy(ax)
    return _svg(fig, title)


def heatmap(title: str, rows: Sequence[str], columns: Sequence[str], cells: dict[tuple[str, str], tuple[float, bool | None, bool]]) -> str | None:
    """A table of B − A coloured by whether it is better (green) or worse (red), stronger where
    significant (marked *). ``cells[(row, column)] = (delta, good, significant)``."""
    if not rows or not columns or not cells:
        return None
    import numpy as np

    grid = np.full((len(rows), len(columns)), np.nan)
    for (r, c), (delta, good, significant) in cells.items():
        if good is not None and delta:
            grid[rows.index(r), columns.index(c)] = (1 if good else -1) * (1.0 if significant else 0.4)
    fig = _figure(1.05 * len(columns) + 2.2, 0.3 * len(rows) + 1.2)
    ax = fig.subplots()
    ax.imshow(grid, cmap="RdYlGn", vmin=-1.2, vmax=1.2, aspect="auto")
    for (r, c), (delta, _good, significant) in cells.items():
        ax.text(columns.index(c), rows.index(r), f"{delta:+.2g}" + ("*" if significant else ""), ha="center", va="center", fontsize=7)
    ax.set_xticks(range(len(columns)), columns, rotation=30, ha="right", fontsize=8)
    ax.set_yticks(range(len(rows)), rows, fontsize=8)
    ax.set_title(title, loc="left")
    return _svg(fig, title)
