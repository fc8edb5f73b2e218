import random
import re
import string

from eventdesk.extraction import classify
from eventdesk.text import prefilter
from eventdesk.text.prefilter import Prefiltered, literal_keys, prefilter_patterns

SENTENCES = [
    "Police fired tear gas at protesters who had marched to the governor's office on Tuesday.",
    "Gunmen KILLED four villagers and torched their huts overnight, officials said.",
    "The minister said talks on the budget would resume next week.",
    "A roadside bomb went off near a convoy, wounding two soldiers.",
    "Hundreds rallied in the capital; some threw stones, others held a sit-in.",
    "“We will not stop,” the union leader told a Petrol-Bomb-free crowd.",
    "Rebels seized the town of Kora after fighting that began on Monday morning.",
    "The football club won the derby and fans celebrated late into the night.",
    "Troops were deployed to the border, where a truce had been signed in 2019.",
    "Residents fled their homes as shelling resumed; no casualties were reported.",
    "ſhots were heard as KİLLED men lay in the ſtreet (a text with fold traps).",
    "",
]


def _texts() -> list[str]:
    """The fixed sentences, their upper- and lower-case forms, and shuffled mixes of their words."""
    rng = random.Random(7)
    words = " ".join(SENTENCES).split()
    out = SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES]
    for _ in range(150):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))))
        out.append("".join(rng.choice(string.printable) for _ in range(rng.randint(0, 40))))
    return out


def _filtered_patterns() -> dict[str, Prefiltered]:
    return {k: v for k, v in vars(classify).items() if isinstance(v, Prefiltered)}


def test_needed_strings_come_from_the_pattern():
    need, sure = literal_keys(re.compile(r"\b(?:killed|wounded)\b", re.I))
    assert need == {"killed", "wounded"}
    assert not sure  # "\b" is a condition no literal proves


def test_a_literal_branch_is_sufficient_and_one_with_an_assertion_is_not():
    need, sure = literal_keys(re.compile(r"molotov|petrol[- ]bomb|rap(?:e|ed)\b", re.I))
    assert {"molotov", "petrol-bomb", "petrol bomb"} <= sure
    assert "rape" not in sure and "rape" in need


def test_optional_and_unbounded_parts_give_no_needed_string():
    assert literal_keys(re.compile(r"(?:very )?\w+ly"))[0] == {"ly"}
    assert literal_keys(re.compile(r"\w+|x"))[0] == frozenset()
    assert literal_keys(re.compile(r"(\w)\1"))[0] == frozenset()  # back-reference: no key, no filter
    assert literal_keys(re.compile(r"caf\u00e9"))[0] == {"caf"}  # a non-ASCII letter ends the run


def test_case_sensitive_letters_need_but_do_not_prove():
    need, sure = literal_keys(re.compile(r"(?-i:IED)|blast", re.I))
    assert need == {"ied", "blast"} and sure == {"blast"}
    pf = Prefiltered(re.compile(r"(?-i:IED)|blast", re.I))
    assert not pf.matches("he died") and pf.matches("an IED") and pf.matches("a BLAST")


def test_filtered_patterns_give_the_patterns_own_results():
    patterns = _filtered_patterns()
    assert "_ANY_TRIGGER" in patterns and "_INCIDENT_VERB" in patterns
    for text in _texts():
        for name, pf in patterns.items():
            raw = pf.pattern_object
            want = raw.search(text)
            got = pf.search(text)
            assert (got and got.span()) == (want and want.span()), (name, text)
            assert [m.span() for m in pf.finditer(text)] == [m.span() for m in raw.finditer(text)], (name, text)
            assert pf.matches(text) == (want is not None), (name, text)
            assert (pf.match(text) and pf.match(text).span()) == (raw.match(text) and raw.match(text).span())


def test_ascii_matching_proves_nothing():
    assert not literal_keys(re.compile(r"kill|shot", re.I | re.A))[1]
    assert not literal_keys(re.compile(r"(?a:kill)|shot", re.I))[1] - {"shot"}
    pf = Prefiltered(re.compile(r"kill", re.I | re.A))
    assert not pf.matches("\u212aill")  # the Kelvin sign lower-cases to "k" but is no "k" to an ASCII pattern


def test_a_text_with_a_fold_trap_is_never_filtered():
    pf = Prefiltered(re.compile(r"\bshot\b", re.I))
    assert pf.possible("ſhot") and pf.search("ſhot") is not None
    assert not pf.possible("a shoe")


