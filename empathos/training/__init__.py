"""Reproducible training from ../shared/data into empathos/models/.

Needs the `train` extra (torch, transformers, scikit-learn) and the shared
corpora; nothing here runs at analysis time.
"""
