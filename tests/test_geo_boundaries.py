"""geo.boundaries: geoBoundaries units added to the index only where their names sit on their shapes."""
import pytest

from eventdesk.geo import Gazetteer, country_by_name


@pytest.fixture(scope="module")
def gz():
    return Gazetteer.load()  # built once, then read from the on-disk cache


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
