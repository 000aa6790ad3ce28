"""The public API is what `empathos.__all__` says: changing it is a deliberate act."""

import empathos


def test_all_is_pinned() -> None:
    assert empathos.__all__ == [
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


def test_all_is_sorted_and_resolves() -> None:
    assert empathos.__all__ == sorted(empathos.__all__)
    for name in empathos.__all__:
        assert hasattr(empathos, name), name


def test_public_members_come_from_empathos() -> None:
    for name in empathos.__all__:
        member = getattr(empathos, name)
        if callable(member):
            assert member.__module__.startswith("empathos."), name
