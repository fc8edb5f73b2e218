"""Typed records that flow between stages: an article, a mention, an event, a reject.

Stages hand these to each other instead of bare dicts so that a misspelt field fails at
construction, not three stages later in a Parquet writer.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, make_dataclass


@dataclass(slots=True)
class Article:
    """One news article after ingest; `text` is the body the coder reads."""

    id: str
    origin: str  # file path (with ":line" for JSONL) or URL it was read from
    content_hash: str  # sha256 of the normalised text, to spot re-published copies
    ingested_at: dt.datetime
    text: str
    language: str = "en"
    title: str | None = None
    published_at: dt.date | None = None
    source: str | None = None
    url: str | None = None
    fetch_status: str | None = None  # web pages: "ok", or "teaser_only" when only the feed's summary was had
    duplicate_of: str | None = None  # id of the first copy of this story; a duplicate is not coded again


@dataclass(slots=True)
class Reject:
    """Anything that could not become a row: kept with the reason so nothing vanishes."""

    stage: str  # ingest | extract | validate
    table: str  # articles | events | event_mentions | source
    origin: str  # file, file:line, URL or row key
    reason: str  # expectation name or error class
    value: str | None = None  # the offending value, shortened
    record: str | None = None  # the raw record or row as JSON, shortened


@dataclass(slots=True)
class Mention:
    """Where an event is reported: one sentence of one article, by character offsets."""

    event_id_cnty: str
    article_id: str
    sentence_index: int
    start: int
    end: int
    sentence: str


@dataclass(slots=True)
class Event:
    """One ACLED-style event row: ACLED's 31 columns, then eventdesk's extension columns."""

    event_id_cnty: str
    event_date: dt.date
    year: int
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    assoc_actor_1: str | None
    inter1: str
    actor2: str | None
    assoc_actor_2: str | None
    inter2: str | None
    interaction: str
    civilian_targeting: str | None
    iso: int
    region: str
    country: str
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str
    latitude: float
    longitude: float
    geo_precision: int
    source: str
    source_scale: str | None
    notes: str
    fatalities: int
    tags: str | None
    timestamp: int
    # extension columns
    tactics: list[str] = field(default_factory=list)
    state_response: list[str] = field(default_factory=list)
    crowd_size_low: int | None = None
    crowd_size_high: int | None = None
    article_ids: list[str] = field(default_factory=list)
    source_urls: list[str] = field(default_factory=list)
    n_sources: int = 1
    evidence: str = ""
    confidence: float = 0.0
    coder_version: str = ""


# The actor columns of an event (codebook 1.4), as extraction.actors codes them: the Event's own fields, in its order.
ACTOR_COLUMNS = ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction")
Actors = make_dataclass("Actors", [(f.name, f.type) for f in fields(Event) if f.name in ACTOR_COLUMNS], frozen=True,
                        namespace={"__doc__": "The actors of one event: Event's actor columns, decided together.",
                                   "__module__": __name__})
