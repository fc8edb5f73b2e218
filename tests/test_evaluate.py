import pandas as pd

from eventdesk.evaluate import figures, fold, similar


def test_folding_ignores_case_accents_punctuation_and_admin_words():
    assert fold("Île-de-France") == "ile de france"
    assert similar("Almaty City", "Almaty", admin=True)
    assert not similar("Almaty", "Astana")


def test_pairs_within_articles_and_counts_hits_by_type_and_place():
    gold = pd.DataFrame([
        {"article_id": "a", "event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2024-01-02",
         "latitude": "10.0", "longitude": "10.0", "location": "X", "admin1": "R", "actor1": "Protesters (Y)",
         "tags": "crowd size=dozens", "fatalities": "0"},
        {"article_id": "b", "event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2024-01-02",
         "latitude": "20.0", "longitude": "20.0", "location": "Z", "admin1": "Q", "actor1": "A", "tags": "",
         "fatalities": "3"},
    ])
    pred = pd.DataFrame([
        {"article_ids": "a", "event_type": "Protests", "sub_event_type": "Protest with intervention",
         "event_date": "2024-01-02", "latitude": "10.1", "longitude": "10.0", "location": "X", "admin1": "R",
         "actor1": "Protesters (Y)", "tags": "crowd size=dozens", "fatalities": "0"},
        {"article_ids": "a", "event_type": "Riots", "sub_event_type": "Mob violence", "event_date": "2024-01-02",
         "latitude": "50", "longitude": "50", "location": "W", "admin1": "P", "actor1": "R", "tags": "", "fatalities": "0"},
        {"article_ids": "b", "event_type": "Protests", "sub_event_type": "Peaceful protest", "event_date": "2024-01-02",
         "latitude": "20.0", "longitude": "20.0", "location": "Z", "admin1": "Q", "actor1": "A", "tags": "",
         "fatalities": "0"},
    ])
    f = figures(gold, pred)
    assert f["pred_events"] == 3 and f["detected"] == 1.0
    assert f["precision"] == round(1 / 3, 4) and f["recall"] == 0.5
    assert f["sub_event_type"] == 0.0 and f["crowd_size"] == 1.0 and f["fatalities"] == 0.5


def test_numeric_codes_compare_as_numbers():
    from eventdesk.evaluate import FIELDS

    assert FIELDS["iso"]({"iso": "800.0"}, {"iso": "800"})
    assert FIELDS["time_precision"]({"time_precision": "1.0"}, {"time_precision": 1})
    assert not FIELDS["iso"]({"iso": "800"}, {"iso": "801"})
