"""The highest-ranked remote-violence sub-type a passage reports (codebook §1.2 hierarchy)."""
from __future__ import annotations

import re
from ...text import prefilter
from ...text.lexicon import alternation
from .base import Cue, sentence_span, words
from .cues_violence import AIR, ATTACK, CHEMICAL, CLASH, GRENADE, IED, PERSON_BOMBER_RX, SHELLING, SUICIDE
from .scope import DISASTER
from .filters import find_cues, near


_WEAPON_TAKEN = re.compile(r"\b(?:" + alternation("classify_weapon_taken", "term") + r")\b[^.;,]{0,40}$", re.I)

# "weapons and explosives were also recovered": taken, not set off
_WEAPON_TAKEN_AFTER = re.compile(rf"(?:,? and [\w ]{{0,20}}?)?\s+{words('classify_function_words', 'aux_past_passive')}\s+(?:also\s+)?"
                                 rf"{words('classify_weapon_taken', 'after')}\b", re.I)

_DEVICE_PEOPLE = re.compile(r"[\s-]*(?:" + alternation("classify_device_people") + r")\b", re.I)

_WEAPON_TEST = re.compile(r"\s*(?:" + alternation("classify_weapon_test") + r")\b", re.I)

# "deployed heavy artillery and rocket launchers": the weapon nouns a deployment moves (not the verbs "shelled")
_DEPLOYED = re.compile(r"\b(?:" + alternation("classify_deployed") + r")\s+(?:[\w-]+\s+){0,3}$", re.I)
_VERB_FORM = re.compile(r"(?:ed|ing)$", re.I)
# the same deployment told in the passive after the weapons: "tanks, rocket launchers and artillery were deployed
# on the ridge" (no relative clause between: "shells hit troops who were stationed there" is a strike)
_DEPLOYED_AFTER = re.compile(rf"\s*(?:(?!(?:{alternation('classify_function_words', 'relative_who_that_which')})\b)[\w,'’-]+\s+){{0,8}}?"
                             rf"{words('classify_function_words', 'aux_past_passive')}\s+(?:also\s+)?"
                             rf"(?:{alternation('classify_deployed')})\b", re.I)

# "struck the base in retaliation for a suspected gas attack": the attack answered is an earlier incident (§1.9)
_MOTIVE = re.compile(rf"\b{words('classify_background_time', 'motive')}\s+(?:an?\s+|the\s+|last\s+\w+['’]s\s+)?(?:[\w'’-]+\s+){{0,3}}$", re.I)


def _answered(text: str, c: Cue) -> bool:
    """The cue names the earlier attack that a strike told before it in the sentence answers."""
    a, _ = sentence_span(text, c.start)
    m = _MOTIVE.search(text[max(a, c.start - 70) : c.start])
    if m is None:
        return False
    head = text[a : max(a, c.start - 70) + m.start()]
    return any(rx.search(head) for rx in (AIR, SUICIDE, SHELLING, GRENADE, IED, ATTACK, CLASH))


_REMNANT = re.compile(r"\b(?:" + alternation("classify_remnant") + r")\s+(?:\w+\s+)?$", re.I)


def explosion_of(text: str) -> tuple[str, Cue] | None:
    """Highest-ranked remote-violence sub-type present. Grenade is tried before IED (against the
    codebook order) because IED's generic words ("explosion", "blast") also describe grenade attacks."""
    for sub, rx in (
        ("Chemical weapon", CHEMICAL),
        ("Air/drone strike", AIR),
        ("Suicide bomb", SUICIDE),
        ("Shelling/artillery/missile attack", SHELLING),
        ("Grenade", GRENADE),
        ("Remote explosive/landmine/IED", IED),
    ):
        # a suicide bomber is never an accident, even one that went off "accidentally"
        cues = [c for c in find_cues(rx, text) if sub == "Suicide bomb" or not near(DISASTER, text, c, 80, 80)]
        # "in Shell (Pastaza)", "Royal Dutch Shell": capitalised mid-sentence, the word names a place or a company
        cues = [c for c in cues if not (c.text == "Shell" and text[max(0, c.start - 2) : c.start].strip() not in ("", ".", "!", "?", "\u201c", '"'))]
        if sub == "Air/drone strike":  # "the bomber struck inside a restaurant" is a person, not a plane
            people = [m.span() for m in PERSON_BOMBER_RX.finditer(text)]
            cues = [c for c in cues if not any(a <= c.start < b for a, b in people)]
            # "two suicide bombers hit a bus depot; a third blew himself up at a gate": once a suicide bomber
            # is told, a "bomber" is that person again
            if SUICIDE.search(text):
                cues = [c for c in cues if not re.match(r"bombers?\b", c.text, re.I)]
        # "an unexploded shell went off": an old munition is a remote explosive, not the shelling that fired it once
        if sub != "Remote explosive/landmine/IED":
            cues = [c for c in cues if not _REMNANT.search(text[max(0, c.start - 30) : c.start])]
        cues = [c for c in cues if _VERB_FORM.search(c.text.strip())
                or not (_DEPLOYED.search(text[max(sentence_span(text, c.start)[0], c.start - 40) : c.start])
                        or _DEPLOYED_AFTER.match(text[c.end : sentence_span(text, c.start)[1]]))]
        # weapons programmes and tests are diplomacy news, not attacks
        cues = [c for c in cues if not _WEAPON_TEST.match(text[c.end : c.end + 30])]
        # "IED planters", "a bomb-making cell": people named by the devices they handle, not an explosion
        cues = [c for c in cues if not _DEVICE_PEOPLE.match(text[c.end : c.end + 30])]
        # "police confiscated weapons and projectiles": weapons taken, not fired
        cues = [c for c in cues if not _WEAPON_TAKEN.search(text[max(sentence_span(text, c.start)[0], c.start - 50) : c.start])
                and not _WEAPON_TAKEN_AFTER.match(text[c.end : c.end + 40])]
        cues = [c for c in cues if not _answered(text, c)]
        if cues:
            return sub, cues[0]
    return None



# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
