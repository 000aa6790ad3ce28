"""Errors empathos shows to people.

    EmpathosError            anything a user can fix; the CLI prints it without a traceback
    ├── InputError           a bad request: empty text, wrong types, a malformed line
    │   └── AlreadyExists    it would duplicate a row: an email already registered
    ├── ModelError           shipped model files missing or damaged
    ├── StoreError           the database cannot be opened or used (names the URL, password masked)
    ├── NotFound             no such row for this user: absent, or someone else's
    └── Forbidden            the row is this user's, but the action is not allowed
"""

from __future__ import annotations


class EmpathosError(Exception):
    """Base class: the message says what went wrong and what to do."""


class InputError(EmpathosError, ValueError):
    """The input cannot be analyzed as given."""


class AlreadyExists(InputError):
    """The request is well formed but would duplicate a row, e.g. an email already registered."""


class ModelError(EmpathosError):
    """The shipped model files cannot be loaded."""


class StoreError(EmpathosError):
    """The database cannot be opened or used."""


class NotFound(EmpathosError, LookupError):
    """No such row for this user.

    Someone else's row raises this too, so a caller cannot learn that it exists.
    """


class Forbidden(EmpathosError):
    """The action is not allowed: rating someone who is not your partner, joining a full couple.

    Not a PermissionError: that is an OSError, and `except OSError` around file work
    must not swallow it.
    """
