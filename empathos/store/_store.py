"""The Store: every read and write of people's data, each checked against the person asking.

Every method takes the id of the person acting first and touches only their rows
(or, where it says so, their partner's): someone else's row raises NotFound, as
if it did not exist. Methods return plain frozen dataclasses (_records.py).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date, datetime, timedelta
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, or_, select, text
from sqlalchemy.orm import Session, selectinload

from empathos.core.labels import SKILLS
from empathos.errors import AlreadyExists, Forbidden, InputError, NotFound, StoreError
from empathos.store import _engine, _migrate
from empathos.store import _validate as check
from empathos.store._models import (
    AnalysisRow,
    CheckinRow,
    CoupleMemberRow,
    CoupleRow,
    HeardRatingRow,
    LoginFailureRow,
    PracticeSessionRow,
    PracticeTurnRow,
    SkillEventRow,
    UserRow,
    WebSessionRow,
    utcnow,
)
from empathos.store._records import (
    FELT_HEARD_SCALE,
    HEARD_SCALE,
    MOOD_SCALE,
    OUTCOMES,
    RATING_TARGETS,
    SKILL_SOURCES,
    Checkin,
    HeardRating,
    KeptAnalysis,
    Partner,
    PracticeSession,
    PracticeTurn,
    SkillEvent,
    User,
    WebSession,
)

LOCAL_USER_NAME = "local"
EXPORT_FORMAT = "empathos-export/1"
_PG_LOCAL_USER_LOCK = 0x656D7062  # serializes creating the local user across processes

# Rows that belong to one person and that ratings and skill events point at, by name.
_OwnedRow = AnalysisRow | PracticeSessionRow | CheckinRow
_Owned = TypeVar("_Owned", bound=_OwnedRow)
_TARGET_ROWS: dict[str, type[_OwnedRow]] = {
    "analysis": AnalysisRow,
    "practice": PracticeSessionRow,
    "checkin": CheckinRow,
}
_ROW_NAMES: dict[type[Any], str] = {
    AnalysisRow: "kept analysis",
    PracticeSessionRow: "practice session",
    CheckinRow: "check-in",
}


def open_store(url: str | None = None) -> Store:
    """Opens the database at `url` (default: settings.database_url()), migrating it to
    this code's schema and creating the local user on first use.

    Raises StoreError, naming the URL with its password masked, when it cannot.
    """
    target = _engine.parse(url)
    if target.sqlite_path is not None:
        _engine.prepare_file(target.sqlite_path)
    with _engine.translated(target):
        reader, writer = _engine.make_engines(target)
    store = Store(target, reader, writer)
    try:
        store._upgrade()
        store.local_user()
    except BaseException:
        store.close()
        raise
    return store


class Store:
    """People's data in one database. Thread-safe; open one per process and share it."""

    def __init__(self, target: _engine.Target, reader: Engine, writer: Engine) -> None:
        self._target = target
        self._reader = reader
        self._writer = writer
        self._write_lock = _engine.write_lock(target)

    @property
    def url(self) -> str:
        """The database URL with its password masked."""
        return self._target.shown

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self._writer.dialect.name

    def close(self) -> None:
        self._reader.dispose()
        if self._writer is not self._reader:
            self._writer.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.url}>"

    # --- people --------------------------------------------------------------

    def local_user(self) -> User:
        """The person of a local install, created on first use."""
        with self._reading() as session:
            row = _local_row(session)
            if row is not None:
                return _user(row)
        with self._writing() as session:
            if self.backend == "postgresql":
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCAL_USER_LOCK}
                )
            row = _local_row(session)  # again: another process may have won the race
            if row is None:
                row = UserRow(display_name=LOCAL_USER_NAME, is_local=True, created_at=utcnow())
                session.add(row)
                session.flush()
            return _user(row)

    def create_user(self, display_name: str, email: str | None = None) -> User:
        name = check.text("display_name", display_name, max_chars=100)
        address = check.email(email)
        with self._writing() as session:
            if address and session.scalar(select(UserRow.id).where(UserRow.email == address)):
                raise AlreadyExists(f"{address} is already registered: sign in instead.")
            row = UserRow(display_name=name, email=address, created_at=utcnow())
            session.add(row)
            session.flush()
            return _user(row)

    def user(self, user_id: int) -> User:
        with self._reading() as session:
            return _user(_user_row(session, user_id))

    # --- kept analyses -------------------------------------------------------

    def keep_analysis(
        self,
        user_id: int,
        record: dict[str, Any],
        partner: str,
        reply: str | None = None,
        *,
        model_version: str,
        skills: Mapping[str, float] | None = None,
    ) -> KeptAnalysis:
        """Keeps one analysis record (shared/spec/analysis.md) with the texts it judged.

        `skills` (skill -> value from 0 to 1, see record_skill) become skill events of
        source "analysis" pointing at the kept record, at its time, in the same
        transaction: all are kept or, on a bad value, none is.
        """
        partner = check.text("partner", partner)
        reply = check.optional_text("reply", reply)
        record = check.json_object("record", record)
        version = check.text("model_version", model_version, max_chars=100)
        points = [
            (check.choice("skill", skill, SKILLS), check.fraction("value", value))
            for skill, value in (skills or {}).items()
        ]
        judged = record.get("reply")
        judged = judged if isinstance(judged, dict) else {}
        score, empathic = judged.get("score"), judged.get("empathic")
        with self._writing() as session:
            _user_row(session, user_id)
            row = AnalysisRow(
                user_id=user_id,
                created_at=utcnow(),
                partner=partner,
                reply=reply,
                record=record,
                score=score if isinstance(score, int) and not isinstance(score, bool) else None,
                empathic=empathic if isinstance(empathic, bool) else None,
                model_version=version,
            )
            session.add(row)
            session.flush()
            session.add_all(
                SkillEventRow(
                    user_id=user_id,
                    at=row.created_at,
                    skill=skill,
                    value=number,
                    source="analysis",
                    source_id=row.id,
                )
                for skill, number in points
            )
            return _analysis(row)

    def list_analyses(self, user_id: int, limit: int | None = 50) -> list[KeptAnalysis]:
        """Newest first."""
        limit = check.limit(limit)
        with self._reading() as session:
            _user_row(session, user_id)
            rows = session.scalars(
                select(AnalysisRow)
                .where(AnalysisRow.user_id == user_id)
                .order_by(AnalysisRow.created_at.desc(), AnalysisRow.id.desc())
                .limit(limit)
            )
            return [_analysis(row) for row in rows]

    # --- practice ------------------------------------------------------------

    def start_practice(self, user_id: int, scenario_id: str) -> PracticeSession:
        scenario = check.text("scenario_id", scenario_id, max_chars=100)
        with self._writing() as session:
            _user_row(session, user_id)
            row = PracticeSessionRow(user_id=user_id, scenario_id=scenario, started_at=utcnow())
            session.add(row)
            session.flush()
            return _practice(row)

    def add_practice_turn(
        self,
        user_id: int,
        session_id: int,
        reply: str,
        analysis: dict[str, Any],
        felt_heard: int,
        partner_response: str | None = None,
    ) -> PracticeTurn:
        """Adds the next turn (index 0, 1, ...) to a running session."""
        reply = check.text("reply", reply)
        analysis = check.json_object("analysis", analysis)
        felt_heard = check.in_scale("felt_heard", felt_heard, FELT_HEARD_SCALE)
        partner_response = check.optional_text("partner_response", partner_response)
        with self._writing() as session:
            practice = _running(session, user_id, session_id)
            row = PracticeTurnRow(
                session_id=practice.id,
                index=len(practice.turns),
                reply=reply,
                analysis=analysis,
                felt_heard=felt_heard,
                partner_response=partner_response,
            )
            practice.turns.append(row)
            session.flush()
            return _turn(row)

    def finish_practice(
        self, user_id: int, session_id: int, outcome: str, felt_heard: int
    ) -> PracticeSession:
        outcome = check.choice("outcome", outcome, OUTCOMES)
        felt_heard = check.in_scale("felt_heard", felt_heard, FELT_HEARD_SCALE)
        with self._writing() as session:
            practice = _running(session, user_id, session_id)
            practice.finished_at = utcnow()
            practice.outcome = outcome
            practice.felt_heard = felt_heard
            session.flush()
            return _practice(practice)

    def practice_session(self, user_id: int, session_id: int) -> PracticeSession:
        with self._reading() as session:
            row = _owned(session, PracticeSessionRow, user_id, session_id, id_name="session_id")
            return _practice(row)

    def practice_sessions(self, user_id: int, limit: int | None = None) -> list[PracticeSession]:
        """Newest first, each with its turns."""
        limit = check.limit(limit)
        with self._reading() as session:
            _user_row(session, user_id)
            rows = session.scalars(
                select(PracticeSessionRow)
                .where(PracticeSessionRow.user_id == user_id)
                .order_by(PracticeSessionRow.started_at.desc(), PracticeSessionRow.id.desc())
                .limit(limit)
                .options(selectinload(PracticeSessionRow.turns))
            )
            return [_practice(row) for row in rows]

    # --- skill progress ------------------------------------------------------

    def record_skill(
        self,
        user_id: int,
        skill: str,
        value: float,
        source: str,
        source_id: int | None = None,
        at: datetime | None = None,
    ) -> SkillEvent:
        """One point of a skill's progress series: `value` from 0 to 1 (a 0-100 score / 100).

        `source_id` names the practice session, kept analysis or check-in it came
        from, which must be this person's; for an assessment it is free.
        """
        skill = check.choice("skill", skill, SKILLS)
        number = check.fraction("value", value)
        source = check.choice("source", source, SKILL_SOURCES)
        when = check.aware("at", at) if at is not None else utcnow()
        if source_id is not None:
            check.ident("source_id", source_id)
        with self._writing() as session:
            _user_row(session, user_id)
            if source_id is not None and source in _TARGET_ROWS:
                _owned(session, _TARGET_ROWS[source], user_id, source_id, id_name="source_id")
            row = SkillEventRow(
                user_id=user_id,
                at=when,
                skill=skill,
                value=number,
                source=source,
                source_id=source_id,
            )
            session.add(row)
            session.flush()
            return _skill_event(row)

    def skill_history(
        self, user_id: int, skill: str | None = None, since: datetime | None = None
    ) -> list[SkillEvent]:
        """Oldest first: one skill's series, or all skills' when `skill` is None."""
        query = select(SkillEventRow).where(SkillEventRow.user_id == user_id)
        if skill is not None:
            query = query.where(SkillEventRow.skill == check.choice("skill", skill, SKILLS))
        if since is not None:
            query = query.where(SkillEventRow.at >= check.aware("since", since))
        with self._reading() as session:
            _user_row(session, user_id)
            rows = session.scalars(query.order_by(SkillEventRow.at, SkillEventRow.id))
            return [_skill_event(row) for row in rows]

    # --- check-ins -----------------------------------------------------------

    def add_checkin(
        self,
        user_id: int,
        question: str,
        answer: str,
        mood: int | None = None,
        day: date | None = None,
    ) -> Checkin:
        """Records an answer to a check-in question, in the couple the person is in now."""
        question = check.text("question", question)
        answer = check.text("answer", answer)
        if mood is not None:
            mood = check.in_scale("mood", mood, MOOD_SCALE)
        if day is not None:
            day = check.day("day", day)
        with self._writing() as session:
            _user_row(session, user_id)
            member = _membership(session, user_id)
            row = CheckinRow(
                user_id=user_id,
                couple_id=member.couple_id if member else None,
                day=day or date.today(),  # the person's own calendar day
                question=question,
                answer=answer,
                mood=mood,
            )
            session.add(row)
            session.flush()
            return _checkin(row)

    def checkins(self, user_id: int, *, include_partner: bool = False) -> list[Checkin]:
        """Newest day first. With include_partner, also the partner's check-ins made
        in the couple they are in now (not those from before they joined it)."""
        with self._reading() as session:
            _user_row(session, user_id)
            mine = CheckinRow.user_id == user_id
            member = _membership(session, user_id) if include_partner else None
            where = mine if member is None else or_(mine, CheckinRow.couple_id == member.couple_id)
            order = (CheckinRow.day.desc(), CheckinRow.id.desc())
            rows = session.scalars(select(CheckinRow).where(where).order_by(*order))
            return [_checkin(row) for row in rows]

    # --- couples -------------------------------------------------------------

    def create_couple(self, user_id: int) -> str:
        """Returns an invite code for the partner to join with. Asking again issues a new
        code and the old one stops working."""
        with self._writing() as session:
            _user_row(session, user_id)
            member = _membership(session, user_id)
            if member is None:
                couple = CoupleRow(created_at=utcnow())
                couple.members.append(CoupleMemberRow(user_id=user_id, joined_at=utcnow()))
                session.add(couple)
            else:
                couple = member.couple
                if len(couple.members) > 1:
                    raise Forbidden(
                        "You are already in a couple. Leave it before inviting someone else."
                    )
            couple.invite_code = check.new_invite_code()
            return couple.invite_code

    def join_couple(self, user_id: int, invite_code: str) -> Partner:
        """Joins the couple whose invite code this is; each code works once.

        Someone waiting alone with their own code leaves that couple to join this one.
        """
        code = check.invite_code(invite_code)
        with self._writing() as session:
            _user_row(session, user_id)
            couple = session.scalar(
                select(CoupleRow).where(CoupleRow.invite_code == code).with_for_update()
            )
            if couple is None:
                raise NotFound(
                    f"No couple is waiting with the invite code {code}. Check it with your "
                    "partner, or ask them for a new one."
                )
            if any(m.user_id == user_id for m in couple.members):
                raise Forbidden(f"{code} is your own invite code: send it to your partner.")
            mine = _membership(session, user_id)
            if mine is not None:
                if len(mine.couple.members) > 1:
                    raise Forbidden("You are already in a couple. Leave it before joining another.")
                session.delete(mine.couple)
                session.flush()  # the old membership must go before the new one is unique
            couple.members.append(CoupleMemberRow(user_id=user_id, joined_at=utcnow()))
            couple.invite_code = None
            session.flush()
            partner = _partner(session, user_id)
            assert partner is not None
            return partner

    def partner_of(self, user_id: int) -> Partner | None:
        """The partner's name and id; None while alone or waiting for them to join."""
        with self._reading() as session:
            _user_row(session, user_id)
            return _partner(session, user_id)

    def leave_couple(self, user_id: int) -> None:
        """Dissolves the person's couple (or cancels their invite); nothing if there is none.

        Check-ins stay with their authors; the partner no longer sees them.
        """
        with self._writing() as session:
            _user_row(session, user_id)
            member = _membership(session, user_id)
            if member is not None:
                session.delete(member.couple)

    # --- "I felt heard" ------------------------------------------------------

    def rate_heard(
        self, rater_id: int, rated_id: int, target_type: str, target_id: int, value: int
    ) -> HeardRating:
        """The partner's own judgement, 1-5, of how heard they felt by one check-in,
        kept analysis or practice session of the rated person. Rating again replaces it."""
        target_type = check.choice("target_type", target_type, RATING_TARGETS)
        value = check.in_scale("value", value, HEARD_SCALE)
        check.ident("rated_id", rated_id)
        with self._writing() as session:
            _user_row(session, rater_id)
            partner = _partner(session, rater_id)
            if partner is None or partner.user_id != rated_id:
                raise Forbidden("You can rate only your partner, and only once you are a couple.")
            _owned(session, _TARGET_ROWS[target_type], rated_id, target_id, id_name="target_id")
            row = session.scalar(
                select(HeardRatingRow).where(
                    HeardRatingRow.rater_id == rater_id,
                    HeardRatingRow.target_type == target_type,
                    HeardRatingRow.target_id == target_id,
                )
            )
            if row is None:
                row = HeardRatingRow(
                    rater_id=rater_id,
                    rated_id=rated_id,
                    target_type=target_type,
                    target_id=target_id,
                )
                session.add(row)
            row.value = value
            row.created_at = utcnow()
            session.flush()
            return _rating(row)

    def heard_ratings(self, user_id: int, *, given: bool = False) -> list[HeardRating]:
        """Newest first: the ratings this person received, or with given=True, gave."""
        column = HeardRatingRow.rater_id if given else HeardRatingRow.rated_id
        with self._reading() as session:
            _user_row(session, user_id)
            rows = session.scalars(
                select(HeardRatingRow)
                .where(column == user_id)
                .order_by(HeardRatingRow.created_at.desc(), HeardRatingRow.id.desc())
            )
            return [_rating(row) for row in rows]

    # --- server mode: accounts, sessions, failed sign-ins ----------------------
    # The web app hashes passwords (argon2) and decides the rules; the store keeps
    # the hash, the sessions by the hash of their secret, and the failures to count.

    def user_by_email(self, email: str) -> User | None:
        """The account registered with this email (any case), or None."""
        address = check.email(email)
        with self._reading() as session:
            row = session.scalar(select(UserRow).where(UserRow.email == address))
            return None if row is None else _user(row)

    def password_hash(self, user_id: int) -> str | None:
        with self._reading() as session:
            return _user_row(session, user_id).password_hash

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        hashed = check.text("password_hash", password_hash, max_chars=255)
        with self._writing() as session:
            _user_row(session, user_id).password_hash = hashed

    def create_session(self, user_id: int, lifetime: timedelta) -> tuple[str, WebSession]:
        """A new signed-in session: the secret for the cookie, and the session. Only the
        secret's SHA-256 is stored."""
        if lifetime <= timedelta(0):
            raise InputError("'lifetime' must be positive")
        token = secrets.token_urlsafe(32)
        now = utcnow()
        with self._writing() as session:
            _user_row(session, user_id)
            row = WebSessionRow(
                id=_session_id(token),
                user_id=user_id,
                csrf_token=secrets.token_urlsafe(32),
                created_at=now,
                expires_at=now + lifetime,
            )
            session.add(row)
            session.flush()
            return token, _web_session(row)

    def web_session(self, token: str, now: datetime | None = None) -> WebSession | None:
        """The session whose cookie secret this is; None when unknown or expired."""
        if not isinstance(token, str) or not 20 <= len(token) <= 100:
            return None
        moment = check.aware("now", now) if now is not None else utcnow()
        with self._reading() as session:
            row = session.get(WebSessionRow, _session_id(token))
            if row is None or row.expires_at <= moment:
                return None
            return _web_session(row)

    def delete_session(self, token: str) -> None:
        """Signs this session out; nothing if there is none."""
        if not isinstance(token, str) or not token:
            return
        with self._writing() as session:
            session.execute(delete(WebSessionRow).where(WebSessionRow.id == _session_id(token)))

    def delete_sessions(self, user_id: int) -> int:
        """Signs the person out everywhere; how many sessions ended."""
        with self._writing() as session:
            _user_row(session, user_id)
            ended = session.execute(delete(WebSessionRow).where(WebSessionRow.user_id == user_id))
            return int(getattr(ended, "rowcount", 0) or 0)

    def expire_sessions(self, now: datetime | None = None) -> int:
        """Deletes every expired session; how many."""
        moment = check.aware("now", now) if now is not None else utcnow()
        with self._writing() as session:
            ended = session.execute(
                delete(WebSessionRow).where(WebSessionRow.expires_at <= moment)
            )
            return int(getattr(ended, "rowcount", 0) or 0)

    def record_login_failure(self, keys: Sequence[str], at: datetime | None = None) -> None:
        """One failed sign-in, counted under each key ('account:...', 'address:...')."""
        when = check.aware("at", at) if at is not None else utcnow()
        names = [check.text("key", key, max_chars=400) for key in keys]
        with self._writing() as session:
            session.add_all(LoginFailureRow(key=name, at=when) for name in names)

    def login_failures(self, key: str, since: datetime) -> list[datetime]:
        """When this key's failed sign-ins since `since` happened, oldest first."""
        start = check.aware("since", since)
        with self._reading() as session:
            return list(
                session.scalars(
                    select(LoginFailureRow.at)
                    .where(LoginFailureRow.key == key, LoginFailureRow.at >= start)
                    .order_by(LoginFailureRow.at)
                )
            )

    def clear_login_failures(self, key: str, before: datetime | None = None) -> int:
        """Forgets this key's failures (a successful sign-in), or with key '' every
        failure older than `before` (housekeeping); how many."""
        query = delete(LoginFailureRow)
        if key:
            query = query.where(LoginFailureRow.key == key)
        if before is not None:
            query = query.where(LoginFailureRow.at < check.aware("before", before))
        elif not key:
            raise InputError("clear_login_failures needs a key or `before`")
        with self._writing() as session:
            return int(getattr(session.execute(query), "rowcount", 0) or 0)

    # --- a person's data as a whole ------------------------------------------

    def export_user_data(self, user_id: int) -> dict[str, Any]:
        """Everything the store keeps about one person, as JSON-ready values.

        The partner appears by name and id only; their check-ins, ratings given to
        others and everything else of theirs stay out.
        """
        partner = self.partner_of(user_id)
        data = {
            "format": EXPORT_FORMAT,
            "exported_at": utcnow(),
            "user": self.user(user_id),
            "partner": partner,
            "analyses": self.list_analyses(user_id, limit=None),
            "practice_sessions": self.practice_sessions(user_id),
            "skill_events": self.skill_history(user_id),
            "checkins": self.checkins(user_id),
            "heard_ratings_received": self.heard_ratings(user_id),
            "heard_ratings_given": self.heard_ratings(user_id, given=True),
        }
        return {key: _jsonable(value) for key, value in data.items()}

    def delete_user_data(self, user_id: int) -> None:
        """Deletes the person and everything of theirs, and dissolves their couple.

        Deleting the local user is allowed: local_user() starts a fresh one.
        """
        with self._writing() as session:
            user = _user_row(session, user_id)
            member = _membership(session, user_id)
            if member is not None:
                session.delete(member.couple)
            # Foreign keys cascade the rest: analyses, practice, skills, check-ins, ratings.
            session.delete(user)

    # --- plumbing ------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with _engine.translated(self._target), Session(self._reader) as session:
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        # SQLite: one writer at a time in this process (see _engine.make_engines).
        with (
            _engine.translated(self._target),
            self._write_lock,
            Session(self._writer, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def _upgrade(self) -> None:
        sqlite = self._target.is_sqlite
        with (
            _engine.translated(self._target),
            self._write_lock,
            self._writer.connect() as connection,
        ):
            raw = connection.connection.dbapi_connection
            assert raw is not None
            if sqlite:
                # Outside a transaction, where the pragma works: a migration that copies
                # a table must not cascade-delete the rows pointing at it.
                raw.cursor().execute("PRAGMA foreign_keys=OFF")
            try:
                with connection.begin():
                    if _migrate.upgrade(connection, self.url) and sqlite:
                        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                        if broken is not None:
                            raise StoreError(
                                f"Migrating {self.url} would break links between rows "
                                f"({broken[0]}); it was left as it was. Please report this."
                            )
            finally:
                if sqlite:
                    raw.cursor().execute("PRAGMA foreign_keys=ON")


# --- queries -------------------------------------------------------------------


def _user_row(session: Session, user_id: int) -> UserRow:
    row = session.get(UserRow, check.ident("user_id", user_id))
    if row is None:
        raise NotFound(f"There is no user {user_id}.")
    return row


def _local_row(session: Session) -> UserRow | None:
    query = select(UserRow).where(UserRow.is_local).order_by(UserRow.id).limit(1)
    return session.scalar(query)


def _owned(
    session: Session,
    row_type: type[_Owned],
    user_id: int,
    row_id: int,
    *,
    id_name: str = "id",
    for_update: bool = False,
) -> _Owned:
    _user_row(session, user_id)
    row = session.get(row_type, check.ident(id_name, row_id), with_for_update=for_update)
    if row is None or row.user_id != user_id:
        # The same answer for someone else's row as for a missing one: no probing.
        raise NotFound(f"User {user_id} has no {_ROW_NAMES[row_type]} {row_id}.")
    return row


def _running(session: Session, user_id: int, session_id: int) -> PracticeSessionRow:
    # Locked on PostgreSQL: two turns added at once must not both take the same index.
    practice = _owned(
        session, PracticeSessionRow, user_id, session_id, id_name="session_id", for_update=True
    )
    if practice.finished_at is not None:
        raise Forbidden(f"Practice session {session_id} is finished; start a new one.")
    return practice


def _membership(session: Session, user_id: int) -> CoupleMemberRow | None:
    return session.scalar(select(CoupleMemberRow).where(CoupleMemberRow.user_id == user_id))


def _partner(session: Session, user_id: int) -> Partner | None:
    member = _membership(session, user_id)
    if member is None:
        return None
    other = next((m for m in member.couple.members if m.user_id != user_id), None)
    if other is None:
        return None
    name = session.scalar(select(UserRow.display_name).where(UserRow.id == other.user_id))
    return Partner(user_id=other.user_id, display_name=name or "", couple_id=member.couple_id)


# --- rows to records ---------------------------------------------------------------


def _user(row: UserRow) -> User:
    return User(row.id, row.display_name, row.email, row.created_at, row.is_local)


def _analysis(row: AnalysisRow) -> KeptAnalysis:
    return KeptAnalysis(
        row.id,
        row.user_id,
        row.created_at,
        row.partner,
        row.reply,
        row.record,
        row.score,
        row.empathic,
        row.model_version,
    )


def _turn(row: PracticeTurnRow) -> PracticeTurn:
    return PracticeTurn(
        row.id,
        row.session_id,
        row.index,
        row.reply,
        row.analysis,
        row.felt_heard,
        row.partner_response,
    )


def _practice(row: PracticeSessionRow) -> PracticeSession:
    return PracticeSession(
        row.id,
        row.user_id,
        row.scenario_id,
        row.started_at,
        row.finished_at,
        row.outcome,
        row.felt_heard,
        tuple(_turn(t) for t in row.turns),
    )


def _skill_event(row: SkillEventRow) -> SkillEvent:
    return SkillEvent(
        row.id, row.user_id, row.at, row.skill, row.value, row.source, row.source_id
    )


def _checkin(row: CheckinRow) -> Checkin:
    return Checkin(
        row.id, row.user_id, row.couple_id, row.day, row.question, row.answer, row.mood
    )


def _rating(row: HeardRatingRow) -> HeardRating:
    return HeardRating(
        row.id,
        row.rater_id,
        row.rated_id,
        row.target_type,
        row.target_id,
        row.value,
        row.created_at,
    )


def _session_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _web_session(row: WebSessionRow) -> WebSession:
    return WebSession(row.user_id, row.csrf_token, row.created_at, row.expires_at)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        value = asdict(value)
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    return value
