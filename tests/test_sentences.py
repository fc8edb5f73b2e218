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
