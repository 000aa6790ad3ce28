"""The progress report: one self-contained HTML page from the summary of `empathos progress`.

`render_progress_report(summary, names)` lays out the JSON summary of `trends.build_summary`:
the streak, what was practised, each skill week by week and the weekly activity. Like the
look-back report it needs no network: the style is inline, plotly's script is inlined once
(`render.plots`), and a Content-Security-Policy forbids every fetch. Everything printed is
escaped by the template; labels handed to plotly are escaped here.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from empathos.progress.trends import OUTCOME_ORDER
from empathos.render.plots import Chart, PlotDivs, Table, template_environment

MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Eleven skills at most: colours with >= 4.5:1 contrast on white, and dashes as a second cue.
SKILL_COLORS: Final = (
    "#1d5fa0",
    "#a8491b",
    "#2f6f4f",
    "#6b4c9a",
    "#b3372e",
    "#0f6e7a",
    "#8a5a00",
    "#9b2f6b",
    "#4b5563",
    "#3b5b1d",
    "#4b3f99",
)
DASHES: Final = ("solid", "dash", "dot", "dashdot")
ACTIVITY: Final = (
    ("practice", "practice sessions", "#1d5fa0"),
    ("checkins", "check-ins", "#2f6f4f"),
    ("analyses", "kept analyses", "#a8491b"),
)
OUTCOME_WORDS: Final = {
    "heard": "felt heard",
    "turns_out": "ran out of turns",
    "gave_up": "partner gave up",
    "quit": "stopped early",
}
DASH: Final = "—"
WEEK_MS: Final = 7 * 24 * 3600 * 1000  # plotly's date axis counts in milliseconds
MAX_TICKS: Final = 10


@dataclass
class Page:
    title: str
    period: str
    today: str
    empty: bool
    streak_current: int
    streak_longest: int
    streak_message: str
    facts: list[tuple[str, str]]
    charts: list[Chart] = field(default_factory=list)


def _day(value: Any) -> str:
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return DASH
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _pct(value: Any) -> str:
    return DASH if not isinstance(value, int | float) else f"{round(value * 100)}%"


def _change(value: Any) -> str:
    if not isinstance(value, int | float):
        return DASH
    points = round(value * 100)
    return f"+{points}" if points > 0 else str(points)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _skill_name(skill: str, names: Mapping[str, str]) -> str:
    return names.get(skill) or skill.replace("_", " ")


def _week_axis(weeks: Sequence[str]) -> dict[str, Any]:
    """Ticks on the Mondays the weeks start on, at most about ten of them."""
    step = max(1, -(-len(weeks) // MAX_TICKS))
    return {
        "type": "date",
        "tickformat": "%d %b",
        "tick0": weeks[0] if weeks else None,
        "dtick": WEEK_MS * step,
    }


def _skills_chart(summary: Mapping[str, Any], names: Mapping[str, str], plots: PlotDivs) -> Chart:
    weeks: Sequence[str] = summary.get("weeks") or []
    skills: Mapping[str, Mapping[str, Any]] = summary.get("skills") or {}
    rows = [
        [
            _skill_name(skill, names),
            str(row.get("events", 0)),
            _pct(row.get("mean")),
            _pct(row.get("latest")),
            _change(row.get("change")),
        ]
        for skill, row in skills.items()
    ]
    chart = Chart(
        "chart-skills",
        "Your skills, week by week",
        [],
        Table(
            "Each skill: how many times it was measured, the average, the latest week, and the "
            "change in points from the first week to the latest",
            ["Skill", "Times", "Average", "Latest week", "Change"],
            rows,
        ),
    )
    if not skills:
        chart.reading.append("No skills measured yet: a practice session measures a few.")
        return chart
    growing = [s for s, r in skills.items() if isinstance(r.get("change"), int | float)]
    best = max(growing, key=lambda s: skills[s]["change"], default=None)
    if best is not None and skills[best]["change"] > 0:
        chart.reading.append(
            f"{_skill_name(best, names).capitalize()} grew the most: "
            f"{_change(skills[best]['change'])} points since its first week."
        )
    chart.reading.append(
        "Each line is the share of your replies that showed the skill, averaged per week. "
        "Weeks are bumpy; the direction over a month says more than any one week."
    )
    data = []
    for i, (skill, row) in enumerate(skills.items()):
        values = [None if v is None else round(v * 100) for v in row.get("values") or []]
        label = html.escape(_skill_name(skill, names), quote=False)
        data.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": label,
                "x": list(weeks),
                "y": values,
                "connectgaps": True,
                "line": {"color": SKILL_COLORS[i % len(SKILL_COLORS)], "dash": DASHES[i % 4]},
                "marker": {"size": 7},
                "hovertemplate": f"{label}, week of %{{x|%d %b}}: %{{y}}%<extra></extra>",
            }
        )
    layout = {
        "height": 380,
        "yaxis": {"range": [-5, 105], "title": {"text": "% of replies"}, "ticksuffix": "%"},
        "xaxis": {**_week_axis(weeks), "title": {"text": "week of"}},
        "margin": {"t": 60},
    }
    chart.plot = plots.div(data, layout, chart.id)
    return chart


def _activity_chart(summary: Mapping[str, Any], plots: PlotDivs) -> Chart:
    weeks: Sequence[str] = summary.get("weeks") or []
    series = {key: list(summary.get(key, {}).get("weekly") or []) for key, _, _ in ACTIVITY}
    rows = [
        [_day(week), *(str(series[key][i]) for key, _, _ in ACTIVITY)]
        for i, week in enumerate(weeks)
    ]
    chart = Chart(
        "chart-activity",
        "What you did each week",
        [],
        Table("Per week", ["Week of", *(words for _, words, _ in ACTIVITY)], rows),
    )
    active = sum(1 for i in range(len(weeks)) if any(series[k][i] for k, _, _ in ACTIVITY))
    chart.reading.append(
        f"You did something for your relationship in {_plural(active, 'week')} "
        f"of {len(weeks)}. Small and often is what builds a habit."
    )
    data = [
        {
            "type": "bar",
            "name": words,
            "x": list(weeks),
            "y": series[key],
            "marker": {"color": color},
            "hovertemplate": f"week of %{{x|%d %b}}: %{{y}} {words}<extra></extra>",
        }
        for key, words, color in ACTIVITY
    ]
    layout = {
        "height": 320,
        "barmode": "stack",
        "xaxis": _week_axis(weeks),
        "yaxis": {"rangemode": "tozero", "dtick": 1, "title": {"text": "times"}},
        "margin": {"t": 60},
    }
    chart.plot = plots.div(data, layout, chart.id)
    return chart


def _facts(summary: Mapping[str, Any]) -> list[tuple[str, str]]:
    practice = summary.get("practice") or {}
    sessions = int(practice.get("sessions") or 0)
    outcomes = practice.get("outcomes") or {}
    ended = ", ".join(f"{outcomes[o]} {OUTCOME_WORDS[o]}" for o in OUTCOME_ORDER if outcomes.get(o))
    checkins = summary.get("checkins") or {}
    mood = checkins.get("mood_mean")
    mood_text = f" (average mood {mood:.1f} of 5)" if isinstance(mood, int | float) else ""
    return [
        ("Practice sessions", f"{sessions}" + (f": {ended}" if ended else "")),
        ("Check-ins", f"{int(checkins.get('count') or 0)}{mood_text}"),
        ("Kept analyses", str(int((summary.get("analyses") or {}).get("kept") or 0))),
    ]


def render_progress_report(
    summary: Mapping[str, Any], names: Mapping[str, str] | None = None
) -> str:
    """One self-contained HTML document (no network at all) of a progress summary.

    `names` gives a skill's plain name (the curriculum's); unknown skills show their id."""
    names = names or {}
    weeks: Sequence[str] = summary.get("weeks") or []
    since = summary.get("since")
    if since:
        period = f"{_day(since)} \u2013 {_day(summary.get('today'))}"
    elif weeks:
        period = f"{_day(weeks[0])} \u2013 {_day(summary.get('today'))}"
    else:
        period = DASH
    streak = summary.get("streak") or {}
    page = Page(
        title="Your progress",
        period=period,
        today=_day(summary.get("today")),
        empty=bool(summary.get("empty", True)),
        streak_current=int(streak.get("current") or 0),
        streak_longest=int(streak.get("longest") or 0),
        streak_message=str(streak.get("message") or ""),
        facts=_facts(summary),
    )
    if not page.empty:
        plots = PlotDivs()
        page.charts = [_skills_chart(summary, names, plots), _activity_chart(summary, plots)]
    return template_environment("empathos.progress").get_template("progress.html.j2").render(p=page)
