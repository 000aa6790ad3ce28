"""The look-back report: one self-contained HTML page from a chat analysis summary.

`render_report(summary)` turns the summary dict of `empathos chats analyze` into a single
HTML document that needs no network: the page's style is inline, plotly's script is
inlined once (by the first chart), and a Content-Security-Policy forbids every fetch.
Chat text is untrusted: the Jinja2 template escapes everything it prints, and the
strings handed to plotly (which reads a little HTML in labels) are escaped too.

The summary is read defensively: a missing optional key or a null shows as "—" and
never raises. Everything the template prints is prepared here, so the template only
lays it out.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jinja2

from empathos.render.plots import Chart, Table, template_environment
from empathos.render.plots import PlotDivs as _Plots

DASH = "—"

DEFAULT_BENCHMARKS = {
    "turning_toward_stable": 0.86,
    "turning_toward_divorced": 0.33,
    "positive_to_negative": 5.0,
}

ANSWER_KINDS = ("toward", "away", "against")

BLOCK_WORDS = {
    "advice": "unasked-for advice",
    "minimizing": "minimizing",
    "defensiveness": "defensiveness",
    "criticism": "criticism",
    "contempt": "contempt",
    "dismissal": "dismissing",
    "self_focus": "making it about oneself",
    "hostile_question": "a hostile question",
}

MECHANISM_WORDS = {
    "emotional_reaction": "showed feeling",
    "interpretation": "put the feeling into words",
    "exploration": "asked to hear more",
    "validation": "said the feeling made sense",
}

# One tip per block kind, for "what to try next": the most frequent kinds come first.
BLOCK_TIPS = {
    "advice": (
        "Name the feeling before solving it: \u201cThat sounds exhausting.\u201d Then ask: "
        "\u201cDo you want me to listen, or to help?\u201d"
    ),
    "minimizing": (
        "Skip \u201cit\u2019s not a big deal\u201d: if it is big to them, say so. "
        "\u201cThat really matters to you. Tell me more.\u201d"
    ),
    "defensiveness": (
        "When a bid sounds like blame, look for the feeling under it and own a small part "
        "before explaining yourself."
    ),
    "criticism": (
        "Talk about the moment, not the person: \u201cI felt left out when\u2026\u201d instead of "
        "\u201cyou always\u2026\u201d."
    ),
    "contempt": (
        "Build a habit of appreciation: say one specific thing you are grateful for each day."
    ),
    "dismissal": (
        "If you can\u2019t talk now, say when you can: \u201cI want to hear this. Can we talk "
        "at eight?\u201d"
    ),
    "self_focus": "Stay with their story a little longer before telling your own.",
    "hostile_question": (
        "Ask to understand, not to win: \u201cWhat was that like?\u201d rather than "
        "\u201cWhy would you do that?\u201d"
    ),
}

GENERAL_TIPS = (
    "Name the feeling before solving anything, and ask \u201cdo you want me to listen or "
    "help?\u201d when you are not sure.",
    "Answer small bids too: a photo, a joke, \u201clook at this\u201d. A quick \u201cha, I "
    "love that\u201d is turning toward.",
    "If you notice a bid you missed, go back to it: \u201cEarlier you said\u2026 how are you "
    "now?\u201d It is never too late to turn toward.",
    "Pick one moment from this page and talk about it together, gently, at a calm time.",
)

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_EMOTIONS = 4
MAX_SKIP_EXAMPLES = 5
MAX_FILLED_MONTHS = 120  # beyond ten years of empty months, show only the months present

# Colours on white, all >= 4.5:1 so white text on them and their lines stay readable.
PERSON_COLORS = ("#1d5fa0", "#a8491b", "#6b4c9a", "#2f6f4f")
PERSON_DASHES = ("solid", "dash", "dot", "dashdot")  # a second cue besides colour
ANSWER_COLORS = {"toward": "#2c7a4b", "away": "#656b75", "against": "#b3372e"}
REFERENCE_COLOR = "#4b5563"


# --- reading the summary defensively -------------------------------------------------


def _map(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _seq(value: Any) -> Sequence[Any]:
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return value
    return ()


def _num(value: Any) -> float | None:
    """A finite number, or None for null, a bool, text or NaN."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _count(value: Any) -> int:
    number = _num(value)
    return max(0, int(number)) if number is not None else 0


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _date(value: Any) -> str:
    when = _when(value)
    if when is None:
        return _text(value) or DASH
    return f"{when.day} {MONTH_NAMES[when.month - 1]} {when.year}"


