"""Written numbers and the qualifiers before them: "130,000", "1.5 million", "about"."""

from __future__ import annotations

import re

from spacy.tokens import Doc

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "k": 1e3,
    "dozen": 12, "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
# a figure on top of one reported before: "another 2,000 troops", "a further $200 million"
ADDITIVE = ("another", "a further", "an additional", "an extra")
APPROXIMATORS = (
    "more than", "over", "about", "around", "nearly", "almost", "up to", "at least", "roughly",
    "some", "an estimated", "fewer than", "less than", "as many as", "as much as", "approximately",
    "close to", "just over", "just under", "under", "upwards of", "at most", "as few as",
    "near", "well over", "no fewer than", "no more than", "not more than", "in excess of",
    "upward of", "above", "below",
    *ADDITIVE,
    "no less than", "not less than", "not fewer than", "a maximum of", "a minimum of",
    "estimated", "perhaps", "possibly",
)  # fmt: skip
# a hedge on a comparison is part of the qualifier: "slightly more than", "a little over"
_HEDGES = ("slightly", "a little", "a bit", "just", "well", "far", "marginally")
_COMPARISONS = ("more than", "over", "under", "less than", "fewer than", "above", "below")
_HEDGED = tuple(f"{hedge} {comparison}" for hedge in _HEDGES for comparison in _COMPARISONS)
_APPROX = re.compile(
    r"(?<![\w-])(?P<approx>"
    + "|".join(sorted({re.escape(a) for a in (*APPROXIMATORS, *_HEDGED)}, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
# qualifiers that stand before another only as prepositions ("fighting over some 300 villages")
_NOT_OUTER = frozenset({"over", "under", "above", "below", "near", "some", "about", "around"})
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?"
)
_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|a)\b"
_WORDS = rf"(?:half\s+)?{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*"
# "$50M", "$2Bn" and a headline's "€50 Billion" as well as "$50m"; "lakh crore" is 10^12
SCALE = (
    r"(?:[\s-]+(?i:hundred|thousand|million|billion|trillion|lakh|crore)\b"
    r"|\s?(?i:bn|mn|mln|bln|trn|tn|m|b|k)\b|(?-i:T)\b(?!-))(?:\s+(?i:million|billion|crore)\b)?"
)
DIGITS = _DIGITS
AMOUNT = rf"(?P<num>{_DIGITS}|{_WORDS})(?P<scale>{SCALE})?"
YEARISH = re.compile(r"^(?:1[89]|20)\d\d$")


def parse_number(text: str) -> float | None:
    """Read a number written in digits, words or both: "130,000", "1.5 million", "two dozen".

    Returns:
        The value, or None when ``text`` is not a number.
    """
    total = 0.0
    current = 0.0
    seen = after_scale = after_digits = lone_a = False
    glued = re.sub(r"(\d)(m|mn|mln|bn|bln|k)\b", r"\1 \2", text.lower().replace(",", ""))
    for word in re.split(r"[\s-]+", glued):  # "1.3m" is "1.3 m"
        if word in ("", "and"):
            continue
        if word in ("a", "an"):  # "a million", "two and a half"
            lone_a = not current
            current, seen = current or 1.0, True
            continue
        if lone_a and (word in NUMBER_WORDS or word[:1].isdigit()):
            current = 0.0  # "a twenty-pound note" is twenty: "a" is an article, no one
        lone_a = False
        if re.fullmatch(r"\d{3}", word) and after_digits:
            current = current * 1000 + float(word)  # "40 000", a thousands space
        elif re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "half":  # "half a million", "two and a half million"
            current += 0.5
        elif word in ("hundred", "dozen"):
            current = (current or 1) * SCALES[word]
        elif word in SCALES and after_scale and not current:
            total *= SCALES[word]  # "6.2 lakh crore", "a thousand million"
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            return None
        seen = True
        after_scale = word in SCALES
        after_digits = word[:1].isdigit()
    return exact(total + current) if seen else None


def exact(value: float) -> float:
    """``value`` to 12 significant digits, so a scaled decimal is the number written: 4.1 × 10⁹
    is 4,100,000,000, not the binary product 4,099,999,999.9999995."""
    return float(f"{value:.12g}")


def approx_before(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier ending just before ``start`` ("about ") and where it begins, with one
    stacked before it ("up to about", "perhaps as many as")."""
    match = _APPROX.search(text, max(0, start - 30), start)
    if match is None:
        return None, start
    approx, first = " ".join(match["approx"].lower().split()), match.start("approx")
    outer = _APPROX.search(text, max(0, first - 30), first)
    if outer is None or outer["approx"].lower() in _NOT_OUTER:
        return approx, first
    return f"{' '.join(outer['approx'].lower().split())} {approx}", outer.start("approx")


def with_added(approx: str | None, added: str) -> str:
    """The qualifier before a figure and the additive word after it, in text order: "about 850
    more soldiers" is "about more", "up to 1.7 million more" "up to more"; one already additive
    ("another 500 more") is kept alone."""
    if approx is None:
        return added
    return approx if approx in ADDITIVE else f"{approx} {added}"


_TEXT_KEY = "eventwire.quantities.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins every token's text on each access, and the
    rules read it for each number they look at."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
