"""What a configured generator is asked, and what of its answer empathos will show.

The generator only drafts: its text is analyzed like any reply, and shown only when it
is empathic with no block (else the offline suggestion stays).
"""

from __future__ import annotations

import re
from typing import Any, Final

from empathos.core.types import Analysis, Request

MAX_CHARS: Final = 600

SYSTEM: Final = (
    "You help someone answer their partner with empathy. Write the reply they could send "
    "instead of their draft: two to four short sentences in plain, warm, everyday words. "
    "Reflect what the partner feels and what happened, in their own terms; say the feeling "
    "makes sense; then ask one open question or ask what they need. No advice unless they "
    "asked for it; no 'at least', no 'you should', no blame, no talking about yourself. "
    "Answer with the reply only, no quotes or preamble."
)

_QUOTES: Final = re.compile(r'^\s*["\u201c\u2018\']+|["\u201d\u2019\']+\s*$')
_PREAMBLE: Final = re.compile(r"^\s*(?:here(?:'s| is) [^:\n]{0,60}:|reply:|suggestion:)\s*", re.I)


def user_prompt(request: Request, record: dict[str, Any]) -> str:
    partner = record["partner"]
    feelings = ", ".join(e["label"] for e in partner["emotions"][:3]) or "not clear"
    wants = "advice" if partner["seeks"] == "advice" else "to be heard (empathy, not advice)"
    lines = [f"My partner said: {request.partner}"]
    if request.reply:
        lines.append(f"My draft reply: {request.reply}")
    lines.append(f"They seem to feel: {feelings}. They seem to want: {wants}.")
    if request.partner_needs:
        lines.append(f"What helps them when upset: {', '.join(request.partner_needs)}.")
    return "\n".join(lines)


def clean(text: str) -> str:
    """The reply alone: no preamble or wrapping quotes, first paragraph, bounded."""
    text = _PREAMBLE.sub("", text.strip())
    text = text.split("\n\n", 1)[0].strip()
    text = _QUOTES.sub("", text).strip()
    return text[:MAX_CHARS].strip()


def acceptable(check: Analysis) -> bool:
    """Shown only when the engine reads the generated reply as empathic, with no block."""
    reply = check.reply
    return reply is not None and reply.empathic and not reply.blocks
