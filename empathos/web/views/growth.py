"""Growth: each skill over time, the practice sessions, check-ins and the streak."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from empathos.web import _growth
from empathos.web._deps import current_user
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
    return page(
        request,
        "growth.html",
        {
            "summary": summary,
            "skills": skills,
            "streak": summary.get("streak") or {},
            "checkins": store.checkins(user)[:30],
            "sessions": sessions,
        },
        section="growth",
    )
