"""The timeline chart (outputs/timeline.png): award events per year, stacked
by province, with the provinces beyond the ``TOP`` most frequent merged into
"other provinces". An empty database gives an image that says so."""
from __future__ import annotations

import io
from collections import Counter
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend is chosen first)
from matplotlib.ticker import MaxNLocator  # noqa: E402

from pipeline.publish.timeline import when  # noqa: E402

TOP = 9
OTHER = "other provinces"
UNSTATED = "province not stated"
_TITLE = "Award events per year, by province"


def _counts(events: list[dict[str, Any]]) -> tuple[list[int], dict[str, list[int]]]:
    """The years from first to last and, per province (most events first),
    the number of events in each year."""
    placed = [(at.year, e["province"] or UNSTATED) for e in events if (at := when(e))]
    if not placed:
        return [], {}
    ranked = [p for p, _ in Counter(p for _, p in placed).most_common()]
    keep = set(ranked[:TOP]) if len(ranked) > TOP + 1 else set(ranked)
    years = list(range(min(y for y, _ in placed), max(y for y, _ in placed) + 1))
    per_year = Counter((y, p if p in keep else OTHER) for y, p in placed)
    series = [p for p in ranked if p in keep] + ([OTHER] if len(keep) < len(ranked) else [])
    return years, {p: [per_year[(y, p)] for y in years] for p in series}


def render_chart(events: list[dict[str, Any]]) -> bytes:
    """The chart of ``events`` (as from find_events) as PNG bytes."""
    years, series = _counts(events)
    fig, ax = plt.subplots(figsize=(10, 5.6), dpi=120, layout="constrained")
    try:
        if not years:
            ax.set_axis_off()
            ax.text(0.5, 0.5, "No award events in the database yet", ha="center",
                    va="center", fontsize=16, color="#5f6b73", transform=ax.transAxes)
            ax.set_title(_TITLE, fontsize=14, loc="left")
        else:
            _draw(ax, years, series)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)


def _draw(ax: Any, years: list[int], series: dict[str, list[int]]) -> None:
    colours = plt.get_cmap("tab10").colors
    greys = {OTHER: "#b8c0c6", UNSTATED: "#dde1e4"}
    bottom = [0] * len(years)
    for i, (province, counts) in enumerate(series.items()):
        colour = greys.get(province, colours[i % len(colours)])
        ax.bar(years, counts, bottom=bottom, label=province, color=colour, width=0.7,
               edgecolor="white", linewidth=0.6)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    for year, height in zip(years, bottom, strict=True):
        if height:
            ax.annotate(str(height), (year, height), ha="center", va="bottom",
                        xytext=(0, 2), textcoords="offset points", fontsize=9)
    ax.set_title(_TITLE, fontsize=14, loc="left")
    ax.set_xlabel("Year (of the ceremony, else the award year)")
    ax.set_ylabel(f"Award events ({sum(bottom)} in all)")
    ax.set_xticks(years)
    ax.tick_params(axis="x", rotation=45 if len(years) > 12 else 0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max(bottom) * 1.12 + 0.5)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#e3e7ea", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.legend(title="Province", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
