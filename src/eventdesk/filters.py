"""ACLED export-tool filters over the events table, as one DuckDB macro.

`eventdesk export` and SQL users share it: the catalog holds
`SELECT * FROM events e WHERE acled_filter(e, country := 'Kenya', event_type := 'Protests')`, and an export
selects through the same macro, so a filter means the same thing in both. It is a scalar macro over the
row, not a table macro, because DuckDB will not bind a view inside a macro whose parameters are named like
the view's columns (country, region, event_type...); taking the row also lets it filter a join. It sits below publish (which
writes the catalog) and export (which reads through it), and needs only the codebook's inter codes.

Every filter is optional; several values of one filter are joined with '|' (any of them), as in ACLED's
API; different filters must all hold. Text matches ignore case.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import codebook

MACRO = "acled_filter"


@dataclass(frozen=True)
class Filter:
    name: str
    help: str
    condition: str  # SQL over the events row `e`; {v} is the filter's value as text, {any} its '|' alternatives


def _any(col: str) -> str:
    return f"list_contains({{any}}, lower(CAST({col} AS VARCHAR)))"


def _interaction_code() -> str:
    """ACLED's numeric interaction of the row, from the inter codes (codebook.interaction_codes)."""
    inter = ", ".join(f"'{v}'" for v, _ in sorted(codebook.codes("inter1").items(), key=lambda kv: kv[1]))
    c1, c2 = f"list_position([{inter}], e.inter1)", f"list_position([{inter}], e.inter2)"
    return f"CASE WHEN e.inter2 IS NULL THEN 10 * {c1} ELSE 10 * least({c1}, {c2}) + greatest({c1}, {c2}) END"


FILTERS: tuple[Filter, ...] = (
    Filter("country", "country name or ISO numeric code", f"({_any('e.country')} OR {_any('e.iso')})"),
    Filter("region", "ACLED region, e.g. 'Eastern Africa'", _any("e.region")),
    Filter("admin1", "first-level subdivision, e.g. 'Nairobi'", _any("e.admin1")),
    Filter("location", "location, e.g. 'Kisumu'", _any("e.location")),
    Filter("since", "first event_date, YYYY-MM-DD", "e.event_date >= CAST({v} AS DATE)"),
    Filter("until", "last event_date, YYYY-MM-DD", "e.event_date <= CAST({v} AS DATE)"),
    Filter("event_type", "event type, e.g. 'Protests'", _any("e.event_type")),
    Filter("sub_event_type", "sub-event type, e.g. 'Peaceful protest'", _any("e.sub_event_type")),
    Filter("actor", "part of an actor's name, on either side (actor1, actor2 and their associated actors)",
           "len(list_filter({any}, lambda x: contains(lower(concat_ws(' | ', e.actor1, e.assoc_actor_1, e.actor2, "
           "e.assoc_actor_2)), x))) > 0"),
    Filter("actor_type", "inter code of either side, e.g. 'State forces'", f"({_any('e.inter1')} OR {_any('e.inter2')})"),
    Filter("interaction", "interaction as text ('State forces-Protesters') or ACLED's number (16)",
           f"({_any('e.interaction')} OR list_contains({{any}}, CAST({_interaction_code()} AS VARCHAR)))"),
    Filter("updated_since", "rows published at or after this time: Unix seconds or an ISO date/time (UTC)",
           "e.\"timestamp\" >= coalesce(TRY_CAST({v} AS BIGINT), CAST(epoch(CAST({v} AS TIMESTAMP)) AS BIGINT))"),
)
NAMES = tuple(f.name for f in FILTERS)


def macro_sql(name: str = MACRO, *, temporary: bool = False) -> str:
    """CREATE MACRO name(e, country := NULL, ...) AS <every given filter holds for the events row e>."""
    conds = []
    for f in FILTERS:
        v = f"CAST({f.name} AS VARCHAR)"
        alternatives = f"list_transform(string_split(lower({v}), '|'), lambda x: trim(x))"
        conds.append(f"({f.name} IS NULL OR {f.condition.format(v=v, any=alternatives)})")
    params = ", ".join(f"{f.name} := NULL" for f in FILTERS)
    return f"CREATE OR REPLACE {'TEMP ' if temporary else ''}MACRO {name}(e, {params}) AS {' AND '.join(conds)}"


def catalog_macros() -> list[str]:
    """The statements publish.write_catalog runs after creating the views."""
    return [macro_sql()]