def _datetime(value: Any) -> str:
    when = _when(value)
    if when is None:
        return _text(value) or DASH
    return f"{_date(value)}, {when:%H:%M}"


def _month_key(value: Any) -> tuple[int, int] | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})", _text(value).strip())
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    return (year, month) if 1 <= month <= 12 else None


def _month_label(key: tuple[int, int]) -> str:
    return f"{MONTH_NAMES[key[1] - 1]} {key[0]}"


def _pct(rate: float | None) -> str:
    return DASH if rate is None else f"{round(rate * 100)}%"


def _score(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}"


def _ratio(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value:.1f}".removesuffix(".0") + ":1"


def _duration(minutes: float | None) -> str:
    if minutes is None or minutes < 0:
        return DASH
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{round(minutes)} min"
    if minutes < 48 * 60:
        hours, rest = divmod(round(minutes), 60)
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    return f"{minutes / 1440:.1f} days".replace(".0 ", " ")


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (plural or word + 's')}"


def _block_words(kind: Any) -> str:
    text = _text(kind)
    return BLOCK_WORDS.get(text, text.replace("_", " ") or "block")


def _plot_text(text: str) -> str:
    """Plotly reads a little HTML in labels (<b>, <a href>): escape names from the chat."""
    return html.escape(text, quote=False)


def _file_name(source: Any) -> str:
    name = re.split(r"[\\/]", _text(source))[-1]
    return name or DASH


# --- people and how to name them -----------------------------------------------------


@dataclass(frozen=True)
class Names:
    """How the report names each person: "you" for `me` where natural."""

    people: tuple[str, ...]
    me: str | None

    def subject(self, person: str) -> str:
        return "You" if person == self.me else person

    def object(self, person: str) -> str:
        return "you" if person == self.me else person

    def possessive(self, person: str) -> str:
        return "your" if person == self.me else f"{person}\u2019s"

    def owner(self, person: str) -> str:
        """The possessive at the start of a sentence: "Your", "Linda's"."""
        return "Your" if person == self.me else f"{person}\u2019s"

    def label(self, person: str) -> str:
        """For legends and card titles: "Josh (you)"."""
        return f"{person} (you)" if person == self.me else person

    def partner(self, person: str) -> str:
        others = [p for p in self.people if p != person]
        return others[0] if len(others) == 1 else "their partner"


@dataclass(frozen=True)
class PersonStats:
    name: str
    bids_made: int | None
    small_bids_made: int | None
    answers: dict[str, int]
    answered: int
    rate: float | None
    small_answers: dict[str, int]
    small_rate: float | None
    positive: int | None
    negative: int | None
    ratio: float | None
    blocks: dict[str, int]
    empathy: float | None
    response_minutes: float | None
    partner_emotions: list[tuple[str, int]]
    messages: int | None


def _opt_count(value: Any) -> int | None:
    number = _num(value)
    return max(0, int(number)) if number is not None else None


def _answers(value: Any) -> dict[str, int]:
    raw = _map(value)
    return {kind: _count(raw.get(kind)) for kind in ANSWER_KINDS}


def _rate(given: Any, answers: Mapping[str, int]) -> float | None:
    rate = _num(given)
    if rate is not None:
        return min(1.0, max(0.0, rate))
    total = sum(answers.values())
    return answers["toward"] / total if total else None


def _stats(name: str, raw: Any) -> PersonStats:
    data = _map(raw)
    answers = _answers(data.get("answers"))
    small = _answers(data.get("small_bid_answers"))
    positive, negative = _opt_count(data.get("positive")), _opt_count(data.get("negative"))
    ratio = _num(data.get("positive_to_negative"))
    if ratio is None and positive is not None and negative:
        ratio = positive / negative
    blocks = {_text(kind): _count(count) for kind, count in _map(data.get("blocks")).items()}
    emotions = []
    for item in _seq(data.get("partner_emotions")):
        item = _map(item)
        label = _text(item.get("label")).replace("_", " ").strip()
        if label:
            emotions.append((label, _count(item.get("count"))))
    return PersonStats(
        name=name,
        bids_made=_opt_count(data.get("bids_made")),
        small_bids_made=_opt_count(data.get("small_bids_made")),
        answers=answers,
        answered=sum(answers.values()),
        rate=_rate(data.get("turning_toward_rate"), answers),
        small_answers=small,
        small_rate=_rate(None, small),
        positive=positive,
        negative=negative,
        ratio=ratio,
        blocks={kind: count for kind, count in blocks.items() if count > 0},
        empathy=_num(data.get("empathy_mean")),
        response_minutes=_num(data.get("response_minutes_median")),
        partner_emotions=emotions[:MAX_EMOTIONS],
        messages=_opt_count(data.get("messages")),
    )


