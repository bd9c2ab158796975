"""HTML pages: the main text and metadata, by trafilatura.

trafilatura runs with ``favor_precision`` (leave out navigation, teasers and link lists rather
than risk them entering the text), without comments or tables, and with the date search limited
to the page's metadata (``extensive_search`` off), so a date written somewhere in the body is
never taken for the publication date. The canonical link (or ``og:url``) gives ``url``, the site
name (``og:site_name``) gives ``outlet``. The extracted lines are paragraphs; they go through the
same paragraph cleaning as wire copy (credits, bylines, dateline), and a first line that repeats
the title is dropped.
"""

from __future__ import annotations

from typing import Any

from eventwire.errors import MalformedInput
from eventwire.ingest.clean import clean_body, normalise_published, normalise_space, split_outlet
from eventwire.ingest.ids import article_id
from eventwire.schema import Article

_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(markup: str | bytes, source: str, *, published: str | None = None) -> Article:
    """Read one HTML page as an article.

    Args:
        markup: the page, decoded, or its bytes when it is not UTF-8 (trafilatura then follows
            the page's declared charset).
        source: the path, for error messages.
        published: the date to use when the page carries none (``YYYY-MM-DD``).

    Returns:
        The article: title, outlet, url, published date and cleaned main text.

    Raises:
        MalformedInput: when trafilatura finds no main text.
    """
    import trafilatura  # imported on first use: it takes a while and most runs read text

    document: Any = trafilatura.bare_extraction(
        markup,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    raw_text = getattr(document, "text", None) if document is not None else None
    if not raw_text or not raw_text.strip():
        raise MalformedInput(source, "no article text found in HTML")
    title = _text_or_none(document.title)
    outlet = _text_or_none(document.sitename)
    if title is not None:
        bare_title, suffix = split_outlet(title)
        if suffix is not None and outlet is not None and suffix.casefold() == outlet.casefold():
            title = bare_title
    paragraphs = [normalise_space(line) for line in raw_text.split("\n")]
    if title is not None and paragraphs and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]
    text, _dateline = clean_body(paragraphs)
    if not text:
        raise MalformedInput(source, "no article text found in HTML")
    page_date = _text_or_none(document.date)
    date = normalise_published(page_date) if page_date else None
    return Article(
        id=article_id(text, title),
        title=title,
        outlet=outlet,
        url=_text_or_none(document.url),
        published=date or published,
        text=text,
    )


def _text_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = normalise_space(value)
    return value or None
