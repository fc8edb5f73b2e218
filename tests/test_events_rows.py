"""events.rows: an article's own columns (the outlet's country from its web domain)."""


def test_a_country_domain_is_the_outlets_country():
    from eventdesk.events.rows import _url_country
    assert _url_country("https://www.standardmedia.co.ke/news/article/1").name == "Kenya"
    assert _url_country("https://www.bbc.co.uk/news/world").name == "United Kingdom"
    assert _url_country("https://example.com/story") is None
    assert _url_country("https://news.example.io/story") is None
    assert _url_country(None) is None


def _article(text, source=None, url=None):
    import datetime as dt
    from eventdesk.records import Article
    return Article(id="r-1", origin="test:1", content_hash="0" * 64, ingested_at=dt.datetime(2024, 5, 9, tzinfo=dt.timezone.utc),
                   text=text, published_at=dt.date(2024, 5, 8), source=source, url=url)


def test_an_event_without_a_place_is_coded_at_its_countrys_capital_not_quarantined():
    from eventdesk.events.rows import code_article
    from eventdesk.geo.gazetteer import Gazetteer
    gz = Gazetteer.load()
    coded = code_article(_article("Hundreds of nurses went on strike on Tuesday to demand unpaid allowances.",
                                  url="https://news.example.co.ke/nurses"), gz)
    assert not coded.rejects
    ev = coded.events[0]
    assert (ev.country, ev.location, ev.geo_precision, ev.admin1) == ("Kenya", "Nairobi", 3, "Nairobi")
    # not even a country: quarantined, and the reason says so
    coded = code_article(_article("Hundreds of nurses went on strike on Tuesday to demand unpaid allowances."), gz)
    assert not coded.events
    assert coded.rejects[0].reason.startswith("no place found for the event, nor the country it happened in")
    assert "nothing of one country" in coded.rejects[0].reason  # a snippet with no clue at all (#14)


def test_a_one_line_brief_in_title_case_without_a_full_stop_is_coded():
    """A wire snippet or a caption of one line, dense with names and with no full stop, reads like a headline;
    as the whole article it is the report itself (#14)."""
    from eventdesk.events.rows import code_article
    from eventdesk.geo.gazetteer import Gazetteer
    coded = code_article(_article("Armed Men Of The Northern Liberation Front Kidnapped Two Engineers At The "
                                  "Mobile Telecom Mast Near Jos, Plateau State, Local Police Said Monday"), Gazetteer.load())
    assert [e.sub_event_type for e in coded.events] == ["Abduction/forced disappearance"]
    # a headline above a story's body is still left out: the body tells the event
    coded = code_article(_article("Police Arrest Three Men In Kano\nOfficers in Kano arrested three men on Monday for "
                                  "throwing stones at a bus during a strike."), Gazetteer.load())
    assert len(coded.events) == 1


def test_the_neighbouring_sentences_are_those_of_the_incidents_paragraph():
    from eventdesk.events.incidents import Incident
    from eventdesk.events.rows import _near
    from eventdesk.extraction.sentences import split_sentences
    text = ("Rain fell all week in the valley. A farmer was detained at the bridge. He was held by the militia.\n"
            "Markets reopened on Friday.")
    sents = split_sentences(text)
    assert _near(Incident([sents[1]]), sents, text) == (sents[0].text, sents[2].text)
    assert _near(Incident([sents[2]]), sents, text) == (sents[1].text, "")  # the next line is another paragraph


def test_the_earlier_sentences_are_the_two_before_the_incident_in_its_paragraph():
    from eventdesk.events.incidents import Incident
    from eventdesk.events.rows import _earlier
    from eventdesk.extraction.sentences import split_sentences
    text = ("Harvest began late.\nGuards of the front stood by the road. Trucks rolled past at noon. "
            "Two men in the trucks were held.")
    sents = split_sentences(text)
    assert _earlier(Incident([sents[3]]), sents, text) == f"{sents[1].text} {sents[2].text}"
    assert _earlier(Incident([sents[1]]), sents, text) == ""  # the line before is another paragraph