def _participants(summary: Mapping[str, Any]) -> tuple[str, ...]:
    names = [_text(p) for p in _seq(summary.get("participants")) if _text(p)]
    for name in _map(summary.get("people")):
        if _text(name) and _text(name) not in names:
            names.append(_text(name))
    return tuple(dict.fromkeys(names))


# --- what the template prints --------------------------------------------------------


@dataclass
class Card:
    title: str
    is_me: bool
    rows: list[tuple[str, str]]


@dataclass
class Segment:
    text: str
    kind: str | None = None  # plain words for a block, None outside blocks


@dataclass
class Moment:
    when: str
    bidder: str
    bid: str
    answerer: str
    segments: list[Segment]
    blocks: list[tuple[str, str]]
    mechanisms: list[str]
    score: str


@dataclass
class Skipped:
    total: int
    reasons: list[tuple[str, int]]
    examples: list[tuple[str, str, str]]


@dataclass
class Report:
    title: str
    source: str
    format: str
    period: str
    messages: str
    people: list[str]
    me: str | None
    window_hours: str
    stable: str
    divorced: str
    ratio_guide: str
    cards: list[Card]
    charts: list[Chart]
    warmest: list[Moment]
    hurt: list[Moment]
    tips: list[str]
    skipped: Skipped
    names: Names
    stable_rate: float
    divorced_rate: float
    guide_ratio: float


# --- the five charts -----------------------------------------------------------------


def _compare_rate(rate: float, stable: float, divorced: float) -> str:
    seen = f"the {_pct(stable)} seen in couples who stayed together"
    if rate >= stable - 0.005:
        return f"at or above {seen}"
    if rate >= stable - 0.1:
        return f"near {seen}"
    if rate > divorced + 0.1:
        return f"below {seen}: room to grow"
    return (
        f"well below {seen} and close to the {_pct(divorced)} of couples who later "
        "divorced: the place with the most room to grow"
    )


def _answers_chart(report: Report, stats: dict[str, PersonStats], plots: _Plots) -> Chart:
    names, stable, divorced = report.names, report.stable_rate, report.divorced_rate
    chart = Chart("chart-answers", "How each of you answered the other\u2019s bids", [])
    rows = []
    labels = []
    for person in report.people:
        s = stats[person]
        partner = names.partner(person)
        labels.append(f"{names.owner(person)} answers")
        rows.append(
            [
                f"{names.owner(person)} answers to {names.possessive(partner)} bids",
                *(str(s.answers[k]) for k in ANSWER_KINDS),
                _pct(s.rate),
            ]
        )
        if s.answered == 0 or s.rate is None:
            chart.reading.append(
                f"{names.subject(partner)} made no emotional bids that "
                f"{names.object(person)} could answer, so there is no rate for "
                f"{names.object(person)}."
            )
            continue
        chart.reading.append(
            f"{names.subject(person)} turned toward {s.answers['toward']} of "
            f"{names.possessive(partner)} {_plural(s.answered, 'bid')} ({_pct(s.rate)}), "
            f"{_compare_rate(s.rate, stable, divorced)}."
        )
    chart.table = Table(
        "Answers to emotional bids",
        ["Who answered", "Toward", "Away", "Against", "Turned toward"],
        rows,
    )
    if not any(stats[p].answered for p in report.people):
        chart.empty = "No emotional bids were found, so there are no answers to show."
        return chart
    words = {"toward": "turned toward", "away": "turned away", "against": "turned against"}
    data = []
    for kind in ANSWER_KINDS:
        values = [stats[p].answers[kind] for p in report.people]
        data.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": words[kind],
                "y": [_plot_text(label) for label in labels],
                "x": values,
                "text": [str(v) if v else "" for v in values],
                "textposition": "inside",
                "insidetextanchor": "middle",
                "textfont": {"color": "#ffffff", "size": 13},
                "marker": {"color": ANSWER_COLORS[kind]},
                "hovertemplate": f"%{{y}}: %{{x}} {words[kind]}<extra></extra>",
            }
        )
    layout = {
        "barmode": "stack",
        "height": 150 + 50 * len(labels),
        "xaxis": {"title": {"text": "bids answered"}, "rangemode": "tozero"},
        "yaxis": {
            "autorange": "reversed",
            "type": "category",
            "categoryorder": "array",
            "categoryarray": [_plot_text(label) for label in labels],
        },
        "bargap": 0.35,
        "uniformtext": {"minsize": 11, "mode": "hide"},  # no unreadable numbers in slivers
        "annotations": [
            {
                "x": 0,
                "y": _plot_text(label),
                "xref": "x",
                "yref": "y",
                "xanchor": "left",
                "text": "no bids to answer",
                "showarrow": False,
                "font": {"size": 13, "color": "#1f2933"},
            }
            for person, label in zip(report.people, labels, strict=True)
            if stats[person].answered == 0
        ],
    }
    chart.plot = plots.div(data, layout, chart.id)
    return chart


