"""Wire-copy cleaning: split a text export into title, outlet and clean body paragraphs.

A wire-copy export looks like this::

    , Russia masses troops near border – The Daily Wire      <- title line (stray punctuation)
                                                            <- blank line
    Russia masses troops near border                        <- the title repeated
    By JANE DOE and JOHN ROE, Associated Press              <- byline
    KYIV, Ukraine (AP) — Russia moved ...                   <- dateline + first body paragraph
    ... (AP Photo/Efrem Lukatsky)                           <- photo credit at paragraph end
    Jane Doe reported from Moscow; John Roe contributed ... <- contributors line
    Copyright 2022 The Associated Press. All rights reserved.

The cleaner removes only what is not body text: the title line (returned as ``title`` and
``outlet``), its repetition, bylines, time stamps, photo and video credits, the dateline prefix of
the first paragraph (place, date and agency: returned as ``dateline`` and kept out of ``text``, so
the first sentence starts with its subject), contributors lines and trailing link, share and
copyright text. A photo caption keeps its words and loses only its credit. Whitespace inside a
paragraph is collapsed to single spaces and invisible characters (zero-width spaces, soft hyphens)
are removed; paragraphs are joined with ``"\\n\\n"``. Every other character of the body is kept
as it was.

Paragraphs are separated by blank lines; a text without any blank line has one paragraph per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

MAX_TITLE_CHARS = 200

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE = re.compile(r"\s+")
_STRAY_LEAD = re.compile(r"^(?:[,.;:•·*]+|[-–—]+(?=\s))\s*")
_OUTLET_SPLIT = re.compile(r"^(?P<title>.*\S)\s+(?P<sep>[–—|]|--?)\s+(?P<outlet>\S.*)$")
_OUTLET_SMALL_WORDS = frozenset({"the", "of", "and", "&", "de", "for", "on", "in", "la", "el"})
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")
_DASH = r"(?:—|–|--?)"
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_DATE_FORMATS = (
    "%b %d, %Y",
    "%B %d, %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y/%m/%d",
)

# News agencies and photo services, as they appear in datelines and credits.
_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|Associated Press|Agence France-Presse|UPI|Xinhua|TASS|Tass|"
    r"Interfax|RIA Novosti|Sputnik|Anadolu(?: Agency)?|EFE|EPA|EPA-EFE|DPA|dpa|ANSA|Kyodo|"
    r"Yonhap|PTI|Bloomberg|CNN|BBC|Getty Images|Pool|Handout|Ukrinform|UNIAN)"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"

_CAPS_WORD = r"[A-Z][A-Z.'’-]+"
_NAME_WORD = r"[A-Z][\w.'’-]*"
_DATELINE_CAPS = re.compile(
    rf"^(?P<dateline>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*){{0,2}}"
    rf"(?:,?\s+{_MONTH}\s+\d{{1,2}})?(?:\s*\([^()]{{1,40}}\))?)\s*{_DASH}\s+(?=\S)"
)
_DATELINE_AGENCY = re.compile(
    rf"^(?P<dateline>(?:{_NAME_WORD}(?:,?\s+{_NAME_WORD}){{0,4}}(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s*)?"
    rf"\({_AGENCY}\))\s*{_DASH}\s+(?=\S)"
)

_CREDIT_INNER = (
    r"(?:[^()]{0,120}/[^()]{0,120}"
    r"|(?:AP |AFP |Reuters )?(?:Photo|Video|Image|File)\b[^()]{0,100}"
    rf"|{_AGENCY})"
)
_TRAILING_CREDIT = re.compile(
    rf"(?<=[.!?\"”’)])\s*(?:\({_CREDIT_INNER}\)"
    rf"|(?:Photo|Photograph|Image|Video)(?: credit)?:\s*[^.!?]{{1,80}}"
    rf"|(?:REUTERS|AFP|AP)/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}(?:/File Photo)?)$"
)
_COPYRIGHT_TAIL = re.compile(
    r"(?<=[.!?\"”])\s*(?:(?:Copyright|©|\(c\))\s*(?:\d{4})?[^.]{0,80}\.\s*)?All rights reserved\.?"
    r"(?:\s*This material may not be published[^.]*\.)?$"
)

_BYLINE_WORD = re.compile(r"^(?:[A-Z][\w.'’-]*,?|and|in|from|of|the|&|\||[-–—•·])$")
_STAMP = re.compile(
    r"^(?:Published|Updated|Posted|Last updated|First published)(?:\s+(?:on|at))?:?\s+"
    rf"(?:(?:\d[\d:/.,-]*|[AaPp]\.?[Mm]\.?|{_MONTH},?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
    r"|[A-Z]{2,4}|at|on|,|\|)\s*)+$"
)
_PHOTO_LINE = re.compile(
    r"^(?:FILE PHOTO|File photo|Photo|Photograph|Image|Video|Picture|Credit|Photo credit"
    r"|Image credit|Caption|Watch|WATCH)\s*:",
)
_ANYWHERE = re.compile(
    r"^(?:Advertisement|ADVERTISEMENT|Story continues below(?: advertisement)?|"
    r"(?:Related|RELATED|Read more|READ MORE|Read More|See also|SEE ALSO|More)\s*:.*|"
    r"Listen to this article.*|\d+ min(?:ute)? read|Share(?: this)?(?: article| story)?|"
    r"Click here.*|Sign up.*|Subscribe.*|Skip to .*)$"
)
_CONTRIBUTORS = re.compile(
    r"contributed (?:to )?(?:this|the) (?:report|story)|contributed reporting"
    r"|^\(?(?:Additional )?(?:reporting|Reporting|Writing|Editing|Compiled) by\b"
    r"|;\s*(?:[Ee]diting|[Ww]riting) by\b"
)
_TAIL = re.compile(
    r"^(?:Original [Ss]ource|Source|Read more|Related|More|Copyright|©|\(c\)|All rights reserved"
    r"|This material may not be|Our Standards|Follow (?:AP|us|our|the)|This story (?:has been|was)"
    r"|(?:https?://|www\.)\S+$)"
    r"|\b[A-Z][\w.'’-]+ reported from [A-Z]"
)


@dataclass(frozen=True)
class CleanText:
    """A wire-copy text split into its parts.

    Attributes:
        title: the headline without the outlet suffix, or None when the first line is not one.
        outlet: the publishing outlet named after the title, or None.
        text: the clean body: paragraphs joined with ``"\\n\\n"``.
        dateline: the dateline taken off the first paragraph (``"KYIV, Ukraine (AP)"``), or None.
    """

    title: str | None
    outlet: str | None
    text: str
    dateline: str | None = None


def normalise_space(text: str) -> str:
    """Remove invisible characters and collapse every run of whitespace to one space."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def split_paragraphs(raw: str) -> tuple[list[list[str]], bool]:
    """Split text into paragraphs (lists of non-blank lines).

    Returns:
        The paragraphs and whether the text had blank lines; without any blank line every line
        is a paragraph (the usual copy-paste export), unless it looks hard-wrapped: a line that
        ends mid-sentence on a small word, or runs on into a lower-case line, or is long and
        ends without a full stop, continues on the next ("arrived in Kyiv on" / "Monday and …").
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if normalise_space(line):
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    if len(paragraphs) == 1:
        grouped: list[list[str]] = []
        for line in paragraphs[0]:
            if grouped and _wrapped(grouped[-1][-1], line):
                grouped[-1].append(line)
            else:
                grouped.append([line])
        return grouped, False
    return paragraphs, True


WRAP_WIDTH = 60
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "at", "to", "for", "by", "with", "from", "and", "or",
     "but", "that", "as", "its", "his", "her", "their", "is", "was", "were", "be", "has", "had"}
)  # fmt: skip


def _wrapped(line: str, following: str) -> bool:
    """Whether ``line`` breaks a sentence that ``following`` continues (a hard wrap)."""
    line, following = line.strip(), following.strip()
    if not line or not following or line[-1] in ".!?:;\"”’')]":
        return False
    last = line.split()[-1].lower()
    return last in _SMALL_WORDS or following[0].islower() or len(line) >= WRAP_WIDTH


def split_outlet(line: str) -> tuple[str, str | None]:
    """Split ``"Title – Outlet"`` into title and outlet; the outlet is None when there is none."""
    match = _OUTLET_SPLIT.match(line)
    if match is None:
        return line, None
    outlet = match["outlet"].strip()
    if not _looks_like_outlet(outlet, strict=match["sep"].startswith("-")):
        return line, None
    return match["title"].strip(), outlet


def _looks_like_outlet(outlet: str, *, strict: bool) -> bool:
    words = outlet.split()
    if not words or len(outlet) > 60 or len(words) > (5 if strict else 7):
        return False
    if re.search(r"[a-z0-9]\.[a-z]{2,}$", outlet):  # a domain name: news.example.com
        return True
    if outlet[-1] in ".!?:;," or not (outlet[0].isupper() or outlet[0].isdigit()):
        return False
    # A hyphen also joins headline clauses ("Talks stall - allies worry"): demand a name.
    return not strict or all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _OUTLET_SMALL_WORDS for w in words
    )


def is_byline(paragraph: str) -> bool:
    """Whether a paragraph is a byline: ``By JANE DOE and JOHN ROE, Associated Press``."""
    words = paragraph.split()
    if len(words) < 2 or len(words) > 16 or words[0] != "By" or not words[1][0].isupper():
        return False
    return all(_BYLINE_WORD.match(word) for word in words[1:])


def is_head_boilerplate(paragraph: str) -> bool:
    """Whether a paragraph before the body is boilerplate (byline, time stamp, credit, caption)."""
    return is_byline(paragraph) or is_body_boilerplate(paragraph)


def is_body_boilerplate(paragraph: str) -> bool:
    """Whether a paragraph is boilerplate wherever it stands (credits, ads, contributors)."""
    if re.fullmatch(r"\([^()]*\)", paragraph):  # "(Jane Doe/Reuters)", "(Reporting by ...)"
        return True
    if _STAMP.match(paragraph):
        return True
    words = len(paragraph.split())
    if (_ANYWHERE.match(paragraph) and words <= 25) or (
        _PHOTO_LINE.match(paragraph) and words <= 40
    ):
        return True
    return _CONTRIBUTORS.search(paragraph) is not None and words <= 60


def is_tail_boilerplate(paragraph: str) -> bool:
    """Whether a paragraph after the body is boilerplate (source links, copyright, contributors)."""
    if is_body_boilerplate(paragraph):
        return True
    return _TAIL.search(paragraph) is not None and len(paragraph.split()) <= 60


def strip_paragraph_credits(paragraph: str) -> str:
    """Strip a photo or video credit and a copyright notice from the end of a paragraph."""
    previous = None
    while previous != paragraph:
        previous = paragraph
        paragraph = _TRAILING_CREDIT.sub("", paragraph)
        paragraph = _COPYRIGHT_TAIL.sub("", paragraph).rstrip()
    return paragraph


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split ``"KYIV, Ukraine (AP) — Russia said ..."`` into the dateline and the rest."""
    match = _DATELINE_CAPS.match(paragraph) or _DATELINE_AGENCY.match(paragraph)
    if match is None:
        return None, paragraph
    return match["dateline"].strip(), paragraph[match.end() :]


