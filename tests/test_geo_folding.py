"""geo.folding: romanisation skeletons and council stems that join spellings of one name."""


def test_slavic_skeleton_joins_ukrainian_and_russian_romanisations():
    from eventdesk.geo.folding import slavic_skeleton

    for ukrainian, russian in (("novotroitske", "novotroitskoye"), ("dobryanka", "dobrianka"), ("kharkiv", "kharkov"),
                               ("horlivka", "gorlovka"), ("bohorodychne", "bogorodichnoye")):
        assert slavic_skeleton(ukrainian) == slavic_skeleton(russian)
    assert slavic_skeleton("tavriisk") != slavic_skeleton("tavriiske")  # a town and a village


def test_village_and_council_stems_meet():
    from eventdesk.geo.folding import council_stem, village_stem

    for village, council in [("Zmiivka", "Zmiivska"), ("Lozove", "Lozivska"), ("Kalynivske", "Kalynivska"),
                             ("Nyzhnia Syrovatka", "Nyzhnosyrovatska")]:
        assert village_stem(village) == council_stem(council), (village, council)
    assert village_stem("Petrivka") != council_stem("Pavlivska")
