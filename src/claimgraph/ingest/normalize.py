"""Text normalization: the one place that decides what a Document's text looks like.

Offsets everywhere else are into the text as returned here, so the rules must be
deterministic and idempotent: ``normalize_text(normalize_text(x)) == normalize_text(x)``.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Repair mojibake and broken line breaks, but keep the source's own characters otherwise:
# curly quotes stay curly, full-width letters stay full-width, HTML entities stay literal
# (unescaping them would not be idempotent: "&amp;amp;" -> "&amp;" -> "&").
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)

# Page and vertical-tab breaks (common in PDF text) end a line rather than vanish.
# U+0085 is left to ftfy, which reads a stray one as Windows-1252 "…".
_LINE_BREAKS = str.maketrans({"\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n"})
_C0 = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TOO_MANY_BLANKS = re.compile(r"\n{4,}")
_MAX_PASSES = 5


def normalize_text(raw: str) -> str:
    """Normalize text as claimgraph stores it.

    - mojibake repaired with ftfy ("donâ€™t" -> "don’t"); quotes are not uncurled;
    - Unicode NFC;
    - line ends ``\\r\\n`` and ``\\r`` (and form feeds, Unicode line separators) -> ``\\n``;
    - NUL and other control characters removed, except ``\\n`` and ``\\t``;
    - trailing whitespace stripped from every line;
    - leading and trailing blank lines removed;
    - runs of three or more blank lines collapsed to two.

    Removing a character can bring two others together that ftfy would then repair, so
    the rules are applied until the text stops changing (in practice one or two passes).
    """
    text = _one_pass(raw)
    for _ in range(_MAX_PASSES):
        again = _one_pass(text)
        if again == text:
            break
        text = again
    return text


def _one_pass(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    # C0 controls go before ftfy, C1 controls after it: ftfy needs those to fix "\x93" -> "“".
    text = ftfy.fix_text(_C0.sub("", text), _FTFY)
    text = _CONTROL.sub("", text.replace("\r", "\n").translate(_LINE_BREAKS))
    text = unicodedata.normalize("NFC", text)
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return _TOO_MANY_BLANKS.sub("\n\n\n", "\n".join(lines))
