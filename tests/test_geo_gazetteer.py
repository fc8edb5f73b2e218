import pytest

from eventdesk.geo import Gazetteer, add_geonames_dump, country_by_name


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()  # built once, then read from the on-disk cache


def test_lookup_prefers_large_places_and_filters_by_country(gz):
    paris = gz.lookup("Paris")
    assert paris[0].country.iso2 == "FR"
    texan = gz.lookup("Paris", country_by_name("United States"))
    assert texan and all(p.country.iso2 == "US" for p in texan)


def test_admin1_names_as_acled_writes_them(gz):
    assert any(p.admin1 == "Sindh" for p in gz.lookup("Karachi")[:2])
    almaty = [p for p in gz.lookup("Almaty") if p.kind == "city"][0]
    assert almaty.admin1 == "Almaty City"
    assert gz.lookup("Shymkent")[0].admin1 == "Shymkent"
    assert gz.lookup("Aktobe")[0].admin1 == "Aqtobe"
    assert [p for p in gz.lookup("Oromia") if p.kind == "admin1"]


def test_mentions_are_capitalised_and_word_bounded(gz):
    text = "Police in Mobile said the reading of the march was over; protesters gathered in Karachi and Semey."
    surfaces = [m.surface for m in gz.mentions(text)]
    assert "Karachi" in surfaces and "Semey" in surfaces
    assert "Police" not in surfaces and "reading" not in surfaces and "march" not in surfaces


def test_acronyms_are_not_places(gz):
    assert [m.surface for m in gz.mentions("The BJP and the SNA met in Nairobi.")] == ["Nairobi"]


def test_add_geonames_dump(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTDESK_CACHE", str(tmp_path / "cache"))  # keep this one-off build out of the real cache
    cols = ["9999001", "Zorblintown", "Zorblintown", "Zorblin", "10.5", "20.25", "P", "PPL", "KZ", "", "02",
            "", "", "", "1200", "", "", "Asia/Almaty", "2024-01-01"]
    other = ["9999002", "Some Mountain", "Some Mountain", "", "10.6", "20.3", "T", "MT", "KZ", "", "02",
             "", "", "", "0", "", "", "Asia/Almaty", "2024-01-01"]
    dump = tmp_path / "KZ.txt"
    dump.write_text("\t".join(cols) + "\n" + "\t".join(other) + "\n", encoding="utf-8")
    data_dir = tmp_path / "geonames"
    assert add_geonames_dump(dump, data_dir) == 1
    gz = Gazetteer.load(data_dir)
    hit = gz.lookup("Zorblintown")
    assert hit and hit[0].country.iso2 == "KZ" and hit[0].admin1 == "Almaty City"
    assert hit[0].geonameid == 9999001 and hit[0].latitude == 10.5
    assert not gz.lookup("Some Mountain")
