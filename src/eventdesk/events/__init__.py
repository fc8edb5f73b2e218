"""Turn one article into ACLED event rows and the mentions they rest on.

The article is split into sentences, and a cheap gate keeps those that report an event. Each
kept sentence is placed (its own place names, else the place of the incident before it) and
dated (its own date, else the incident's). Sentences at one place on one day form one
incident, by ACLED's rule of one event per actors + location + day + type. The incident's
whole passage is then typed, so "a rally" followed by "police fired tear gas" becomes one
Protest with intervention, not two events.

Modules, each importing only those above it: story (how the text tells events: lead, background,
headlines, dateline), placing (where a sentence's event is), incidents (sentences into incidents),
rows (an article into rows).
"""
from .incidents import DEMONSTRATIONS, Incident
from .placing import sentence_locations
from .rows import CODER_VERSION, Coded, article_country, code_article

__all__ = ["CODER_VERSION", "DEMONSTRATIONS", "Coded", "Incident", "article_country", "code_article",
           "sentence_locations"]
