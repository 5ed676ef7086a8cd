"""Hypothesis strategies for hostile input: text and the bytes of every format claimgraph reads.

Text mixes news prose with what breaks naive code: right-to-left scripts and bidi controls,
emoji (with joiners, skin tones, flags), zero-width and other invisible characters, control
characters, combining marks, odd line ends, and very long lines. Files are built the way their
format says (a CSV with a header, JSON objects a line, HTML elements nested hundreds deep,
Markdown with YAML front matter, PDFs) and then broken: cut short, mis-encoded, mixed with
random bytes.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

WORDS = (
    "Officials in Bamako said on Friday that 21 people were killed , according to the "
    "United Nations . “ We will not accept this , ” Jane Doe told Reuters . The ministry "
    "denied it had paid $ 5 million to Atlas Mining in 2015 . Gunmen allegedly stormed the "
    "hotel ; police arrested two suspects . He said : Mr. Smith , 45 , resigned ? ! ( ) - — "
    "' \" « » 10 % January the and of"
).split()
RTL = "שלום עולם مرحبا بالعالم سلام دنیا \u200f\u200e\u202b\u202e\u202c\u2067\u2069\u061c"
EMOJI = (
    "🙂", "👩\u200d👩\u200d👧", "👍🏽", "🇲🇱", "🏳️\u200d🌈", "❤️", "\U0001f9d1\u200d\U0001f4bb",
    "#\ufe0f\u20e3", "\U000e0067\U000e0062",  # a keycap, tag characters
)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u115f\u3164\u2800\u034f\u061c"
CONTROLS = "".join(map(chr, [*range(0x00, 0x20), *range(0x7F, 0xA0)]))
LINE_ENDS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\f", "\v", "\n\n\n\n\n")
COMBINING = "\u0301\u0308\u0327\u20dd\u0489"
CJK = "東京大阪한국어ไทย"

hostile_chars = st.sampled_from(RTL + INVISIBLE + CONTROLS + COMBINING + CJK)
pieces = st.one_of(
    st.sampled_from(WORDS).map(lambda word: word + " "),
    st.sampled_from(EMOJI),
    st.sampled_from(LINE_ENDS),
    hostile_chars,
    st.text(max_size=8),  # any code point (no surrogates)
)


@st.composite
def hostile_text(draw: st.DrawFn, *, max_pieces: int = 80, huge: bool = True) -> str:
    """News-like words mixed with hostile characters; sometimes one very long line."""
    text = "".join(draw(st.lists(pieces, max_size=max_pieces)))
    if huge and draw(st.integers(0, 9)) == 0:  # one example in ten has a huge line
        unit = draw(st.sampled_from(["x", "word ", "🙂", "\u200b", "ש", "a\u0301", "–"]))
        text += unit * draw(st.integers(20_000, 120_000))
    return text


SENTENCES = (
    "Gunmen stormed the Radisson Blu hotel in Bamako on Friday and took 170 people hostage, officials said.",
    "“We will not negotiate,” the minister told Reuters on Saturday.",
    "According to the United Nations, at least 21 people were killed.",
    "The group al-Mourabitoun claimed responsibility in an audio statement relayed by Al Jazeera.",
    "Police arrested two suspects, who allegedly planned the attack for months.",
    "Jane Doe, a spokeswoman for Atlas Mining, denied that the company paid $5 million to officials.",
    "Unemployment fell to 4.1 percent in May, the highest level since 1999.",
    "He said: “They may have been inflated.” She did not say who he was.",
    "Prosecutors charged Mr. Smith, the former chief executive of Kestrel Biotech, with fraud.",
    "Protests that began in Lagos in January spread to Accra within two weeks.",
    "The court sentenced him to ten years; the verdict was appealed on 3 March 2021.",
    "“Nobody,” he said, “knew.” (Reporting by Jane Doe; editing by Joe Bloggs)",
)


@st.composite
def news_text(draw: st.DrawFn, *, max_sentences: int = 6) -> str:
    """News sentences with hostile pieces spliced in anywhere, even inside words."""
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), max_size=max_sentences)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(pieces) + text[at:]
    return text


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
             "latin-1", "shift_jis", "koi8-r", "gb18030", "mac-roman")


@st.composite
def encoded(draw: st.DrawFn, text: str) -> bytes:
    """`text` in some encoding (characters it cannot hold dropped), sometimes damaged."""
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
    damage = draw(st.integers(0, 5))
    if damage == 0 and data:  # cut anywhere, even inside a character
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == 1:  # random bytes somewhere in it
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    return data


def text_bytes(*, max_pieces: int = 80) -> st.SearchStrategy[bytes]:
    """Bytes of a text file: hostile text in any encoding, or raw random bytes."""
    return st.one_of(
        hostile_text(max_pieces=max_pieces).flatmap(encoded),
        st.binary(max_size=400),
    )


# -- HTML ----------------------------------------------------------------------------------------

TAGS = ("div", "p", "span", "article", "main", "section", "a", "b", "table", "tr", "td", "ul",
        "li", "script", "style", "nav", "footer", "h1", "blockquote", "pre", "noscript", "svg",
        "math", "template", "iframe", "br", "img", "meta", "title", "body", "head", "html", "q")
ATTRIBUTES = ('', ' class="article-body"', ' href="javascript:alert(1)"', ' id=x', ' style="display:none"',
              ' lang="ar" dir="rtl"', ' content="2015-11-21"', ' property="og:title"', ' hidden',
              ' onload="x()"', ' a=\'"\'', ' charset="utf-16"', ' itemprop="datePublished"')
HTML_ODDITIES = ("<!-- comment -- -->", "<![CDATA[ x ]]>", "&amp;amp;", "&#0;", "&#x110000;",
                 "&nbsp;", "</p></p>", "<p", "<", ">", "<?xml version='1.0' encoding='latin-1'?>",
                 "<!DOCTYPE html>", "<meta charset='x-unknown'>", "<meta charset=utf-32>",
                 "<script>document.write('<p>')</script>", "<time datetime='9999-99-99'>")


def html_markup() -> st.SearchStrategy[str]:
    """HTML pages: elements nested to any depth with hostile text, attributes and fragments."""
    leaf = st.one_of(hostile_text(max_pieces=20, huge=False), st.sampled_from(HTML_ODDITIES))

    def element(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
        return st.builds(
            lambda tag, attrs, inner, closed: f"<{tag}{attrs}>{''.join(inner)}" + (f"</{tag}>" if closed else ""),
            st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES), children, st.booleans(),
        )

    tree = st.recursive(leaf, lambda inner: element(st.lists(inner, min_size=1, max_size=4)), max_leaves=30)
    deep = st.builds(  # one element nested hundreds or thousands deep
        lambda tag, depth, body, closed: f"<{tag}>" * depth + body + (f"</{tag}>" * depth if closed else ""),
        st.sampled_from(("div", "span", "b", "p", "li", "table", "blockquote")),
        st.integers(100, 5000), hostile_text(max_pieces=20, huge=False), st.booleans(),
    )
    return st.one_of(tree, deep, st.lists(st.one_of(tree, leaf), max_size=5).map("".join))


def html_bytes() -> st.SearchStrategy[bytes]:
    return st.one_of(html_markup().flatmap(encoded), st.binary(max_size=400))


# -- Markdown ------------------------------------------------------------------------------------

MARKDOWN_BITS = ("# ", "## ", "> ", "- ", "1. ", "* ", "```", "~~~", "    ", "|a|b|\n|-|-|\n", "**",
                 "_", "`", "[link](http://x)", "![img](x.png)", "<div>", "</div>", "---\n", "***",
                 "\\", "[ref]: http://x\n", "<!--", "-->", "&copy;", "<script>x</script>")
FRONT_MATTER = (
    "---\ntitle: A title\nauthor: [Jane, Joe]\ndate: 2015-11-21\n---\n",
    "---\ntitle: {a: 1}\npublished: not a date\n---\n",
    "---\n: : :\n---\n",
    "---\ntitle: !!python/object:os.system x\n---\n",
    "---\n- a list\n---\n",
    "---\ntitle: &a [x, x]\nauthor: *a\n---\n",
    "---\ntitle: 99999999999999999999999999\ndate: 2015-13-45\n---\n",
    "---\n\x00\n---\n",
    "---\ntitle: unterminated\n",
    "---\ndate: 2015-02-30\n---\n",  # no such day: PyYAML raises ValueError
    "---\ntitle: !!timestamp not-a-time\n---\n",
    "---\npublished: 2001-12-14t21:59:43.10-99:99\n---\n",
    "---\ntitle: " + "1" * 5000 + "\n---\n",  # over Python's 4300-digit limit
    "---\ntitle: " + "[" * 3000 + "\n---\n",
    "---\ntitle: !!binary ZZZ=\nauthor: !!set {a, b}\n---\n",
)


def billion_laughs(levels: int, width: int) -> str:
    """YAML front matter whose aliases expand to width ** levels items (a 'billion laughs')."""
    lines = ["---", "a0: &a0 [lol]"]
    for level in range(1, levels + 1):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    key = "title" if levels % 2 else "author"
    lines += [f"{key}: *a{levels}", "---", "Body text of the article."]
    return "\n".join(lines) + "\n"


def markdown_source() -> st.SearchStrategy[str]:
    body = st.lists(
        st.one_of(st.sampled_from(MARKDOWN_BITS), hostile_text(max_pieces=10, huge=False),
                  st.sampled_from(LINE_ENDS)),
        max_size=60,
    ).map("".join)
    nested = st.builds(lambda bit, depth, text: bit * depth + text,
                       st.sampled_from(("> ", "- ", "* ", "1. ", "**", "_", "[", "  - ")),
                       st.integers(50, 3000), hostile_text(max_pieces=10, huge=False))
    front = st.one_of(st.just(""), st.sampled_from(FRONT_MATTER),
                      st.builds(billion_laughs, st.integers(1, 9), st.integers(2, 9)))
    return st.builds(lambda f, b: f + b, front, st.one_of(body, nested))


def markdown_bytes() -> st.SearchStrategy[bytes]:
    return st.one_of(markdown_source().flatmap(encoded), st.binary(max_size=200))


# -- corpora -------------------------------------------------------------------------------------

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text(max_pieces=20, huge=False),
              st.just([]), st.just({})),
    lambda inner: st.one_of(st.lists(inner, min_size=1, max_size=3),
                            st.dictionaries(st.text(max_size=5), inner, min_size=1, max_size=3)),
    max_leaves=10,
)
FIELDS = ("text", "TEXT", " Text ", "title", "author", "publisher", "published", "date", "source",
          "url", "meta", "")


def jsonl_line() -> st.SearchStrategy[str]:
    row = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6)
    with_text = st.builds(lambda row, text: {**row, "text": text}, row, hostile_text(max_pieces=60))
    good = st.one_of(row, with_text).map(lambda value: json.dumps(value, ensure_ascii=False))
    raw = st.one_of(
        good.flatmap(lambda line: st.integers(0, len(line)).map(lambda cut: line[:cut])),  # cut short
        st.sampled_from(("[]", "null", "42", '"text"', "{", "}", '{"text": "a"}{"text": "b"}',
                         '{"text": NaN}', '{"text": "\\ud800"}', '{"text": "a", "text": 5}')),
        st.integers(1, 100_000).map(lambda depth: "[" * depth + "]" * depth),  # nested deep
        st.integers(1, 100_000).map(lambda depth: '{"text": ' + "[" * depth),
        st.integers(4200, 20_000).map(lambda digits: '{"text": "a", "n": ' + "7" * digits + "}"),
        hostile_text(max_pieces=20, huge=False),
    )
    return st.one_of(good, good, raw)


def jsonl_bytes() -> st.SearchStrategy[bytes]:
    lines = st.lists(jsonl_line(), max_size=6)
    return st.one_of(
        st.builds(lambda lines, end: end.join(lines), lines, st.sampled_from(("\n", "\r\n", "\u2028", "\n\n"))
                  ).flatmap(encoded),
        st.binary(max_size=200),
    )


CSV_CELLS = ('"', '""', '"a"b', 'a"b', '"unterminated', "\x00", ",", ";", "\t", "\r", "\n", "\r\n",
             " ", "=cmd|' /C calc'!A0", "\ufeff")


def csv_cell() -> st.SearchStrategy[str]:
    return st.one_of(
        hostile_text(max_pieces=30),
        st.sampled_from(CSV_CELLS),
        hostile_text(max_pieces=15, huge=False).map(lambda text: '"' + text.replace('"', '""') + '"'),
    )


def csv_bytes() -> st.SearchStrategy[bytes]:
    header = st.lists(st.sampled_from(FIELDS + ('"text"', "text,title", "te\x00xt")), min_size=1, max_size=5)
    rows = st.lists(st.lists(csv_cell(), max_size=6), max_size=6)

    def join(header: list[str], rows: list[list[str]], separator: str, end: str) -> str:
        lines = [separator.join(header), *(separator.join(row) for row in rows)]
        return end.join(lines)

    return st.one_of(
        st.builds(join, header, rows, st.sampled_from((",", ",", ";", "\t")),
                  st.sampled_from(("\n", "\r\n", "\r"))).flatmap(encoded),
        st.binary(max_size=200),
    )
