"""The JSON API: the analysis contract over HTTP, with the CLI's validation messages."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

import empathos
from empathos.core.pipeline import Pipeline
from empathos.errors import InputError
from empathos.store import Store

PAIR = {"partner": "My boss tore apart my presentation", "reply": "You should stand up to him"}


def test_analyze_returns_the_contract_record(client: TestClient, fake_pipeline: Pipeline) -> None:
    response = client.post("/api/analyze", json={**PAIR, "partner_needs": ["listen"]})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    expected = empathos.analyze(
        PAIR["partner"], reply=PAIR["reply"], partner_needs=["listen"], pipeline=fake_pipeline
    )
    assert response.json() == expected
    assert set(response.json()) >= {"partner", "reply", "feedback", "suggestion"}


def test_analyze_without_a_reply_and_with_context(client: TestClient) -> None:
    body = {
        "id": "p1",
        "partner": "I can't sleep",
        "context": [{"speaker": "me", "text": "How was the day?"}],
    }
    record = client.post("/api/analyze", json=body).json()
    assert record["id"] == "p1" and record["reply"] is None


def _cli_message(**fields: Any) -> str:
    from empathos.api import make_request

    with pytest.raises(InputError) as caught:
        make_request(
            fields.get("partner"),
            fields.get("reply"),
            fields.get("context"),
            fields.get("partner_needs"),
        )
    return str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        {"partner": 12},
        {"partner": "   ", "reply": ""},
        {"partner": "hi", "reply": 3},
        {"partner": "hi", "context": "earlier"},
        {"partner": "hi", "context": [{"speaker": "boss", "text": "x"}]},
        {"partner": "hi", "partner_needs": ["chocolate"]},
        {"partner": "x" * 20_001},
    ],
)
def test_bad_fields_get_the_cli_message(client: TestClient, body: dict[str, Any]) -> None:
    response = client.post("/api/analyze", json=body)
    assert response.status_code == 422
    assert response.json() == {"error": _cli_message(**body)}


def test_missing_partner_says_what_it_is(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"reply": "hi"})
    assert response.status_code == 422
    assert response.json() == {"error": "missing 'partner' (what your partner said)"}


@pytest.mark.parametrize("raw", ['{"partner": "hi",', "not json", '{"partner": "a" "b"}'])
def test_malformed_json_is_a_clear_422(client: TestClient, raw: str) -> None:
    response = client.post(
        "/api/analyze", content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    message = response.json()["error"]
    assert message.startswith("The body is not valid JSON")
    assert "Traceback" not in response.text


def test_a_body_that_is_not_an_object(client: TestClient) -> None:
    response = client.post("/api/analyze", json=["partner", "hi"])
    assert response.status_code == 422
    assert response.json() == {"error": 'The body must be a JSON object like {"partner": "..."}.'}


def test_keep_an_analysis_and_list_it(client: TestClient, web_store: Store) -> None:
    response = client.post("/api/analyses", json=PAIR)
    assert response.status_code == 201
    kept = response.json()
    assert kept["record"]["reply"] is not None
    listed = client.get("/api/analyses").json()
    assert [item["id"] for item in listed] == [kept["id"]]
    assert listed[0]["partner"] == PAIR["partner"] and listed[0]["reply"] == PAIR["reply"]
    assert listed[0]["model_version"] == "fake-v0"
    me = web_store.local_user().id
    assert [a.id for a in web_store.list_analyses(me)] == [kept["id"]]


def test_list_limit_is_checked(client: TestClient) -> None:
    response = client.get("/api/analyses?limit=0")
    assert response.status_code == 422
    assert "limit" in response.json()["error"]


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_openapi_schema_documents_the_request(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "/api/analyze" in schema["paths"]
    body = schema["components"]["schemas"]["AnalyzeRequest"]
    assert body["properties"]["partner"]["type"] == "string"
    assert body["properties"]["partner_needs"]["items"]["enum"][0] == "listen"
    # Pages are not API: they stay out of the schema.
    assert "/check" not in schema["paths"]


def test_docs_are_local_and_script_free(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "/api/analyze" in response.text and "AnalyzeRequest" in response.text
    assert "<script" not in response.text
    for outside in ("cdn", "https://", "unpkg", "jsdelivr"):
        assert outside not in response.text.lower()
    assert client.get("/redoc").status_code == 404


def test_api_errors_are_json_everywhere(client: TestClient) -> None:
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert json.loads(response.text) == {"error": "There is no page at this address."}
    response = client.get("/api/analyze")
    assert response.status_code == 405
    assert "error" in response.json()
