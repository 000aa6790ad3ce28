"""The look-back report in a real browser: every chart draws, nothing goes online.

Drives Debian's chromium (/usr/bin/chromium) through Playwright; no browser download.
Skipped when chromium is missing, unless EMPATHOS_REQUIRE_BROWSER=1 (CI sets it), in
which case a missing browser fails the run. Full-page screenshots at desktop and phone
widths land in test-artifacts/ at the repository root, for people to look at.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from empathos.chats.report import render_report

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
SAMPLE = REPO / "tests" / "fixtures" / "chats" / "summary_sample.json"
CHART_IDS = (
    "chart-answers",
    "chart-monthly-rate",
    "chart-ratio",
    "chart-blocks",
    "chart-monthly-empathy",
)
HOSTILE = "<script>alert('pwned')</script><img src=x onerror=alert(2)>"




class Page:
    """A page that refuses every request outside file:// and data:, and records problems."""

    def __init__(self, browser: Any, width: int, height: int = 900) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, device_scale_factor=1
        )
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("request", self._request)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on("dialog", self._dialog)

    @staticmethod
    def _local(url: str) -> bool:
        return url.startswith(("file://", "data:", "about:"))

    def _route(self, route: Any) -> None:
        if self._local(route.request.url):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _request(self, request: Any) -> None:
        if not self._local(request.url):
            self.outside.append(request.url)

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"console {message.type}: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: Path) -> Any:
        self.page.goto(path.as_uri(), wait_until="load")
        return self.page

    def wait_for_charts(self, chart_ids: tuple[str, ...] = CHART_IDS) -> None:
        self.page.wait_for_function(
            "ids => ids.every(id => document.querySelector('#' + id + ' .main-svg'))",
            arg=list(chart_ids),
        )

    def close(self) -> None:
        self.context.close()


def _write(tmp_path: Path, summary: dict[str, Any]) -> Path:
    path = tmp_path / "report.html"
    path.write_text(render_report(summary), encoding="utf-8")
    return path


def _sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return data


def _chart_facts(page: Any, chart_id: str) -> dict[str, Any]:
    facts: dict[str, Any] = page.evaluate(
        """id => {
            const div = document.getElementById(id);
            const svg = div && div.querySelector('.main-svg');
            const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
            const scroll = div ? div.closest('.plot') : null;
            return {
                plotted: !!(div && div.classList.contains('js-plotly-plot')),
                width: box.width,
                height: box.height,
                bars: div ? div.querySelectorAll('.bars .point path').length : 0,
                traces: div ? div.querySelectorAll('.scatterlayer .trace').length : 0,
                segments: div ? div.querySelectorAll('.scatterlayer .trace .js-line').length : 0,
                markers: div ? div.querySelectorAll('.scatterlayer .trace .point').length : 0,
                legend: div ? Array.from(div.querySelectorAll('.legendtext'),
                                         e => e.textContent) : [],
                annotations: div ? Array.from(div.querySelectorAll('.annotation-text'),
                                              e => e.textContent) : [],
                overflows: scroll ? scroll.scrollWidth > scroll.clientWidth + 1 : false,
            };
        }""",
        chart_id,
    )
    return facts


def test_report_renders_every_chart_offline(browser: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, _sample())
    ARTIFACTS.mkdir(exist_ok=True)
    for width, name in ((1200, "report-1200.png"), (390, "report-390.png")):
        view = Page(browser, width)
        try:
            page = view.open(path)
            view.wait_for_charts()
            facts = {chart_id: _chart_facts(page, chart_id) for chart_id in CHART_IDS}
            for chart_id, fact in facts.items():
                assert fact["plotted"], (width, chart_id)
                assert fact["width"] > 200 and fact["height"] > 100, (width, chart_id, fact)
                assert fact["width"] <= width, (width, chart_id, fact)
            # (1) three stacked kinds for two people; the sample has no zero segment.
            assert facts["chart-answers"]["bars"] == 6
            assert set(facts["chart-answers"]["legend"]) == {
                "turned toward",
                "turned away",
                "turned against",
            }
            # (2) and (5): one line per person, the 86% and 33% references labelled.
            for chart_id in ("chart-monthly-rate", "chart-monthly-empathy"):
                assert facts[chart_id]["traces"] == 2, facts[chart_id]
                # Josh's gap in March splits his line: a gap, not a drop to zero.
                assert facts[chart_id]["segments"] == 3, facts[chart_id]
                assert facts[chart_id]["markers"] >= 10, facts[chart_id]
                assert facts[chart_id]["legend"] == ["Linda", "Josh (you)"]
            notes = " ".join(facts["chart-monthly-rate"]["annotations"])
            assert "86%" in notes and "33%" in notes
            # (3) one bar per person beside the 5:1 guide.
            assert facts["chart-ratio"]["bars"] == 2
            assert any("5:1" in a for a in facts["chart-ratio"]["annotations"])
            # (4) one bar per person and kind with a count (zeros draw as empty bars).
            assert facts["chart-blocks"]["bars"] >= 8
            # The page fits the viewport: nothing scrolls sideways on a phone.
            assert page.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth + 1"
            ), width
            page.screenshot(path=str(ARTIFACTS / name), full_page=True)
            assert view.outside == [], view.outside
            assert view.errors == [], view.errors
            assert view.dialogs == []
        finally:
            view.close()


