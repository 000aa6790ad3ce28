"""Server mode keeps each person's data theirs: every route, tried by someone else.

ROUTES has one entry for every (method, path) the app serves. Each entry says how B
(signed in, in no couple with A) asks that route for A's things: A's practice room,
look-back report, kept analysis, check-in (as a rating target), export. The test
expects B's answer to have the listed status and no trace of A's data; afterwards A
still has everything. A route added without an entry fails test_every_route_has_an_entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import BASE, csrf_of, sign_up
from fastapi.testclient import TestClient
from starlette.routing import Mount

REPO = Path(__file__).resolve().parents[2]
EXPORT = REPO / "tests" / "fixtures" / "chats" / "lookback_linda_josh.txt"
A_ANALYSIS = "ALPHA-SECRET my boss tore my work apart"
A_CHECKIN = "ALPHA-SECRET I felt alone on Sunday"
C_CHECKIN = "CHARLIE-SECRET I loved our walk"
DENIED = {403, 404}  # someone else's thing: refused, or as if it did not exist


@dataclass(frozen=True)
class Probe:
    """How B asks one route for A's things. `{name}` in the path, form or query is
    filled from A's ids (room, report, analysis, checkin)."""

    expect: frozenset[int]
    form: dict[str, str] = field(default_factory=dict)
    json: dict[str, Any] | None = None
    query: dict[str, str] = field(default_factory=dict)
    upload: bool = False
    public: bool = False  # answers without anyone signed in (nobody's data)
    last: bool = False  # ends B's session: run after the others


def _ok(*codes: int) -> frozenset[int]:
    return frozenset(codes)


OWN = _ok(200)  # B's own page or action, followed through its redirect
ROUTES: dict[tuple[str, str], Probe] = {
    ("GET", "/"): Probe(OWN),
    ("GET", "/check"): Probe(OWN, query={"kept": "{analysis}"}),
    ("POST", "/check"): Probe(OWN, form={"partner": "I had a long day"}),
    ("POST", "/check/keep"): Probe(OWN, form={"partner": "I had a long day"}),
    ("POST", "/api/analyze"): Probe(OWN, json={"partner": "I had a long day"}),
    ("POST", "/api/analyses"): Probe(_ok(201), json={"partner": "I had a long day"}),
    ("GET", "/api/analyses"): Probe(OWN),
    ("GET", "/healthz"): Probe(OWN, public=True),
    ("GET", "/docs"): Probe(OWN, public=True),
    ("GET", "/openapi.json"): Probe(OWN, public=True),
    ("GET", "/practice"): Probe(OWN),
    ("POST", "/practice"): Probe(OWN, form={"scenario": "work-presentation"}),
    ("GET", "/practice/{room_id}"): Probe(DENIED),
    ("POST", "/practice/{room_id}/reply"): Probe(DENIED, form={"reply": "That sounds hard"}),
    ("POST", "/practice/{room_id}/end"): Probe(DENIED),
    ("GET", "/lookback"): Probe(OWN),
    ("POST", "/lookback"): Probe(_ok(422), upload=True),
    ("GET", "/lookback/{report_id}"): Probe(DENIED),
    ("GET", "/lookback/{report_id}/report"): Probe(DENIED),
    ("POST", "/lookback/{report_id}/keep"): Probe(DENIED),
    ("POST", "/lookback/{report_id}/delete"): Probe(DENIED),
    ("GET", "/growth"): Probe(OWN),
    ("POST", "/growth/checkin"): Probe(OWN, form={"answer": "fine", "mood": "3"}),
    ("GET", "/settings"): Probe(OWN),
    ("GET", "/settings/export"): Probe(OWN),
    ("GET", "/settings/delete"): Probe(OWN),
    ("POST", "/settings/delete"): Probe(_ok(422), form={"confirm": "no"}),
    ("GET", "/partner"): Probe(OWN),
    ("POST", "/partner/invite"): Probe(OWN),
    ("POST", "/partner/join"): Probe(_ok(404), form={"code": "ABCDE-FGH23"}),
    ("POST", "/partner/leave"): Probe(OWN),
    ("POST", "/partner/rate"): Probe(DENIED, form={"checkin": "{checkin}", "value": "5"}),
    ("GET", "/signin"): Probe(OWN, public=True),
    ("POST", "/signin"): Probe(_ok(401), form={"email": "a@example.org", "password": "guess" * 3}),
    ("GET", "/signup"): Probe(OWN, public=True),
    ("POST", "/signup"): Probe(
        _ok(422), form={"name": "A", "email": "a@example.org", "password": "a long password"}
    ),
    ("POST", "/signout"): Probe(OWN, last=True),
    ("GET", "/static"): Probe(OWN, public=True),
}
FORM_PAGES = {"/signin": "/signin", "/signup": "/signup"}  # their own token, before sign-in