def _looks_like_title(line: str) -> bool:
    if not line or len(line) >= MAX_TITLE_CHARS or not any(c.isalpha() for c in line):
        return False
    if line.endswith(".") and not _ABBREVIATION_END.search(line):
        return False
    return not is_head_boilerplate(line)


def _title_key(text: str) -> str:
    return _STRAY_LEAD.sub("", normalise_space(text)).rstrip(" .:;,").casefold()


def _take_title(
    paragraphs: list[list[str]], *, blank_lines: bool
) -> tuple[str | None, str | None, list[list[str]]]:
    """Take the title line (and its repetition) off the paragraphs when it looks like a title."""
    first, *others = paragraphs
    line = _STRAY_LEAD.sub("", normalise_space(first[0]))
    if not _looks_like_title(line):
        return None, None, paragraphs
    title, outlet = split_outlet(line)
    rest = [first[1:], *others] if len(first) > 1 else others
    alone = blank_lines and len(first) == 1
    repeated = bool(rest) and _title_key(" ".join(rest[0])) in {_title_key(title), _title_key(line)}
    if repeated:
        rest = rest[1:]
    if not (alone or repeated or outlet is not None) or not rest:
        return None, None, paragraphs
    return title, outlet, rest


def clean_body(paragraphs: list[str]) -> tuple[str, str | None]:
    """Clean body paragraphs: drop boilerplate, strip credits and the dateline, join them.

    Args:
        paragraphs: the body's paragraphs, whitespace already normalised.

    Returns:
        The clean text (paragraphs joined with a blank line) and the removed dateline (or None).
    """
    kept = [p for p in paragraphs if p and not is_body_boilerplate(p)]
    while kept and is_head_boilerplate(kept[0]):
        kept.pop(0)
    while kept and is_tail_boilerplate(kept[-1]):
        kept.pop()
    kept = [stripped for p in kept if (stripped := strip_paragraph_credits(p))]
    dateline = None
    if kept:
        dateline, kept[0] = split_dateline(kept[0])
        kept = [p for p in kept if p]
    return "\n\n".join(kept), dateline


