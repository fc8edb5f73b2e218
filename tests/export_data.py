"""A small published events table for the export tests: the two validation fixtures plus two invented rows
that stress the formats (long non-ASCII text, a formula-like note, line breaks, quotes, missing numbers)."""
from __future__ import annotations

import copy
from pathlib import Path

from conftest import events_frame, load_rows

from eventdesk import publish


def event_rows() -> list[dict]:
    rows = load_rows("validation/events_pass.jsonl")
    kenya = copy.deepcopy(rows[0])
    kenya.update({
        "event_id_cnty": "KEN100003", "event_date": "2024-03-06", "sub_event_type": "Protest with intervention",
        "actor2": "Police Forces of Kenya (2022-)", "inter2": "State forces", "interaction": "State forces-Protesters",
        "admin1": "Kisumu", "location": "Kisumu", "latitude": -0.1022, "longitude": 34.7617, "fatalities": 800,
        "tags": 'crowd size=a "large" crowd, mostly nurses', "crowd_size_low": None, "crowd_size_high": None,
        "notes": "=On 6 March 2024, nurses in Kisumu were dispersed with tear gas.", "timestamp": 1709700000,
        "evidence": "Nurses marched in Kisumu.\nPolice fired tear gas; the crowd shouted « ça suffit » " + "é" * 2100,
        "tactics": ["march", "rally"], "state_response": ["crowd dispersal"], "source_urls": [],
    })
    mali = copy.deepcopy(rows[1])
    mali.update({
        "event_id_cnty": "MLI300004", "event_date": "2024-02-20", "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Mali)", "inter1": "Political militia",
        "actor2": "Civilians (Mali)", "assoc_actor_2": "Farmers (Mali)", "inter2": "Civilians",
        "interaction": "Political militia-Civilians", "iso": 466, "region": "Western Africa", "country": "Mali",
        "admin1": "Mopti", "location": "Bandiagara", "latitude": 14.3501, "longitude": -3.6104, "fatalities": 4,
        "notes": "On 20 February 2024, gunmen killed four farmers near Bandiagara.", "timestamp": 1709500000,
        "evidence": "Gunmen killed four farmers near Bandiagara on Tuesday.", "geo_precision": 2, "time_precision": 2,
    })
    return rows + [kenya, mali]


def published(tmp_path: Path) -> Path:
    """A data dir whose curated/ holds these rows, published by the real publish function."""
    data = tmp_path / "data"
    publish.publish(data / "curated", {"events": events_frame(event_rows())}, recoded_articles=set(), run_id="r1")
    return data
