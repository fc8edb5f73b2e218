"""The coder's faster paths (issue 15) give what the plain ones gave: each is checked against the direct
computation it replaced, on our own names and sentences. No timing here (speed is benchmarks/' business)."""
import difflib
from collections import Counter


def test_spelling_keys_fold_like_spelling_key_one_by_one():
    from eventdesk.geo.folding import spelling_key, spelling_keys

    names = ["Bal'lor-Kharr", "Ouedd  Tiyy", "qasr  el-Daar", "Mar¨kos", "Zeb\u00a0Dheer", "ab-ba", "K'h", "y",
             "", "Teei-ieay", "Oloo\u2002Nuuk", "Ceel Xamar", "An-Nuqta", "line\nbreak", "ΣΑΣ", "Ṭūbāʼ"]
    for cc in ("FR", "SO", "SY", "ET", ""):
        assert spelling_keys(names, cc) == [spelling_key(n, cc) for n in names], cc
        assert spelling_keys(names[:-3], cc) == [spelling_key(n, cc) for n in names[:-3]], cc
    assert spelling_keys([], "FR") == []


def test_outlet_lookups_over_a_subset_find_what_a_scan_of_every_name_finds():
    from eventdesk.geo import context

    exact = context._outlets()[0]
    keys = sorted(exact)[:60]
    asked = [k[:-1] + "q" for k in keys] + [k + " weekly" for k in keys] + [k.split()[0] for k in keys]
    for bare in asked:
        if len(bare) >= 10:
            assert (difflib.get_close_matches(bare, context._outlet_keys_near(len(bare)), n=3, cutoff=0.9)
                    == difflib.get_close_matches(bare, list(exact), n=3, cutoff=0.9)), bare
        prefix = bare + " "
        assert context._outlet_keys_from(prefix) == sorted(k for k in exact if k.startswith(prefix)), bare


def _caseless_reference(text):
    from eventdesk.extraction.truecase import _MIN_WORDS, _WORD

    lines = [_WORD.findall(ln) for ln in text.splitlines()]
    words = [w for ws in lines if len(ws) >= _MIN_WORDS for w in ws] or [w for ws in lines for w in ws]
    if len(words) < _MIN_WORDS:
        return None
    if sum(1 for w in words if w[0].isupper()) / len(words) < 0.03:
        return "lower"
    letters = [c for w in words for c in w if c.isalpha() and c.lower() != c.upper()]
    if letters and sum(1 for c in letters if c.isupper()) / len(letters) > 0.9:
        return "upper"
    return None


def test_caseless_counts_as_a_letter_by_letter_count_would():
    from eventdesk.extraction.truecase import caseless

    base = ("Herders and farmers quarrelled over a well near the market town on Tuesday, and the elders of "
            "both villages met the district officer to settle it. Ǆemal, Ÿves and ǈubo spoke for them.")
    for text in (base, base.lower(), base.upper(), base.swapcase(), base.title(), "ÉTÉ " * 20, "ß ﬁ ª º " * 5,
                 "Short one.", base.upper() + "\nfooter words here in small letters only ok"):
        assert caseless(text) == _caseless_reference(text), text[:40]


def test_restore_reads_an_abbreviation_after_a_long_dotted_token():
    from eventdesk.extraction.truecase import restore

    long_token = "a." * 40  # the word before the stop reaches further back than the 64 characters first read
    text = ("the crowd gathered outside the court on monday morning. " + long_token + " the police arrived "
            "and the gates were shut by noon. the traders went home after the talks. mr. smith spoke.")
    out = restore(text)
    assert len(out) == len(text)
    assert out.startswith("The crowd")
    assert " The police arrived" in out  # after a token that is no abbreviation: a new sentence
    assert "The traders" in out