def served_routes(app: Any) -> set[tuple[str, str]]:
    """Every (method, path) of app.routes, into included routers (FastAPI >= 0.165 keeps
    those as one entry each, with the router's own routes inside)."""
    found: set[tuple[str, str]] = set()

    def walk(routes: Any, prefix: str) -> None:
        for route in routes:
            inner = getattr(route, "original_router", None)
            if inner is not None:
                walk(inner.routes, prefix + getattr(route.include_context, "prefix", ""))
            elif isinstance(route, Mount):
                found.add(("GET", prefix + route.path))
            else:
                for method in getattr(route, "methods", None) or ():
                    if method != "HEAD":
                        found.add((method, prefix + route.path))

    walk(app.routes, "")
    return found


def test_every_route_has_an_entry(multi_app: Any) -> None:
    served = served_routes(multi_app)
    assert served - ROUTES.keys() == set(), "add an isolation entry for each new route"
    assert ROUTES.keys() - served == set(), "an entry for a route that is gone"


@dataclass
class World:
    a: TestClient
    b: TestClient
    ids: dict[str, str]


@pytest.fixture
def world(multi_app: Any) -> Any:
    """A and C a couple with data; B signed in on their own."""
    a = TestClient(multi_app, base_url=BASE)
    b = TestClient(multi_app, base_url=BASE)
    c = TestClient(multi_app, base_url=BASE)
    with a, b, c:
        sign_up(a, "Alpha", "a@example.org")
        sign_up(b, "Bravo", "b@example.org")
        sign_up(c, "Charlie", "c@example.org")
        ids: dict[str, str] = {}
        kept = a.post("/api/analyses", json={"partner": A_ANALYSIS, "reply": "Tell me more"})
        ids["analysis"] = str(kept.json()["id"])
        token = csrf_of(a, "/growth")
        started = a.post(
            "/practice",
            data={"scenario": "work-presentation", "csrf": token},
            follow_redirects=False,
        )
        ids["room_id"] = started.headers["location"].rsplit("/", 1)[1]
        uploaded = a.post(
            "/lookback",
            data={"me": "Josh", "csrf": token},
            files={"export": (EXPORT.name, EXPORT.read_bytes(), "text/plain")},
            follow_redirects=False,
        )
        ids["report_id"] = uploaded.headers["location"].rsplit("/", 1)[1]
        a.post(f"/lookback/{ids['report_id']}/keep", data={"csrf": token})
        code = re.search(
            r'value="([A-Z0-9]{5}-[A-Z0-9]{5,})"',
            a.post("/partner/invite", data={"csrf": token}).text,
        )
        assert code
        c.post("/partner/join", data={"code": code.group(1), "csrf": csrf_of(c, "/partner")})
        c.post("/growth/checkin", data={"answer": C_CHECKIN, "csrf": csrf_of(c, "/growth")})
        # In the couple: the partner sees it (check-ins from before linking stay private).
        a.post("/growth/checkin", data={"answer": A_CHECKIN, "mood": "2", "csrf": token})
        store = a.app.state.services.store.get()  # type: ignore[attr-defined]
        checkin = store.checkins(store.user_by_email("a@example.org").id)
        ids["checkin"] = str(next(x.id for x in checkin if x.answer == A_CHECKIN))
        c_token = csrf_of(c, "/partner")
        c.post("/partner/rate", data={"checkin": ids["checkin"], "value": "4", "csrf": c_token})
        yield World(a, b, ids)


