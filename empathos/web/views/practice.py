"""Practice: a scenario, a simulated partner in a chat, then the debrief.

The conversation is empathos.practice's pure Session, held in memory under an
unguessable id (`Rooms`); each turn is also written to the store, so Growth sees it.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from empathos.errors import NotFound
from empathos.web import _growth
from empathos.web._deps import check_csrf, current_user
from empathos.web._state import Room, valid_id
from empathos.web._svg import line_chart
from empathos.web._words import BLOCKS, MECHANISMS, pretty
from empathos.web.app import page, services

router = APIRouter(include_in_schema=False)


def _library() -> Any:
    from empathos.practice import load_library

    return load_library()


def _curriculum_names() -> dict[str, str]:
    from empathos.practice import load_curriculum

    return {entry.id: entry.name for entry in load_curriculum().entries}


@router.get("/practice", response_class=HTMLResponse)
def practice_list(request: Request) -> HTMLResponse:
    themes: dict[str, list[dict[str, Any]]] = {}
    for number, scenario in enumerate(_library().scenarios, 1):
        summary = scenario.summary()
        summary["number"] = number
        themes.setdefault(pretty(scenario.theme).capitalize(), []).append(summary)
    return page(request, "practice_list.html", {"themes": themes}, section="practice")


@router.post("/practice")
def practice_start(
    request: Request,
    scenario: Annotated[str, Form(max_length=100)],
    csrf: Annotated[str, Form()] = "",
) -> RedirectResponse:
    from empathos.practice import Session, pipeline_analyze

    check_csrf(request, csrf)
    found = services(request)
    library = _library()
    chosen = library.find(scenario)
    user = current_user(request)
    session = Session(
        chosen,
        pipeline_analyze(found.engine.get()),
        common=library.common,
        seed=secrets.randbelow(10_000),
    )
    stored = found.store.get().start_practice(user, chosen.id)
    room_id = found.rooms.add(Room(user, session, stored.id))
    return RedirectResponse(f"/practice/{room_id}", status_code=303)


def _room(request: Request, room_id: str) -> Room:
    if not valid_id(room_id):
        raise NotFound("That practice conversation is over or was never here.")
    return services(request).rooms.get(current_user(request), room_id)


def _hint(room: Room) -> str:
    from empathos.practice import load_curriculum

    skills = room.session.scenario.skills
    index = len(room.session.turns)
    entry = load_curriculum().get(skills[index % len(skills)])
    if entry is None:
        return "Reflect what they feel, say it makes sense, and ask one open question."
    example = entry.sounds_like[index // len(skills) % len(entry.sounds_like)]
    return f"{entry.name}: {entry.explanation} For example: “{example}”"


def _turns(room: Room) -> list[dict[str, Any]]:
    out = []
    before = room.session.curve[0]
    for turn in room.session.turns:
        reasons = [
            {"why": MECHANISMS.get(why, BLOCKS.get(why, pretty(why))), "points": points}
            for why, points in turn.change.reasons
            if points
        ]
        out.append(
            {
                "reply": turn.reply,
                "partner": turn.partner,
                "before": before,
                "after": turn.felt_heard,
                "delta": turn.change.delta,
                "reasons": reasons,
            }
        )
        before = turn.felt_heard
    return out


@router.get("/practice/{room_id}", response_class=HTMLResponse)
def practice_room(request: Request, room_id: str, hint: bool = False) -> HTMLResponse:
    room = _room(request, room_id)
    session = room.session
    debrief = None
    if session.done:
        result = session.result().to_dict()
        names = _curriculum_names()
        debrief = {
            **result["debrief"],
            "chart": line_chart(
                [("felt heard", [float(v) for v in result["felt_heard"]])],
                y_max=100,
                labels=["start", *[f"reply {i}" for i in range(1, len(result["felt_heard"]))]],
                title=f"How heard {session.scenario.partner.name} felt, reply by reply",
            ),
            "skill_rows": [
                {"name": names.get(skill, pretty(skill)), "percent": round(value * 100)}
                for skill, value in result["debrief"]["skills"].items()
            ],
            "worked": [
                {**w, "mechanism": MECHANISMS.get(w["mechanism"], pretty(w["mechanism"]))}
                for w in result["debrief"]["worked"]
            ],
            "blocked": [
                {**b, "why": BLOCKS.get(b["kind"], pretty(b["kind"]))}
                for b in result["debrief"]["blocked"]
            ],
        }
    return page(
        request,
        "practice.html",
        {
            "room_id": room_id,
            "scenario": session.scenario.summary(),
            "felt_heard": session.level,
            "turns": _turns(room),
            "done": session.done,
            "turns_left": session.max_turns - len(session.turns),
            "hint": _hint(room) if hint and not session.done else None,
            "debrief": debrief,
        },
        section="practice",
    )


def _finish(request: Request, room: Room) -> None:
    """Writes the end of the session and its skill values to the store."""
    if room.stored_id is None:
        return
    session = room.session
    outcome = _growth.stored_outcome(session.outcome or "quit")
    store = services(request).store.get()
    store.finish_practice(room.user_id, room.stored_id, outcome, session.level)
    if session.turns:
        skills = _growth.practice_skills(session.result().debrief["skills"])
        for skill, value in skills.items():
            store.record_skill(room.user_id, skill, value, "practice", room.stored_id)


@router.post("/practice/{room_id}/reply")
def practice_reply(
    request: Request,
    room_id: str,
    reply: Annotated[str, Form(max_length=20_000)] = "",
    csrf: Annotated[str, Form()] = "",
) -> RedirectResponse:
    check_csrf(request, csrf)
    room = _room(request, room_id)
    turn = room.session.reply(reply)  # InputError for an empty or overlong reply
    if room.stored_id is not None:
        services(request).store.get().add_practice_turn(
            room.user_id,
            room.stored_id,
            turn.reply,
            dict(turn.analysis),
            turn.felt_heard,
            turn.partner,
        )
    if room.session.done:
        _finish(request, room)
    return RedirectResponse(f"/practice/{room_id}#latest", status_code=303)


@router.post("/practice/{room_id}/end")
def practice_end(
    request: Request, room_id: str, csrf: Annotated[str, Form()] = ""
) -> RedirectResponse:
    check_csrf(request, csrf)
    room = _room(request, room_id)
    if not room.session.done:
        room.session.stop("quit")
        _finish(request, room)
    return RedirectResponse(f"/practice/{room_id}#debrief", status_code=303)
