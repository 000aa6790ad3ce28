"""Batch analysis of JSON lines: the "Batch CLI" rules of shared/spec/analysis.md.

One result per non-blank input line, in input order; a bad line becomes an
error record naming its line number and the run goes on. Blank lines are
skipped and yield nothing, but line numbers stay those of the file, so
"line 7" is what an editor shows as line 7.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from empathos.api import make_request
from empathos.core.pipeline import Pipeline
from empathos.core.types import Request
from empathos.errors import InputError

CHUNK_SIZE = 64  # lines per pipeline call: the encoder batches by 32, and output stays prompt
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class LineResult:
    """The output record for one input line."""

    line: int  # 1-based line number in the input
    record: dict[str, Any]  # the analysis record, or {"id": ..., "error": "line N: ..."}
    nbytes: int  # size of the input line, for progress by bytes

    @property
    def ok(self) -> bool:
        return "error" not in self.record


@dataclass(frozen=True)
class _Parsed:
    line: int
    nbytes: int
    id: Any
    request: Request | None
    error: str | None


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "null"


def parse_line(raw: bytes, line: int) -> _Parsed:
    """Decodes and validates one input line; problems are returned, not raised."""
    nbytes = len(raw)

    def bad(message: str, id: Any = None) -> _Parsed:
        return _Parsed(line, nbytes, id, None, f"line {line}: {message}")

    if line == 1 and raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return bad(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the line);"
            " save the file as UTF-8"
        )
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return bad(f"not valid JSON: {exc.msg} (column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # e.g. a 5,000-digit number, [[[[...]]]]
        return bad(f"not valid JSON: {exc}" if str(exc) else "not valid JSON: nested too deeply")
    if not isinstance(obj, dict):
        return bad(f'expected a JSON object like {{"partner": "..."}}, got {_json_type(obj)}')
    id = obj.get("id")
    if "partner" not in obj:
        return bad("missing 'partner' (what your partner said)", id)
    try:
        request = make_request(
            obj["partner"], obj.get("reply"), obj.get("context"), obj.get("partner_needs"), id
        )
    except InputError as exc:
        return bad(str(exc), id)
    return _Parsed(line, nbytes, id, request, None)


def _analyze_chunk(chunk: list[_Parsed], pipeline: Pipeline) -> Iterator[LineResult]:
    good = [p for p in chunk if p.request is not None]
    requests = [p.request for p in good if p.request is not None]
    records: dict[int, dict[str, Any]] = {}
    try:
        for p, analysis in zip(good, pipeline.analyze(requests), strict=True):
            records[p.line] = analysis.to_dict()
    except InputError:
        # One request the pipeline refuses must not sink its 63 neighbours: retry one by one.
        for p, request in zip(good, requests, strict=True):
            try:
                records[p.line] = pipeline.analyze([request])[0].to_dict()
            except InputError as exc:
                records[p.line] = {"id": p.id, "error": f"line {p.line}: {exc}"}
    for p in chunk:
        record = records.get(p.line) or {"id": p.id, "error": p.error}
        yield LineResult(p.line, record, p.nbytes)


def analyze_lines(
    lines: Iterable[bytes], pipeline: Pipeline, *, chunk_size: int = CHUNK_SIZE
) -> Iterator[LineResult]:
    """Analyzes raw JSON lines in chunks, yielding one result per non-blank line, in order."""
    chunk: list[_Parsed] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        chunk.append(parse_line(raw, number))
        if len(chunk) >= chunk_size:
            yield from _analyze_chunk(chunk, pipeline)
            chunk = []
    if chunk:
        yield from _analyze_chunk(chunk, pipeline)
