"""events.rows: an article's own columns (the outlet's country from its web domain)."""


def test_a_country_domain_is_the_outlets_country():
    from eventdesk.events.rows import _url_country
    assert _url_country("https://www.standardmedia.co.ke/news/article/1").name == "Kenya"
    assert _url_country("https://www.bbc.co.uk/news/world").name == "United Kingdom"
    assert _url_country("https://example.com/story") is None
    assert _url_country("https://news.example.io/story") is None
    assert _url_country(None) is None
