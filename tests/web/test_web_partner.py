"""Server mode's couples: an invite code shown once, joining, leaving, and "I felt heard"
ratings of a partner's check-ins showing on their Growth page."""

from __future__ import annotations

import re

from conftest import BASE, csrf_of, sign_up
from fastapi.testclient import TestClient


def _invite(client: TestClient) -> str:
    page = client.post("/partner/invite", data={"csrf": csrf_of(client, "/partner")}).text
    found = re.search(r'id="invite-code" type="text" readonly value="([^"]+)"', page)
    assert found, page
    return found.group(1)


def test_link_rate_and_see_it_on_growth(multi_client: TestClient) -> None:
    ann = multi_client
    sign_up(ann, "Ann", "ann@example.org")
    code = _invite(ann)
    assert code not in ann.get("/partner").text  # shown once
    with TestClient(ann.app, base_url=BASE) as bob:
        sign_up(bob, "Bob", "bob@example.org")
        joined = bob.post("/partner/join", data={"code": code, "csrf": csrf_of(bob, "/partner")})
        assert joined.status_code == 200 and "You are linked with Ann" in joined.text
        assert "You are linked with Bob" in ann.get("/partner").text

        token = csrf_of(ann, "/growth")
        ann.post(
            "/growth/checkin", data={"answer": "I missed you today", "mood": "4", "csrf": token}
        )
        growth = ann.get("/growth").text
        assert "ground truth" in growth and "No ratings yet" in growth

        page = bob.get("/partner").text
        assert "I missed you today" in page
        checkin = re.search(r'name="checkin" value="(\d+)"', page)
        assert checkin
        rated = bob.post(
            "/partner/rate",
            data={"checkin": checkin.group(1), "value": "5", "csrf": csrf_of(bob, "/partner")},
        )
        assert rated.status_code == 200 and "(you said 5)" in rated.text

        growth = ann.get("/growth").text
        assert "Average 5.0 out of 5" in growth and "5/5" in growth
        assert "Your partner's own judgement is the ground truth" in growth

        # A used code does not work again; leaving unlinks both.
        again = bob.post("/partner/join", data={"code": code, "csrf": csrf_of(bob, "/partner")})
        assert again.status_code == 404
        bob.post("/partner/leave", data={"csrf": csrf_of(bob, "/partner")})
        assert "Invite your partner" in ann.get("/partner").text
        out = bob.post(
            "/partner/rate",
            data={"checkin": checkin.group(1), "value": "1", "csrf": csrf_of(bob, "/partner")},
        )
        assert out.status_code == 403


def test_a_wrong_code_says_what_to_do(multi_client: TestClient) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    token = csrf_of(multi_client, "/partner")
    for code, status, words in (
        ("nonsense", 422, "is not an invite code"),
        ("ABCDE-FGH23", 404, "ask them for a new one"),
    ):
        response = multi_client.post("/partner/join", data={"code": code, "csrf": token})
        assert response.status_code == status and words in response.text
    own = _invite(multi_client)
    mine = multi_client.post("/partner/join", data={"code": own, "csrf": token})
    assert mine.status_code == 422 and "your own invite code" in mine.text
