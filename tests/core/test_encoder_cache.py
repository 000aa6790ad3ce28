"""CachingEncoder: texts met again are not encoded again, and the answer is the same."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from empathos.core.encoder import CachingEncoder
from empathos.core.features import FloatArray


class CountingEncoder:
    """A vector per text from its characters; remembers what it was asked to encode."""

    name = "counting"
    dim = 4

    def __init__(self) -> None:
        self.asked: list[str] = []

    def embed(self, texts: Sequence[str]) -> FloatArray:
        self.asked += texts
        return np.array(
            [[len(t), sum(map(ord, t)) % 97, t.count(" "), 1.0] for t in texts], dtype=np.float32
        )


def test_repeated_texts_are_encoded_once_in_input_order() -> None:
    inner = CountingEncoder()
    cached = CachingEncoder(inner, size=8)
    first = cached.embed(["their words", "my draft", "their words"])
    second = cached.embed(["their words", "my draft, longer"])
    assert inner.asked == ["their words", "my draft", "my draft, longer"]
    np.testing.assert_array_equal(first, inner.embed(["their words", "my draft", "their words"]))
    np.testing.assert_array_equal(second, inner.embed(["their words", "my draft, longer"]))


def test_the_least_recently_used_text_goes_first_and_forget_drops_all() -> None:
    inner = CountingEncoder()
    cached = CachingEncoder(inner, size=2)
    cached.embed(["a"])
    cached.embed(["b"])
    cached.embed(["a"])  # "a" is recent again; "b" is the oldest
    cached.embed(["c"])
    inner.asked.clear()
    cached.embed(["a", "b"])
    assert inner.asked == ["b"]
    cached.forget()
    inner.asked.clear()
    cached.embed(["a"])
    assert inner.asked == ["a"]


def test_threads_sharing_it_get_their_own_answers() -> None:
    cached = CachingEncoder(CountingEncoder(), size=16)
    texts = [f"text {i % 24}" for i in range(400)]
    with ThreadPoolExecutor(4) as pool:
        rows = list(pool.map(lambda t: cached.embed([t])[0], texts))
    reference = CountingEncoder().embed(texts)
    np.testing.assert_array_equal(np.stack(rows), reference)


def test_a_cache_over_a_cache_asks_the_encoder_itself() -> None:
    inner = CountingEncoder()
    outer = CachingEncoder(CachingEncoder(inner, size=4), size=8)
    assert outer.encoder is inner
    outer.embed(["a", "b"])
    outer.embed(["b", "a"])
    assert inner.asked == ["a", "b"]
