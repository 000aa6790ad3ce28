"""empathos: a local-first empathy coach for couples.

    >>> import empathos
    >>> record = empathos.analyze("My boss yelled at me", reply="That sounds awful")
"""

from empathos.api import analyze, analyze_many
from empathos.core.types import Analysis, Request, Turn
from empathos.errors import EmpathosError, InputError, ModelError

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "EmpathosError",
    "InputError",
    "ModelError",
    "Request",
    "Turn",
    "__version__",
    "analyze",
    "analyze_many",
]
