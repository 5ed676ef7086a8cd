"""HTML pages: the article's main text via trafilatura, without navigation, footers and ads;
title, author, publisher (site name) and publication date from the page's metadata."""

from __future__ import annotations

import re

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from claimgraph.errors import InputError
from claimgraph.ingest.decode import decode_bytes, html_declared_charset
from claimgraph.ingest.document import build_document
from claimgraph.model import Document

NO_ARTICLE = (
    "no article text found in the HTML page (an index or navigation page, "
    "or one whose text is filled in by JavaScript?)"
)
_WORD = re.compile(r"\w")
# Only dates the page states in its markup (meta tags, JSON-LD, <time>, URL); no guessing
# from dates that happen to appear in the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def html_document(
    data: bytes, source: str, *, declared: str | None = None, url: str | None = None
) -> Document:
    """The article in an HTML page; `declared` is the charset from the HTTP header, if any."""
    markup = decode_bytes(data, source, declared=declared or html_declared_charset(data))
    tree = _parse(markup)
    if tree is None:
        raise InputError(source, "empty file (no HTML in it)" if not markup.strip() else NO_ARTICLE)
    links = _link_texts(tree)  # before trafilatura, which prunes the tree it is given
    try:
        result = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as err:  # trafilatura has no exception type of its own
        raise InputError(source, f"could not read the HTML page ({err})") from None
    text = (result.text or "") if result is not None else ""
    if _only_links(text, links):
        raise InputError(source, NO_ARTICLE)
    return build_document(
        text,
        source,
        empty=NO_ARTICLE,
        title=result.title,
        author=result.author,
        publisher=result.sitename,
        published=result.date,
        meta={"format": "html", **({"url": result.url} if result.url else {})},
    )


def _parse(markup: str) -> HtmlElement | None:
    if not markup.strip():
        return None
    # lxml refuses str input that carries an XML encoding declaration; it is decoded already.
    markup = re.sub(r"\A\s*<\?xml[^>]*\?>", "", markup)
    return load_html(markup)


def _link_texts(tree: HtmlElement) -> list[str]:
    texts = {" ".join(anchor.text_content().split()) for anchor in tree.iter("a")}
    return sorted((text for text in texts if text), key=len, reverse=True)


def _only_links(text: str, links: list[str]) -> bool:
    """True when every line of `text` is made of link texts: a menu, not an article.

    trafilatura falls back to whatever text a page has, so a page of navigation links
    would otherwise come back as a "document"."""
    for line in text.split("\n"):
        rest = " ".join(line.split())
        for link in links:
            rest = rest.replace(link, " ")
        if _WORD.search(rest):
            return False
    return True