def _fill(value: str, ids: dict[str, str]) -> str:
    return value.format(**ids)


def _ask(client: TestClient, method: str, path: str, probe: Probe, ids: dict[str, str]) -> Any:
    url = "/static/app.css" if path == "/static" else _fill(path, ids)
    query = {k: _fill(v, ids) for k, v in probe.query.items()}
    if method == "GET":
        return client.get(url, params=query)
    form = {k: _fill(v, ids) for k, v in probe.form.items()}
    if probe.json is not None:
        return client.post(url, json=probe.json)
    form["csrf"] = csrf_of(client, FORM_PAGES.get(path, "/growth"))
    files = {"export": ("notes.txt", b"not a chat at all", "text/plain")} if probe.upload else None
    return client.post(url, data=form, files=files)


def _secrets(world: World) -> list[str]:
    return [A_ANALYSIS, A_CHECKIN, C_CHECKIN, world.ids["room_id"], world.ids["report_id"]]


def test_nobody_reaches_anyone_elses_data(world: World) -> None:
    order = sorted(ROUTES.items(), key=lambda item: item[1].last)
    for (method, path), probe in order:
        response = _ask(world.b, method, path, probe, world.ids)
        where = f"{method} {path}"
        assert response.status_code in probe.expect, (where, response.status_code)
        for secret in _secrets(world):
            assert secret not in response.text, (where, secret)
        assert "Traceback" not in response.text, where

    # A still has all of it.
    a, ids = world.a, world.ids
    assert A_ANALYSIS in a.get("/api/analyses").text
    assert a.get(f"/practice/{ids['room_id']}").status_code == 200
    assert a.get(f"/lookback/{ids['report_id']}").status_code == 200
    growth = a.get("/growth").text
    assert A_CHECKIN in growth and "4/5" in growth
    assert "Charlie" in a.get("/partner").text
    export = a.get("/settings/export").text
    assert A_ANALYSIS in export and A_CHECKIN in export


def test_the_partner_sees_shared_check_ins_only(world: World) -> None:
    """A couple shares check-ins and ratings, nothing else: C is A's partner."""
    store = world.a.app.state.services.store.get()  # type: ignore[attr-defined]
    charlie = store.user_by_email("c@example.org")
    with TestClient(world.a.app, base_url=BASE) as c:
        from conftest import sign_in

        assert sign_in(c, "c@example.org") == 303
        assert A_CHECKIN in c.get("/partner").text
        for method, path in (("GET", "/practice/{room_id}"), ("GET", "/lookback/{report_id}")):
            response = _ask(c, method, path, ROUTES[(method, path)], world.ids)
            assert response.status_code in DENIED
        for path in ("/api/analyses", "/growth", "/settings/export", "/settings"):
            body = c.get(path).text
            assert A_ANALYSIS not in body and world.ids["report_id"] not in body, path
    assert charlie is not None


def test_no_route_answers_anyone_signed_out(multi_app: Any, world: World) -> None:
    with TestClient(multi_app, base_url=BASE) as nobody:
        for (method, path), probe in ROUTES.items():
            if probe.public or path in FORM_PAGES or path == "/signout":
                continue
            url = "/static/app.css" if path == "/static" else _fill(path, world.ids)
            response = nobody.request(
                method,
                url,
                data={"csrf": "x", **probe.form} if method == "POST" and not probe.json else None,
                json=probe.json,
                follow_redirects=False,
            )
            where = f"{method} {path}"
            if path.startswith("/api/"):
                assert response.status_code == 401, where
            else:
                assert response.status_code == 303, where
                assert response.headers["location"].startswith("/signin"), where
            for secret in _secrets(world):
                assert secret not in response.text, where
