"""Offline place resolution: ACLED countries, a GeoNames-based gazetteer, ACLED location rules."""
from eventdesk.geo.countries import Country, country_by_code, country_by_name
from eventdesk.geo.gazetteer import Gazetteer, Place, add_geonames_dump
from eventdesk.geo.places import Location, PlaceMention, locate, locate_all

__all__ = ["Country", "country_by_code", "country_by_name", "Gazetteer", "Place", "add_geonames_dump",
           "Location", "PlaceMention", "locate", "locate_all"]
