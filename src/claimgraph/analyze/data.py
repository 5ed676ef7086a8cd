"""The word lists of `analyze/data/` (conclusion cues, contradiction rules), read once per process."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml

from claimgraph.errors import ConfigError

DATA = files("claimgraph.analyze") / "data"


@cache
def load_data(name: str) -> dict:
    """A word list of `analyze/data/`, read once per process."""
    try:
        return yaml.safe_load((DATA / name).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {DATA / name}: {exc}") from None