def test_area_cues_and_strong_cues_match_running_every_row():
    from eventdesk.geo import context

    texts = ["Monitors of the observer mission saw shelling near a village at the contact line.",
             "Soldiers of the national army and the border guard clashed with herders.",
             "A quiet market day with no soldiers in sight.", ""]
    for text in texts:
        ref = [a1 for rx, _cc, a1s in context._area_cue_rows() if rx.search(text) for a1 in a1s]
        assert context.area_cues(text) == ref
        strong: Counter = Counter()
        for rx, _need, cs, weight in context._cue_rows():
            if rx.search(text):
                for c in cs:
                    strong[c] += weight / len(cs)
        assert context._strong_cues.__wrapped__(text) == strong


def test_tolls_from_the_memo_are_fresh_lists():
    from eventdesk.extraction.quantities import _figure_spans

    sentence = "Gunmen killed four villagers and wounded two others in an overnight raid."
    first = _figure_spans(sentence)
    assert first
    first.append((0, 0, 99))
    assert _figure_spans(sentence) == first[:-1]


def test_warm_index_answers_as_a_cold_one():
    from eventdesk.geo.countries import country_by_code
    from eventdesk.geo.gazetteer import Gazetteer
    from eventdesk.geo.index import Index

    gz = Gazetteer.load()
    cold = Index(gz.data)
    warm = Index(gz.data)
    warm.warm()
    kenya = country_by_code("KE")
    for place in [p for p in cold.lookup("Nakuru") + cold.lookup("Kenya") if p.kind in ("admin1", "country")][:4]:
        assert warm.seat(place) == cold.seat(place)
    assert warm.fuzzy("Nakurru", kenya) == cold.fuzzy("Nakurru", kenya)
    assert warm._buckets is not None and hasattr(warm, "_at")  # built up front, not on first use


def test_charfold_of_ascii_text_is_the_table_fold():
    from eventdesk.geo.folding import FOLD, charfold

    for text in ["Herders Met At The WELL near Upper Rowley", "it`s the `old` ford", "", "A-B_c 12/03 (X) `",
                 "".join(map(chr, range(128))), "Grüne Aue", "Rowley’s ford"]:
        assert charfold(text) == text.translate(FOLD), text


def test_explicit_dates_need_a_digit_or_a_month_name():
    from eventdesk.extraction import dates

    published = dates.datetime.date(2024, 5, 20)
    plain = ["Herders and farmers quarrelled over a well near the market town.",
             "In early spring the elders met the district officer before their feast began.",
             "the march passed the old mill before noon, and no one was hurt."]
    for text in plain:
        assert dates._explicit_mentions(text, published) == []
        assert dates._EXPLICIT.search(text) is None, text  # the pattern itself finds nothing there either
    dated = ["Traders shut their stalls in early May over the new fees.", "On the 3rd, a crowd gathered at the gate.",
             "Riders blocked the bridge on 12/05.", "The sit-in lasted from 4 to 6 May 2024."]
    for text in dated:
        assert dates._explicit_mentions(text, published), text


def test_fuzzy_country_codes_are_those_whose_country_is_wanted():
    from eventdesk.geo.countries import country_by_code
    from eventdesk.geo.gazetteer import Gazetteer
    from eventdesk.geo.index import Index

    gz = Gazetteer.load()
    index = Index(gz.data)
    index.fuzzy("Nakurru", country_by_code("KE"))  # builds the country -> codes map
    codes = set(gz.data["cc"])
    for c in {country_by_code(cc) for cc in codes}:
        assert index._country_ccs[c] == {cc for cc in codes if country_by_code(cc) == c}


def test_outlet_countries_remembered_answer_as_computed_ones():
    from eventdesk.geo import context

    asked = [("Daily News", None), ("Reuters (Kenya)", None), ("Daily Nation; AFP", None), (None, "https://www.example.co.ke/a"),
             ("Weald Evening Courier", None), ("Radio Kigali Online", None), ("", None)]
    for source, url in asked * 2:  # (the second round is answered from the memo)
        assert context.outlet_countries(source, url) == context.outlet_countries.__wrapped__(source, url), source
