"""RawRecord → Article normalisation."""
import datetime as dt
import hashlib

import pytest

from eventdesk.articles import clean_text, content_hash, guess_language, make_id, parse_date, to_article
from eventdesk.records import Article, Reject
from eventdesk.sources import RawRecord

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)
EN = "Hundreds of teachers marched in Nairobi on Monday to demand that the government pay them."


def _raw(kind="jsonl", **fields) -> RawRecord:
    return RawRecord(origin="f.jsonl:3", kind=kind, payload="{}", fields=fields)


def test_given_fields_are_kept():
    a = to_article(_raw(id="acled-KEN1", text=EN, url="https://x.example/a", title=" Teachers  march ",
                        published_at="2024-05-06", source="Test Wire", language="EN"), NOW)
    assert isinstance(a, Article)
    assert (a.id, a.origin, a.ingested_at) == ("acled-KEN1", "f.jsonl:3", NOW)
    assert a.title == "Teachers march" and a.source == "Test Wire" and a.url == "https://x.example/a"
    assert a.published_at == dt.date(2024, 5, 6) and a.language == "en"
    assert a.content_hash == hashlib.sha256(EN.encode()).hexdigest()


def test_integer_id_is_kept_as_string():
    assert to_article(_raw(id=42, text=EN), NOW).id == "42"


def test_id_from_url_then_text_and_stable():
    by_url = to_article(_raw(text=EN, url="https://x.example/a"), NOW)
    assert by_url.id == "a-" + hashlib.sha1(b"https://x.example/a").hexdigest()[:16]
    by_text = to_article(_raw(text=EN), NOW)
    rewrapped = to_article(_raw(text=EN.replace(" on ", "\non  ")), NOW)
    assert by_text.id == rewrapped.id == make_id(None, EN) and by_text.id.startswith("a-")
    assert by_text.content_hash == rewrapped.content_hash == content_hash(EN)
    assert to_article(_raw(id="  ", text=EN), NOW).id == by_text.id  # a blank id is no id


@pytest.mark.parametrize("text", ["", "   \n\n\t ", "\x00\x01\u200b"])
def test_empty_text_is_rejected(text):
    r = to_article(_raw(id="x", text=text), NOW)
    assert isinstance(r, Reject) and r.stage == "ingest" and r.table == "articles"
    assert r.origin == "f.jsonl:3" and r.reason.startswith("empty article")


def test_missing_or_non_string_text_is_rejected():
    assert to_article(_raw(id="x"), NOW).reason.startswith("empty article")
    assert to_article(_raw(id="x", text=["a"]), NOW).reason == "text is not a string"


def test_lone_surrogates_are_replaced_in_fields_and_reject_an_id():
    a = to_article(_raw(id="x", text=EN + " \ud83d", title="Teachers \ud800march", source="Wire \udc00"), NOW)
    assert isinstance(a, Article) and a.text == EN
    assert a.title == "Teachers \ufffdmarch" and a.source == "Wire \ufffd"
    r = to_article(_raw(id="x\ud800", text=EN), NOW)
    assert isinstance(r, Reject) and "surrogate" in r.reason
    r.record.encode("utf-8")  # the quarantined record must still be storable


def test_language_heuristic():
    assert to_article(_raw(text=EN), NOW).language == "en"
    assert guess_language("Des centaines d'enseignants ont manifesté lundi à Nairobi pour réclamer") == "und"
    assert guess_language("Protest") == "und"


@pytest.mark.parametrize("value,expected", [
    ("2024-05-01", dt.date(2024, 5, 1)),
    ("2024-05-01T23:30:00+05:00", dt.date(2024, 5, 1)),
    ("Wed, 01 May 2024 10:00:00 +0000", dt.date(2024, 5, 1)),
    ("01 May 2024 10:00:00 GMT", dt.date(2024, 5, 1)),
    ("12 March 2022", dt.date(2022, 3, 12)),
    ("Saturday, 12 March 2022", dt.date(2022, 3, 12)),
    ("March 12, 2022", dt.date(2022, 3, 12)),
    ("Sept. 3, 2021", dt.date(2021, 9, 3)),
    ("1st of May 2023", dt.date(2023, 5, 1)),
    ("2022/03/12", dt.date(2022, 3, 12)),
    ("12.03.2022", dt.date(2022, 3, 12)),
    ("25/12/2022", dt.date(2022, 12, 25)),
    ("03/04/2022", None),  # day/month order unknowable
    ("2022-02-30", None),
    ("yesterday", None),
    ("", None),
    (None, None),
    (dt.datetime(2024, 1, 2, 3, 4), dt.date(2024, 1, 2)),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value,reason", [
    ("2024-13-45", "unparsable published_at: '2024-13-45' (write it as YYYY-MM-DD)"),
    ("yesterday", "unparsable published_at: 'yesterday' (write it as YYYY-MM-DD)"),
    ("2099-01-01", "published_at in the future: 2099-01-01 (ingested 2024-06-01)"),
    ("Tue, 04 Jun 2024 08:00:00 +0000", "published_at in the future: 2024-06-04 (ingested 2024-06-01)"),
    ("1985-06-01", "published_at before 1989: 1985-06-01"),
])
def test_a_publication_date_that_cannot_be_used_is_a_reject_with_its_reason(value, reason):
    r = to_article(_raw(text=EN, published_at=value), NOW)
    assert isinstance(r, Reject) and (r.stage, r.table, r.origin) == ("ingest", "articles", "f.jsonl:3")
    assert r.reason == reason and r.value == value