def test_hostile_chat_text_stays_text_in_the_browser(browser: Any, tmp_path: Path) -> None:
    summary = _sample()
    summary["participants"] = [HOSTILE, "Josh"]
    summary["people"][HOSTILE] = summary["people"].pop("Linda")
    for month in summary["months"]:
        month["people"][HOSTILE] = month["people"].pop("Linda")
    moment = summary["moments"]["hurt"][0]
    moment["bidder"], moment["bid"] = HOSTILE, HOSTILE
    moment["answer"] = HOSTILE
    moment["blocks"] = [{"kind": "criticism", "start": 0, "end": 10, "text": HOSTILE[:10]}]
    path = _write(tmp_path, summary)
    view = Page(browser, 1000)
    try:
        page = view.open(path)
        view.wait_for_charts()
        assert view.dialogs == []
        assert page.evaluate("() => document.querySelectorAll('img').length") == 0
        # The name reads literally in the headings, cards and the chart legends.
        assert HOSTILE in page.inner_text("body")
        legend = _chart_facts(page, "chart-monthly-rate")["legend"]
        assert legend[0] == HOSTILE
        mark = page.locator(".moment.hurt mark").first
        assert mark.inner_text() == HOSTILE[:10]
        assert view.outside == [], view.outside
        assert view.errors == [], view.errors
    finally:
        view.close()


def test_printing_opens_the_tables_and_fits_the_charts_to_paper(
    browser: Any, tmp_path: Path
) -> None:
    path = _write(tmp_path, _sample())
    view = Page(browser, 1200)
    try:
        page = view.open(path)
        view.wait_for_charts()
        widths = (
            "() => Array.from(document.querySelectorAll('.js-plotly-plot'),"
            " d => d._fullLayout.width)"
        )
        assert min(page.evaluate(widths)) > 700
        assert page.evaluate("() => document.querySelectorAll('details[open]').length") == 0
        page.emulate_media(media="print")
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        assert page.evaluate("() => document.querySelectorAll('details:not([open])').length") == 0
        assert max(page.evaluate(widths)) <= 660
        assert page.locator("nav").is_hidden()
        page.emulate_media(media="screen")
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
            ".every(d => d._fullLayout.width > 700)"
        )
        assert view.outside == [] and view.errors == [], (view.outside, view.errors)
    finally:
        view.close()


def test_report_from_the_command_renders_its_charts(
    browser: Any, tmp_path: Path, cli_pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: a WhatsApp export through `empathos chats analyze --report`, then the browser."""
    from typer.testing import CliRunner

    from empathos.cli.main import app

    monkeypatch.setattr("empathos.cli.chats.get_lookback_models", lambda: None)
    export = REPO / "tests" / "fixtures" / "chats" / "lookback_linda_josh.txt"
    path = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["chats", "analyze", str(export), "--report", str(path)])
    assert result.exit_code == 0, result.output
    view = Page(browser, 1200)
    try:
        page = view.open(path)
        view.wait_for_charts()
        for chart_id in CHART_IDS:
            fact = _chart_facts(page, chart_id)
            assert fact["plotted"] and fact["width"] > 200 and fact["height"] > 100, chart_id
        assert _chart_facts(page, "chart-answers")["bars"] >= 2
        assert _chart_facts(page, "chart-monthly-rate")["markers"] >= 2
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report-from-cli.png"), full_page=True)
        assert view.outside == [] and view.errors == []
    finally:
        view.close()