@dataclass(frozen=True)
class MonthRow:
    key: tuple[int, int]
    people: Mapping[str, Any]


def _month_rows(summary: Mapping[str, Any]) -> list[MonthRow]:
    """The months in order, with months that are missing in between filled in empty."""
    found: dict[tuple[int, int], Mapping[str, Any]] = {}
    for item in _seq(summary.get("months")):
        item = _map(item)
        key = _month_key(item.get("month"))
        if key is not None:
            found[key] = _map(item.get("people"))
    if not found:
        return []
    keys = sorted(found)
    first, last = keys[0], keys[-1]
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if span <= MAX_FILLED_MONTHS:
        keys = [
            (first[0] + (first[1] - 1 + i) // 12, (first[1] - 1 + i) % 12 + 1) for i in range(span)
        ]
    return [MonthRow(key, found.get(key, {})) for key in keys]


def _line_trace(index: int, name: str, x: list[str], y: list[float | None]) -> dict[str, Any]:
    return {
        "type": "scatter",
        "mode": "lines+markers",
        "name": _plot_text(name),
        "x": x,
        "y": y,
        "connectgaps": False,  # a month with nothing to measure is a gap, not a zero
        "line": {"color": PERSON_COLORS[index % 4], "width": 3, "dash": PERSON_DASHES[index % 4]},
        "marker": {"size": 8, "color": PERSON_COLORS[index % 4]},
    }


def _trend(names: Names, person: str, points: list[tuple[str, float]], noun: str, fmt: str) -> str:
    fmt_value = _pct if fmt == "pct" else _score
    owner = f"{names.owner(person)} {noun}"
    if len(points) == 1:
        ((month, value),) = points
        return f"{owner} was {fmt_value(value)} in {month}, the only month with bids to answer."
    (m0, v0), (m1, v1) = points[0], points[-1]
    low, high = min(v for _, v in points), max(v for _, v in points)
    step = 0.02
    direction = "up" if v1 > v0 + step else "down" if v1 < v0 - step else "about the same"
    return (
        f"{owner} went from {fmt_value(v0)} in {m0} to {fmt_value(v1)} in {m1} ({direction}; "
        f"between {fmt_value(low)} and {fmt_value(high)} across {len(points)} months)."
    )


def _monthly_chart(
    report: Report,
    months: list[MonthRow],
    plots: _Plots,
    *,
    chart_id: str,
    title: str,
    what: str,
    noun: str,
    value: Callable[[Mapping[str, Any]], float | None],
    fmt: str,
) -> Chart:
    chart = Chart(chart_id, title, [])
    labels = [_month_label(m.key) for m in months]
    series: dict[str, list[float | None]] = {}
    for person in report.people:
        series[person] = [value(_map(m.people.get(person))) for m in months]
    fmt_value = _pct if fmt == "pct" else _score
    chart.table = Table(
        what,
        ["Month", *(report.names.label(p) for p in report.people)],
        [
            [label, *(fmt_value(series[p][i]) for p in report.people)]
            for i, label in enumerate(labels)
        ],
    )
    for person in report.people:
        points = [(labels[i], v) for i, v in enumerate(series[person]) if v is not None]
        if points:
            chart.reading.append(_trend(report.names, person, points, noun, fmt))
    if not any(v is not None for values in series.values() for v in values):
        chart.empty = "There are no months with answers to show yet."
        chart.reading = []
        return chart
    if any(v is None for values in series.values() for v in values):
        chart.reading.append("Months without bids to answer are left as gaps.")
    days = [f"{m.key[0]:04d}-{m.key[1]:02d}-01" for m in months]
    data = [
        _line_trace(i, report.names.label(p), days, series[p]) for i, p in enumerate(report.people)
    ]
    layout: dict[str, Any] = {
        "height": 340,
        "xaxis": _month_axis(months),
        "hovermode": "x unified",
    }
    if fmt == "pct":
        stable, divorced = report.stable_rate, report.divorced_rate
        layout["yaxis"] = {
            "range": [0, 1.05],
            "tickformat": ".0%",
            "title": {"text": "turned toward"},
        }
        layout["shapes"] = [_hline(stable), _hline(divorced)]
        layout["annotations"] = [
            _hline_note(stable, f"{_pct(stable)}: couples still together six years on"),
            _hline_note(divorced, f"{_pct(divorced)}: couples who later divorced"),
        ]
    else:
        layout["yaxis"] = {"range": [0, 102], "title": {"text": "mean empathy (0 to 100)"}}
        chart.reading.append(
            "Scores run from 0 (no sign of empathy) to 100 (warm, curious and understanding)."
        )
    chart.plot = plots.div(data, layout, chart.id)
    return chart


def _month_axis(months: list[MonthRow]) -> dict[str, Any]:
    """A date axis with half a month of room either side; month ticks, thinned by plotly."""
    first, last = months[0].key, months[-1].key
    start = datetime(first[0], first[1], 1) - timedelta(days=16)
    end = datetime(last[0], last[1], 1) + timedelta(days=16)
    axis: dict[str, Any] = {
        "type": "date",
        "range": [f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"],
        "hoverformat": "%b %Y",
        "tickformat": "%b\n%Y",  # two short lines fit a phone without turning the labels
    }
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if span <= 6:
        # Left alone, plotly would tick a short span by weeks: one tick per month instead.
        axis.update({"dtick": "M1", "tick0": f"{first[0]:04d}-{first[1]:02d}-01"})
    return axis


def _hline(y: float) -> dict[str, Any]:
    return {
        "type": "line",
        "xref": "paper",
        "x0": 0,
        "x1": 1,
        "y0": y,
        "y1": y,
        "line": {"color": REFERENCE_COLOR, "width": 1.5, "dash": "dash"},
        "layer": "below",
    }


def _hline_note(y: float, text: str) -> dict[str, Any]:
    return {
        "xref": "paper",
        "x": 0.01,
        "y": y,
        "xanchor": "left",
        "yanchor": "bottom",
        "text": text,
        "showarrow": False,
        "font": {"size": 11, "color": REFERENCE_COLOR},
        "bgcolor": "rgba(255,255,255,0.7)",
    }


def _ratio_chart(report: Report, stats: dict[str, PersonStats], plots: _Plots) -> Chart:
    names, guide = report.names, report.guide_ratio
    guide_text = _ratio(guide)
    chart = Chart("chart-ratio", "Positive and negative moments", [])
    rows = []
    labels = []
    values: list[float | None] = []
    notes = []
    for person in report.people:
        s = stats[person]
        label = f"{names.owner(person)} answers"
        labels.append(label)
        values.append(s.ratio)
        positive = DASH if s.positive is None else str(s.positive)
        negative = DASH if s.negative is None else str(s.negative)
        if s.ratio is not None:
            shown = _ratio(s.ratio)
        elif s.negative == 0 and s.positive:
            shown = "no negative moments"
        else:
            shown = DASH
        rows.append([label, positive, negative, shown])
        if s.ratio is not None:
            side = (
                f"above the {guide_text} balance found in stable couples"
                if s.ratio >= guide
                else f"below the {guide_text} balance found in stable couples: more small "
                "warm answers would lift it"
            )
            chart.reading.append(
                f"{names.owner(person)} answers had {s.ratio:.1f} positive moments for "
                f"each negative one, {side}."
            )
        elif shown == "no negative moments":
            chart.reading.append(
                f"{names.owner(person)} answers had {_plural(s.positive or 0, 'positive moment')}"
                " and no negative moments at all."
            )
            notes.append((label, "no negative moments"))
        else:
            chart.reading.append(
                f"There were no moments to count in {names.possessive(person)} answers."
            )
            notes.append((label, "no moments counted"))
    chart.table = Table(
        "Positive and negative moments", ["Whose answers", "Positive", "Negative", "Ratio"], rows
    )
    if all(v is None for v in values) and not any(stats[p].positive for p in report.people):
        chart.empty = "There were no positive or negative moments to count."
        return chart
    top = max([guide, *(v for v in values if v is not None)]) * 1.2
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": "positive for each negative",
            "y": [_plot_text(label) for label in labels],
            "x": values,
            "text": [_ratio(v) if v is not None else "" for v in values],
            "textposition": "outside",
            "cliponaxis": False,
            "marker": {"color": [PERSON_COLORS[i % 4] for i in range(len(labels))]},
            "hovertemplate": "%{y}: %{x:.1f} positive for each negative<extra></extra>",
            "showlegend": False,
        }
    ]
    annotations = [
        {
            "x": guide,
            "y": 1,
            "xref": "x",
            "yref": "paper",
            "yanchor": "bottom",
            "text": f"{guide_text} guide",
            "showarrow": False,
            "font": {"size": 11, "color": REFERENCE_COLOR},
        }
    ]
    for label, note in notes:
        annotations.append(
            {
                "x": 0,
                "y": _plot_text(label),
                "xref": "x",
                "yref": "y",
                "xanchor": "left",
                "text": note,
                "showarrow": False,
                "font": {"size": 13, "color": "#1f2933"},
                "bgcolor": "#ffffff",
            }
        )
    layout = {
        "height": 130 + 60 * len(labels),
        "xaxis": {"range": [0, top], "title": {"text": "positive per negative"}},
        "yaxis": {
            "autorange": "reversed",
            "type": "category",
            "categoryorder": "array",
            "categoryarray": [_plot_text(label) for label in labels],
        },
        "shapes": [
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": guide,
                "x1": guide,
                "y0": 0,
                "y1": 1,
                "line": {"color": REFERENCE_COLOR, "width": 1.5, "dash": "dash"},
            }
        ],
        "annotations": annotations,
        "bargap": 0.4,
        "margin": {"t": 30},
    }
    chart.plot = plots.div(data, layout, chart.id)
    return chart


