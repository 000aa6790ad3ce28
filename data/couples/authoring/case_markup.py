"""The shape of a whole authored case, shared by the later batches (pairs_*.py).

A reply marks each block inline as `[kind:the words]`; `codes` names the mechanisms
(E emotional_reaction, I interpretation, X exploration, V validation).
"""

Case = tuple[str, str, str, str, list[str], list[str]]


def c(partner: str, reply: str, codes: str = "", seeks: str = "empathy",
      needs: list[str] | None = None, context: list[str] | None = None) -> Case:
    return (partner, reply, codes, seeks, needs or [], context or [])
