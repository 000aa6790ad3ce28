"""Growth: each skill over time, the practice sessions, check-ins and the streak, and
(in server mode) how heard your partner says your check-ins made them feel.

GET  /growth           the page
POST /growth/checkin   answer today's check-in question
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from empathos.web import _growth
from empathos.web._deps import check_csrf, current_user
from empathos.web._svg import line_chart
from empathos.web._words import pretty
from empathos.web.app import page, services

router = APIRouter(include_in_schema=False)


def _percent(value: Any) -> str:
    return "\u2013" if value is None else f"{round(float(value) * 100)}%"


@router.get("/growth", response_class=HTMLResponse)
def growth(request: Request) -> HTMLResponse:
    store, user = services(request).store.get(), current_user(request)
    summary = _growth.summary(store, user, date.today())
    weeks = [f"w/c {w[5:]}" for w in summary.get("weeks") or []]
    skills = []
    for skill, row in summary["skills"].items():
        values = [v for v in row["values"] if v is not None]
        labels = weeks if weeks and len(weeks) == len(row["values"]) else []
        if labels:
            # A week without practice of this skill is a gap, not a zero: drop it.
            pairs = [(w, v) for w, v in zip(weeks, row["values"], strict=True) if v is not None]
            labels, values = [w for w, _ in pairs], [v for _, v in pairs]
        else:
            labels = [str(i) for i in range(1, len(values) + 1)]
        change = row.get("change")
        skills.append(
            {
                "name": pretty(skill),
                "latest": _percent(row.get("latest")),
                "mean": _percent(row.get("mean")),
                "change": None if change is None else f"{round(change * 100):+d} points",
                "events": row.get("events", len(values)),
                "chart": line_chart(
                    [(pretty(skill), [round(v * 100) for v in values])],
                    y_max=100,
                    labels=labels,
                    title=f"{pretty(skill).capitalize()} over time, 0 to 100",
                ),
            }
        )
    sessions = store.practice_sessions(user, limit=20)
    received = store.heard_ratings(user)
    by_checkin = {r.target_id: r.value for r in received if r.target_type == "checkin"}
    checkins = store.checkins(user)[:30]
    texts = {c.id: c for c in checkins}
    heard = {
        "count": len(received),
        "mean": f"{sum(r.value for r in received) / len(received):.1f}" if received else None,
        "latest": [
            {
                "value": r.value,
                "day": r.created_at.astimezone().date().isoformat(),
                "what": texts[r.target_id].answer
                if r.target_type == "checkin" and r.target_id in texts
                else f"your {r.target_type.replace('checkin', 'check-in')}",
            }
            for r in received[:10]
        ],
    }
    return page(
        request,
        "growth.html",
        {
            "summary": summary,
            "skills": skills,
            "streak": summary.get("streak") or {},
            "checkins": [{"c": c, "heard": by_checkin.get(c.id)} for c in checkins],
            "sessions": sessions,
            "heard": heard,
            "show_heard": services(request).multi_user or bool(received),
            "question": _question(),
        },
        section="growth",
    )


def _question() -> str:
    """Today's check-in question, as `empathos checkin` asks it."""
    try:
        from empathos.progress import load_daily

        return str(load_daily().question(date.today()).text)
    except Exception:  # the authored lists are missing or broken: ask the plainest one
        return "How are you feeling about the two of us today?"


@router.post("/growth/checkin")
def growth_checkin(
    request: Request,
    answer: Annotated[str, Form(max_length=5_000)] = "",
    mood: Annotated[str, Form(max_length=2)] = "",
    csrf: Annotated[str, Form()] = "",
) -> RedirectResponse:
    check_csrf(request, csrf)
    feeling = int(mood) if mood.isdigit() else None
    services(request).store.get().add_checkin(current_user(request), _question(), answer, feeling)
    return RedirectResponse("/growth#checkins", status_code=303)