def _blocks_chart(report: Report, stats: dict[str, PersonStats], plots: _Plots) -> Chart:
    names = report.names
    chart = Chart("chart-blocks", "What got in the way", [])
    totals: dict[str, int] = {}
    for person in report.people:
        for kind, count in stats[person].blocks.items():
            totals[kind] = totals.get(kind, 0) + count
    order = [k for k in BLOCK_WORDS if k in totals] + sorted(
        k for k in totals if k not in BLOCK_WORDS
    )
    chart.table = Table(
        "Blocks to empathy in answers to emotional bids",
        ["Kind", *(names.label(p) for p in report.people)],
        [
            [_block_words(kind), *(str(stats[p].blocks.get(kind, 0)) for p in report.people)]
            for kind in order
        ],
    )
    if not order:
        chart.empty = "No blocks to empathy were found in either of your answers. Lovely."
        chart.reading.append("No blocks were found.")
        return chart
    most = max(order, key=lambda k: (totals[k], -order.index(k)))
    by_person = max(report.people, key=lambda p: stats[p].blocks.get(most, 0))
    share = (
        ""
        if len(report.people) < 2
        else (
            f", mostly in {names.possessive(by_person)} answers"
            if stats[by_person].blocks.get(most, 0) * 2 > totals[most]
            else ", shared between you"
        )
    )
    chart.reading.append(
        f"The most frequent block was {_block_words(most)} "
        f"({_plural(totals[most], 'time')}{share}). Blocks are habits, and habits can change."
    )
    data = []
    for i, person in enumerate(report.people):
        values = [stats[person].blocks.get(kind, 0) for kind in order]
        data.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": _plot_text(names.label(person)),
                "y": [_block_words(kind) for kind in order],
                "x": values,
                "text": [str(v) if v else "" for v in values],
                "textposition": "outside",
                "cliponaxis": False,
                "marker": {"color": PERSON_COLORS[i % 4]},
                "hovertemplate": "%{y}: %{x}<extra>%{fullData.name}</extra>",
            }
        )
    layout = {
        "barmode": "group",
        "height": 150 + 28 * len(order) * max(1, len(report.people)),
        "xaxis": {
            "rangemode": "tozero",
            "dtick": 1 if max(totals.values()) <= 10 else None,
            "title": {"text": "times"},
        },
        "yaxis": {"autorange": "reversed"},
        "bargap": 0.25,
    }
    chart.plot = plots.div(data, layout, chart.id)
    return chart


