"""The optional suggestion generator, against a local OpenAI-compatible server.

The server is a few lines of http.server on 127.0.0.1; it records what it was sent.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos.backends.generator import ChatEndpoint, GeneratorUnavailable
from empathos.cli.main import app
from empathos.core.couple.generated import clean
from empathos.core.pipeline import Pipeline
from empathos.core.types import Request
from empathos.suggest import generate_suggestion

BOSS = "My boss tore apart my presentation in front of everyone"
DRAFT = "You should stand up to him"
WARM = (
    "Oh love, in front of everyone? That sounds humiliating, and it makes sense you're "
    "hurt. What happened?"
)

runner = CliRunner()


class FakeLLM:
    """What the server answers next, and every request body it received."""

    def __init__(self) -> None:
        self.reply: Any = {"choices": [{"message": {"role": "assistant", "content": WARM}}]}
        self.status = 200
        self.received: list[dict[str, Any]] = []
        self.paths: list[str] = []


@pytest.fixture
def llm() -> Iterator[tuple[FakeLLM, str]]:
    fake = FakeLLM()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            fake.received.append(json.loads(self.rfile.read(length)))
            fake.paths.append(self.path)
            body = fake.reply if isinstance(fake.reply, bytes) else json.dumps(fake.reply).encode()
            self.send_response(fake.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_the_endpoint_sends_one_chat_request(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    assert ChatEndpoint(url, model="tiny").complete("be kind", "hello") == WARM
    (body,) = fake.received
    assert fake.paths == ["/v1/chat/completions"]
    assert body["model"] == "tiny"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


@pytest.mark.parametrize(
    ("status", "reply", "message"),
    [
        (500, {"error": "boom"}, "HTTP 500"),
        (200, b"not json", "did not answer with JSON"),
        (200, {"choices": []}, "without choices"),
        (200, {"choices": [{"message": {"content": "  "}}]}, "empty message"),
    ],
)
def test_unusable_answers_are_clear_errors(
    llm: tuple[FakeLLM, str], status: int, reply: Any, message: str
) -> None:
    fake, url = llm
    fake.status, fake.reply = status, reply
    with pytest.raises(GeneratorUnavailable, match=message):
        ChatEndpoint(url).complete("s", "u")


def test_an_unreachable_endpoint_is_a_clear_error() -> None:
    with pytest.raises(GeneratorUnavailable, match="could not be reached"):
        ChatEndpoint("http://127.0.0.1:9/v1", timeout=2).complete("s", "u")


def test_clean_keeps_the_reply_alone() -> None:
    assert clean('Here is a warmer reply:\n"That sounds awful."\n\nHope this helps!') == (
        "That sounds awful."
    )


def test_nothing_is_sent_unless_configured(
    llm: tuple[FakeLLM, str], cli_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, _ = llm
    monkeypatch.delenv("EMPATHOS_SUGGEST_URL", raising=False)
    result = runner.invoke(app, ["analyze", BOSS, "--reply", DRAFT, "--json"])
    assert result.exit_code == 0, result.output
    assert fake.received == []
    assert "suggestion_source" not in json.loads(result.stdout)


@pytest.mark.models
def test_a_warm_generated_reply_is_shown_and_labelled(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    result = runner.invoke(app, ["analyze", BOSS, "--reply", DRAFT, "--suggest-with", url])
    assert result.exit_code == 0, result.output
    assert f"written by {url}, checked by empathos" in result.stdout
    assert "were sent to" in result.stderr
    (body,) = fake.received
    user = body["messages"][1]["content"]
    assert BOSS in user and DRAFT in user


@pytest.mark.models
def test_a_generated_reply_with_a_block_is_not_shown(
    llm: tuple[FakeLLM, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, url = llm
    fake.reply = {"choices": [{"message": {"content": "You should just quit that job."}}]}
    monkeypatch.setenv("EMPATHOS_SUGGEST_URL", url)
    result = runner.invoke(app, ["analyze", BOSS, "--reply", DRAFT, "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["suggestion_source"] == "offline"
    assert "did not read as empathic" in record["suggestion_note"]
    assert record["suggestion"] and "quit" not in record["suggestion"]


@pytest.mark.models
def test_a_crisis_message_is_never_sent(llm: tuple[FakeLLM, str]) -> None:
    fake, url = llm
    crisis = "I don't want to be alive anymore"
    result = runner.invoke(app, ["analyze", crisis, "--reply", "ok", "--suggest-with", url])
    assert result.exit_code == 0, result.output
    assert fake.received == []


def test_a_down_endpoint_keeps_the_offline_suggestion(fake_pipeline: Pipeline) -> None:
    request = Request(BOSS, DRAFT)
    record = {"partner": {"emotions": [], "seeks": "empathy", "risk": None}, "suggestion": "x"}
    out = generate_suggestion(record, request, fake_pipeline, ChatEndpoint("http://127.0.0.1:9/v1"))
    assert out["suggestion"] == "x"
    assert out["suggestion_source"] == "offline"
    assert "could not be reached" in out["suggestion_note"]
