"""Local files and folders: .txt and .md documents, dispatch, and every bad-input message."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from claimgraph.errors import ConfigError, InputError
from claimgraph.ingest import read_inputs
from claimgraph.model import Document, document_id

ARTICLE = (
    "Gunmen attack Bamako hotel\n"
    "Gunmen stormed the Radisson Blu hotel in Bamako on Friday, officials said.\n"
    "At least 21 people were killed.\n"
)


def read(*inputs: object, **options: object) -> list[Document | InputError]:
    return list(read_inputs([str(item) for item in inputs], **options))


def one_document(*inputs: object, **options: object) -> Document:
    results = read(*inputs, **options)
    assert len(results) == 1 and isinstance(results[0], Document), results
    return results[0]


def one_error(*inputs: object) -> InputError:
    results = read(*inputs)
    assert len(results) == 1 and isinstance(results[0], InputError), results
    return results[0]


def test_txt_document(write) -> None:  # noqa: ANN001
    path = write("bamako.txt", ARTICLE)
    doc = one_document(path)
    assert doc.text == ARTICLE.strip()  # stored whole, the headline included
    assert doc.title == "Gunmen attack Bamako hotel"
    assert doc.source == str(path.resolve())
    assert doc.id == document_id(doc.text)
    assert doc.published is None and doc.author is None


def test_relative_path_becomes_absolute_source(write, monkeypatch) -> None:  # noqa: ANN001
    path = write("sub/rel.txt", ARTICLE)
    monkeypatch.chdir(path.parent.parent)
    assert one_document("sub/rel.txt").source == str(path.resolve())


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Mastermind of The Bamako Terror Attack: A CIA Sponsored “Intelligence Asset”?",
         "Mastermind of The Bamako Terror Attack: A CIA Sponsored “Intelligence Asset”?"),
        ("Mali hostages freed!", "Mali hostages freed!"),
        ("Gunmen stormed the hotel on Friday.", None),  # a sentence, not a headline
        ("In a statement released on Friday, the group said:", None),
        ("word " * 40, None),  # too long
    ],
)
def test_txt_title_is_the_first_line_when_it_looks_like_a_headline(
    write, first_line: str, title: str | None  # noqa: ANN001
) -> None:
    doc = one_document(write("a.txt", f"{first_line}\nThe body of the article follows here.\n"))
    assert doc.title == title


def test_single_line_txt_has_no_title_and_short_text_is_allowed(write) -> None:  # noqa: ANN001
    doc = one_document(write("short.txt", "Mali attack\n"))
    assert doc.text == "Mali attack" and doc.title is None


MARKDOWN = """# The **Bamako** attack

