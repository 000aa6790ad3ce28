"""The JSON API: the analysis contract over HTTP, and the API's own docs page.

POST /api/analyze     {"partner", "reply", "context", "partner_needs"} -> the record
POST /api/analyses    the same, and keep it (-> {"id", "record"})
GET  /api/analyses    kept analyses, newest first
GET  /healthz         {"status": "ok"}
GET  /openapi.json    the schema; GET /docs shows it without any CDN
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from empathos.api import make_request
from empathos.core.labels import PARTNER_NEEDS
from empathos.web._deps import current_user
from empathos.web.app import page, services
from empathos.web.views.check import keep

router = APIRouter()

# The fields take any JSON value: empathos.api.make_request checks them, so a bad
# value gets the same message here as from the CLI and the Python API.
_Text = Annotated[Any, WithJsonSchema({"type": "string"})]
_OptionalText = Annotated[Any, WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "null"}]})]
_Context = Annotated[
    Any,
    WithJsonSchema(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "speaker": {"enum": ["partner", "me"]},
                    "text": {"type": "string"},
                },
                "required": ["speaker", "text"],
            },
        }
    ),
]
_Needs = Annotated[Any, WithJsonSchema({"type": "array", "items": {"enum": list(PARTNER_NEEDS)}})]


class AnalyzeRequest(BaseModel):
    """What your partner said and, optionally, your draft reply (shared/spec/analysis.md)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "partner": "My boss tore apart my presentation in front of everyone",
                    "reply": "You should stand up to him",
                    "partner_needs": ["listen"],
                }
            ]
        }
    )

    partner: _Text = Field(description="What your partner said.")
    reply: _OptionalText = Field(None, description="Your draft reply; null to read only theirs.")
    context: _Context = Field(None, description="Earlier turns, oldest first.")
    partner_needs: _Needs = Field(
        None, description="What helps your partner when upset, from their needs card."
    )
    id: Any = Field(None, description="Copied to the record.")


_RECORD = {
    200: {"description": "The analysis record (shared/spec/analysis.md)."},
    413: {"description": "The body is over the size limit."},
    422: {"description": '`{"error": "..."}`: the message says what to change.'},
}


async def analyze_body(request: Request, body: AnalyzeRequest) -> dict[str, Any]:
    checked = make_request(body.partner, body.reply, body.context, body.partner_needs, body.id)
    analysis = await asyncio.wrap_future(services(request).batcher.submit(checked))
    record: dict[str, Any] = analysis.to_dict()
    return record


@router.post("/api/analyze", responses=_RECORD, tags=["analysis"])  # type: ignore[arg-type]
async def api_analyze(request: Request, body: AnalyzeRequest) -> JSONResponse:
    """Analyze what your partner said and, optionally, your reply."""
    return JSONResponse(await analyze_body(request, body))


@router.post("/api/analyses", status_code=201, tags=["analysis"])
async def api_keep(request: Request, body: AnalyzeRequest) -> JSONResponse:
    """Analyze, and keep the record with its texts in your data (see GET /api/analyses)."""
    record = await analyze_body(request, body)
    reply = body.reply if record["reply"] else None
    # The store's calls block: they run on a worker thread, off the event loop.
    kept = await run_in_threadpool(keep, request, record, body.partner, reply)
    return JSONResponse({"id": kept, "record": record}, status_code=201)


@router.get("/api/analyses", tags=["analysis"])
def api_kept(request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> JSONResponse:
    """Your kept analyses, newest first."""
    kept = services(request).store.get().list_analyses(current_user(request), limit=limit)
    return JSONResponse(
        [
            {
                "id": k.id,
                "created_at": k.created_at.isoformat(),
                "partner": k.partner,
                "reply": k.reply,
                "record": k.record,
                "model_version": k.model_version,
            }
            for k in kept
        ]
    )


@router.get("/healthz", tags=["service"])
def healthz() -> dict[str, str]:
    """Answers while the server runs; loads nothing."""
    return {"status": "ok"}


@router.get("/docs", include_in_schema=False, response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API, read from the OpenAPI schema and drawn on the server: no CDN, no script."""
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, spec in methods.items():
            body = (
                spec.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
            )
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": spec.get("summary", ""),
                    "description": spec.get("description", ""),
                    "body": body.get("$ref", "").rsplit("/", 1)[-1],
                }
            )
    models = schema.get("components", {}).get("schemas", {})
    shown = {
        name: model
        for name, model in models.items()
        if name not in ("HTTPValidationError", "ValidationError")
    }
    return page(request, "docs.html", {"routes": routes, "models": shown}, section="docs")