def test_fold_traps_cover_every_code_point():
    """The filter compares ASCII keys with str.lower(): every character that re.IGNORECASE matches to an
    ASCII character, or that lower-cases to ASCII, must lower-case to that one character, or be a trap."""
    to_ascii = re.compile(r"[\x00-\x7f]", re.I)
    for code in range(0x80, 0x110000):
        c = chr(code)
        low = c.lower()
        if c in prefilter._FOLD_TRAPS:
            continue
        if to_ascii.fullmatch(c):
            hits = [x for x in string.printable if re.fullmatch(re.escape(x), c, re.I)]
            assert len(low) == 1 and all(x.lower() == low for x in hits), hex(code)
        else:
            assert not any(ch.isascii() for ch in low), hex(code)


def test_prefilter_patterns_skips_anchored_and_short_keyed_patterns():
    space = {
        "_LONG": re.compile(r"\b(?:ambushed|abducted)\b", re.I),
        "_ANCHORED": re.compile(r"^\W*(?:ambushed|abducted)", re.I),
        "_SHORT": re.compile(r"\b(?:in|at)\b"),
        "_TEXT": "not a pattern",
    }
    assert prefilter_patterns(space) == ["_LONG"]
    assert isinstance(space["_LONG"], Prefiltered) and isinstance(space["_ANCHORED"], re.Pattern)
    assert space["_LONG"].pattern == r"\b(?:ambushed|abducted)\b"  # composing patterns still works
    assert prefilter.matches(space["_LONG"], "They AMBUSHED a patrol") and prefilter.matches(space["_SHORT"], "in")


def test_a_pattern_filtered_after_a_text_was_read_still_finds_its_strings_there():
    # the strings found in a text are remembered; a pattern that joins later (named groups load on first use)
    # must not be told its strings are absent from a text read before it joined
    text = "Members of the Zorvath Liberation Committee blocked the ring road."
    first = Prefiltered(re.compile(r"\bring road\b", re.I))
    assert first.search(text)
    late = Prefiltered(re.compile(r"\bzorvath liberation\b", re.I))
    assert late.possible(text) and late.search(text)


def test_remembered_results_hold_for_an_equal_text_built_anew():
    rx = Prefiltered(re.compile(r"\b(?:marched|rallied)\b", re.I))
    text = "Nurses marched to the ministry and rallied outside it."
    rebuilt = " ".join(text.split(" "))
    assert rebuilt is not text
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.finditer(rebuilt)] \
        == [m.span() for m in rx.pattern_object.finditer(text)]
    assert rx.search(rebuilt).span() == rx.pattern_object.search(text).span()


def test_start_keys_are_the_strings_a_match_begins_with():
    assert prefilter.start_keys(re.compile(r"(?<![-])\b(?!hit back)(?:hit|shot)\b", re.I)) == ({"hit", "shot"}, False)
    assert prefilter.start_keys(re.compile(r",\s*killing\b|^\W*clashes", re.I)) == ({","}, True)
    assert prefilter.start_keys(re.compile(r"(?:\w+ ){0,3}killed")) is None  # a match may begin anywhere
    assert prefilter.start_keys(re.compile(r"^riots", re.M)) is None  # "^" after every line break
    assert prefilter.start_keys(re.compile(r"a?|b")) is None  # an empty match begins with nothing


def test_a_pattern_tried_only_where_a_match_starts_finds_the_same_matches():
    # lookbehinds and word boundaries still see the text before the position tried; the anchored branch only at 0
    rx = re.compile(r"(?<!gas )\bshell(?:ed|s)?\b|,\s*wounding\b|^\W*(?:fresh )?clashes|(?P<g>blast)", re.I)
    pf = Prefiltered(rx)
    assert pf._start is not None
    texts = _texts() + ["Clashes broke out; tear gas shells fell, wounding two.", "...Fresh clashes: the blast, wounding",
                        "Tear gas shells and SHELLED homes, then a blast-shell."]
    for text in texts:
        pf._memo.clear()
        pf._iters.clear()
        got, want = pf.search(text), rx.search(text)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), text
        assert [m.span() for m in pf.finditer(text)] == [m.span() for m in rx.finditer(text)], text


def test_a_selector_keeps_every_pattern_that_can_match_in_order():
    rxs = [Prefiltered(re.compile(r"\bstone[ds]?\b", re.I)), re.compile(r"\bM\d+\b"),
           Prefiltered(re.compile(r"\bbarricades?\b", re.I)), Prefiltered(re.compile(r"tear ?gas", re.I))]
    sel = prefilter.Selector(rxs)
    for text in _texts() + ["Youths threw STONES at a barricade near the M4.", "Teargas and stones."]:
        kept = list(sel.possible(text))
        assert kept == sorted(kept)
        assert [i for i, rx in enumerate(rxs) if rx.search(text)] == [i for i in kept if rxs[i].search(text)], text
    assert list(sel.possible("Youths threw stones at a barricade.")) == [0, 1, 2]
