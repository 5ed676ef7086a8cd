"""Words around names that every stage reads (`data/names.yaml`), loaded once per process.

- `person_titles`: courtesy titles and offices; before a name they make it a person's
  ("Chancellor Olaf Scholz", "Mr. Diallo"), and names are compared without them;
- `honorifics`: the courtesy titles alone ("Ms Okafor" refers back to "Grace Okafor");
- `organization_heads`: last words that make a name an organization's ("Armed Islamic Group").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from claimgraph.errors import ConfigError

DATA = files(__package__) / "data" / "names.yaml"


@dataclass(frozen=True, slots=True)
class NameWords:
    honorifics: frozenset[str]
    person_titles: frozenset[str]  # honorifics and offices
    organization_heads: frozenset[str]


@cache
def name_words() -> NameWords:
    """The lists, read on first use and kept for the process."""
    try:
        raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
        honorifics = frozenset(str(word).lower() for word in raw["honorifics"])
        return NameWords(
            honorifics=honorifics,
            person_titles=honorifics | {str(word).lower() for word in raw["offices"]},
            organization_heads=frozenset(str(word).lower() for word in raw["organization_heads"]),
        )
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the name lists {DATA}: {exc}") from None
