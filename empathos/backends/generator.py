"""An optional writer of suggestions: an OpenAI-compatible chat endpoint the user runs
or chooses (a local llama.cpp or Ollama server, say).

Off unless configured (EMPATHOS_SUGGEST_URL or `--suggest-with`). When on, the partner's
message and the draft reply are SENT TO THAT ENDPOINT: every interface that uses it
says so. Stdlib HTTP only: one JSON POST needs no client library.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from empathos.errors import EmpathosError


class GeneratorUnavailable(EmpathosError):
    """The endpoint could not be reached or answered with something unusable."""


@dataclass(frozen=True)
class ChatEndpoint:
    url: str  # the API base, e.g. http://127.0.0.1:8080/v1
    model: str = "local"
    api_key: str | None = None
    timeout: float = 20.0

    def complete(self, system: str, user: str) -> str:
        """The model's answer to one system + user exchange."""
        body = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            "temperature": 0.7,
            "max_tokens": 200,
        }
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.url.rstrip("/") + "/chat/completions",
            data=json.dumps(body).encode("utf-8"),
            headers=headers,
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                answer: Any = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise GeneratorUnavailable(f"{self.url} answered HTTP {exc.code}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise GeneratorUnavailable(f"{self.url} could not be reached ({reason})") from None
        except ValueError:
            raise GeneratorUnavailable(f"{self.url} did not answer with JSON") from None
        try:
            content = answer["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise GeneratorUnavailable(
                f"{self.url} answered without choices[0].message.content"
            ) from None
        if not isinstance(content, str) or not content.strip():
            raise GeneratorUnavailable(f"{self.url} answered with an empty message")
        return content
