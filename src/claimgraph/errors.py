"""One exception hierarchy for everything claimgraph raises on purpose.

User-facing errors say what was wrong with which input and what to do; the CLI turns them
into a one-line message and a non-zero exit code, never a traceback.
"""

from __future__ import annotations


def printable(text: str) -> str:
    """`text` safe to show on one line of a terminal or store as a name.

    The bytes of a file name that are not UTF-8 (Python keeps them as lone surrogates) become
    ``\\xNN``; newlines, tabs, other control characters and invisible ones (bidi overrides,
    zero-width spaces) become ``\\n``, ``\\t``, ``\\x1b``, ``\\u202e``. Printable text
    is returned as it is.
    """
    if text.isprintable():
        return text
    return "".join(_escape(char) for char in text)


def one_line(text: str) -> str:
    """`text` on one printable line: runs of whitespace (newlines included) become one space."""
    return printable(" ".join(text.split()))


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char.isprintable():
        return char
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if char in _NAMED:
        return _NAMED[char]
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


class ClaimgraphError(Exception):
    """Base class of every error claimgraph raises deliberately."""


class InputError(ClaimgraphError):
    """One input (file, URL, row) could not be read or holds no usable text."""

    def __init__(self, source: str, reason: str) -> None:
        source, reason = printable(source), one_line(reason)
        super().__init__(f"{source}: {reason}")
        self.source = source  # printable, one line (see `printable`)
        self.reason = reason


class StoreError(ClaimgraphError):
    """The database could not be opened, migrated, read or written."""


class ConfigError(ClaimgraphError):
    """A setting (environment variable or option) has a value claimgraph cannot use."""


class NotFoundError(StoreError):
    """A document, entity or record named by the user is not in the database."""
