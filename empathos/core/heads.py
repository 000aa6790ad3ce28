"""Small linear heads over dense embeddings plus hashed sparse features, in numpy."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from empathos.core.features import FloatArray, SparseRows


@dataclass(frozen=True)
class LinearHead:
    """logits = dense @ W_dense.T + sparse @ W_sparse.T + bias."""

    dense_weights: FloatArray  # (classes, dense_dim)
    bias: FloatArray  # (classes,)
    sparse_weights: FloatArray | None = None  # (classes, N_HASHED) or None

    def logits(self, dense: FloatArray, sparse: SparseRows | None = None) -> FloatArray:
        out = dense @ self.dense_weights.T + self.bias
        if self.sparse_weights is not None:
            assert sparse is not None, "this head needs sparse features"
            w = self.sparse_weights
            for i in range(len(sparse)):
                idx, val = sparse.row(i)
                out[i] += w[:, idx] @ val
        return out.astype(np.float32)


def softmax(logits: FloatArray) -> FloatArray:
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs: FloatArray = (z / z.sum(axis=1, keepdims=True)).astype(np.float32)
    return probs


def sigmoid(logits: FloatArray) -> FloatArray:
    return (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
