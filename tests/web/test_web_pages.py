"""The pages, driven as a browser without JavaScript would: forms, redirects, downloads."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from empathos.store import Store

REPO = Path(__file__).resolve().parents[2]

EXPORT = REPO / "tests" / "fixtures" / "chats" / "lookback_linda_josh.txt"
PAGES = ("/", "/check", "/practice", "/lookback", "/growth", "/settings", "/settings/delete")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_the_nav(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<html lang="en">' in html and 'name="viewport"' in html
    assert 'href="#main"' in html  # skip link
    for label in ("Check a reply", "Practice", "Look back", "Growth", "Settings"):
        assert label in html
    # No inline script or style anywhere: the CSP forbids them.
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", html)
    assert " style=" not in html and "<style" not in html
    tags = [re.sub(r'"[^"]*"', '""', tag) for tag in re.findall(r"<[^>]+>", html)]
    assert not [tag for tag in tags if re.search(r"\son[a-z]+\s*=", tag)]  # no onclick=...


def test_static_files_are_served(client: TestClient) -> None:
    for name in ("app.css", "check.js", "practice.js"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200, name
    assert client.get("/static/nope.js").status_code == 404


def test_check_form_without_javascript(client: TestClient) -> None:
    from conftest import csrf_of

    token = csrf_of(client)
    response = client.post(
        "/check",
        data={
            "partner": "My boss tore apart my presentation",
            "reply": "It's not a big deal, you should stand up to him.",
            "needs": ["listen"],
            "csrf": token,
        },
    )
    assert response.status_code == 200
    html = response.text
    assert "Your partner" in html and "Your reply" in html
    assert "It&#39;s not a big deal" in html or "It's not a big deal" in html
    # The checkbox stays ticked and the texts stay in their boxes.
    assert 'value="listen" checked' in html


def test_blocked_words_are_marked_with_their_reason(client: TestClient) -> None:
    from empathos.web._words import record_view

    record = {
        "partner": {"emotions": [], "seeks": "empathy", "risk": None},
        "reply": {
            "empathy": {"emotional_reactions": 0, "interpretations": 0, "explorations": 0},
            "strategy": {"label": "providing_suggestions", "scores": {}},
            "mechanisms": [],
            "blocks": [{"kind": "advice", "text": "You should", "start": 0, "end": 10}],
            "score": 12,
            "empathic": False,
        },
        "feedback": [],
        "suggestion": "That sounds humiliating.",
    }
    view = record_view(record, "You should stand up to him.")
    blocked = [s for s in view["reply"]["segments"] if s["kind"]]
    assert blocked == [{"text": "You should", "kind": "advice", "why": blocked[0]["why"]}]
    assert "Advice" in blocked[0]["why"]
    assert "".join(s["text"] for s in view["reply"]["segments"]) == "You should stand up to him."


def test_safety_notice_comes_first(client: TestClient) -> None:
    from empathos.web._words import record_view

    record = {
        "partner": {
            "emotions": [],
            "seeks": "empathy",
            "risk": {"kind": "self_harm", "text": "end it"},
        },
        "reply": None,
        "feedback": [],
        "suggestion": None,
    }
    view = record_view(record, None)
    assert view["risk"] and "988" in view["risk"]["help"]


def test_the_page_names_the_feeling_without_javascript(client: TestClient) -> None:
    from conftest import csrf_of

    response = client.post(
        "/check",
        data={
            "partner": "My boss tore apart my presentation in front of everyone",
            "reply": "You should stand up to him.",
            "csrf": csrf_of(client),
        },
    )
    assert response.status_code == 200
    assert "They likely feel <strong>humiliated</strong>" in response.text


def test_keep_from_the_form(client: TestClient, web_store: Store) -> None:
    from conftest import csrf_of

    response = client.post(
        "/check/keep",
        data={"partner": "I'm worried", "reply": "Tell me more?", "csrf": csrf_of(client)},
    )
    assert response.status_code == 200
    assert "Kept (analysis" in response.text
    me = web_store.local_user().id
    assert [a.partner for a in web_store.list_analyses(me)] == ["I'm worried"]


def test_forms_need_the_token(client: TestClient, web_store: Store) -> None:
    response = client.post("/check/keep", data={"partner": "hi", "reply": "hey"})
    assert response.status_code == 403
    assert "reload the page" in response.text
    response = client.post("/check/keep", data={"partner": "hi", "csrf": "forged"})
    assert response.status_code == 403
    assert web_store.list_analyses(web_store.local_user().id) == []


# --- practice ------------------------------------------------------------------------


def test_practice_exchange_to_the_debrief(client: TestClient, web_store: Store) -> None:
    from conftest import csrf_of

    listing = client.get("/practice").text
    assert listing.count('name="scenario"') == 44
    token = csrf_of(client, "/practice")
    started = client.post(
        "/practice", data={"scenario": "work-presentation", "csrf": token}, follow_redirects=False
    )
    assert started.status_code == 303
    room = started.headers["location"]
    assert re.fullmatch(r"/practice/[A-Za-z0-9_-]{16,64}", room)
    page = client.get(room).text
    assert "Torn apart in the meeting" in page and "Priya" in page
    hint = client.get(room + "?hint=1").text
    assert "Hint" in hint and "For example" in hint
    replied = client.post(
        room + "/reply",
        data={"reply": "That sounds humiliating. What did he say?", "csrf": token},
        follow_redirects=False,
    )
    assert replied.status_code == 303 and replied.headers["location"].endswith("#latest")
    page = client.get(room).text
    assert "That sounds humiliating. What did he say?" in page and "Felt heard" in page
    empty = client.post(room + "/reply", data={"reply": "  ", "csrf": token})
    assert empty.status_code == 422 and "empty" in empty.text
    ended = client.post(room + "/end", data={"csrf": token})
    assert ended.status_code == 200
    assert "Debrief" in ended.text and "<svg" in ended.text and 'role="img"' in ended.text
    me = web_store.local_user().id
    [stored] = web_store.practice_sessions(me)
    assert stored.scenario_id == "work-presentation" and stored.outcome == "quit"
    assert len(stored.turns) == 1
    # The conversation is over: another reply is refused.
    again = client.post(room + "/reply", data={"reply": "Hello?", "csrf": token})
    assert again.status_code == 422


def test_unknown_scenario_and_room(client: TestClient) -> None:
    from conftest import csrf_of

    token = csrf_of(client, "/practice")
    response = client.post("/practice", data={"scenario": "no-such-thing", "csrf": token})
    assert response.status_code == 422 and "no scenario" in response.text
    assert client.get("/practice/" + "A" * 24).status_code == 404
    assert client.get("/practice/short").status_code == 404


# --- look back -----------------------------------------------------------------------


def _upload(client: TestClient, name: str, content: bytes) -> object:
    from conftest import csrf_of

    return client.post(
        "/lookback",
        data={"me": "Josh", "csrf": csrf_of(client, "/lookback")},
        files={"export": (name, content, "text/plain")},
        follow_redirects=False,
    )


def test_upload_a_chat_and_read_its_report(client: TestClient, tmp_path: Path) -> None:
    response = _upload(client, EXPORT.name, EXPORT.read_bytes())
    assert response.status_code == 303  # type: ignore[attr-defined]
    location = response.headers["location"]  # type: ignore[attr-defined]
    view = client.get(location).text
    assert '<iframe class="report"' in view and 'sandbox="allow-scripts"' in view
    assert "Not kept" in view

    report = client.get(location + "/report")
    assert report.status_code == 200
    csp = report.headers["content-security-policy"]
    assert "sandbox allow-scripts" in csp and "frame-ancestors 'self'" in csp
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", report.text, re.DOTALL)
    assert scripts
    for body in scripts:  # every inline script of the report is allowed by its hash
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert report.headers["x-frame-options"] == "SAMEORIGIN"
    assert "Linda" in report.text

    download = client.get(location + "/report?download=1")
    assert download.headers["content-disposition"].startswith("attachment;")


def test_keep_and_delete_a_report(client: TestClient, web_config: object) -> None:
    from conftest import csrf_of

    location = _upload(client, EXPORT.name, EXPORT.read_bytes()).headers["location"]  # type: ignore[attr-defined]
    token = csrf_of(client, "/lookback")
    kept = client.post(location + "/keep", data={"csrf": token})
    assert kept.status_code == 200 and "Kept" in kept.text
    listing = client.get("/lookback").text
    assert location in listing
    files = list(web_config.reports_dir.rglob("*.html"))  # type: ignore[attr-defined]
    assert len(files) == 1
    gone = client.post(location + "/delete", data={"csrf": token})
    assert gone.status_code == 200
    assert client.get(location).status_code == 404
    assert client.get(location + "/report").status_code == 404
    assert not list(web_config.reports_dir.rglob("*.html"))  # type: ignore[attr-defined]


def test_unknown_export_format_is_a_friendly_page(client: TestClient) -> None:
    response = _upload(client, "notes.txt", b"Dear diary, nothing like a chat here.\n")
    assert response.status_code == 422  # type: ignore[attr-defined]
    text = response.text  # type: ignore[attr-defined]
    assert "could not be read" in text and "not a chat export" in text
    assert 'type="file"' in text  # the form is right there to try again


def test_empty_upload(client: TestClient) -> None:
    response = _upload(client, "empty.txt", b"")
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert "empty" in response.text  # type: ignore[attr-defined]


# --- growth and settings -------------------------------------------------------------


def test_growth_shows_skills_sessions_and_checkins(client: TestClient, web_store: Store) -> None:
    from datetime import UTC, datetime, timedelta

    me = web_store.local_user().id
    now = datetime.now(UTC)
    for days, value in ((14, 0.2), (7, 0.5), (0, 0.9)):
        web_store.record_skill(me, "validation", value, "assessment", at=now - timedelta(days=days))
    web_store.add_checkin(me, "What made you feel close today?", "Our walk", mood=4)
    html = client.get("/growth").text
    assert "Validation" in html and "90%" in html
    assert "Our walk" in html and "4/5" in html
    assert "Streak: 1 day" in html
    assert "<svg" in html


def test_growth_when_empty(client: TestClient) -> None:
    html = client.get("/growth").text
    assert "Nothing here yet" in html and "Streak: 0 days" in html


def test_export_all_my_data(client: TestClient) -> None:
    client.post("/api/analyses", json={"partner": "I miss you", "reply": "I miss you too"})
    response = client.get("/settings/export?format=json")
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith('attachment; filename="empathos-')
    data = json.loads(response.text)
    assert data["format"] == "empathos-export/1"
    assert [a["partner"] for a in data["analyses"]] == ["I miss you"]
    assert data["lookback_reports"] == []


def test_unknown_export_format(client: TestClient) -> None:
    response = client.get("/settings/export?format=xml")
    assert response.status_code == 400
    assert "text/html" in response.headers["content-type"]
    assert "no &#39;xml&#39; export" in response.text and "json" in response.text


def test_delete_all_my_data_needs_confirming(client: TestClient, web_store: Store) -> None:
    from conftest import csrf_of

    client.post("/api/analyses", json={"partner": "I miss you", "reply": "Me too"})
    token = csrf_of(client, "/settings/delete")
    refused = client.post("/settings/delete", data={"confirm": "yes", "csrf": token})
    assert refused.status_code == 422 and "nothing was deleted" in refused.text
    assert len(web_store.list_analyses(web_store.local_user().id)) == 1
    done = client.post("/settings/delete", data={"confirm": "delete", "csrf": token})
    assert done.status_code == 200 and "Everything was deleted" in done.text
    assert web_store.list_analyses(web_store.local_user().id) == []
    assert json.loads(client.get("/settings/export").text)["analyses"] == []
