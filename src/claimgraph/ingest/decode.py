"""Bytes to text, strictly: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or an
encoding the source itself declares (HTTP header, HTML meta). No silent guessing."""

from __future__ import annotations

import codecs
import re

from claimgraph.errors import InputError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are read as Windows-1252.
_LABEL_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}

# What a file really is when its bytes start with these, to tell the user.
_MAGIC = (
    (b"%PDF-", "a PDF document (give it a .pdf suffix)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt file; export it as text first)"),
    (b"\x1f\x8b", "a gzip archive (decompress it first)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (export it as text first)"),
    (b"{\\rtf", "an RTF document (export it as plain text first)"),
)

_SAMPLE = 8192
_BINARY_SHARE = 0.05  # share of control bytes in the sample above which a file is binary
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")


def sniff_binary(data: bytes) -> str | None:
    """Why `data` is not text (binary, a known non-text format), or None if it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"this is {what}, not text"
    sample = data[:_SAMPLE]
    if not sample:
        return None
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if controls / len(sample) > _BINARY_SHARE:
        hint = "NUL bytes" if b"\x00" in sample else "control bytes"
        return (
            f"binary data, not text (many {hint}); if it is UTF-16 text, "
            "save it with a byte-order mark or as UTF-8"
        )
    return None


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode `data` (the content of `source`) to text or raise InputError.

    A byte-order mark wins; then `declared`, the encoding named by the source itself
    (Content-Type charset, HTML meta); then strict UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, source, encoding, skip=len(bom))
    reason = sniff_binary(data)
    if reason:
        raise InputError(source, reason)
    if declared:
        try:
            name = codecs.lookup(declared).name
            b"a".decode(name, "ignore")  # a codec of bytes to bytes ("uu", "base64") names no text encoding
            declared = _LABEL_ALIASES.get(name, name)
        except LookupError:
            declared = None
    return _decode(data, source, declared or "utf-8")


def _decode(data: bytes, source: str, encoding: str, *, skip: int = 0) -> str:
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as err:
        offset = skip + err.start
        bad = data[offset : offset + 1].hex().upper()
        raise InputError(
            source,
            f"not valid {encoding.upper()}: byte 0x{bad} at offset {offset} "
            "(re-save the file as UTF-8)",
        ) from None


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
