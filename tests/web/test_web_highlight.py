"""Article highlighting: spans become classed pieces, every piece escaped, overlaps flattened."""

from __future__ import annotations

from eventwire.web.highlight import Mark, highlight


def test_plain_text_is_escaped() -> None:
    assert str(highlight("a <b> & c", [])) == "a &lt;b&gt; &amp; c"


def test_overlapping_spans_are_flattened_into_pieces() -> None:
    text = '"Russia will talk," he said.'
    marks = [Mark(0, 19, "quote", "direct quote"), Mark(1, 7, "actor", "RUS")]
    html = str(highlight(text, marks))
    assert html == (
        '<span class="hl hl-quote" title="direct quote">&#34;</span>'
        '<span class="hl hl-actor hl-quote" title="direct quote; RUS">Russia</span>'
        '<span class="hl hl-quote" title="direct quote"> will talk,&#34;</span> he said.'
    )


def test_markup_inside_a_span_and_its_label_is_escaped() -> None:
    html = str(highlight("x <script>", [Mark(2, 10, "quote", '"><img src=x>')]))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_out_of_range_and_unknown_spans_are_ignored() -> None:
    marks = [Mark(-5, 2, "actor", "A"), Mark(3, 99, "place", "P"), Mark(1, 2, "bogus", "B")]
    html = str(highlight("abcdef", marks))
    assert html == (
        '<span class="hl hl-actor" title="A">ab</span>c'
        '<span class="hl hl-place" title="P">def</span>'
    )
