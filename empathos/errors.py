"""Errors empathos shows to people.

    EmpathosError            anything a user can fix; the CLI prints it without a traceback
    ├── InputError           a bad request: empty text, wrong types, a malformed line
    └── ModelError           shipped model files missing or damaged
"""

from __future__ import annotations


class EmpathosError(Exception):
    """Base class: the message says what went wrong and what to do."""


class InputError(EmpathosError, ValueError):
    """The input cannot be analyzed as given."""


class ModelError(EmpathosError):
    """The shipped model files cannot be loaded."""
