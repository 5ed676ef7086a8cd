"""Words around names that every stage reads (`data/names.yaml`), loaded once per process.

- `person_titles`: courtesy titles and offices; before a name they make it a person's
  ("Chancellor Olaf Scholz", "Mr. Diallo"), and names are compared without them;
- `honorifics`: the courtesy titles alone ("Ms Okafor" refers back to "Grace Okafor");
- `organization_heads`: last words that make a name an organization's ("Armed Islamic Group");
- `organization_first_words`: first words that do, in languages that put the kind of body
  first ("Partido Fuerza Regional", "Banco Santander").
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
    organization_first_words: frozenset[str]

    def names_organization(self, words: list[str]) -> bool:
        """Whether a name of these words (two or more) is an organization's by its first or last word."""
        return len(words) > 1 and (words[-1].lower() in self.organization_heads
                                   or words[0].lower() in self.organization_first_words)


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
            organization_first_words=frozenset(str(word).lower() for word in raw["organization_first_words"]),
        )
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the name lists {DATA}: {exc}") from None
