"""The look-back HTML report: content, escaping, no network, and the summary's edge cases."""

from __future__ import annotations

import copy
import json
import re
import time
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from empathos.chats.report import render_report

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "chats" / "summary_sample.json"
CHART_IDS = (
    "chart-answers",
    "chart-monthly-rate",
    "chart-ratio",
    "chart-blocks",
    "chart-monthly-empathy",
)
PRIVACY = "It was made on your computer and sent nowhere; think before you share it."


@cache
def _sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_sample_text())
    return data


@cache
def _sample_html() -> str:
    return render_report(sample())


def figure(html: str, chart_id: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The data and layout plotly was given for one chart, read back from the page."""
    call = html.index(f'Plotly.newPlot(                        "{chart_id}",')
    decoder = json.JSONDecoder()
    pos = html.index("[", call)
    data, end = decoder.raw_decode(html, pos)
    pos = html.index("{", end)
    layout, _ = decoder.raw_decode(html, pos)
    return data, layout


def plotted(html: str) -> list[str]:
    return re.findall(r'Plotly\.newPlot\(\s*"([^"]+)"', html)


def person(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "messages": 10,
        "bids_made": 3,
        "small_bids_made": 1,
        "answers": {"toward": 2, "away": 1, "against": 0},
        "turning_toward_rate": 2 / 3,
        "small_bid_answers": {"toward": 1, "away": 0, "against": 0},
        "positive": 4,
        "negative": 1,
        "positive_to_negative": 4.0,
        "blocks": {"advice": 1},
        "empathy_mean": 0.5,
        "response_minutes_median": 90.0,
        "partner_emotions": [{"label": "sadness", "count": 2}],
    }
    base.update(overrides)
    return base


# --- the sample ------------------------------------------------------------------------


def test_sample_renders_one_html_document() -> None:
    html = _sample_html()
    assert html.startswith("<!DOCTYPE html>")
    assert html.rstrip().endswith("</html>")
    assert html.count("<html") == 1 and html.count("</body>") == 1
    assert PRIVACY in html
    assert html.index(PRIVACY) < html.index('id="glance"')  # the warning comes first
    for text in (
        "WhatsApp Chat with Linda.txt",
        "3 Jan 2024 \u2013 28 Jun 2024",
        "1,246",
        "Linda, You (Josh)",
        "a mirror, not a verdict",
    ):
        assert text in html, text


def test_every_chart_is_drawn_and_plotly_is_inlined_once() -> None:
    html = _sample_html()
    assert plotted(html) == list(CHART_IDS)
    # The library's banner appears once: later charts reuse the first chart's script.
    assert len(re.findall(r"\* plotly\.js v\d", html)) == 1
    for chart_id in CHART_IDS:
        assert f'id="{chart_id}-title"' in html
    config = re.findall(r"\{\"displaylogo\": false[^}]*\}", html)
    assert len(config) == len(CHART_IDS)
    assert all('"displayModeBar": false' in c and '"responsive": true' in c for c in config)


def test_every_chart_has_a_reading_and_a_table_of_numbers() -> None:
    html = _sample_html()
    sections = re.findall(r'<section class="chart".*?</section>', html, flags=re.S)
    assert len(sections) == len(CHART_IDS)
    for section in sections:
        assert '<p class="reading">' in section
        assert "<details>" in section and "<table>" in section and "<caption>" in section
    assert "Linda turned toward 30 of your 38 bids (79%), near the 86% seen in couples" in html
    assert "You turned toward 25 of Linda\u2019s 41 bids (61%), below the 86%" in html


def test_the_answers_chart_stacks_toward_away_against() -> None:
    data, layout = figure(_sample_html(), "chart-answers")
    assert layout["barmode"] == "stack"
    assert [trace["name"] for trace in data] == ["turned toward", "turned away", "turned against"]
    assert [trace["x"] for trace in data] == [[30, 25], [6, 12], [2, 4]]
    assert data[0]["y"] == ["Linda\u2019s answers", "Your answers"]


def test_the_monthly_rate_has_gaps_and_labelled_reference_lines() -> None:
    data, layout = figure(_sample_html(), "chart-monthly-rate")
    linda, josh = data
    assert linda["name"] == "Linda" and josh["name"] == "Josh (you)"
    assert len(josh["x"]) == 6
    assert josh["y"][2] is None  # March: Linda made no bids, so Josh had none to answer
    assert josh["connectgaps"] is False
    assert sorted(shape["y0"] for shape in layout["shapes"]) == [0.33, 0.86]
    assert all(shape["line"]["dash"] == "dash" for shape in layout["shapes"])
    notes = [a["text"] for a in layout["annotations"]]
    assert any(n.startswith("86%") for n in notes) and any(n.startswith("33%") for n in notes)


def test_the_ratio_chart_stands_beside_the_five_to_one_line() -> None:
    data, layout = figure(_sample_html(), "chart-ratio")
    assert data[0]["x"] == [10.4, 3.64]
    assert layout["shapes"][0]["x0"] == 5.0
    assert any("5:1" in a["text"] for a in layout["annotations"])


def test_the_blocks_chart_shows_only_kinds_with_counts_in_plain_words() -> None:
    data, _ = figure(_sample_html(), "chart-blocks")
    kinds = data[0]["y"]
    assert kinds == [
        "unasked-for advice",
        "minimizing",
        "defensiveness",
        "criticism",
        "dismissing",
        "making it about oneself",
    ]
    assert [trace["x"] for trace in data] == [[3, 1, 0, 1, 0, 0], [6, 0, 1, 1, 1, 1]]


def test_person_cards_show_the_numbers_in_plain_words() -> None:
    html = _sample_html()
    cards = re.findall(r'<article class="card.*?</article>', html, flags=re.S)
    assert len(cards) == 2
    linda, josh = cards
    assert "<h3>Linda</h3>" in linda and "<h3>You (Josh)</h3>" in josh
    for text in ("30 toward · 6 away · 2 against", "79%", "10.4:1", "14 min", "58"):
        assert text in linda, text
    assert "sadness (8)" in linda and "Answers to your bids" in linda
    assert "41 min" in josh and "unasked-for advice (6)" in josh


def test_moments_are_quoted_with_the_blocks_marked() -> None:
    html = _sample_html()
    assert "Warmest answers" in html and "Answers that hurt" in html
    assert "11 Feb 2024, 19:02" in html
    assert (
        '<mark title="criticism" data-block="criticism">'
        "You always make such a fuss about everything</mark>"
    ) in html
    assert (
        '<mark title="unasked-for advice" data-block="unasked-for advice">'
        "Just don&#39;t think about it.</mark>"
        '<span class="sr-only"> (unasked-for advice)</span> Honestly '
        '<mark title="minimizing" data-block="minimizing">it&#39;s not a big deal</mark>'
        '<span class="sr-only"> (minimizing)</span>, everyone gets rejected.'
    ) in html
    assert "I&#39;m here &lt;3" in html  # chat text is escaped, even a friendly heart


def test_method_benchmarks_tips_and_skipped_lines() -> None:
    html = _sample_html()
    for text in (
        "6 hours",
        "Driver &amp; Gottman, 2004",
        "5:1 ratio",
        "Do you want me to listen, or to help?",
        "12 lines were left out",
        "Line 877 (unparseable timestamp)",
        "&lt;Media omitted&gt;",
    ):
        assert text in html, text


def test_the_report_is_deterministic() -> None:
    assert render_report(sample()) == _sample_html()


def test_without_me_nobody_is_called_you() -> None:
    summary = sample()
    summary["me"] = None
    html = render_report(summary)
    assert "You (" not in html and "(you)" not in html
    assert "Linda turned toward 30 of Josh\u2019s 38 bids (79%)" in html
    summary["me"] = "Someone else"  # not a participant: ignored
    assert render_report(summary) == html


# --- safety: escaping and no network ---------------------------------------------------

HOSTILE = "<script>alert(1)</script>"


def test_hostile_chat_text_is_escaped_everywhere() -> None:
    summary = sample()
    evil = HOSTILE + '"><img src=x onerror=alert(2)>'
    summary["participants"] = [evil, "Josh"]
    summary["people"][evil] = summary["people"].pop("Linda")
    for month in summary["months"]:
        month["people"][evil] = month["people"].pop("Linda")
    summary["source"] = f"/home/josh/{evil}.txt"
    summary["format"] = evil
    moment = summary["moments"]["hurt"][0]
    moment.update(bidder=evil, bid=evil, answer=evil, answerer="Josh")
    moment["blocks"] = [{"kind": evil, "start": 0, "end": 8, "text": "<script>"}]
    summary["moments"]["warmest"][0]["mechanisms"] = [evil]
    summary["skipped"]["examples"][0]["text"] = evil
    summary["skipped"]["by_reason"] = {evil: 3}
    summary["people"]["Josh"]["partner_emotions"] = [{"label": evil, "count": 1}]
    summary["people"]["Josh"]["blocks"] = {evil: 2}
    html = render_report(summary)
    assert "<script>alert" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<mark title="&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;' in html
    # Inside plotly's JSON the name is HTML-escaped (plotly reads tags in labels) and
    # its `<` is a JSON escape, so the script element cannot be closed early.
    data, _ = figure(html, "chart-monthly-rate")
    assert data[0]["name"].startswith("&lt;script&gt;alert(1)&lt;/script&gt;")
    script_tags = re.findall(r"<script\b[^>]*>", html)
    assert script_tags == ["<script>"] * len(script_tags)
    # Each chart, plotly's config and library, and the print helper: nothing else.
    assert len(script_tags) == len(CHART_IDS) + 3


def test_no_external_resources_are_referenced() -> None:
    # plotly.js carries URLs inside its strings (map tiles, docs); what matters is the
    # markup around the scripts, which is what the browser would fetch from.
    html = re.sub(r"(<script\b[^>]*>).*?(</script>)", r"\1\2", _sample_html(), flags=re.S)
    assert len(html) < 100_000
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", html, flags=re.I)
    assert not re.search(r"<link\b", html, flags=re.I)
    assert not re.search(r"<(img|iframe|embed|object|video|audio|source)\b", html, flags=re.I)
    assert "@import" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, flags=re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, flags=re.I)
    # Defence in depth: the page forbids every fetch.
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("#") for h in hrefs)


# --- edge cases --------------------------------------------------------------------------


def test_a_person_with_no_bids_to_answer_has_no_rate() -> None:
    summary = sample()
    summary["people"]["Linda"]["bids_made"] = 0
    summary["people"]["Josh"].update(
        answers={"toward": 0, "away": 0, "against": 0},
        turning_toward_rate=None,
        empathy_mean=None,
        response_minutes_median=None,
        partner_emotions=[],
    )
    html = render_report(summary)
    assert "Linda made no emotional bids that you could answer" in html
    josh = re.findall(r'<article class="card.*?</article>', html, flags=re.S)[1]
    assert "<dt>Turned toward</dt><dd>—</dd>" in josh
    assert "<dt>Typical time to answer</dt><dd>—</dd>" in josh
    data, _ = figure(html, "chart-answers")
    assert [trace["x"][1] for trace in data] == [0, 0, 0]


def test_no_negative_moments_says_so_instead_of_a_bar() -> None:
    summary = sample()
    summary["people"]["Linda"].update(negative=0, positive_to_negative=None)
    html = render_report(summary)
    assert "Linda\u2019s answers had 52 positive moments and no negative moments at all." in html
    data, layout = figure(html, "chart-ratio")
    assert data[0]["x"][0] is None
    assert "no negative moments" in [a["text"] for a in layout["annotations"]]
    linda = re.findall(r'<article class="card.*?</article>', html, flags=re.S)[0]
    assert "<dd>no negative moments</dd>" in linda


def test_no_months_leaves_the_monthly_charts_out() -> None:
    summary = sample()
    summary["months"] = []
    html = render_report(summary)
    assert plotted(html) == ["chart-answers", "chart-ratio", "chart-blocks"]
    assert html.count("There are no months with answers to show yet.") == 2
    assert len(re.findall(r"\* plotly\.js v\d", html)) == 1


def test_one_month_only() -> None:
    summary = sample()
    summary["months"] = summary["months"][:1]
    html = render_report(summary)
    assert plotted(html) == list(CHART_IDS)
    data, layout = figure(html, "chart-monthly-rate")
    assert data[0]["x"] == ["2024-01-01"] and data[0]["mode"] == "lines+markers"
    assert layout["xaxis"]["dtick"] == "M1"
    assert "Your rate of turning toward was 43% in Jan 2024, the only month" in html


def test_missing_months_in_between_are_gaps_not_zeros() -> None:
    summary = sample()
    del summary["months"][1:5]  # January and June only
    html = render_report(summary)
    data, _ = figure(html, "chart-monthly-empathy")
    assert data[0]["x"][0] == "2024-01-01" and data[0]["x"][-1] == "2024-06-01"
    assert data[0]["y"] == [61.0, None, None, None, None, 62.0]
    assert '<tr><th scope="row">Mar 2024</th><td class="num">—</td>' in html


def test_empty_moments_and_no_blocks() -> None:
    summary = sample()
    summary["moments"] = {"warmest": [], "hurt": []}
    for name in ("Linda", "Josh"):
        summary["people"][name]["blocks"] = {}
    html = render_report(summary)
    assert "No answers were picked out here." in html
    assert "No answers that hurt were picked out." in html
    assert "No blocks to empathy were found" in html
    assert "chart-blocks" not in plotted(html)


def test_an_empty_summary_renders_dashes() -> None:
    html = render_report({})
    assert PRIVACY in html
    assert plotted(html) == [] and "plotly.js v" not in html
    assert "No people were found in this chat." in html
    assert "Nothing was skipped" in html


def test_nulls_and_wrong_types_do_not_crash() -> None:
    summary: dict[str, Any] = {
        "format": None,
        "source": None,
        "messages": "many",
        "skipped": {"total": None, "by_reason": None, "examples": [None, {"line": "x"}]},
        "participants": ["A", None, "B"],
        "me": 3,
        "window_hours": None,
        "period": {"start": "not a date", "end": None},
        "benchmarks": None,
        "people": {
            "A": {key: None for key in person()},
            "B": person(partner_emotions=[{"label": None}, "sad"], blocks={"advice": "x"}),
        },
        "months": [None, {"month": "2024-13"}, {"month": "2024-02", "people": None}],
        "moments": {
            "warmest": [None, {"blocks": [{"kind": "advice", "start": None}]}],
            "hurt": [{"answer": "short", "blocks": [{"kind": "advice", "start": 3, "end": 99}]}],
        },
    }
    html = render_report(summary)
    assert "not a date" in html
    assert 'sho<mark title="unasked-for advice" data-block="unasked-for advice">rt</mark>' in html


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # Out of range, reversed and overlapping spans are clipped, never duplicated.
        ([{"kind": "advice", "start": -5, "end": 3}], "<m>abc</m>defghij"),
        ([{"kind": "advice", "start": 8, "end": 3}], "abcdefghij"),
        (
            [{"kind": "advice", "start": 2, "end": 6}, {"kind": "contempt", "start": 4, "end": 8}],
            "ab<m>cdef</m><m>gh</m>ij",
        ),
        ([{"kind": "advice", "start": 0, "end": 10}], "<m>abcdefghij</m>"),
    ],
)
def test_block_spans_are_sliced_safely(blocks: list[dict[str, Any]], expected: str) -> None:
    summary = {
        "participants": ["A", "B"],
        "moments": {
            "hurt": [{"bidder": "A", "answerer": "B", "answer": "abcdefghij", "blocks": blocks}]
        },
    }
    html = render_report(summary)
    answer = re.search(r'<blockquote class="answer">(.*?)</blockquote>', html, flags=re.S)
    assert answer is not None
    got = re.sub(r"<mark [^>]*>", "<m>", answer[1]).replace("</mark>", "</m>")
    got = re.sub(r'<span class="sr-only">[^<]*</span>', "", got)
    assert got == expected


def test_three_years_render_quickly() -> None:
    summary = sample()
    months = []
    for i in range(36):
        month = copy.deepcopy(summary["months"][i % 6])
        month["month"] = f"{2022 + i // 12}-{i % 12 + 1:02d}"
        months.append(month)
    summary["months"] = months
    render_report(summary)  # plotly's first import and script read are not the render
    start = time.perf_counter()
    html = render_report(summary)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, elapsed
    data, layout = figure(html, "chart-monthly-rate")
    assert len(data[0]["x"]) == 36 and "dtick" not in layout["xaxis"]