def clean_wire_text(raw: str) -> CleanText:
    """Split a wire-copy text export into title, outlet and clean body text.

    The first line is the title when it looks like one: shorter than 200 characters, no final
    period, and followed by a blank line, repeated as the next paragraph, or ending in an outlet
    (``" – Outlet"``); otherwise the whole text is body.

    Args:
        raw: the decoded file contents.

    Returns:
        The title (without outlet), the outlet, the clean body text and the removed dateline.
        ``text`` is empty when nothing but boilerplate was found.
    """
    paragraphs, blank_lines = split_paragraphs(raw)
    if not paragraphs:
        return CleanText(None, None, "")
    title, outlet, rest = _take_title(paragraphs, blank_lines=blank_lines)
    text, dateline = clean_body([normalise_space(" ".join(lines)) for lines in rest])
    return CleanText(title=title, outlet=outlet, text=text, dateline=dateline)


def normalise_published(value: str) -> str | None:
    """Normalise a record's publication date to ``YYYY-MM-DD``, or None when it cannot be read.

    Accepted: ISO dates and date-times (``2022-02-14``, ``2022-02-14T10:00:00Z``; the date is
    taken as written, not moved to UTC), ``Feb 14, 2022``, ``Feb. 14, 2022``, ``February 14 2022``,
    ``14 February 2022``, ``2022/02/14`` and RFC 2822 (``Mon, 14 Feb 2022 10:00:00 GMT``).
    Relative or partial dates (``yesterday``, ``Feb 2022``) are not guessed.
    """
    value = normalise_space(value)
    if match := _ISO_DATE.match(value):
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    compact = re.sub(r"\b(Sept)\b", "Sep", value.replace(".", ""), flags=re.IGNORECASE)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(compact, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
