"""The web app in a real browser: live analysis, practice, look back, export and delete.

The app runs under uvicorn in a background thread with the fake engine, on a free port
of 127.0.0.1. Chromium (/usr/bin/chromium, through Playwright; no browser download)
may reach that server only: every other request is refused and recorded. Skipped when
chromium is missing, unless EMPATHOS_REQUIRE_BROWSER=1 (CI sets it). Screenshots of
each page at desktop and phone width land in test-artifacts/ for people to look at.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from empathos.core.pipeline import Pipeline
from empathos.store import Store, open_store
from empathos.web import WebConfig, create_app

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
EXPORT = REPO / "tests" / "fixtures" / "chats" / "lookback_linda_josh.txt"
WIDTHS = ((1200, "desktop"), (390, "phone"))




def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def _serving(app: Any) -> Iterator[str]:
    """`app` under uvicorn in a thread on a free port of 127.0.0.1; yields its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start within 10 s")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def server(fake_pipeline: Pipeline, tmp_path: Path) -> Iterator[tuple[str, Store]]:
    """The app in local mode; yields its base URL and its store."""
    store = open_store(f"sqlite:///{tmp_path / 'browser.db'}")
    app = create_app(
        fake_pipeline, store, lookback_models=None, config=WebConfig(reports_dir=tmp_path)
    )
    try:
        with _serving(app) as base:
            yield base, store
    finally:
        store.close()


class View:
    """A browser page that may reach only the app, and records console and CSP problems."""

    def __init__(self, browser: Any, base: str, width: int, height: int = 900) -> None:
        self.base = base
        self.context = browser.new_context(
            viewport={"width": width, "height": height},
            device_scale_factor=1,
            accept_downloads=True,
        )
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith((self.base + "/", "data:", "about:", "blob:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"console {message.type}: {message.text}")

    def go(self, path: str) -> Any:
        self.page.goto(self.base + path, wait_until="load")
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True)

    def fits(self) -> bool:
        return bool(
            self.page.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth + 1"
            )
        )

    def clean(self) -> None:
        assert self.outside == [], self.outside
        assert self.errors == [], self.errors

    def close(self) -> None:
        self.context.close()


def test_check_a_reply_live_and_use_the_suggestion(browser: Any, server: tuple[str, Store]) -> None:
    base, _ = server
    for width, label in WIDTHS:
        view = View(browser, base, width)
        try:
            page = view.go("/check")
            page.fill("#partner", "My boss tore apart my presentation in front of everyone")
            page.locator("#reply").press_sequentially("You should stand up to him.", delay=5)
            page.wait_for_selector("#result .card h2:text('Your reply')")
            # Live: nothing was submitted; the page asked the JSON API.
            assert page.url == base + "/check"
            assert page.locator("#result").inner_text().count("Your partner") == 1
            if page.locator("[data-use]").count():
                page.click("[data-use]")
                suggestion = page.locator("#suggestion-text").first
                page.wait_for_function(
                    "() => document.getElementById('status').textContent === 'Updated.'"
                )
                assert page.input_value("#reply") != "You should stand up to him."
                assert page.evaluate("() => document.activeElement.id") == "reply"
                del suggestion
            assert view.fits(), width
            view.shot(f"web-check-{label}.png")
            view.clean()
        finally:
            view.close()


def test_blocked_words_show_their_reason_on_focus(browser: Any, server: tuple[str, Store]) -> None:
    base, _ = server
    view = View(browser, base, 1200)
    try:
        page = view.go("/check")
        # The page's own renderer draws a record with a block and a risk, as the API
        # would return it (the fake engine finds blocks only by chance).
        page.route(
            "**/api/analyze",
            lambda route: route.fulfill(
                status=200,
                content_type="application/json",
                body=json.dumps(_record_with_block()),
            ),
        )
        page.fill("#partner", "I feel awful")
        page.locator("#reply").press_sequentially("It's not a big deal.", delay=5)
        page.wait_for_selector("#result .safety")
        mark = page.locator("mark.block").first
        mark.wait_for()
        assert mark.inner_text().startswith("It's not a big deal")
        why = mark.locator(".why")
        assert not why.is_visible()
        mark.focus()  # a tabindex=0 element: reached by Tab as well
        assert why.is_visible() and "Minimizing" in why.inner_text()
        assert mark.get_attribute("aria-describedby") == why.get_attribute("id")
        # Also said in words, not only by colour.
        assert "minimizing" in page.locator("#result ul.blocks").inner_text()
        assert "Safety first" in page.locator("#result").inner_text()
        assert (
            page.locator("#result .safety").bounding_box()["y"]
            < (page.locator("#result .card").first.bounding_box()["y"])
        )
        view.shot("web-check-blocks-desktop.png")
        view.clean()
    finally:
        view.close()


