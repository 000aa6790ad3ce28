"""Charts and templates for self-contained HTML pages, one look for every report.

`PlotDivs.div()` renders a plotly figure as a div; only the first div of a page carries
plotly's script, inlined, so the page needs no network. `base_layout()` gives every chart
the same font, axes and margins, with zoom and pan off (scrolling a phone must scroll the
page). `template_environment(package)` reads a package's `templates/` with autoescaping:
the text these pages print is people's own words.

Used by the look-back report (`empathos.chats.report`) and the progress report
(`empathos.progress.report`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2
import plotly.graph_objects as go
from markupsafe import Markup

FONT = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"Noto Sans", "DejaVu Sans", sans-serif'
)
# Static charts: no mode bar (its buttons include links online), hover still works.
PLOTLY_CONFIG: dict[str, Any] = {
    "displaylogo": False,
    "responsive": True,
    "displayModeBar": False,
    "scrollZoom": False,
    "showSendToCloud": False,
}


class PlotDivs:
    """Renders figures as divs; only the first one carries plotly's script."""

    def __init__(self) -> None:
        self.script_included = False

    def div(self, data: list[dict[str, Any]], layout: dict[str, Any], div_id: str) -> Markup:
        height = int(layout.get("height", 320))
        figure = go.Figure(data=data, layout=base_layout(layout))
        out = figure.to_html(
            full_html=False,
            include_plotlyjs=not self.script_included,
            div_id=div_id,
            config=PLOTLY_CONFIG,
            default_width="100%",
            default_height=f"{height}px",
        )
        self.script_included = True
        return Markup(str(out))  # plotly escapes `<` in its JSON, so the div is safe


def _map(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def base_layout(layout: dict[str, Any]) -> dict[str, Any]:
    """`layout` over the shared defaults; its margin and axes are merged key by key."""
    axis = {
        "fixedrange": True,  # no zoom or pan: scrolling a phone must scroll the page
        "gridcolor": "#e5e7eb",
        "linecolor": "#9ca3af",
        "zerolinecolor": "#9ca3af",
        "automargin": True,
        "tickfont": {"size": 12},
    }
    base_margin = {"l": 8, "r": 16, "t": 40, "b": 8, "pad": 4}
    base: dict[str, Any] = {
        "template": "none",
        "font": {"family": FONT, "size": 13, "color": "#1f2933"},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "margin": base_margin,
        "legend": {
            "orientation": "h",
            "x": 0,
            "y": 1.02,
            "xanchor": "left",
            "yanchor": "bottom",
            "traceorder": "normal",
        },
        "hoverlabel": {"font": {"family": FONT}},
        "dragmode": False,
    }
    base.update(layout)
    base["margin"] = {**base_margin, **_map(layout.get("margin"))}
    base["xaxis"] = {**axis, **_map(layout.get("xaxis"))}
    base["yaxis"] = {**axis, **_map(layout.get("yaxis"))}
    return base


@lru_cache(maxsize=8)
def template_environment(package: str) -> jinja2.Environment:
    """The Jinja2 environment for `package`'s `templates/` folder, autoescaped."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,  # people's words are untrusted text
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@dataclass
class Table:
    """The numbers behind a chart, for screen readers and print."""

    caption: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class Chart:
    """One chart as a template prints it: heading, plain readings, the plot or why none."""

    id: str
    title: str
    reading: list[str]
    table: Table | None = None
    plot: Markup | None = None
    empty: str | None = None
