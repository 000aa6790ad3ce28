"""A count of what an import left out, by reason, with the first few examples."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

from empathos.core.lookback.messages import Skipped

EXAMPLES_KEPT: Final = 20


@dataclass
class SkipLog:
    by_reason: Counter[str] = field(default_factory=Counter)
    examples: list[Skipped] = field(default_factory=list)

    def __call__(self, skipped: Skipped) -> None:
        self.by_reason[skipped.reason] += 1
        if len(self.examples) < EXAMPLES_KEPT:
            self.examples.append(skipped)

    @property
    def total(self) -> int:
        return sum(self.by_reason.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "by_reason": dict(self.by_reason.most_common()),
            "examples": [
                {"line": s.line, "reason": s.reason, "text": s.text[:200]} for s in self.examples
            ],
        }
