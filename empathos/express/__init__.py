"""Say it gently: look at a message I'm about to send, before I send it.

startup.py   harsh wording with spans, and gentle start-ups built from the draft (pure)
topics.py    what a complaint is about: feelings under it and needs to ask for (authored)
"""

from empathos.express.startup import EXPRESS_KINDS, Expressed, express, find_harsh

__all__ = ["EXPRESS_KINDS", "Expressed", "express", "find_harsh"]
