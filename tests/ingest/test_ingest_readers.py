"""Readers: input kinds, path expansion, stdin, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.errors import InputError, InputTooLarge, MalformedInput
from eventwire.ingest.ids import article_id
from eventwire.ingest.readers import read_inputs
from eventwire.schema import Article

DATA = Path(__file__).parent / "data"
WIRE = "Kremlin rejects talks – Northern Ledger\n\nThe Kremlin rejected the proposal on Monday.\n"


def read(*paths: str | Path, **options: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **options))  # type: ignore[arg-type]


def only(items: list[Article | InputError]) -> Article | InputError:
    assert len(items) == 1, items
    return items[0]


def article(item: Article | InputError) -> Article:
    assert isinstance(item, Article), item
    return item


def error(item: Article | InputError) -> InputError:
    assert isinstance(item, InputError), item
    return item


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- text files ------------------------------------------------------------------------------


def test_wire_text_file_becomes_an_article() -> None:
    result = article(only(read(DATA / "ceasefire_wire.txt", published="2022-03-01")))
    assert result.title == "Envoys meet in Vienna as ceasefire talks resume"
    assert result.outlet == "The Harbor Courier"
    assert result.published == "2022-03-01"
    assert result.text.startswith("Negotiators from Russia and Ukraine met in Vienna")
    assert result.id == article_id(result.text, result.title)


def test_text_file_with_bom_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfTroops withdraw\r\n\r\nThe troops left.\r\n")
    result = article(only(read(path)))
    assert (result.title, result.text) == ("Troops withdraw", "The troops left.")


def test_gzipped_text_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt.gz", gzip.compress(WIRE.encode()))
    assert article(only(read(path))).text == "The Kremlin rejected the proposal on Monday."


def test_explicit_file_with_unknown_ending_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "story.md", WIRE)
    assert article(only(read(path))).outlet == "Northern Ledger"


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": "Russia moved troops.",
                "title": "Troops",
                "id": 7,
                "published": "Feb 14, 2022",
                "url": "https://example.com/a",
                "outlet": "Ledger",
            }
        ),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps(["text"]),
        json.dumps({"text": "  "}),
        json.dumps({"text": "NATO warned Moscow.", "published": "someday"}),
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    items = read(path, published="2022-01-01")
    assert len(items) == 7
    first = article(items[0])
    assert (first.id, first.title, first.published, first.url, first.outlet) == (
        "7",
        "Troops",
        "2022-02-14",
        "https://example.com/a",
        "Ledger",
    )
    assert [error(item).source for item in items[1:6]] == [f"{path}:{n}" for n in (3, 4, 5, 6, 7)]
    assert "not valid JSON" in error(items[1]).reason
    assert error(items[2]).reason == "missing field 'text'"
    assert error(items[3]).reason == "field 'text' must be a string, got number"
    assert error(items[4]).reason == "expected a JSON object, got array"
    assert isinstance(items[5], MalformedInput) and "empty article" in items[5].reason
    last = article(items[6])
    assert (last.published, last.id) == ("2022-01-01", article_id("NATO warned Moscow.", None))


def test_jsonl_text_is_kept_verbatim(tmp_path: Path) -> None:
    text = "  KYIV (AP) — Russia  moved.\n(Reuters)"
    path = write(tmp_path / "a.jsonl", json.dumps({"text": text}) + "\n")
    assert article(only(read(path))).text == text


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"text": "x", "id": True}, "field 'id' must be a string or an integer, got boolean"),
        ({"text": "x", "id": 1.5}, "field 'id' must be a string or an integer, got number"),
        ({"text": "x", "title": ["a"]}, "field 'title' must be a string, got array"),
    ],
)
def test_jsonl_bad_field_types(tmp_path: Path, record: dict[str, object], reason: str) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    assert error(only(read(path))).reason == reason


def test_jsonl_line_over_limit_is_refused_and_next_line_read(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 500})
    path = write(tmp_path / "a.jsonl", big + "\n" + json.dumps({"text": "ok"}) + "\n")
    items = read(path, config=Config(max_bytes=100))
    assert isinstance(items[0], InputTooLarge)
    assert items[0].source == f"{path}:1"
    assert "100 bytes" in items[0].reason and f"{len(big) + 1:,}" in items[0].reason
    assert article(items[1]).text == "ok"


def test_jsonl_invalid_utf8_names_the_offset(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    items = read(path)
    assert error(items[1]).reason == "not valid UTF-8 text (byte 0xe9 at offset 28)"


def test_empty_jsonl_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", "\n\n")
    assert error(only(read(path))).reason == "empty file: no JSON lines"


# --- CSV -------------------------------------------------------------------------------------


def test_csv_rows_with_quoted_newlines_and_bad_rows(tmp_path: Path) -> None:
    rows = (
        "Title, TEXT ,published,id\n"
        'Troops,"Russia moved troops.\n\nNATO warned.",2022-02-14T10:00:00Z,a1\n'
        "No text,,2022-02-14,a2\n"
        "Extra,text,2022-02-14,a3,oops\n"
        "Plain,The EU agreed.,,\n"
    )
    path = write(tmp_path / "a.csv", rows)
    items = read(path)
    first = article(items[0])
    assert (first.id, first.title, first.text, first.published) == (
        "a1",
        "Troops",
        "Russia moved troops.\n\nNATO warned.",
        "2022-02-14",
    )
    assert (error(items[1]).source, error(items[1]).reason) == (f"{path}:5", "missing field 'text'")
    assert error(items[2]).reason == "row has 5 fields, the header 4"
    assert article(items[3]).id == article_id("The EU agreed.", "Plain")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("title,body\nA,B\n", "CSV header has no 'text' column (found: title, body)"),
        ("", "empty file: no CSV header row"),
        ("text,title\n", "no articles: the CSV file has a header but no rows"),
    ],
)
def test_csv_file_level_errors(tmp_path: Path, content: str, reason: str) -> None:
    path = write(tmp_path / "a.csv", content)
    assert error(only(read(path))).reason == reason


def test_csv_field_over_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", "text\n" + "x" * 300 + "\nok\n")
    items = read(path, config=Config(max_bytes=100))
    assert isinstance(items[0], InputTooLarge)
    assert article(items[1]).text == "ok"


# --- HTML ------------------------------------------------------------------------------------


def test_html_page_becomes_an_article() -> None:
    result = article(only(read(DATA / "ceasefire_page.html", published="2022-01-01")))
    assert result.title == "Envoys resume ceasefire talks in Geneva"
    assert result.outlet == "Northern Ledger"
    assert result.url == "https://ledger.example.org/world/ceasefire-talks"
    assert result.published == "2022-03-02"
    assert result.text.startswith("Negotiators from both sides returned to Geneva on Wednesday")
    assert result.text.endswith("if the first session made progress.")
    assert "Privacy" not in result.text and result.text.count("\n\n") == 2


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    assert error(only(read(path))).reason == "no article text found in HTML"


# --- paths -----------------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    write(root / "b.txt", WIRE)
    write(root / "a" / "z.jsonl", json.dumps({"text": "Russia moved troops."}) + "\n")
    write(root / "a" / "notes.md", "not an input")
    write(root / "c.csv", "text\nNATO warned.\n")


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    texts = [article(item).text for item in read(tmp_path)]
    assert texts == [
        "Russia moved troops.",
        "The Kremlin rejected the proposal on Monday.",
        "NATO warned.",
    ]


def test_glob_is_expanded_sorted(tmp_path: Path) -> None:
    make_tree(tmp_path)
    texts = [article(item).text for item in read(tmp_path / "**" / "*")]
    assert texts == [
        "Russia moved troops.",
        "The Kremlin rejected the proposal on Monday.",
        "NATO warned.",
    ]


def test_inputs_keep_their_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    texts = [article(item).text for item in read(tmp_path / "c.csv", tmp_path / "b.txt")]
    assert texts == ["NATO warned.", "The Kremlin rejected the proposal on Monday."]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing.txt", "no such file or directory"),
        ("*.nothing", "glob matched no files"),
        (
            "*.md",
            "glob matched no files ending in .atom .csv .htm .html .jsonl .rss .text .txt .warc",
        ),
    ],
)
def test_paths_that_match_nothing(tmp_path: Path, name: str, reason: str) -> None:
    write(tmp_path / "notes.md", "x")
    assert error(only(read(tmp_path / name))).reason == reason


def test_directory_without_inputs_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "x")
    assert "directory holds no files" in error(only(read(tmp_path))).reason


def test_symlink_loop_is_reported(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert error(only(read(tmp_path / "loop.txt"))).reason.startswith("symbolic link loop")


def test_directory_symlink_loop_is_reported_and_walk_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", WIRE)
    (tmp_path / "d" / "back").symlink_to(tmp_path / "d")
    items = read(tmp_path / "d")
    assert isinstance(items[0], Article)
    assert error(items[1]).reason.startswith("symbolic link loop")


def test_broken_symlink_is_reported(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert "broken symbolic link" in error(only(read(tmp_path / "gone.txt"))).reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", WIRE)
    path.chmod(0)
    assert error(only(read(path))).reason == "cannot read: permission denied"


# --- bad bytes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("a.txt", b"", "empty article"),
        ("a.txt", b"\n  \n", "empty article"),
        ("a.txt", b"Advertisement\n\n(Reuters)\n", "empty article (nothing but boilerplate)"),
        ("a.txt", b"caf\xc3\xa9 ok\n\ncaf\xe9", "not valid UTF-8 text (byte 0xe9 at offset 13)"),
        (
            "a.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "looks like a binary file (it holds NUL bytes), not text",
        ),
        ("a.jsonl", b"\x00\x01\x02", "looks like a binary file (it holds NUL bytes), not text"),
        ("a.txt.gz", b"not gzip at all", "cannot read: not a complete gzip file"),
        (
            "a.json",
            b'{"text": "x"}',
            "JSON files are not read: write one article per line (.jsonl)",
        ),
    ],
)
def test_bad_files_are_reported(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path / name, content)
    item = error(only(read(path)))
    assert isinstance(item, MalformedInput | InputError)
    assert item.source == str(path)
    assert item.reason.startswith(reason)


def test_file_over_limit_names_limit_and_size(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "x" * 150)
    item = error(only(read(path, config=Config(max_bytes=100))))
    assert isinstance(item, InputTooLarge)
    assert item.reason == "file is 150 bytes, over the limit of 100 bytes (Config.max_bytes)"


def test_a_bad_file_does_not_stop_the_next(tmp_path: Path) -> None:
    bad = write(tmp_path / "a.txt", b"\x00")
    items = read(bad, tmp_path / "missing.txt", DATA / "ceasefire_wire.txt")
    assert [type(item).__name__ for item in items] == ["MalformedInput", "InputError", "Article"]


# --- stdin -----------------------------------------------------------------------------------


def test_stdin_text_is_one_article() -> None:
    result = article(only(read("-", stdin=io.StringIO(WIRE))))
    assert (result.title, result.outlet) == ("Kremlin rejects talks", "Northern Ledger")


def test_stdin_json_lines_are_sniffed() -> None:
    stream = io.StringIO('\n  {"text": "Russia moved."}\n{broken\n{"text": "NATO warned."}\n')
    items = read("-", stdin=stream)
    assert article(items[0]).text == "Russia moved."
    assert error(items[1]).source == "<stdin>:3"
    assert article(items[2]).text == "NATO warned."


def test_stdin_over_limit() -> None:
    item = error(only(read("-", stdin=io.StringIO("x" * 200), config=Config(max_bytes=100))))
    assert isinstance(item, InputTooLarge)


def test_empty_stdin_is_reported() -> None:
    assert error(only(read("-", stdin=io.StringIO("")))).reason == "empty article"


def test_reading_is_lazy(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = read_inputs([str(tmp_path)])
    assert isinstance(next(items), Article)
    (tmp_path / "b.txt").unlink()  # a file vanishing after the walk began is reported
    assert [type(item).__name__ for item in items] == ["InputError", "Article"]


def test_open_failure_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.txt", WIRE)

    def refuse(name: str) -> None:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr("eventwire.ingest.readers._open", refuse)
    assert error(only(read(path))).reason == "cannot read: permission denied"


def test_unlistable_directory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", WIRE)

    def refuse(name: str) -> None:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr("eventwire.ingest.readers.os.scandir", refuse)
    items = read(tmp_path)
    assert error(items[0]).reason == "cannot list directory: permission denied"