def _record_with_block() -> dict[str, Any]:
    return {
        "id": None,
        "partner": {
            "emotions": [{"label": "sadness", "score": 0.8}],
            "seeks": "empathy",
            "risk": {"kind": "self_harm", "text": "I feel awful"},
        },
        "reply": {
            "empathy": {"emotional_reactions": 0, "interpretations": 1, "explorations": 0},
            "strategy": {"label": "affirmation_and_reassurance", "scores": {}},
            "mechanisms": [],
            "blocks": [
                {"kind": "minimizing", "text": "It's not a big deal", "start": 0, "end": 19}
            ],
            "score": 18,
            "empathic": False,
        },
        "feedback": [{"skill": "validation", "message": "Say their feeling makes sense."}],
        "suggestion": "That sounds really hard. I'm here.",
    }


def test_practice_to_the_debrief(browser: Any, server: tuple[str, Store]) -> None:
    base, store = server
    for width, label in WIDTHS:
        view = View(browser, base, width)
        try:
            page = view.go("/practice")
            assert view.fits(), width
            view.shot(f"web-practice-list-{label}.png")
            page.click("button[aria-label='Start: Torn apart in the meeting']")
            page.wait_for_selector("textarea#say")
            page.fill("#say", "That sounds humiliating. What did he say?")
            page.keyboard.press("Control+Enter")
            page.wait_for_selector("li.note")
            # The reply box has the cursor again, ready for the next reply.
            page.wait_for_function("() => document.activeElement.id === 'say'", timeout=5000)
            page.fill("#say", "Of course you're hurt. I'm here.")
            page.click("form.say button[type=submit]")
            page.wait_for_function("() => document.querySelectorAll('li.note').length === 2")
            assert view.fits(), width
            view.shot(f"web-practice-chat-{label}.png")
            if page.locator("form.end button").count():  # the partner may have closed already
                page.click("form.end button")
            page.wait_for_selector("#debrief svg.chart")
            assert "Debrief" in page.inner_text("#debrief")
            assert view.fits(), width
            view.shot(f"web-practice-debrief-{label}.png")
            view.clean()
        finally:
            view.close()
    sessions = store.practice_sessions(store.local_user().id)
    assert len(sessions) == 2 and all(s.finished_at for s in sessions)


def test_look_back_upload_report_keep_and_delete(browser: Any, server: tuple[str, Store]) -> None:
    base, _ = server
    for width, label in WIDTHS:
        view = View(browser, base, width)
        try:
            page = view.go("/lookback")
            view.shot(f"web-lookback-{label}.png")
            page.set_input_files("#export", str(EXPORT))
            page.fill("#me", "Josh")
            page.click("form.upload button[type=submit]")
            page.wait_for_selector("iframe.report")
            frame = page.frame_locator("iframe.report")
            # The report's plotly charts draw inside the sandbox: their scripts are
            # allowed by hash, nothing else runs or loads.
            frame.locator("#chart-answers .main-svg").first.wait_for(timeout=20_000)
            frame.locator("#chart-monthly-rate .main-svg").first.wait_for()
            assert view.fits(), width
            page.wait_for_timeout(300)
            view.shot(f"web-lookback-report-{label}.png")
            page.click("text=Keep it")
            page.wait_for_selector("text=Kept")
            page.click("button.danger:text('Delete it')")
            page.wait_for_url(base + "/lookback?deleted=1")
            view.clean()
        finally:
            view.close()


def test_growth_export_and_delete_everything(
    browser: Any, server: tuple[str, Store], tmp_path: Path
) -> None:
    base, store = server
    me = store.local_user().id
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    for days, value in ((21, 0.3), (14, 0.4), (7, 0.6), (0, 0.8)):
        store.record_skill(me, "validation", value, "assessment", at=now - timedelta(days=days))
        store.record_skill(me, "curiosity", value / 2, "assessment", at=now - timedelta(days=days))
    store.add_checkin(me, "What made you feel close today?", "Our walk by the river", mood=4)
    for width, label in WIDTHS:
        view = View(browser, base, width)
        try:
            page = view.go("/growth")
            assert page.locator("svg.chart").count() == 2
            assert "Our walk by the river" in page.inner_text("main")
            assert view.fits(), width
            view.shot(f"web-growth-{label}.png")
            page = view.go("/settings")
            assert view.fits(), width
            view.shot(f"web-settings-{label}.png")
            view.clean()
        finally:
            view.close()

    view = View(browser, base, 390)
    try:
        page = view.go("/settings")
        with page.expect_download() as download:
            page.click("a.button:text('Export all my data')")
        saved = tmp_path / "export.json"
        download.value.save_as(saved)
        data = json.loads(saved.read_text(encoding="utf-8"))
        assert data["format"] == "empathos-export/1" and len(data["skill_events"]) == 8
        page.click("a.button.danger")
        page.wait_for_selector("#confirm")
        page.fill("#confirm", "nope")
        page.click("button.danger")
        page.wait_for_selector("text=nothing was deleted")
        view.shot("web-delete-refused-phone.png")
        # The refusal is a 422 page, which the console reports; nothing else may.
        assert [e for e in view.errors if "422" not in e] == []
        view.errors.clear()
        page.fill("#confirm", "delete")
        page.click("button.danger")
        page.wait_for_selector("text=Everything was deleted")
        view.shot("web-deleted-phone.png")
        view.clean()
    finally:
        view.close()
    assert store.skill_history(store.local_user().id) == []


