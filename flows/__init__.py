"""Prefect flows over the eventdesk core. Importing this package sets eventdesk's Prefect defaults."""
from eventdesk.settings import prefect_defaults

prefect_defaults()