def test_tomorrow_and_blank_dates_are_accepted():
    assert to_article(_raw(text=EN, published_at="2024-06-02"), NOW).published_at == dt.date(2024, 6, 2)
    assert to_article(_raw(text=EN, published_at="  "), NOW).published_at is None


RU = ("Несколько тысяч жителей Алматы вышли в субботу на центральную площадь города, требуя снизить цены на газ "
      "и отменить новый налог. Полиция оцепила площадь, но не стала разгонять собравшихся. По словам организаторов, "
      "следующая акция пройдёт через неделю у здания городского совета, если власти не ответят на их требования.")
FR = ("Plusieurs centaines d'enseignants ont défilé lundi dans les rues de Dakar pour réclamer le paiement de leurs "
      "primes. La police a bloqué le cortège devant le ministère de l'Éducation, et les syndicats promettent une "
      "nouvelle grève la semaine prochaine si le gouvernement ne répond pas à leurs demandes.")
LONG_EN = EN + " The teachers' union said the strike would go on until the ministry paid the arrears it owes to " \
               "some forty thousand of its members, and police stood by as the march passed the parliament."


def test_language_detected_on_a_long_text_wins_over_the_declared_one():
    assert to_article(_raw(text=RU, language="en"), NOW).language == "ru"
    assert to_article(_raw(text=FR), NOW).language == "fr"
    assert to_article(_raw(text=LONG_EN, language="fr"), NOW).language == "en"


def test_a_short_text_keeps_its_declared_language():
    # Too short for the detector to be trusted: the source's word stands.
    brief = "Market women protest over levy at Oja Oba."
    assert to_article(_raw(text=brief, language="en"), NOW).language == "en"
    assert to_article(_raw(text="Учителя вышли на улицы", language="kk"), NOW).language == "kk"
    # Nothing declared: a short English text reads as English, a short Russian one as Russian.
    assert to_article(_raw(text=brief), NOW).language == "en"
    assert to_article(_raw(text="Тысячи людей вышли на улицы Алматы в субботу"), NOW).language == "ru"


def test_the_detector_is_not_asked_about_a_short_text_it_cannot_decide(monkeypatch):
    """A short text keeps its declared language, or the function words' English, whatever the detector says:
    it is then not run at all (most notes and briefs); a short text in another script still asks it."""
    import eventdesk.articles as articles

    asked = []
    real = articles.detect_language
    monkeypatch.setattr(articles, "detect_language", lambda text: asked.append(text) or real(text))
    brief = "Market women protest over levy at Oja Oba."
    assert to_article(_raw(text=brief, language="en"), NOW).language == "en"
    assert to_article(_raw(text=brief), NOW).language == "en"
    assert asked == []
    assert to_article(_raw(text="Тысячи людей вышли на улицы Алматы в субботу"), NOW).language == "ru"
    assert to_article(_raw(text=LONG_EN, language="fr"), NOW).language == "en"
    assert len(asked) == 2


@pytest.mark.parametrize("declared,expected", [
    ("EN", "en"), ("en-GB", "en"), ("pt_BR", "pt"), ("eng", "en"), ("English", "en"), ("fra", "fr"), ("Gibberish", "gibberish"), ("", None),
])
def test_declared_language_is_normalised(declared, expected):
    from eventdesk.articles import normalise_language

    assert normalise_language(declared) == expected


def test_an_article_over_the_cap_is_rejected_or_truncated(monkeypatch):
    monkeypatch.setenv("EVENTDESK_MAX_ARTICLE_BYTES", "100")
    r = to_article(_raw(text=LONG_EN), NOW)
    assert isinstance(r, Reject) and r.reason.startswith(f"article too large: {len(LONG_EN.encode())} bytes of text, over the cap of 100")
    monkeypatch.setenv("EVENTDESK_OVERSIZE", "truncate")
    a = to_article(_raw(text=LONG_EN), NOW)
    assert a.text == LONG_EN[:100]


def test_clean_text_keeps_paragraphs_and_strips_controls():
    raw = "First\x00 line  with\tspaces\r\nsecond line\r\n\r\n\r\n\r\nNext\u200b paragraph\x0c"
    assert clean_text(raw) == "First line with spaces\nsecond line\n\nNext paragraph"


def test_extracted_html_gets_blank_lines_between_paragraphs():
    a = to_article(_raw(kind="html", text="Para one here.\nPara two here.\n\n\nPara three.", url="u"), NOW)
    assert a.text == "Para one here.\n\nPara two here.\n\nPara three."


def test_jsonl_text_is_not_reshaped():
    text = "Line one\nline two of the same paragraph.\n\nNew paragraph. Read more: subscribe now!"
    assert to_article(_raw(text=text), NOW).text == text
