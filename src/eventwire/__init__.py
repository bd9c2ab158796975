"""eventwire: who did what to whom, when and where, who said what, and how much.

The public API::

    import eventwire
    document = eventwire.extract(
        "Biden spoke with Zelensky by phone on Sunday.", published="2022-02-14"
    )
    document.model_dump()      # the contract's JSON document
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.3.0"

if TYPE_CHECKING:
    from eventwire.config import Config
    from eventwire.runner.pipeline import Pipeline
    from eventwire.schema import Document

_PIPELINES: dict[str, Pipeline] = {}


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    config: Config | None = None,
) -> Document:
    """Code one article's text into a document (the model is loaded on first use and kept).

    Args:
        text: the article body; every span in the result is an offset into it.
        published: the publication date, ``YYYY-MM-DD``; relative dates resolve against it.
        title: the article's title, if known.
        outlet: the publishing outlet, if known.
        url: the article's address, if known.
        article_id: the article's own id; by default a content hash.
        config: settings; by default the shipped ones.

    Returns:
        The document, as in the interface contract.
    """
    from eventwire.config import Config
    from eventwire.ingest.ids import article_id as content_id
    from eventwire.runner.pipeline import Pipeline
    from eventwire.schema import Article

    config = config or Config()
    key = config.model_dump_json()
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(config)
    article = Article(
        id=article_id or content_id(text, title),
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        text=text,
    )
    return _PIPELINES[key].extract(article)


__all__ = ["__version__", "extract"]
