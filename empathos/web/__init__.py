"""The local web app of `empathos serve`: server-rendered pages and a JSON API.

    app.py        create_app(pipeline=None, store=None, ...): the FastAPI app, error pages
    _guard.py     the outermost layer: Host check, body limits (413), security headers,
                  no traceback to any client
    _state.py     what lives between requests: the engine, the store, practice rooms, reports
    _deps.py      who is asking; the CSRF token every form carries
    _words.py     the record's labels in plain words, and the view the templates draw
    _growth.py    the seam to empathos.progress for skill points and the Growth summary
    _svg.py       small server-drawn line charts
    views/        one module per part: api, check, practice, lookback, growth, settings
    templates/    Jinja2, autoescaped
    static/       the stylesheet and the two small scripts (no inline script anywhere)

Importing this package imports FastAPI: `empathos serve` imports it inside the command.
"""

from empathos.web.app import WebConfig, create_app

__all__ = ["WebConfig", "create_app"]
