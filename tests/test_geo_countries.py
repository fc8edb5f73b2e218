from eventdesk.geo.countries import country_by_code, country_by_name
from eventdesk.geo.places import countries_in


def test_acled_spellings_and_regions():
    c = country_by_name("Democratic Republic of Congo")
    assert (c.iso, c.iso3, c.region) == (180, "COD", "Middle Africa")
    assert country_by_name("Czech Republic").region == "Europe"
    assert country_by_name("eSwatini").iso2 == "SZ"
    assert country_by_name("Kazakhstan").region == "Caucasus and Central Asia"
    assert country_by_name("Palestine").iso == 275


def test_aliases_and_demonyms():
    assert country_by_name("Kazakh").name == "Kazakhstan"
    assert country_by_name("Ukrainian").name == "Ukraine"
    assert country_by_name("Congolese").name == "Democratic Republic of Congo"
    assert country_by_name("Côte d'Ivoire").name == "Ivory Coast"
    assert country_by_name("the United States of America").name == "United States"
    assert country_by_name("Palestinians").name == "Palestine"
    assert country_by_name("Atlantis") is None


def test_codes():
    assert country_by_code(398).name == "Kazakhstan"
    assert country_by_code("840").name == "United States"
    assert country_by_code("TUR").name == "Turkey"
    assert country_by_code("vn").name == "Vietnam"
    assert country_by_code("HK").name == "China"  # ACLED codes Hong Kong under China


def test_countries_in_text_respects_case_of_acronyms():
    found = countries_in("Kazakh activists met US diplomats; let us see what the Congolese said.")
    assert {c.iso2 for c in found} == {"KZ", "US", "CD"}
    assert not countries_in("they told us to leave")