Gunmen *stormed* the [Radisson Blu](https://example.com/radisson) hotel on `Friday`.

![photo of the hotel](hotel.jpg)

## Background

- Belmokhtar led [al-Mourabitoun](https://en.wikipedia.org/wiki/Al-Mourabitoun)
- The group is linked to __AQIM__

```
statement text
```
"""


def test_markdown_becomes_plain_text(write) -> None:  # noqa: ANN001
    doc = one_document(write("bamako.md", MARKDOWN))
    assert doc.title == "The Bamako attack"
    assert doc.text.startswith("The Bamako attack\n\nGunmen stormed the Radisson Blu hotel on Friday.")
    assert "Background" in doc.text and "statement text" in doc.text
    assert "Belmokhtar led al-Mourabitoun" in doc.text
    for marker in ("#", "**", "__", "*stormed", "](", "https://", "![", "photo of the hotel", "```", "`"):
        assert marker not in doc.text, marker


def test_markdown_front_matter_gives_metadata(write) -> None:  # noqa: ANN001
    text = "---\ntitle: From the front matter\nauthor: Jane Reporter\ndate: 2015-11-21\n---\n# Heading\n\nBody text.\n"
    doc = one_document(write("fm.md", text))
    assert (doc.title, doc.author, doc.published) == ("From the front matter", "Jane Reporter", "2015-11-21")
    assert "front matter" not in doc.text and doc.text == "Heading\n\nBody text."


# Found by the property-based tests (test_ingest_properties.py): front matter that PyYAML parses
# but cannot build raised ValueError or AttributeError out of the batch, and YAML aliases
# (a "billion laughs") made the title print as 9 ** 9 items: a hang.
@pytest.mark.parametrize(
    "front",
    ["date: 2015-02-30", "title: " + "1" * 5000, "title: !!timestamp not-a-time",
     "published: 2001-12-14t21:59:43.10-99:99"],
    ids=["no-such-day", "5000-digits", "bad-timestamp", "bad-offset"],
)
def test_front_matter_yaml_cannot_build_is_left_as_text(write, front: str) -> None:  # noqa: ANN001
    (doc,) = read(write("a.md", f"---\n{front}\n---\n\nBody text of the article.\n"))
    assert isinstance(doc, Document) and doc.published is None
    assert doc.text.endswith("Body text of the article.")


def test_front_matter_aliases_are_not_expanded(write) -> None:  # noqa: ANN001
    lines = ["---", "a0: &a0 [lol]"] + [
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)
    ]
    front = "\n".join([*lines, "title: *a9", "author: *a8", "date: *a7", "publisher: Example News", "---"])
    (doc,) = read(write("a.md", front + "\n# Heading\n\nBody text.\n"))  # at once, not in hours
    assert (doc.title, doc.author, doc.published, doc.text) == ("Heading", None, None, "Heading\n\nBody text.")


def test_front_matter_lists_of_names_are_kept(write) -> None:  # noqa: ANN001
    (doc,) = read(write("a.md", "---\nauthor: [Jane Doe, Joe Bloggs, [nested]]\ntitle: {a: 1}\n---\nBody.\n"))
    assert (doc.author, doc.title) == ("Jane Doe; Joe Bloggs", None)



@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_byte_order_marks_are_accepted(write, encoding: str) -> None:  # noqa: ANN001
    text = "Café attack 🇲🇱\nThe café “Le Bamako” was closed, the mayor said.\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM themselves
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    doc = one_document(write("bom.txt", data))
    assert doc.text == text.strip()
    assert doc.id == document_id(text.strip())  # same id as the plain UTF-8 file


def test_same_text_as_txt_and_as_jsonl_row_has_the_same_id(write) -> None:  # noqa: ANN001
    import json

    txt = one_document(write("a.txt", ARTICLE))
    row = one_document(write("a.jsonl", json.dumps({"text": ARTICLE.replace("\n", "\r\n")}) + "\n"))
    assert txt.id == row.id and txt.text == row.text


def test_published_argument_overrides_metadata(write) -> None:  # noqa: ANN001
    md = write("fm.md", "---\ndate: 2001-01-01\n---\nBody text.\n")
    txt = write("plain.txt", "Body of another article.\n")
    docs = read(md, txt, published="21 November 2015")
    assert [doc.published for doc in docs] == ["2015-11-21", "2015-11-21"]


def test_bad_published_argument_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not a date"):
        read_inputs(["whatever.txt"], published="soon")


# --- bad inputs: each a one-line reason naming the problem ------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\r\n  \n", "empty file"),
        ("blank.md", b"\n\n", "empty file"),
        ("only-image.md", b"![a picture](x.png)\n", "empty file"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image, not text"),
        ("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        ("binary.txt", bytes(range(256)) * 8, "binary data, not text"),
        ("nul.txt", b"abc\x00\x00\x00def\x00\x00" * 50, "NUL bytes"),
        ("utf16-no-bom.txt", "Bamako attack".encode("utf-16-le"), "binary data"),
        ("latin1.txt", "Le café est fermé.".encode("latin-1"), "not valid UTF-8: byte 0xE9 at offset 6"),
        ("broken-utf16.txt", codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "not valid UTF-16-LE"),
    ],
)
def test_bad_files(write, name: str, content: bytes, reason: str) -> None:  # noqa: ANN001
    path = write(name, content)
    error = one_error(path)
    assert error.source == str(path.resolve())
    assert reason in error.reason
    assert "\n" not in str(error)


def test_invalid_utf8_says_what_to_do(write) -> None:  # noqa: ANN001
    error = one_error(write("cp1252.txt", "“quoted”".encode("cp1252")))
    assert error.reason == "not valid UTF-8: byte 0x93 at offset 0 (re-save the file as UTF-8)"


def test_missing_path(tmp_path: Path) -> None:
    error = one_error(tmp_path / "nowhere.txt")
    assert error.source == str(tmp_path / "nowhere.txt")
    assert error.reason == "no such file or folder"


def test_unsupported_suffix_given_explicitly(write) -> None:  # noqa: ANN001
    error = one_error(write("report.docx", b"PK\x03\x04 whatever"))
    assert "unsupported file type '.docx'" in error.reason and ".txt" in error.reason


def test_unsupported_url_scheme() -> None:
    error = one_error("ftp://example.org/article.txt")
    assert "unsupported URL scheme 'ftp'" in error.reason


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_and_unknown(write, tmp_path: Path) -> None:  # noqa: ANN001
    write("in/b.txt", "Second article text.\n")
    write("in/a.md", "# First\n\nFirst article text.\n")
    write("in/sub/c.txt", "Third article text.\n")
    write("in/.hidden.txt", "Hidden article text.\n")
    write("in/.git/d.txt", "Inside a hidden folder.\n")
    write("in/notes.docx", b"PK\x03\x04")
    write("in/image.png", b"\x89PNG")
    write("in/README", "No suffix.\n")
    docs = read(tmp_path / "in")
    assert all(isinstance(doc, Document) for doc in docs), docs
    assert [Path(doc.source).relative_to(tmp_path / "in").as_posix() for doc in docs] == [
        "a.md", "b.txt", "sub/c.txt"
    ]


def test_one_bad_file_does_not_stop_the_batch(write, tmp_path: Path) -> None:  # noqa: ANN001
    write("in/1-good.txt", "A good article.\n")
    write("in/2-empty.txt", "")
    write("in/3-binary.txt", bytes(range(256)) * 8)
    write("in/4-good.txt", "Another good article.\n")
    results = read(tmp_path / "in", tmp_path / "missing.txt", write("last.txt", "The last one.\n"))
    kinds = [type(result).__name__ for result in results]
    assert kinds == ["Document", "InputError", "InputError", "Document", "InputError", "Document"]


def test_explicit_hidden_file_is_read(write) -> None:  # noqa: ANN001
    assert one_document(write(".draft.txt", "A draft article.\n")).text == "A draft article."


def test_unreadable_file(write) -> None:  # noqa: ANN001
    import os

    path = write("locked.txt", "Secret article.\n")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        assert "cannot read the file" in one_error(path).reason
    finally:
        path.chmod(0o644)


def test_folder_without_supported_files_is_reported(write, tmp_path: Path) -> None:  # noqa: ANN001
    write("in/notes.docx", b"PK\x03\x04")
    error = one_error(tmp_path / "in")
    assert error.source == str((tmp_path / "in").resolve())
    assert error.reason.startswith("no files of a supported type in this folder")


def test_a_single_string_is_one_input(write) -> None:  # noqa: ANN001
    path = write("one.txt", "A single article.\n")
    assert [doc.text for doc in read_inputs(str(path))] == ["A single article."]
