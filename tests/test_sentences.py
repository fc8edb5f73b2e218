from eventdesk.extraction.sentences import split_sentences


def test_offsets_point_back_into_the_text_and_abbreviations_do_not_split():
    text = ("NAIROBI, Kenya -- Hundreds of teachers marched on Monday. The U.S. embassy said Mr. Otieno left at 5 p.m. "
            "on Jan. 5.\n\nPolice watched. \"Pay us!\" they chanted. In Mombasa, 40 nurses rallied.")
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "NAIROBI, Kenya -- Hundreds of teachers marched on Monday.",
        "The U.S. embassy said Mr. Otieno left at 5 p.m. on Jan. 5.",
        "Police watched.", "\"Pay us!\" they chanted.", "In Mombasa, 40 nurses rallied."]
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert [s.index for s in sents] == list(range(5))


def test_lines_without_punctuation_are_their_own_sentences():
    sents = split_sentences("Breaking News\nAccessibility links\n\nA rally was held in Lagos.")
    assert [s.text for s in sents] == ["Breaking News", "Accessibility links", "A rally was held in Lagos."]


def test_last_word_is_what_the_trailing_word_pattern_captures():
    import random
    import re

    from eventdesk.extraction.sentences import _last_word

    rng = random.Random(3)
    alphabet = "aZ.. 9,é-'\t"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        found = re.search(r"([A-Za-z.]+)\.?$", text)
        assert _last_word(text) == (found.group(1) if found else ""), repr(text)
    assert _last_word("said Gen") == "Gen" and _last_word("the U.S") == "U.S" and _last_word("at 5") == ""


def test_a_stop_glued_to_a_capitalised_word_ends_a_sentence():
    """'the depot.The crowd': a stop whose space was lost ends a sentence between two words of lower-case letters;
    initials and capitals before the stop ('U.S.Army') do not."""
    assert [s.text for s in split_sentences("Rioters burnt the depot.The crowd then left.")] == \
        ["Rioters burnt the depot.", "The crowd then left."]
    assert len(split_sentences("He served at the U.S.Army base near the river.")) == 1
