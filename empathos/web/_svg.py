"""Small line charts as inline SVG, drawn on the server: no script, nothing inline to
allow in the CSP (presentation attributes and classes only), and a text equivalent."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT = 600, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 16, 12, 36


def line_chart(
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    y_max: float,
    labels: Sequence[str],
    title: str,
) -> Markup:
    """One polyline per series over the same x labels, y from 0 to `y_max`."""
    points = max((len(values) for _, values in series), default=0)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (plot_w * i / (points - 1) if points > 1 else plot_w / 2)

    def y(v: float) -> float:
        return TOP + plot_h * (1 - max(0.0, min(v, y_max)) / y_max)

    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{escape(title)}" preserveAspectRatio="xMidYMid meet">',
        f"<title>{escape(title)}</title>",
    ]
    for fraction in (0, 0.5, 1):
        gy = y(y_max * fraction)
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{gy:.1f}" y2="{gy:.1f}"/>'
            f'<text class="axis" x="{LEFT - 6}" y="{gy + 4:.1f}" text-anchor="end">'
            f"{y_max * fraction:g}</text>"
        )
    step = max(1, points // 8)
    for i, label in enumerate(labels[:points]):
        if i % step == 0 or i == points - 1:
            parts.append(
                f'<text class="axis" x="{x(i):.1f}" y="{HEIGHT - 12}" text-anchor="middle">'
                f"{escape(label)}</text>"
            )
    for n, (name, values) in enumerate(series):
        coords = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        parts.append(
            f'<polyline class="line s{n % 4}" points="{coords}"><title>'
            f"{escape(name)}</title></polyline>"
        )
        for i, v in enumerate(values):
            parts.append(
                f'<circle class="dot s{n % 4}" cx="{x(i):.1f}" cy="{y(v):.1f}" r="4">'
                f"<title>{escape(name)}: {v:g} ({escape(labels[i] if i < len(labels) else '')})"
                "</title></circle>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
