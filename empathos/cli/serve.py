"""`empathos serve`: the local web app, on this computer only unless you say otherwise."""

from __future__ import annotations

from typing import Annotated

import typer

from empathos.cli.errors import fail, user_errors

LOCAL = ("127.0.0.1", "localhost", "::1")
EXPOSE_FLAG = "--expose-my-data"


def serve_cli(
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port.")] = 8000,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help=f"Address to listen on. Anything but localhost needs {EXPOSE_FLAG}.",
        ),
    ] = "127.0.0.1",
    expose: Annotated[
        bool,
        typer.Option(
            EXPOSE_FLAG,
            help="Allow --host beyond this computer: anyone who can reach it sees and can "
            "delete your data (there are no accounts in local mode).",
        ),
    ] = False,
    max_upload_mb: Annotated[
        int,
        typer.Option("--max-upload-mb", min=1, max=500, help="Largest chat export accepted."),
    ] = 25,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the app in your web browser.")
    ] = False,
    multi_user: Annotated[
        bool,
        typer.Option(
            "--multi-user",
            help="Server mode: accounts with passwords, and couples linked by invite codes. "
            "Beyond localhost its cookies are HTTPS-only: serve it behind a TLS proxy.",
        ),
    ] = False,
) -> None:
    """Start the web app: check replies, practise, look back, see your growth."""
    local = host in LOCAL
    if not local and not expose and not multi_user:
        raise fail(
            f"--host {host} would let other machines reach your private data, with no "
            f"password. If that is what you want, add {EXPOSE_FLAG}."
        )
    try:
        import uvicorn

        from empathos.web import WebConfig, create_app
        from empathos.web._guard import Limits
    except ImportError as exc:  # pragma: no cover - the dependencies ship with empathos
        raise fail(f"the web app needs {exc.name}: pip install --upgrade empathos") from None

    if not local and multi_user:
        typer.secho(
            f"Listening on {host} with accounts. Sign-in cookies are sent over HTTPS only: "
            "put a TLS proxy in front (and let it pass the client's address on).",
            err=True,
            fg=typer.colors.YELLOW,
        )
    elif not local:
        typer.secho(
            f"WARNING: listening on {host}: anyone who can reach this machine on port {port} "
            "can read, export and delete everything empathos keeps. There are no accounts "
            "in local mode. Stop it with Ctrl-C.",
            err=True,
            fg=typer.colors.RED,
            bold=True,
        )
    config = WebConfig(
        allowed_hosts=None if not local else WebConfig().allowed_hosts,
        limits=Limits(upload_bytes=max_upload_mb << 20),
        multi_user=multi_user,
        secure_cookies=multi_user and not local,
    )
    from empathos.cli.analyze import get_pipeline
    from empathos.store import open_store

    with user_errors():  # a missing model or an unreachable database: one clear line
        pipeline = get_pipeline()
        store = open_store()
    app = create_app(pipeline, store, config=config)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    typer.echo(f"empathos is at {url} (Ctrl-C stops it). Nothing leaves this machine.", err=True)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()
