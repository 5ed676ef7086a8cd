"""Markdown to plain readable text: no heading hashes, emphasis markers, link targets,
images or code-fence markers; the words a reader sees stay as they are."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


@dataclass
class Markdown:
    text: str
    title: str | None = None
    front_matter: dict[str, Any] = field(default_factory=dict)


def markdown_to_text(source: str) -> Markdown:
    """Plain text of a Markdown document, its first heading and its YAML front matter."""
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    front_matter: dict[str, Any] = {}
    match = _FRONT_MATTER.match(source)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except Exception:  # noqa: BLE001 - YAMLError, and what its constructors raise on
            # values they cannot build ("date: 2015-02-30", a 5,000-digit number, "!!timestamp x")
            loaded = None
        if isinstance(loaded, dict):
            front_matter = {str(key).lower(): value for key, value in loaded.items()}
            source = source[match.end() :]
    tree = SyntaxTreeNode(_MD.parse(source))
    heading = next((node for node in tree.walk() if node.type == "heading"), None)
    title = _inline(heading.children[0]) if heading and heading.children else None
    blocks = [block for node in tree.children for block in _blocks(node)]
    return Markdown("\n\n".join(blocks), title or None, front_matter)


def _blocks(node: SyntaxTreeNode) -> list[str]:
    kind = node.type
    if kind in ("heading", "paragraph"):
        text = _inline(node.children[0]) if node.children else ""
        return [text] if text.strip() else []
    if kind in ("fence", "code_block"):
        code = node.content.rstrip("\n")
        return [code] if code.strip() else []
    if kind in ("bullet_list", "ordered_list"):
        start = int(node.attrs.get("start", 1) or 1)
        items = []
        for number, item in enumerate(node.children, start):
            marker = f"{number}. " if kind == "ordered_list" else "- "
            items.append(_list_item(item, marker))
        return ["\n".join(item for item in items if item)]
    if kind == "html_block":
        text = _TAG.sub("", node.content).strip()
        return [text] if text else []
    if kind == "table":
        rows = [
            " | ".join(_inline(cell.children[0]) if cell.children else "" for cell in row.children)
            for row in node.walk()
            if row.type == "tr"
        ]
        return ["\n".join(rows)]
    if kind == "hr":
        return []
    return [block for child in node.children for block in _blocks(child)]


def _list_item(item: SyntaxTreeNode, marker: str) -> str:
    parts = [block for child in item.children for block in _blocks(child)]
    if not parts:
        return ""
    lines = "\n".join(parts).split("\n")
    indent = " " * len(marker)
    return "\n".join([marker + lines[0], *(indent + line if line else line for line in lines[1:])])


def _inline(node: SyntaxTreeNode) -> str:
    pieces: list[str] = []
    for child in node.children:
        kind = child.type
        if kind in ("text", "code_inline"):
            pieces.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            pieces.append("\n")
        elif kind in ("image", "html_inline"):
            continue
        else:  # link, em, strong, s: keep the words, drop the markers and targets
            pieces.append(_inline(child))
    return "".join(pieces)
