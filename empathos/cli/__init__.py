"""The `empathos` command: one thin module per command, each calling plain functions.

Heavy imports (onnxruntime, rich.progress, training code) happen inside the
commands, so `empathos --help` and `--version` start fast.
"""