# --- moments, cards, tips, skipped ---------------------------------------------------


def _segments(answer: str, blocks: Sequence[Any]) -> list[Segment]:
    """The answer cut at each block's character span; overlapping spans are trimmed."""
    spans = []
    for block in blocks:
        block = _map(block)
        start, end = _num(block.get("start")), _num(block.get("end"))
        if start is None or end is None:
            continue
        lo = max(0, min(len(answer), int(start)))
        hi = max(lo, min(len(answer), int(end)))
        if hi > lo:
            spans.append((lo, hi, _block_words(block.get("kind"))))
    spans.sort()
    out: list[Segment] = []
    cursor = 0
    for lo, hi, kind in spans:
        lo = max(lo, cursor)
        if hi <= lo:
            continue
        if lo > cursor:
            out.append(Segment(answer[cursor:lo]))
        out.append(Segment(answer[lo:hi], kind))
        cursor = hi
    if cursor < len(answer) or not out:
        out.append(Segment(answer[cursor:]))
    return out


def _moments(raw: Any, names: Names) -> list[Moment]:
    out = []
    for item in _seq(raw):
        item = _map(item)
        answer = _text(item.get("answer"))
        blocks = _seq(item.get("blocks"))
        out.append(
            Moment(
                when=_datetime(item.get("sent_at")),
                bidder=names.subject(_text(item.get("bidder")) or "Someone"),
                bid=_text(item.get("bid")),
                answerer=names.subject(_text(item.get("answerer")) or "Someone"),
                segments=_segments(answer, blocks),
                blocks=[
                    (_block_words(_map(b).get("kind")), _text(_map(b).get("text"))) for b in blocks
                ],
                mechanisms=[
                    MECHANISM_WORDS.get(_text(m), _text(m).replace("_", " "))
                    for m in _seq(item.get("mechanisms"))
                    if _text(m)
                ],
                score=_score(_num(item.get("score"))),
            )
        )
    return out