def test_keyboard_only_reaches_everything(browser: Any, server: tuple[str, Store]) -> None:
    base, _ = server
    view = View(browser, base, 1200)
    try:
        page = view.go("/check")
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.textContent") == "Skip to the content"
        assert page.locator("a.skip").is_visible()
        seen = []
        for _ in range(20):
            page.keyboard.press("Tab")
            seen.append(
                page.evaluate(
                    "() => document.activeElement.id || document.activeElement.textContent"
                )
            )
        assert "partner" in seen and "reply" in seen and "Check" in seen
        outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"
        view.clean()
    finally:
        view.close()


# --- server mode: two people, two browsers ------------------------------------------


@pytest.fixture
def multi_server(fake_pipeline: Pipeline, tmp_path: Path) -> Iterator[str]:
    """The app in server mode; yields its base URL."""
    from conftest import fast_hasher

    store = open_store(f"sqlite:///{tmp_path / 'multi.db'}")
    config = WebConfig(reports_dir=tmp_path, multi_user=True, password_hasher=fast_hasher())
    app = create_app(fake_pipeline, store, lookback_models=None, config=config)
    try:
        with _serving(app) as base:
            yield base
    finally:
        store.close()


def _sign_up(view: View, name: str, email: str) -> Any:
    page = view.go("/growth")
    assert page.url.startswith(view.base + "/signin")  # nothing shows before sign-in
    page.click("a[href='/signup']")
    page.fill("#name", name)
    page.fill("#email", email)
    page.fill("#password", "correct horse battery")
    page.click("button:text('Create my account')")
    page.wait_for_url(view.base + "/check")
    assert f"Signed in as {name}" in page.locator("header").inner_text()
    return page


def test_two_partners_link_check_in_and_rate(browser: Any, multi_server: str) -> None:
    ann = View(browser, multi_server, 1200)
    bob = View(browser, multi_server, 390)
    try:
        page = ann.go("/signin")
        ann.shot("web-signin-desktop.png")
        page.fill("#email", "ann@example.org")
        page.fill("#password", "not the password")
        page.click("button:text('Sign in')")
        assert "do not match an account" in page.locator("[role=alert]").inner_text()
        ann.shot("web-signin-wrong-desktop.png")
        # The page's 401 is the browser's only complaint.
        assert all("401" in e for e in ann.errors), ann.errors
        ann.errors.clear()

        a = _sign_up(ann, "Ann", "ann@example.org")
        b = _sign_up(bob, "Bob", "bob@example.org")

        a.click("nav a[href='/partner']")
        a.click("button:text('Make an invite code')")
        code = a.input_value("#invite-code")
        a.click("[data-copy]")
        a.wait_for_function("() => document.getElementById('copy-status').textContent !== ''")
        ann.shot("web-partner-invite-desktop.png")

        bob.go("/partner")
        b.fill("#code", code)
        b.click("button:text('Join')")
        assert "You are linked with Ann" in b.locator("main").inner_text()

        ann.go("/growth")
        a.fill("#answer", "I loved cooking with you tonight")
        a.select_option("#mood", "5")
        a.click("button:text('Keep my check-in')")
        a.wait_for_selector("table.checkins td:text('I loved cooking with you tonight')")

        bob.go("/partner")
        card = b.locator("li.card", has_text="I loved cooking with you tonight")
        card.locator("input[name=value][value='4']").check()
        card.locator("button:text('Save')").click()
        b.wait_for_selector("legend:text('(you said 4)')")
        assert bob.fits()
        bob.shot("web-partner-rate-phone.png")

        ann.go("/growth")
        heard = a.locator("section.ground-truth").inner_text()
        assert "Average 4.0 out of 5" in heard and "ground truth" in heard
        assert "4/5" in a.locator("table.checkins").inner_text()
        ann.shot("web-partner-growth-desktop.png")

        a.click("button:text('Sign out')")
        a.wait_for_url(ann.base + "/signin")
        ann.go("/growth")
        assert a.url.startswith(ann.base + "/signin")
        ann.clean()
        bob.clean()
    finally:
        ann.close()
        bob.close()
