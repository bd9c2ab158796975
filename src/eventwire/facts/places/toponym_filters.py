"""Toponym span filtering: which found spans are places, not words, firms or people.

:mod:`eventwire.facts.places.toponyms` finds candidate spans; the checks here decide which to keep.
A capitalised word that is also a town somewhere ("Reading", "Officer") is a word; a town's name
inside a person's ("John Dublin"), after a title ("Mayor Flores") or before a verb of speech
("Petrova said") is a person; a small town counts only where the grammar or the article says it
is a place ("fighting in Soledar", "DANIELSVILLE -", a town before its offices, a town of a state
the article names); a place that opens an organisation's name ("the Dublin Community Center") or
follows its "of" ("University of Cincinnati") counts, as geoparsing gold sets count it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.facts.places.gazetteer import FEATURE_WORDS, Gazetteer
from eventwire.facts.places.name_cues import civic_after, party_home, written_as

__all__ = [
    "QUALIFIER_KINDS",
    "STOPWORDS",
    "after_title",
    "ends_a_longer_name",
    "names_a_person",
    "names_a_saint",
    "person_words",
    "plausible",
    "speaks",
]

# Scanner matches (not tagged by NER) that are only towns must be at least this big.
_SCAN_MIN_POPULATION = 15_000
# ... and a capitalised sentence-initial word must be a big town to count.
_SENTENCE_START_POPULATION = 1_000_000
# A town smaller than this between two capitalised words is a word of another name
_MID_NAME_POPULATION = 100_000
# Entity labels under which a sentence-initial proper noun may be a town.
_PLACE_OR_NO_LABEL = frozenset({"", "GPE", "LOC", "FAC"})
# Names of these kinds get the person and title checks that towns get ("Officer", "Flores").
_COMPASS_POINTS = frozenset({"north", "south", "east", "west"})
_TOWN_KINDS = frozenset({"city", "province", "county"})
QUALIFIER_KINDS = frozenset({"state", "province", "country"})
# fmt: off
# Capitalised words that are also names of cities somewhere; never places on their own.
STOPWORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "of", "best", "mobile", "nice", "reading", "bath", "split", "police",
    "union", "mission", "university", "centre", "center", "city", "state", "president", "minister",
    "news", "post", "independence", "liberty", "victory", "justice", "progress", "hope",
    "commerce", "industry", "enterprise", "opportunity", "college", "church", "street", "avenue",
    "road", "square", "hospital", "airport", "bridge", "park", "north", "south", "east", "west",
    "central", "eastern", "western", "northern", "southern", "republic", "kingdom", "federation",
    "god", "christ", "jesus",
    # common English words that are also names of towns somewhere
    "officer", "federal", "liberal", "metro", "green", "spring", "superior", "alliance", "media",
    "time", "tank", "luck", "olympic", "titan", "star", "golden", "royal", "national", "general",
    "friendship", "harmony", "unity", "welcome", "paradise", "eden", "future",
    "energy", "power", "market", "gas", "sugar", "cotton", "fortune", "pride", "patriot",
    "republican", "democrat", "senate", "congress", "summit", "premier", "crystal", "bank", "mile",
    "reservoir", "ward", "vice", "grand", "supreme", "deputy", "acting", "interim", "assistant",
})
_TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "secretary", "minister",
    "gen.", "general", "sen.", "senator", "rep.", "gov.", "governor", "mayor", "lt.", "col.",
    "sgt.", "capt.", "chancellor", "king", "queen", "prince", "judge", "pope", "coach",
    "officer", "deputy", "sheriff", "detective", "trooper", "pastor", "rev.", "commissioner",
    "councilman", "councilwoman", "superintendent", "principal", "prosecutor", "maj.", "cpl.",
})
_POSSESSOR_MIN_POPULATION = 500_000
_SAINT_WORDS = frozenset({"st.", "st", "saint", "ste.", "sainte"})
_DATELINE_MARKS = frozenset({"-", "--", "—", "–", "("})
_SPEECH = frozenset({"said", "says", "told", "added", "asked", "wrote", "warned", "stated"})
# Prepositions after which a name is a place ("fighting in Soledar", "shelling near Gao"); and
# the nouns that introduce one ("the town of Avdiivka").
_PLACE_PREPOSITIONS = frozenset({
    "in", "near", "outside", "around", "into", "across", "toward", "towards", "inside",
})
_PLACE_NOUNS = frozenset({"town", "city", "village", "port", "capital", "region", "province"})
# Verbs of going somewhere, after which "to" names a place ("fled to Chisinau", "moved to Leeds").
_MOTION_VERBS = frozenset({
    "move", "come", "go", "travel", "fly", "return", "flee", "head", "drive", "relocate", "sail",
    "march", "walk", "ride", "deploy", "evacuate", "transfer", "commute", "emigrate", "retreat",
})
# ... and of leaving one, after which "from" names it ("withdrew from Vuhledar").
_LEAVING_VERBS = frozenset({
    "withdraw", "retreat", "flee", "evacuate", "pull", "expel", "drive", "push", "oust", "escape",
})
# Verbs of taking or striking a place, whose object is one ("retook Wad Madani", "shelled
# Kostiantynivka"): war reports name small towns so. Irregular forms the small model leaves
# unlemmatised are listed too.
_SEIZING_VERBS = frozenset({
    "capture", "recapture", "seize", "retake", "retook", "retaken", "liberate", "overrun",
    "overran", "encircle", "besiege", "storm", "shell", "bombard", "bomb", "occupy", "hit",
    "strike", "struck",
})
# Words that open an area's or an authority's name before a town's ("Metro Vancouver",
# "Downtown Greer", "Historic Dublin", "East Oxford").
_AREA_OPENERS = frozenset({
    "metro", "greater", "downtown", "uptown", "midtown", "historic", "old", "new", "inner",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "central", "n.w.", "n.e.", "s.w.", "s.e.",
})
# A town of two or more words this big is a place as the object of a verb of taking, even
# where the small model tags it a person ("bombed Khan Younis").
_TAGGED_PERSON_MIN_POPULATION = 30_000
# A one-word town must be this big for the same ("shelled Kherson", "Zaporizhzhia was hit").
_TAGGED_PERSON_ONE_WORD = 50_000
# A national capital this big is its government when it "says" something ("Tbilisi says …").
_METONYM_MIN_POPULATION = 100_000
# fmt: on


def person_words(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """Words of multi-word person names in the doc ("Austin" from "Lloyd Austin").

    A word the article also writes before a town's office or people is a town's
    ("Alexandria" once "Alexandria police" is written, even if the small model tagged
    "Alexandria Commonwealth's Attorney Randy Sengel" as one person).
    """
    towns = {
        token.text
        for token in doc
        if token.tag_ == "NNP" and civic_after(doc, token.i + 1) and token.text in gazetteer
    }
    words = {tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for tok in ent}
    return words - towns


def _names_a_town_office(span: Span) -> bool:
    """A proper name right before a town's office or people is that town's ("Alexandria
    police", "the Anderson County Sheriff", "Gainesville Mayor Myrtle Figueras")."""
    first = span[0]
    return (
        all(token.tag_.startswith("NNP") or _headline_word(token) for token in span)
        and first.lower_ not in STOPWORDS
        and not first.is_stop
        and civic_after(span.doc, span.end)
    )


def _headline_word(token: Token) -> bool:
    """A capitalised first word the tagger read as a common noun, as in headlines
    ("Gainesville residents march …")."""
    return bool(token.is_sent_start) and token.tag_ == "NN" and token.text.istitle()


def _containing_entity(span: Span) -> Span | None:
    """The longer person, firm or group entity a word of the span belongs to, if any."""
    doc = span.doc
    for tok in span:
        if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
            start, end = tok.i, tok.i + 1  # walk the entity's IOB tags (doc.ents builds them all)
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end - start > len(span):
                return Span(doc, start, end, label=tok.ent_type)
    return None


def names_a_saint(span: Span, gazetteer: Gazetteer) -> bool:
    """A saint's day, church, school or hospital ("St. Patrick's Day", "St. Michael's Catholic
    School"), not the town named after the saint; a big city's possessive stays a place
    ("St. Petersburg's Pulkovo airport")."""
    doc = span.doc
    if span[0].lower_ not in _SAINT_WORDS or len(span) < 2:
        return False
    if any(e.population >= _POSSESSOR_MIN_POPULATION for e in gazetteer.entries(span.text)):
        return False
    end = span.end
    if span[-1].tag_ != "POS":
        if end >= len(doc) or doc[end].tag_ != "POS":
            return False
        end += 1
    return end < len(doc) and doc[end].text[:1].isupper()


def speaks(span: Span, gazetteer: Gazetteer) -> bool:
    """A town's name before a verb of speech is a surname ("Petrova said"); a big capital's is
    its government ("Tbilisi says")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _SPEECH:
        return False
    entries = gazetteer.entries(span.text)
    if not entries or any(e.hit.kind not in _TOWN_KINDS for e in entries):
        return False
    return not any(
        gazetteer.is_capital(e.hit) and e.population >= _METONYM_MIN_POPULATION for e in entries
    )


def names_a_person(span: Span, persons: set[str]) -> bool:
    """A word of a person's name ("Bell" once "Tyrise M. Bell" is written), a name after a
    title ("Mr. Dublin") or before a verb of speech ("West said")."""
    doc = span.doc
    if span.text in persons or after_title(span):
        return True
    return span.end < len(doc) and doc[span.end].lower_ in _SPEECH


def after_title(span: Span) -> bool:
    """Right after a person's title ("Mayor", "coach", "Sgt.")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _TITLES


def ends_a_longer_name(span: Span) -> bool:
    """A lone feature word after a capitalised word ends a longer name the gazetteer lacks
    ("Grove" in "Meadow Grove", "River" in "Red River"); after "the" it is a local name the
    story leaves short ("here in the Valley", "along the River"), not a town so called; so is a
    compass point after "the" ("talks with the West")."""
    doc = span.doc
    if len(span) != 1 or span.start == span.sent.start:
        return False
    before = doc[span.start - 1]
    if span[0].lower_ in _COMPASS_POINTS:
        return before.lower_ == "the"  # "talks with the West": not West, Texas
    if span[0].lower_ not in FEATURE_WORDS:
        return False
    return before.text[:1].isupper() or before.lower_ == "the"


def _after_comma(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].text == ","


def _qualified(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether a state, province or country follows after a comma ("Paris, Tenn.")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    return any(
        entry.hit.kind in QUALIFIER_KINDS
        for n in range(min(3, len(doc) - span.end - 1), 0, -1)
        for entry in gazetteer.entries(doc[span.end + 1 : span.end + 1 + n].text)
    )


def _heads_organisation(span: Span, ent: Span) -> bool:
    """A place that opens an organisation's name ("the Dublin Community Center") or follows
    its "of" ("University of Cincinnati"): geoparsing gold sets count it as a place."""
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if span.start == start + 1 and span.doc[start].lower_ in _AREA_OPENERS:
        start += 1  # "Metro Vancouver", "Historic Dublin"
    return ent.label_ != "PERSON" and (
        span.start == start or (span.start > ent.start and span.doc[span.start - 1].lower_ == "of")
    )


def plausible(
    span: Span,
    gazetteer: Gazetteer,
    persons: set[str],
    local: frozenset[str],
    home: frozenset[str] = frozenset(),
) -> bool:
    """Filter scanner matches that are more likely words or people than places.

    ``local`` holds the admin-1 keys of the article's states and counties: a town there may be
    small ("Harrodsburg" in a story that names Kentucky). ``home`` holds the countries the
    article names many places in: another spelling of a town there counts ("Kupiansk").
    """
    if written_as(span, gazetteer) != span.text:
        return True  # "Oconee" in "Clarke and Oconee counties"
    hit = gazetteer.lookup(span.text)
    if hit is None:
        return False
    first = span[0]
    if _dateline(span):
        return True  # "DANIELSVILLE - Madison County commissioners voted …": however small
    slot = _in_place_slot(span, tagged_person_ok=_sizeable_town(span, gazetteer))
    if first.lower_ not in STOPWORDS and slot and not _a_person_elsewhere(span):
        return True  # "fighting in Soledar": small towns, short names and other spellings too
    abbreviation = hit.kind == "state" and first.text.endswith(".") and _after_comma(span)
    if len(span) == 1 and (
        first.lower_ in STOPWORDS
        or (first.is_stop and not first.is_upper)
        or len(first.text) < 2
        or (len(first.text) <= 3 and not first.is_upper and not abbreviation)
    ):
        return False
    entries = gazetteer.entries(span.text)
    if all(entry.alias for entry in entries) and not any(  # other names only when NER agrees
        entry.hit.country in home
        for entry in entries  # or the article is about that country
    ):
        return False
    ent = _containing_entity(span)
    civic = _names_a_town_office(span) or party_home(span)
    if civic or (hit.kind in ("country", "state") and len(span) > 1):
        # a town before its office ("Alexandria Police Spokeswoman …") or a two-word country
        # ("Sri Lanka's foreign minister") still names the place inside a person's tag
        ent = None
    if ent is not None and (
        ent.label_ == "PERSON" or (hit.kind in _TOWN_KINDS and not _heads_organisation(span, ent))
    ):
        return False  # "Dublin" in "Dublin City Schools" is a place; in "John Dublin" it isn't
    if hit.kind not in _TOWN_KINDS:
        return True
    if after_title(span):
        return False
    population = max(entry.population for entry in entries)
    if len(span) == 1 and population < _MID_NAME_POPULATION and _mid_name(span):
        return False  # "the Ulchi Freedom Shield drills": a word inside another name
    if (
        len(span) == 1
        and population < _SCAN_MIN_POPULATION
        and not (civic and _stands_alone(span))
        and not _qualified(span, gazetteer)
        and not any(entry.admin1 in local for entry in entries)
    ):
        return False
    if len(span) == 1:
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if span.text in persons:
            return False

        speaks = nxt is not None and nxt.lower_ in _SPEECH
        if speaks and gazetteer.is_capital(hit) and population >= _METONYM_MIN_POPULATION:
            return True  # "Tbilisi says the separatists attacked": the government speaks
        if first.ent_type_ == "PERSON" and speaks:
            return False
        if first.is_sent_start and not first.is_upper:  # an upper-case dateline is a place
            # a proper noun with no entity label, or a place's ("Lviv came under shelling"), is
            # no capitalised common word; one tagged a person or firm is more often a surname
            # or a company ("Manning reported …", "Toyota said …") than a town of that name
            named = first.tag_ == "NNP" and first.ent_type_ in _PLACE_OR_NO_LABEL
            return population >= _SENTENCE_START_POPULATION or ((named or civic) and not speaks)
    return True


def _dateline(span: Span) -> bool:
    """A name in capitals before a dash or an agency's bracket: a report's dateline
    ("CROMWELL — Police said …", "TEGA CAY (AP) -")."""
    doc = span.doc
    return (
        span.end < len(doc)
        and all(token.is_upper and token.is_alpha for token in span)
        and len(span.text) > 3
        and doc[span.end].text in _DATELINE_MARKS
    )


def _mid_name(span: Span) -> bool:
    """A word between two capitalised words of one name ("Ulchi Freedom Shield"), neither the
    sentence's first word nor a title."""
    doc = span.doc
    if span.start <= span.sent.start or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return (
        before.text[:1].isupper()
        and before.is_alpha
        and after.text[:1].isupper()
        and after.is_alpha
        and before.lower_ != "the"
    )


def _stands_alone(span: Span) -> bool:
    """A name that is not the tail of a longer capitalised name: "a Nenagh councillor",
    "Brownsboro Police went …", not "Task Force officers"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    return span.end < len(doc) and (
        before is None or not before.text[:1].isupper() or before.lower_ in ("a", "an", "the")
    )


def _sizeable_town(span: Span, gazetteer: Gazetteer) -> bool:
    """A town of two or more words and many people ("Khan Younis", "Wad Madani"), or of one word
    and more people still ("Kherson"): the small model often tags such names people, but a verb
    of taking or shelling makes them places."""
    least = _TAGGED_PERSON_MIN_POPULATION if len(span) > 1 else _TAGGED_PERSON_ONE_WORD
    return any(
        entry.hit.kind == "city" and entry.population >= least
        for entry in gazetteer.entries(span.text)
    )


def _in_place_slot(span: Span, *, tagged_person_ok: bool = False) -> bool:
    """Whether grammar says a name is a place: the object of "in", "near", "outside" … ("fighting
    in Soledar"), of "to" after a verb of going or "from" after one of leaving, of a verb of
    taking or shelling ("retook Wad Madani"), or what "the town of" names; a name with a title
    or a possessive is not, nor one tagged a person after a verb of striking ("struck Officer
    Bell") unless ``tagged_person_ok`` says it is a sizeable town."""
    root, doc = span.root, span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s"):
        return False
    if root.dep_ in ("dobj", "appos") and root.head.i < span.start and root.head.pos_ == "VERB":
        # "appos": the small model's parse of "retook Wad Madani"; a person struck ("hit
        # Trooper Drew Ledbetter", "struck Bell") or a thing ("striking the Toyota") is none
        before = doc[span.start - 1]
        return (
            root.head.lemma_ in _SEIZING_VERBS
            and before.pos_ not in ("DET", "PROPN")
            and before.lower_ not in _TITLES
            and (span[0].ent_type_ != "PERSON" or tagged_person_ok)
        )
    if root.dep_ in ("nsubjpass", "nsubj") and root.head.i >= span.end and _under_fire(root):
        # "Sumy has been shelled", "Kherson came under fire": a town, unless tagged a person
        # and not a big one ("Bell was hit by a car")
        return span[0].ent_type_ != "PERSON" or tagged_person_ok
    if root.dep_ != "pobj" or root.head.i != span.start - 1:
        return False
    preposition = root.head
    if preposition.lower_ in _PLACE_PREPOSITIONS:
        return True
    if preposition.lower_ == "to":
        return preposition.head.lemma_ in _MOTION_VERBS  # "moved to Thornhill", not "spoke to"
    if preposition.lower_ == "from":
        return preposition.head.lemma_ in _LEAVING_VERBS  # "withdrew from", not "a man from"
    return preposition.lower_ == "of" and preposition.head.lower_ in _PLACE_NOUNS


def _under_fire(subject: Token) -> bool:
    """Whether the subject's verb says it was shelled or taken ("was shelled", "has been hit")
    or that it "came under" fire or attack."""
    verb = subject.head
    if subject.dep_ == "nsubjpass":
        return verb.lemma_ in _SEIZING_VERBS
    return verb.lemma_ == "come" and any(
        child.dep_ == "prep" and child.lower_ == "under" for child in verb.children
    )


def _a_person_elsewhere(span: Span) -> bool:
    """Whether a word of the name is part of a person's name elsewhere ("Lloyd Austin")."""
    words = {token.text for token in span}
    return any(
        not (start <= span.start < end) for start, end, names in _people(span.doc) if words & names
    )


_PEOPLE_KEY = "eventwire.toponym_filters.people"


def _people(doc: Doc) -> list[tuple[int, int, frozenset[str]]]:
    """The doc's names of people of two words or more, with their words (read once per doc)."""
    cached = doc.user_data.get(_PEOPLE_KEY)
    if cached is None:
        cached = doc.user_data[_PEOPLE_KEY] = [
            (ent.start, ent.end, frozenset(token.text for token in ent))
            for ent in doc.ents
            if ent.label_ == "PERSON" and len(ent) > 1
        ]
    return cached