def _card(person: str, s: PersonStats, names: Names) -> Card:
    partner = names.partner(person)
    total = sum(s.answers.values())
    answers = " \u00b7 ".join(f"{s.answers[k]} {k}" for k in ANSWER_KINDS) if total else DASH
    small_total = sum(s.small_answers.values())
    if s.ratio is not None:
        ratio = _ratio(s.ratio)
    elif s.negative == 0 and s.positive:
        ratio = "no negative moments"
    else:
        ratio = DASH
    emotions = ", ".join(f"{label} ({count})" for label, count in s.partner_emotions) or DASH
    blocks = (
        ", ".join(
            f"{_block_words(k)} ({v})"
            for k, v in sorted(s.blocks.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        or "none found"
    )
    rows = [
        ("Messages", DASH if s.messages is None else f"{s.messages:,}"),
        ("Emotional bids made", DASH if s.bids_made is None else str(s.bids_made)),
        ("Small bids made", DASH if s.small_bids_made is None else str(s.small_bids_made)),
        (f"Answers to {names.possessive(partner)} bids", answers),
        ("Turned toward", _pct(s.rate)),
        ("Small bids turned toward", _pct(s.small_rate) if small_total else DASH),
        ("Positive to negative", ratio),
        ("Typical time to answer", _duration(s.response_minutes)),
        ("Mean empathy of answers", _score(s.empathy)),
        (f"Feelings in {names.possessive(partner)} bids", emotions),
        ("Blocks in answers", blocks),
    ]
    title = f"You ({person})" if person == names.me else person
    return Card(title, person == names.me, rows)


def _tips(stats: dict[str, PersonStats]) -> list[str]:
    totals: dict[str, int] = {}
    for s in stats.values():
        for kind, count in s.blocks.items():
            totals[kind] = totals.get(kind, 0) + count
    kinds = sorted((k for k in totals if k in BLOCK_TIPS), key=lambda k: (-totals[k], k))
    tips = [BLOCK_TIPS[k] for k in kinds[:3]]
    for tip in GENERAL_TIPS:
        if "listen or help" in tip and "advice" in kinds[:3]:
            continue
        tips.append(tip)
    return tips


def _skipped(raw: Any) -> Skipped:
    data = _map(raw)
    reasons = [
        (_text(reason) or "other", _count(count))
        for reason, count in _map(data.get("by_reason")).items()
    ]
    reasons.sort(key=lambda rc: (-rc[1], rc[0]))
    total = _opt_count(data.get("total"))
    examples = []
    for item in _seq(data.get("examples"))[:MAX_SKIP_EXAMPLES]:
        item = _map(item)
        line = _opt_count(item.get("line"))
        examples.append(
            (
                DASH if line is None else str(line),
                _text(item.get("reason")),
                _text(item.get("text")),
            )
        )
    return Skipped(total if total is not None else sum(c for _, c in reasons), reasons, examples)


# --- the report ----------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    return template_environment("empathos.chats")  # autoescaped: chat text is untrusted


def render_report(summary: Mapping[str, Any]) -> str:
    """One self-contained HTML document (no network at all) describing `summary`."""
    summary = _map(summary)
    people = _participants(summary)
    me = _text(summary.get("me")) or None
    names = Names(people, me if me in people else None)
    benchmarks = {**DEFAULT_BENCHMARKS}
    for key, value in _map(summary.get("benchmarks")).items():
        number = _num(value)
        if number:  # a zero or missing benchmark keeps the published one
            benchmarks[_text(key)] = number
    stable = benchmarks["turning_toward_stable"]
    divorced = benchmarks["turning_toward_divorced"]
    guide = benchmarks["positive_to_negative"]
    stats = {p: _stats(p, _map(summary.get("people")).get(p)) for p in people}
    period = _map(summary.get("period"))
    start, end = period.get("start"), period.get("end")
    period_text = DASH if start is None and end is None else f"{_date(start)} \u2013 {_date(end)}"
    messages = _opt_count(summary.get("messages"))
    window = _num(summary.get("window_hours"))
    window_text = DASH if window is None else f"{window:g}"
    if len(people) == 2:
        title = f"{people[0]} and {people[1]}: a look back"
    else:
        title = "A look back at your chat"
    report = Report(
        title=title,
        source=_file_name(summary.get("source")),
        format=_text(summary.get("format")).replace("-", " ") or DASH,
        period=period_text,
        messages=DASH if messages is None else f"{messages:,}",
        people=list(people),
        me=names.me,
        window_hours=window_text,
        stable=_pct(stable),
        divorced=_pct(divorced),
        ratio_guide=_ratio(guide),
        cards=[_card(p, stats[p], names) for p in people],
        charts=[],
        warmest=_moments(_map(summary.get("moments")).get("warmest"), names),
        hurt=_moments(_map(summary.get("moments")).get("hurt"), names),
        tips=_tips(stats),
        skipped=_skipped(summary.get("skipped")),
        names=names,
        stable_rate=stable,
        divorced_rate=divorced,
        guide_ratio=guide,
    )
    plots = _Plots()
    months = _month_rows(summary)
    report.charts.append(_answers_chart(report, stats, plots))
    report.charts.append(
        _monthly_chart(
            report,
            months,
            plots,
            chart_id="chart-monthly-rate",
            title="Turning toward, month by month",
            what="Share of bids turned toward, per month",
            noun="rate of turning toward",
            value=lambda data: _rate(
                data.get("turning_toward_rate"), _answers(data.get("answers"))
            ),
            fmt="pct",
        )
    )
    report.charts.append(_ratio_chart(report, stats, plots))
    report.charts.append(_blocks_chart(report, stats, plots))
    report.charts.append(
        _monthly_chart(
            report,
            months,
            plots,
            chart_id="chart-monthly-empathy",
            title="Empathy in answers, month by month",
            what="Mean empathy score (0 to 100) of answers to emotional bids, per month",
            noun="mean empathy",
            value=lambda data: _num(data.get("empathy_mean")),
            fmt="score",
        )
    )
    return _environment().get_template("report.html.j2").render(r=report)
