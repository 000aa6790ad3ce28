"""`empathos accounts`: help for the members of a server (`serve --multi-user`), given by
whoever runs it, on the server itself. The app sends no email, so a forgotten password
is reset here."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from empathos.cli.errors import fail, user_errors

app = typer.Typer(
    help="Server mode's accounts, from the machine that serves them.", no_args_is_help=True
)


@app.command("reset-password")
def reset_password(
    email: Annotated[str, typer.Argument(help="The email the person signs in with.")],
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin", help="Read the new password from standard input (scripts)."
        ),
    ] = False,
) -> None:
    """Set a new password for someone who forgot theirs, and sign them out everywhere."""
    from argon2 import PasswordHasher

    from empathos.store import open_store
    from empathos.web import _auth

    with user_errors():
        store = open_store()
    try:
        with user_errors():
            user = store.user_by_email(email)
        if user is None:
            raise fail(f"no account signs in with {email!r}")
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
        problem = _auth.password_problem(password, email)
        if problem:
            raise fail(problem)
        with user_errors():
            store.set_password_hash(user.id, PasswordHasher().hash(password))
            ended = store.delete_sessions(user.id)
            store.clear_login_failures(_auth.account_key(email))
    finally:
        store.close()
    typer.echo(f"New password set for {email}; signed out of {ended} session(s).")
