"""Rule-based ACLED event classifier: 6 event types, 25 sub-event types.

Cues are compiled regexes written from English usage and ACLED's codebook (decision rules in
reference/codebook.md §1.2, §1.9, §1.10). The hierarchy decides between families of cues, except
for demonstrations, where what is done TO protesters (nothing / dispersal or arrests / lethal force)
and what protesters themselves do (stones, tyres, barricades) decides the sub-type, and a riot needs a
demonstration context to be a Violent demonstration rather than Mob violence.

Everything is regex so that the gate `is_event_sentence` can run on every sentence of an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import schema as _schema
from ..text import prefilter
from ..text.lexicon import force_terms

# ACLED's hierarchy and disorder types are declared with the events table (schemas/events.toml).
SUB_EVENT_TYPES: dict[str, str] = {sub: et for et, subs in _schema.hierarchy().items() for sub in subs}
DISORDER_TYPE: dict[str, str] = _schema.disorder_of()


@dataclass(frozen=True)
class Label:
    event_type: str
    sub_event_type: str
    confidence: float
    cue: str
    start: int
    end: int


def _label(sub: str, conf: float, m: "_Cue | None") -> Label:
    if m is None:
        return Label(SUB_EVENT_TYPES[sub], sub, conf, "", 0, 0)
    return Label(SUB_EVENT_TYPES[sub], sub, conf, m.text, m.start, m.end)


@dataclass(frozen=True)
class _Cue:
    text: str
    start: int
    end: int


def _rx(*parts: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), flags)


# --- ACLED note prefixes ("Property destruction: On 7 February ...") -------------------------
# ACLED coders open many Strategic-developments notes with a label naming the activity.
_PREFIXES: dict[str, str] = {
    "property destruction": "Looting/property destruction",
    "looting": "Looting/property destruction",
    "land seizure": "Looting/property destruction",
    "arson": "Looting/property destruction",
    "non-violent activity": "Other",
    "displacement": "Other",
    "other": "Other",
    "mass grave": "Other",
    "explosive remnants of war": "Other",
    "elections/referendum": "Other",
    "elections": "Other",
    "strikes": "Other",
    "training": "Other",
    "policy": "Other",
    "curfew": "Other",
    "defusal": "Disrupted weapons use",
    "detonation": "Disrupted weapons use",
    "interception": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use",
    "weapons cache": "Disrupted weapons use",
    "seizure": "Disrupted weapons use",
    "movement of forces": "Change to group/activity",
    "security measures": "Change to group/activity",
    "change to armed group": "Change to group/activity",
    "change to group/activity": "Change to group/activity",
    "recruitment": "Change to group/activity",
    "deployment": "Change to group/activity",
    "agreement": "Agreement",
    "peace agreement": "Agreement",
    "ceasefire": "Agreement",
    "prisoner exchange": "Agreement",
    "surrender": "Agreement",
    "arrests": "Arrests",
    "arrest": "Arrests",
    "headquarters established": "Headquarters or base established",
    "headquarters or base established": "Headquarters or base established",
    "base established": "Headquarters or base established",
    "non-violent transfer of territory": "Non-violent transfer of territory",
    "territorial transfer": "Non-violent transfer of territory",
    "abduction": "Abduction/forced disappearance",
}
_PREFIX_RX = re.compile(r"^\s*([A-Z][A-Za-z /-]{2,40}):\s")

# --- actor vocabularies --------------------------------------------------------------------------
_STATE = force_terms("classify")  # data/force_terms.tsv
_NONSTATE = (
    r"gunmen|militants?|rebels?|insurgents?|fighters|jihadists?|terrorists?|armed (?:men|group|groups|assailants|individuals|persons|youths?|bandits)"
    r"|militia(?:men|s)?|bandits|kidnappers|al[- ]shabaa?b|boko haram|ISWAP|ISIS|ISIL|islamic state|daesh|taliban|houthis?|ansar allah"
    r"|(?-i:PDF|ADF|M23|PKK|YPG|QSD)|Asayish|pastoralists|herdsmen|tribesmen|clansmen|clan militia|communal militia|ethnic militia|\w+ militia|(?-i:SDF|HTS|JNIM|IS)|hitmen|gang(?:s|sters?)? members|cartel|(?:rival|criminal|armed|drug trafficking) (?:group|gang|faction)s?|(?-i:PLA|NPA)|maoists?|naxal\w*|separatists?"
    # criminal and militia organisations named without any armed word (gangs, cartels, pro-government militias)
    r"|mara salvatrucha|(?-i:MS-13)|barrio 18|calle 18|pyu saw htee|comando vermelho|primeiro comando da capital|terceiro comando puro"
    r"|amigos dos amigos|clan del golfo|gaitanistas|tren de aragua|los zetas|familia michoacana|(?-i:CJNG)|los choneros|los lobos"
    r"|mayi[- ]mayi|mai[- ]mai|janjaweed|anti-?balaka|ex-?s[eé]l[eé]ka|amba boys|wagner group"
)
_ARMED = _STATE + "|" + _NONSTATE + r"|(?:joint |combined |allied )?forces|(?<=\w )elements"
_ARMED_RX = _rx(r"\b(?:" + _ARMED + r")\b")
_NONSTATE_RX = _rx(r"\b(?:" + _NONSTATE + r")\b")
_STATE_RX = _rx(r"\b(?:" + _STATE + r")\b")
_CIVIL_VICTIM = (
    r"civilians?|villagers?|residents?|farmers?|man|woman|men|women|child(?:ren)?|boys?|girls?|persons?|people|teachers?|students?"
    r"|traders?|merchants?|journalists?|elders?|chiefs?|herders?|workers?|drivers?|passengers?|famil(?:y|ies)|pastors?|priests?|imams?"
    r"|doctors?|nurses?|business(?:man|men|woman)|IDPs|refugees|motorcyclists?|locals|worshippers|politicians?|candidates?|officials?"
    r"|councillors?|leaders?|activists?|miners?|fishermen|youths?|minors?|teenagers?|brothers?|sons?|daughters?|wife|husband|shopkeepers?"
    r"|commuters|travell?ers|pedestrians|bod(?:y|ies)|corpses?|mayor|judge|lawyer|member of"
    r"|(?:commercial|cargo|passenger|civilian|public|private|delivery) (?:trucks?|vehicles?|cars?|bus(?:es)?|boats?)|bus(?:es)?|minibus(?:es)?|taxis?"
)

# --- cue lexicons ------------------------------------------------------------------------------
# Demonstration context: the incident is a demonstration (nouns or verbs of collective protest).
_DEMO = _rx(
    r"\bprotest(?:s|ed|ing|ers?|ors?)?\b",
    r"\bdemonstrat(?:ion|ions|ors?|ed|ing|e|es)\b",
    r"\b(?:rall(?:y|ies|ied|ying))\b",
    r"\bsit-?ins?\b|\bpicket(?:s|ed|ing|ers)?\b|\bvigils?\b|\bhunger strikes?\b|\bwalk-?outs?\b|\bwalked out\b|\b(?:climate|general|school|labou?r|workers'?|national|nationwide|warning|sit-down|teachers'?|doctors'?|transport|taxi|truckers'?) strikes?\b",
    r"\b(?:went|go|going|are|were|was) on (?:a |an )?(?:\w+ )?strike\b|\bstaged? (?:a |an )?(?:\w+ )?strike\b|\bstrik(?:ers|ing workers)\b|\bgeneral strike\b",
    r"\bdispers\w* (?:\w+ ){0,2}(?:crowds?|gatherings?|protesters|demonstrators|marchers|rally|sit-in)\b|\bcivil disobedience\b|\btook to the streets\b|\bchant(?:ed|ing)\b (?:slogans|against)|\b(?:held|holding|carried|carrying|waving|waved|displayed|displaying|with) (?:\w+ ){0,2}(?:placards?|banners?|signs)\b(?! of)",
    r"\b(?:residents|students|parents|workers|drivers|farmers|people|villagers|locals|supporters|members|relatives|traders|vendors|employees|teachers|protesters|activists|group of (?:\w+ ){0,4}\w+)\b (?:\w+ ){0,6}block(?:ed|ing|aded|ading) [^.;]{0,40}?\b(?:roads?|highways?|streets?|traffic|avenues?|bridges?|entrances?|access|routes?|railways?|rail ?tracks?|intersections?|junctions?|gates?)\b",
    r"\b(?:gathered|assembled|rallied) (?:\w+ ){0,4}(?:against|in support of|in solidarity with|for the release of)\b",
    r"\bblock(?:ed|ing|aded|ading)? (?:\w+ ){0,12}(?:to (?:demand|protest|denounce|condemn|press|oppose|express|call|reject|show|force)|demanding|in protest|against|over)\b|\bblockades?\b|\broad ?blocks?\b",
    r"\b(?:motorcades?|car rall(?:y|ies)|caravans?|processions?|human chains?|flash ?mobs?|torch ?light|candle ?light|mourning events?|sit-?downs?)\b",
    # "police opened fire on traders marching against new levies": the marchers are named, so no guard
    r"\b(?:traders|students|workers|residents|people|villagers|farmers|women|youths|teachers|nurses|doctors|activists|supporters|"
    r"relatives|mourners|drivers|vendors|miners|employees|pensioners|parents|fans|members)\s+(?:who were\s+)?marching\b",
    r"\bheld (?:\w+ ){0,3}strike\b|\bstriking (?:\w+ ){0,3}(?:workers|employees|staff|teachers|doctors|nurses|drivers|miners)\b|\b(?:gathered|assembled|converged|congregated)\W+(?:\(?[\w'’-]+\.?\)?,?\s+){0,8}?(?:to (?:demand|denounce|condemn|call|express|oppose|mark|commemorate|show|support|press|celebrate|protest|voice|honou?r|mourn|remember)|in (?:front|solidarity|support)|outside|at the call of)",
)
# Throwing eggs, shoes or paint is a protester's disruptive but non-violent act (codebook §1.3: shoe-throwing
# stays a Protests event); a union's call names a demonstration whoever answers it, prison guards included.
_DEMO_ACTS = _rx(
    r"\b(?:threw|throw|throwing|hurled|hurling|pelted|pelting) (?:\w+ ){0,2}(?:eggs|shoes|paint|tomatoes|flour|ink|confetti)\b",
    r"\bat the call of (?:the |a |\w+ |\d+ ){0,2}(?:[\w-]+ ){0,2}(?:unions?|trade unions?|syndicates?|associations?|collectives?|federations?|confederations?)\b",
)
# lower-case "march" only: capitalised "March" is nearly always the month
_DEMO_MARCH = re.compile(
    r"\bmarch\b|\b(?i:activists|protesters|demonstrators|students|workers|women|thousands|hundreds|dozens|supporters|people) [Mm]arch\b"
    r"|\b[A-Z][a-z]+s March (?:For|Against|To|In|On|Through|Over|Across|Outside)\b"  # headline: "Nurses March For Pay"
    r"|\b(?!(?:In|On|Since|Last|This|Next|Early|Late|Mid|Until|By|From|Of|End|During|Before|After|Through|Throughout|Between|And|Or|Each|Every|For|To|Of|The|Beginning|Middle)\b)[A-Z][a-z]+['’]?s? March\b(?!\s*\d)"  # "a Pride March"
)
# Protester violence: makes a demonstration a Violent demonstration (riot).
_RIOT = _rx(
    # photo captions tell the act in the present ("a man hurls a bottle at the line of police")
    r"\b(?:threw|throws?|throwing|hurl(?:s|ed|ing)?|pelt(?:s|ed|ing))\b (?:\w+ ){0,4}(?:stones?|rocks?|bricks?|molotov|petrol bombs?|fire ?bombs?|objects|projectiles|bottles|firecrackers|fireworks)",
    r"\b(?:torch(?:es)?|burns?|loots?|vandali[sz]es?|ransacks?|smash(?:es)?|storms?) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:police stations?|stations?|vehicles?|cars?|buildings?|offices?|houses?|homes?|shops?|stores?|bus(?:es)?|parliament|headquarters|ministry)\b",
    # tearing down a wall, fence or barrier is destruction by the crowd
    r"\b(?:pull(?:s|ed|ing)?|tear(?:s|ing)?|tore|torn|knock(?:s|ed|ing)?) down (?:\w+ ){0,3}(?:walls?|fences?|barriers?|gates?|barricades?|statues?|police lines?)\b",
    r"\bstone[- ]?(?:pelting|throwing)\b|\bpelted\b",
    r"\b(?:burn(?:ed|t|ing)?|torch(?:ed|ing)?|set (?:fire to|ablaze|on fire)) (?:\w+ ){0,3}(?:tyres|tires)\b|\bburning (?:tyres|tires)\b",
    r"\b(?:torched|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|smash(?:ed|ing)|looted|set (?:on )?fire|set ablaze|stormed|rioted|rampag\w*)\b",
    r"\b(?:clash(?:ed|es)?|scuffl(?:ed|es?)|skirmish(?:ed|es)?|fought|fighting|brawl(?:ed)?|confrontations?) (?:\w+ ){0,3}(?:with |between )(?:\w+ ){0,3}(?:police|security|officers|gendarm\w*|soldiers|forces|counter-?protesters|supporters|rival|members|residents|groups?)",
    r"\b(?:attack(?:ed|ing)|assault(?:ed|ing)|beat(?:en|ing)?|injur(?:ed|ing)|stoned|manhandled|damag(?:ed|ing)|destroy(?:ed|ing)) (?:(?!after\b|by\b|when\b|as\b|during\b|following\b|in\b)\w+ ){0,3}(?:police|officers|policem[ae]n|security (?:forces|personnel)|vehicles?|cars?|shops?|buildings?|offices?|property|properties|windows|journalists?|passers-?by|drivers?|motorists?|officials?|workers|employees|staff|residents|counter-?protesters)",
    r"\bclash(?:ed|es)\b|\b(?:riots?(?! (?:police|policem[ae]n|gear|squads?|units?|control|shields?|act|officers|vans?|trucks?|batons?|helmets?)\b)|rioting|rioters)\b|\bturn(?:s|ed)? (?:very |increasingly )?violent\b|\b(?:violent|aggressive) (?:protests?|demonstrations?|clashes)\b|\bviolence (?:erupted|broke out)\b|\b(?:during|in|amid) (?:a|the) clash\b(?! between)",
    r"\bacts of violence\b|\bstone-throwing\b|\brunning battles\b|\bescalating violence\b|\bscene of (?:\w+ )?violence\b|\bclashing\b|\b(?:projectiles|firecrackers|fireworks|stones|rocks|objects|bottles) (?:\w+ ){0,2}(?:were )?(?:thrown|hurled|fired|launched)\b|\bfir(?:e|ed|ing) (?:fireworks|firecrackers)\b|\bremoved the (?:fences?|barriers)\b|\bbreach(?:ed|ing)\b",
    r"\bburn(?:ed|t|ing)? (?:down )?(?:\w+ ){0,3}(?:bus|buses|vehicles?|cars?|buildings?|offices?|ballots?|urns|property|properties|houses?|shops?|stores?|trucks?|motorcycles?|police stations?)\b|\b(?:used|using|with) (?:\w+ ){0,3}(?:logs|tree trunks|stones|rocks|tyres|tires|debris) to block\b|\bbroke (?:\w+ ){0,3}(?:windows?|windshields?|glass|doors?|gates?)\b",
    r"\b(?:detained|locked (?:up|in)|confined|held captive) (?:\w+ ){0,3}(?:officials?|officers?|staff|employees|policem[ae]n|police officers|managers?|directors?)\b",
    r"\bbarricad(?:es?|ed|ing)\b|\bbonfires?\b|\bset(?:ting)? (?:\w+ ){0,3}(?:on fire|ablaze|alight)\b|\bburn(?:ed|t|ing) (?:\w+ ){0,2}(?:obstacles|debris|objects|branches|logs|effigy|effigies)\b",
    r"\bblock(?:ed|ing)? (?:\w+ ){0,6}(?:with|using) (?:[\w-]+,? ){0,5}(?:(?:and|or) )?(?:woods?|logs|stones|rocks|tyres|tires|barricades|obstacles|debris|trees|branches|burning)\b",
    r"\btook (?:\w+ ){0,3}hostage\b|\bheld (?:\w+ ){0,3}hostage\b",
    r"\bburn(?:ed|t|ing)? (?:down )?(?:\w+['’]? ){0,3}(?:machines|machinery|equipment|gates?|doors?|tents?|furniture|flags)\b",
    r"\b(?:attack(?:ed|ing)|assault(?:ed|ing)|beat(?:en|ing)?|stoned|stabbed|hit) (?:and (?:\w+ )?(?:beat|injured|wounded|chased|robbed) )?(?:an? |the |several |two |three )?(?:\w+ )?(?:merchants?|traders?|shopkeepers?|vendors?|passers-?by|bystanders|motorists?|man|woman|men|women|counter-?demonstrators?)\b",
    r"\b(?:confronted|fought|attacked|clashed with) each other\b|\b(?:physical|violent) (?:confrontations?|altercations?|fights?)\b|\bbrawls?\b|\bfist ?fights?\b|\bfights? (?:broke out|erupted|between)\b",
)
# Road-blocking by a crowd, which the codebook puts under Violent demonstration even without the word "protest".
_ROADBLOCK = _rx(
    r"\b(?:burn(?:ed|t|ing)?|torch(?:ed|ing)?|set (?:fire to|ablaze|on fire)) (?:\w+ ){0,3}(?:tyres|tires)\b|\bburning (?:tyres|tires)\b",
    r"\b(?:put up|erected|set up|built|mounted|raised) (?:\w+ ){0,2}barricades?\b|\bbarricaded (?:\w+ ){0,2}(?:roads?|streets?|highways?)\b",
    r"\b(?:set alight|lit|lighting|set up|made) (?:\w+ ){0,2}bonfires\b|\bbarricaded (?!themselves|himself|herself|inside|in\b)(?:an? |the )?(?:\w+ )?(?:boats?|vehicles?|entrances?|gates?|roads?|bridges?|access)\b",
)
_GUNS = _rx(r"\b(?:" + _NONSTATE + r")\b|\b(?:armed|gunmen|guns?|gunpoint|gunfire|gunshots?|shoot\w*|shot|firearms?|rifles?|"
            r"bullets?|opened fire|fired (?:at|on|into|shots))\b")  # "set fire to a bus" is no weapon
_LYNCH = _rx(r"\blynch\w*|\bmob justice\b|\bvigilante\w*|\bbeat\w* (?:\w+ ){0,3}(?:suspect|thief|thieves|to death)\b")

# Things done TO protesters short of lethal force.
_INTERVENE = _rx(
    r"\b(?:was|were|been|being|got) dispersed\b|\bdispers(?:ed|ing|e) (?:the|them|protesters|demonstrators|crowds?|a |an |gathering|participants|students|marchers|rally|protest|sit-in)|\bto disperse\b|\bdispersal\b",
    r"\btear[- ]?gas(?:sed)?\b|\bwater[- ]?cannons?\b|\brubber (?:bullets|pellets)\b|\bpepper[- ]?spray(?:ed)?\b|\bstun grenades?\b|\bflash[- ]?bangs?\b|\bsound grenades?\b|\bpellet guns?\b",
    r"\b(?:baton|lathi)[- ]?charg\w*|\bbatons?\b|\bclubbed\b|\bcaned\b|\bwarning shots\b|\bfired (?:\w+ ){0,2}in the air\b|\bshots? in the air\b",
    # arrests count only when they fall on the protesters: agent + arrest, arrest + people, or passive
    r"\b(?:police|policemen|officers|security forces|gendarm\w*|soldiers|troops|authorities|agents|riot police)\b (?:\w+ ){0,4}(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|apprehended|rounded up|took (?:\w+ ){0,3}into custody)\b",
    r"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|apprehended|rounded up)\b (?:\w+ ){0,3}(?:protesters|protestors|demonstrators|participants|marchers|activists|students|people|persons|them|several|some|dozens|hundreds|organi[sz]ers|leaders|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    r"\b(?:protesters|protestors|demonstrators|participants|marchers|activists|students|people|persons|they|organi[sz]ers|leaders|members|several|some|many|dozens|hundreds|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b (?:\w+ ){0,3}(?:were|was|had been|have been|got|being) (?:\w+ )?(?:arrested|detained|apprehended|taken into custody|rounded up)\b",
    r"\barrests? (?:were|was) made\b|\bmade (?:\w+ ){0,2}arrests?\b|\b(?:several|multiple|mass|numerous|\d+|dozens of|hundreds of) (?:arrests|detentions)\b",
    r"\b(?:broke|break|breaking) up (?:\w+ ){0,2}(?:protest|demonstration|rally|march|sit-in|gathering|crowd)|\bforcibly (?:removed|evicted|dispersed|cleared)\b|\b(?:removed|evicted|cleared|pushed back|kettled|blocked|prevented|stopped|suppress(?:ed)?|crack(?:ed)? down on|cracked down on|charged at|chased)\b (?:\w+ ){0,3}(?:protesters|demonstrators|marchers|crowds?|protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-ins?|pickets?|gatherings?|participants)\b",
    r"\b(?:police|policemen|security forces|officers|gendarm\w*|soldiers|troops|riot police|authorities) (?:\w+ ){0,3}(?:removed|evicted|cleared|pushed back|kettled|blocked|prevented|stopped|suppressed|cracked down|charged at|chased|beat|attacked|assaulted|whipped|manhandled|confiscated|hit|hits|hitting|kicked|punched|dragged|pushed|shoved|tackled"
    # photo captions tell it in the present: "riot police chase demonstrators"
    r"|chase|chases|chasing|remove|removes|beats|beating|drags?|dragging|pushes|pushing|kicks?|kicking|detains?|carry away|carries away|scuffles? with)\b",
    # a gang or rival crowd attacking the rally also intervenes in it (codebook §1.3)
    r"\b(?:attack(?:ed|ing)|assault(?:ed|ing)|ambush(?:ed)?|stormed|disrupted|broke up) (?:an? |the )?(?:\w+ ){0,2}(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|sit-ins?|vigils?|protesters|demonstrators|marchers)\b",
    r"\bused force\b|\bforce was used\b|\bintervened\b|\binterfer(?:ed|ing)\b|\bbeat(?:en)? (?:up )?(?:\w+ ){0,2}(?:protesters|demonstrators|marchers|them|students|participants)",
    r"\b(?:protesters|demonstrators|students|participants|marchers|activists)\b (?:\w+ ){0,3}(?:were|was) (?:beaten|injured|hurt|wounded|assaulted|attacked|manhandled)",
)
# Lethal or serious-injury force against protesters.
_EXCESSIVE = _rx(
    r"\blive (?:bullets|ammunition|rounds|fire)\b|\breal bullets\b|\bexcessive force\b|\bbrutal(?:ly)?\b|\bviolently (?:suppress\w*|dispers\w*|attack\w*|beat\w*|crush\w*|repress\w*)|\b(?:deadly|violent|bloody|brutal) crackdown\b|\bfatal (?:attacks?|shootings?|force)\b",
    r"\b(?:protesters?|protestors?|demonstrators?|marchers?|people|persons|civilians?)\b[^.;]{0,40}\b(?:were |was |have been |had been )?(?:killed|died|dead|shot dead|fatally)\b",
    r"\b(?:attacks?|fire|firing|shooting|gunfire) (?:against|on|at) (?:\w+ ){0,2}(?:protesters|protestors|demonstrators|crowds?|marchers)\b",
    r"\b(?:one|two|three|four|five|several|\d+)(?: \w+){0,3} (?:die|dies|died|was killed|were killed|was shot dead|were shot dead)\b|\bdied in hospital\b",
    r"\bopened fire (?:on|at) (?:\w+ ){0,2}(?:protestors|protesters|demonstrators|crowds?|marchers|students|them|mourners)\b|\bfired (?!(?:tear|teargas|tear-gas|rubber|plastic|water|pepper|stun|sound|smoke|warning|blank)\b)(?:\w+ ){0,2}(?:at|on|into) (?:\w+ ){0,2}(?:protesters|demonstrators|crowds?|marchers)\b",
    r"\b(?:protesters?|demonstrators?|marchers?|participants?|students?|strikers?|(?:one|two|three|four|five|several|\d+) (?:people|persons|protesters|demonstrators|of them))\b (?:\w+ ){0,4}(?:was|were|had been|have been) (?:shot|killed|shot dead|fatally|seriously|severely|critically|gunned down)",
    r"\b(?:killing|killed|shot dead|shooting dead|shot|fatally (?:shot|wounded)|seriously injuring|seriously injured|severely injured|gunned down) (?!(?:tear|teargas|tear-gas|rubber|plastic|water|pepper|stun|sound|smoke|warning|blank)\b)(?:\w+ ){0,3}(?:protesters?|demonstrators?|marchers|strikers)\b",
    r"\bseriously injured\b|\bcritically (?:injured|wounded)\b|\bserious(?:ly)? injur\w*|\bsevere injuries\b|\bdied (?:from|of) (?:\w+ ){0,2}(?:injuries|wounds|gunshot)",
)
# Mob violence (no demonstration context).
_MOB = _rx(
    r"\bmobs?\b|\blynch(?:ed|ing|ings)?\b|\b(?:mob|jungle|instant|street) justice\b|\bvigilant\w*\b(?!-style| style)",
    r"\b(?:angry|irate|enraged|furious) (?:\w+ ){0,2}(?:residents|villagers|youths?|crowds?|locals|people|mob|relatives|community members|motorists|traders)\b",
    r"\b(?:residents|villagers|locals|youths|crowds?|community members|people|group of (?:\w+ ){0,2}(?:people|youths|locals|residents|villagers|men)|relatives|supporters|students|rioters|members of the public|settlers|cadres)\b (?:(?!was\b|were\b|been\b|had\b|have\b)\w+ ){0,4}(?:beat|beaten|lynched|stoned|attacked|assaulted|killed|torched|burn(?:ed|t)|set (?:\w+ ){0,2}(?:fire|ablaze)|clashed|fought|vandali[sz]ed|destroyed|damaged|injured|hacked|stabbed|chased)",
    r"\bcommunal (?:clash(?:es)?|violence)\b|\bfights? (?:broke out|erupted)\b(?=[^.;]{0,80}\b(?:between|among|amongst|supporters|elections?|primar(?:y|ies)|party|parties|rally|communit(?:y|ies)|clans?|tribes?|villagers|residents|youths|students|groups)\b)|\bfought each other\b|\bclashed with each other\b|\brioters\b|(?<!anti-)\briot(?:ed|ing)?\b(?! (?:police|gear|squads?|units?|control|shields?|act|officers))",
    r"\b(?:threw|thrown|throwing|hurled|pelted) (?:\w+ ){0,4}(?:stones?|rocks?|bricks?|bottles|objects)\b|\bstone[- ]?pelting\b|\bturned violent\b|\baltercation\b|\bbrawl\w*|\bscuffl\w*|\bfist ?fights?\b",
    r"\b(?:accused|suspected) of (?:\w+ ){0,2}(?:theft|thefts|stealing|robbery|witchcraft|sorcery|kidnapping|rape|murder|blasphemy|cattle rustling)\b|\b(?:became|turned|got) violent\b|\bpetrol[- ]bomb\w*|\bmolotov\w*|\bfire[- ]?bomb\w*",
    r"\b(?:with|using) (?:\w+ ){0,2}(?:stones|rocks|bricks|sticks|iron rods|clubs|bats)\b",
    r"\b(?:suspected|alleged) (?:\w+ ){0,2}(?:thie(?:f|ves)|robbers?|kidnappers?|witch(?:es)?|criminals?|rapists?|cattle rustlers?)\b",
)
# Battles.
_GOV_REGAIN = _rx(
    r"\b(?:regain(?:ed|s)?|recaptur(?:ed|es|e)|retook|retaken|retake|liberat(?:ed|es|e)|reclaim(?:ed)?|took back|taken back|re-?took|re-?established control|restored control|cleared (?:\w+ ){0,3}of)\b",
)
_TAKE_TERRITORY = _rx(
    r"\b(?:captur(?:ed|es|e|ing)|seiz(?:ed|es|e)|overr(?:an|un)|overtook|took|taken|gain(?:ed)?|established|assumed|wrest(?:ed)?) (?:the )?(?:full |total |complete |partial )?control\b",
    r"\b(?:captur(?:ed|es|ing)|seiz(?:e|es|ed|ing)|overr(?:an|un|uns)|overtook|takes? over|took over|taken over|taking over|(?<!the )(?<!The )(?<!an )(?<!-)occupied(?!\s+(?:cit(?:y|ies)|towns?|villages?|territor(?:y|ies)|areas?|regions?|zones?|lands?|West Bank|Golan|Crimea|Palestinian)\b)|stormed and took)\b (?:[\w'’-]+ ){0,5}(?:town|village|city|district|area|base|camp|localit(?:y|ies)|settlement|territory|region|county|hill|airport|crossing|military camp|barracks|locality|municipality|commune|oblast|raion|neighbou?rhood|port|stronghold|enclave|island|valley|province)s?\b",
    r"\b(?:drove|driven|pushed|kicked|forced) (?:[\w'’-]+ ){0,4}out of\b|\b(?:freed|purged|cleansed|cleared) (?:\w+ ){0,3}(?:villages?|towns?|areas?|cit(?:y|ies)|neighbou?rhoods?|districts?|regions?|territor(?:y|ies))\b|\bcontrolling the (?:entire|whole)\b|\b(?:full|total|complete) control (?:of|over)\b",
    # "the occupied West Bank", "rebel-occupied" name a standing occupation, not a capture
    r"\b(?:captur(?:ed|es|ing)|seized|overr(?:an|un)|overtook|took over|(?<!the )(?<!The )(?<!an )(?<!-)occupied(?!\s+(?:cit(?:y|ies)|towns?|villages?|territor(?:y|ies)|areas?|regions?|zones?|lands?|West Bank|Golan|Crimea|Palestinian)\b))\b (?:the )?(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?\b(?! (?:members?|fighters?|soldiers?|militants?|commanders?|police|officers|forces))",
    r"\bfell (?:in)?to (?:the hands of )?\b|\bunder (?:the )?(?:full )?control of\b|\bunder (?:their|its|his) control\b|\bentered (?:and took|and seized)\b",
)
# ACLED codes a change of hands with no word on fighting as non-violent (codebook §1.2); read only beside a capture.
_NO_WORD_ON_FIGHTING = _rx(
    r"\b(?:no (?:information|reports?|details?|word|confirmation) (?:on|of|about|as to) whether|(?:it is |it was )?(?:unclear|unknown|not clear|not known) (?:whether|if)) (?:any |there (?:was|were) (?:any )?)?(?:fighting|clashes|resistance|combat|battles?)\b",
)
_NONVIOLENT_TRANSFER = _rx(
    r"\bwithout (?:(?:a|any|armed|being|involv\w+|engag\w+|in|major|serious)\s+){0,5}(?:fight|resistance|clash(?:es)?|fighting|bloodshed|confrontation)\b|\bhand(?:ed|s|ing)? (?:\w+ ){0,2}(?:authority|control|power) over\b|\b(?:after|following|when|as) (?:the )?(?:[\w'’-]+ ){0,4}(?:forces|troops|fighters|militants|army|soldiers|units|garrisons?) (?:had )?(?:pulled out|withdrew|retreated|left|abandoned|fled)\b|\bfollowing the (?:withdrawal|pull-?out|retreat|departure) of\b|\bno (?:clashes|fighting|resistance)\b|\bpeacefully (?:took|taken|handed|entered|seized)\b",
    r"\b(?:entered|took|seized|captured)\b[^.;]{0,80}\b(?:without|not encounter\w*|no) (?:any )?(?:resistance|fight|fighting|clashes)\b",
    r"\b(?:withdr(?:ew|awn|awal)|pull(?:ed)? out|left|leaving|evacuat\w+|handed over)\b (?:\w+ ){0,4}(?:from |of )?(?:the |their |its )?(?:\w+ ){0,2}(?:city|town|village|area|crossing|base|district|region|province|bastion|stronghold|enclave|camp|airport)\b",
    r"\b(?:withdr(?:ew|awn|awal)|pull(?:ed)? out|retreat(?:ed)?|vacat(?:ed|ing)|abandon(?:ed|ing)|evacuat(?:ed|ing)) (?:\w+ ){0,4}(?:from|positions?|the (?:town|city|area|base|village|district|camp|post))\b|\bhand(?:ed|s|ing)? over (?:\w+ ){0,3}(?:control|town|city|area|base|positions?|territory|checkpoint|camp)\b",
)
_CLASH = _rx(
    r"\bclash(?:ed|es|ing)?\b|\b(?:armed|violent) confrontations?\b|\bexchang\w* (?:of )?(?:\w+ )?(?:gun)?fire\b|\binfiltrat\w*|\b(?:ground|air|combined|joint) (?:and \w+ )?operations?\b|\bgun ?(?:fight|battle)s?\b|\bfire ?fights?\b|\bshoot-?outs?\b|\bfierce fighting\b|\bheavy fighting\b|\bfighting\b(?! vehicles?)|\bfought\b|\bbattl(?:ed|es?)\b|\bcombat\b|\bskirmish(?:es|ed)?\b",
    r"\bambush(?:ed|es)?\b|\bengaged\b(?! in (?:\w+ )?(?:dialogue|talks|negotiations?|discussions?|arguments?|conversations?|debates?|consultations?))|\boffensive\b|\bcounter-?attack\w*\b|\brepuls(?:ed|e)\b|\brepell?(?:ed|s)?\b|\bassault(?:ed)? on (?:\w+ ){0,2}(?:positions?|base|camp|post|checkpoint|town|village)\b",
    r"\b(?:attack(?:ed|s|ing)?|raid(?:ed|s)?|storm(?:ed)?|targeted|open(?:ed|s)? fires? (?:on|at)|fired (?:on|at)|shot (?:at|dead)?|killed|killing|wounded|injured|ambushed) (?:\w+ ){0,4}(?:(?:military|army|police|security|rebel|militant|troops'?) (?:positions?|posts?|base|camp|checkpoints?|station|convoy|patrol|vehicles?|outpost|barracks|hideouts?)|soldiers?|troops|servicem[ae]n|policem[ae]n|police officers?|officers|security (?:forces|personnel|agents)|gendarm\w*|militants?|insurgents?|rebels?|fighters|militia(?:men)?|gunmen|bandits|members of (?:the )?(?:\w+ ){0,3}(?:army|forces|militia|group|police|PDF|military))\b",
    r"\b(?:neutrali[sz]ed|eliminated|killed|killing) (?:\w+ ){0,2}(?:militants|insurgents|terrorists|rebels|fighters|bandits|gunmen|jihadists|members of)\b",
    r"\bsmall arms\b|\boperations? (?:against|targeting)\b|\bground (?:operations?|offensive|assault|attack)\b|\b(?:military|security|counter-?insurgency|counter-?terror(?:ism)?|clearance|joint) operations?\b|\bcrossfire\b|\bshootings? (?:between|with)\b|\bmutin(?:y|ied)\b",
)
# Explosions / remote violence (hierarchy order).
_CHEMICAL = _rx(r"\bchemical (?:weapons?|attacks?|agents?|munitions?|gas)\b|\bsarin\b|\bchlorine\b|\bmustard gas\b|\bnerve (?:agent|gas)\b|\bpoison(?:ous)? gas(?:es)?\b|\btoxic gas(?:es)?\b|\bphosphorus\b")
_AIR = _rx(
    r"\bair ?-?strikes?\b|\bair ?raids?\b|\bdrone (?:strikes?|attacks?|bombs?)\b|\bair (?:attacks?|bombardments?)\b|\baerial (?:bombardments?|attacks?|strikes?|bombing)\b",
    r"\b(?:war ?planes?|fighter (?:jets?|planes?|aircraft)|jets|aircraft|air ?forces?|aviation|helicopters?|gunships?|(?<!suicide )bombers?|drones?|UAVs?|planes|Sukhoi|Su-\d+|MiG|Mi-\d+|Bayraktar|Shahed|TB2|kamikaze)\b (?:\w+ ){0,4}(?:bomb(?:ed|ing)?|struck|strike|pounded|targeted|hit|attack(?:ed)?|fired|dropped|launched|shelled|raided|carried out|damaged|destroyed|set (?:\w+ ){0,2}(?:fire|ablaze|alight))",
    r"\b(?<!petrol )(?<!petrol-)(?:bombed|dropped (?:\w+ ){0,2}bombs?|bombs? (?:were )?dropped|barrel bombs?|bombing raids?)\b|\barmed drones?\b|\b(?:strikes?|attacks?|raids?) (?:\w+ ){0,2}(?:with|by|using) (?:\w+ ){0,2}(?:jets|aircraft|planes|helicopters?|drones?|Su-\d+|MiG\S*)\b|\bunmanned aerial\b|\b(?:helicopter|gunship|aircraft|aerial) (?:gun)?fire\b|\bloitering munitions?\b|\bkamikaze drones?\b|\b(?:attacked|targeted|struck|hit) (?:\w+ ){0,4}(?:with|using|by) (?:\w+ ){0,2}(?:drones?|UAVs?|aircraft|jets|helicopters?)\b",
)
# A lone "bomber" who strikes inside a building, walks in or blows up among people is a person carrying the
# bomb, not an aircraft: aircraft hit buildings from above and are "bombers" in the plural or by model.
_PERSON_BOMBER = r"\b(?:the|a|an) (?:lone |suspected |would-be |teenage |young |female |male )?bomber,? (?:\w+ ){0,4}?(?:inside|among|walked|entered|approached|blew|detonated|mingled|disguised|wearing)\b"
_PERSON_BOMBER_RX = _rx(_PERSON_BOMBER)
_SUICIDE = _rx(_PERSON_BOMBER + r"|\bsuicid(?:e|al) (?:\w+ )?(?:bomb(?:s|er|ers|ing|ings)?|attack(?:er|ers|s)?|vests?|belts?|car|truck|VBIED|blast|explosion)\b|\bsuicided? bomber\b|\bS-?V?B?IEDs?\b|\bblew (?:himself|herself|themselves) up\b|\bdetonated (?:himself|herself|themselves|his|her|their) (?:\w+ )?(?:vest|belt)?|\bself-detonat\w*"
    # "four female kamikazes went off": people, where drones are "kamikaze drones"; militants who set off a charge
    # "killing themselves"
    r"|\b(?:female |male |teenage |young )?kamikazes\b(?! drones?)|\b(?:detonat\w+|blew up|set off|exploded)\b[^.;]{0,60}\bkill(?:ing|ed) (?:himself|herself|themselves)\b")
_SHELLING = _rx(
    r"(?<!gas )(?<!teargas )(?<!tear-gas )\bshell(?:ed|ing|s)?\b(?! compan)|\bartiller(?:y|ies)\b|\bmachine ?guns?\b (?:\w+ ){0,3}\(?(?:presumed|heavy)|\bheavy and light weapons\b|\bmortars?\b|\brockets?\b|\bmissiles?\b|\bMLRS\b|\bGrad\b|\bhowitzers?\b|\bbombard(?:ed|ing|ment|ments)\b|\bprojectiles?\b",
    r"\bexplosions? (?:\w+ ){0,4}(?:involving|from) (?:\w+ ){0,3}(?:unknown|heavy|artillery|mortar)\b|\bbursts of fire\b|\b(?:heavy|artillery|mortar|tank) rounds\b|\btank (?:fire|shells?|rounds)\b|\bheavy (?:weapons|guns|machine[- ]?guns) (?:fire)?\b|\bKatyushas?\b|\bIskander\b|\bKalibr\b|\bSmerch\b|\bUragan\b|\bHIMARS\b|\bTochka\b|\bballistic\b|\bcruise missiles?\b|\bRPGs?\b|\brocket-propelled\b|\bgrenade launchers?\b|\bmunitions?\b|\bcluster (?:bombs?|munitions)\b",
)
_IED = _rx(
    r"\bIEDs?\b|\bbooby[- ]?trap(?:s|ped)?\b|\brigged with (?:\w+ ){0,2}(?:explosives?|bombs?|mines)\b|\bimprovi[sz]ed (?:explosive|bomb)s?\b|\broadside (?:bomb|explosive)s?\b|\bland ?mines?\b|\b(?:anti-?(?:personnel|tank) )mines?\b|\bmines? (?:blast|explosion|attack)s?\b|\bwith mines\b|\b(?:stepped|drove|ran) (?:on|over) (?:\w+ ){0,2}(?:mine|explosive|IED)\b"
    r"|\b(?:ground|road|roadside|anti-?vehicle) mines?\b|\bhit (?:an? |the )?(?:\w+ )?mine\b|\b(?:mines?|bombs?|devices?|IEDs?|explosives?|charges?)\b[^.;]{0,100}?\bwent off\b",
    r"\bremote (?:\w+ )?(?:mines?|bombs?|explosives?)\b|\b(?:by|with) (?:an? |the )?(?:\w+ )?mines?\b(?! (?:workers?|collapse|shafts?|owners?|sites?|managers?|employees))|\bcar bombs?\b|\bVBIEDs?\b|\bexplosive devices?\b|\bbomb (?:blasts?|explosions?|attacks?|went off|exploded)\b|\bsticky bombs?\b|\bmagnetic (?:bombs?|mines?)\b|\bplanted (?:\w+ ){0,2}(?:bombs?|explosives?|devices?)\b|\bremote(?:ly)?[- ]control(?:led)?\b",
    r"\bexplosions?\b|\bexplod(?:ed|es|ing)\b|\bblasts?\b|\b(?:blew|blown) up\b|\bdetonat(?:ed|es|ion|ing)\b|\bexplosives?\b|(?<!petrol )(?<!petrol-)(?<!fire )\bbombs?\b|\bbombing\b",
)
_GRENADE = _rx(r"(?<!propelled )(?<!stun )(?<!flash )(?<!sound )(?<!smoke )(?<!gas )\bgrenades?\b(?! launchers?)|\bhand grenades?\b")
# Violence against civilians.
_SEXUAL = _rx(r"\brap(?:e|ed|es|ing|ist|ists)\b|\bgang-?rap\w*|\bsexual(?:ly)? (?:assault\w*|abus\w*|violence|exploit\w*|harass\w*|violat\w*)|\bmolest\w*|\bdefil(?:ed|ement)\b|\bsemi-?naked\b|\bnaked\b")
_ATTACK = _rx(
    # headlines tell it in the present: "Gunmen kill five villagers"
    r"\bkill(?:ed|ing|s)\b|\b(?-i:kill)\b|\bshot (?:dead|and killed|to death)?\b|\bshoots?\b|\bgunned down\b|\bmurder(?:ed|s|ing)?\b|\bstabb(?:ed|ing)\b|\bbeheaded\b|\bdecapitated\b|\bexecut(?:ed|ion)\b|\bhacked\b|\bmachete\b",
    r"\bslapp(?:ed|ing)\b|\bpunch(?:ed|ing)\b|\bkick(?:ed|ing)\b(?! (?:off|out|back))|\bknocked (?:\w+ )?(?:over|down|unconscious)\b|\bwhipp(?:ed|ing)\b|\bflogg(?:ed|ing)\b|\blash(?:ed|ing)\b(?! out)",
    r"\bassassinat\w*|\btortur(?:ed|e|ing)\b|\bbeat(?:en|ing)?\b|\bassault(?:ed|ing)\b|\binjur(?:ed|ing)\b|\bwound(?:ed|ing)\b|\bopen(?:ed|s)? fires?\b|\bfired (?:\w+ ){0,6}?(?:at|on|towards)\b|\bburn(?:ed|t) (?:\w+ ){0,2}(?:alive|to death)\b",
    r"\b(?:body|bodies|corpses?|remains) (?:\w+ ){0,8}(?:found|discovered|recovered|dumped|located)\b|\b(?:found|discovered|recovered) (?:\w+ ){0,4}(?:body|bodies|corpses?|dead)\b|\bmassacr\w*|\battack(?:ed|s|ing)?\b|\bhomicide\b|\bfatalit(?:y|ies)\b|\bdied\b|\bdead\b",
)
_ABDUCT = _rx(r"\babduct\w*|\bforcibly (?:deported|transferred|removed|taken|relocated)\b|\bkidnap\w*|\bhostages?\b|\bforced disappearance\b|\bdisappeared\b|\bwent missing\b|\bheld captive\b|\bincommunicado\b|\btaken away\b|\bforcibly (?:taken|disappeared)\b|\bunknown location\b|\bresidential surveillance\b|\bransom\b|\b(?:as|as a|for use as) human shields?\b")
# Strategic developments.
_ARREST = _rx(r"\barrest(?:ed|s|ing)?\b|\bdetain(?:ed|s|ing)?\b|\bdetention\b|\bapprehend(?:ed)?\b|\btaken into custody\b|\btook (?:\w+ ){0,3}into custody\b|\brounded up\b|\bnabbed\b|\bcaptured (?:\w+ ){0,3}(?:suspects?|members?|militants?|fighters?|commanders?|men|people|persons)\b|\bsummoned\b|\bimprison(?:ed)?\b|(?<!the )(?<!a )(?<!an )(?<!his )(?<!her )(?<!their )\bjailed\b|\bsentenced\b|\bin custody\b")
_LOOT = _rx(
    r"\bloot(?:ed|ing|ers)?\b|\bplunder(?:ed|ing)?\b|\bransack(?:ed|ing)?\b|\bvandali[sz](?:ed|ing|m)\b|\bdefac(?:ed|ing)\b|\btorch(?:ed|ing)\b|\bset (?:on )?fire\b|\bset ablaze\b|\bsetting fire\b|\barson\b",
    r"\bburn(?:ed|t|ing) (?:down )?(?:\w+ ){0,3}(?:houses?|homes?|shops?|vehicles?|cars?|property|properties|buildings?|offices?|huts?|schools?|churches|mosques?|markets?|trucks?|crops|villages?|bus(?:es)?|settlements?|compounds?)\b",
    # the passive ("shops have been burned") and the noun ("attacks on properties") tell the same destruction
    r"\b(?:houses?|homes?|shops?|stores?|vehicles?|cars?|property|properties|buildings?|offices?|huts?|schools?|churches|mosques?|temples?|markets?|trucks?|bus(?:es)?|businesses)\b (?:(?!by\b)[\w,-]+ ){0,3}(?:were|was|have been|has been|had been|got) (?:\w+ )?(?:burn(?:ed|t)|torched|set on fire|set ablaze|vandali[sz]ed|destroyed|razed|ransacked)\b",
    r"\battacks? on (?:the )?(?:[\w-]+ ){0,2}(?:propert(?:y|ies)|shops|stores|houses|homes|businesses|buildings|offices|vehicles)\b",
    r"\b(?:destroy(?:ed|ing)|demolish(?:ed|ing)|raz(?:ed|ing)|damag(?:ed|ing)|bulldoz(?:ed|ing)|smash(?:ed|ing)|blew up|broke into)\b|\bstole\b|\bstolen\b|\brobbed\b|\bconfiscat(?:ed|ion)\b|\bextort\w*|\bseiz(?:ed|ing) (?:\w+ ){0,3}(?:land|property|livestock|cattle|goods|crops|houses?|vehicles?)\b|\brustl(?:ed|ing)\b",
)
_DISRUPT = _rx(
    r"\bdefus(?:ed|al|ing)\b|\bdismantl(?:ed|ing)\b|\bdeactivat(?:ed|ing)\b|\bdisarm(?:ed|ing)\b(?: (?:\w+ ){0,2}(?:bomb|device|IED|explosive|mine))?|\bbomb (?:squad|disposal)\b|\bsuspicious (?:package|object|device)s?\b|\bcontrolled (?:detonation|explosion)\b",
    r"\b(?:seiz(?:ed|ure|ing)|recover(?:ed|y)|confiscat(?:ed|ion)|found|discover(?:ed|y)|unearth(?:ed)|intercept(?:ed)?|uncover(?:ed)?|cache of|caches? of|haul of) (?:\w+ ){0,8}(?:weapons?|pistols?|revolvers?|cartridges|magazines|arms|ammunitions?|rifles?|guns?|firearms?|explosives?|IEDs?|bombs?|grenades?|mines?|rounds|munitions?|rocket launchers?|AK-?47s?)\b|\b(?:weapons?|arms) (?:caches?|depots?|seizures?|haul)\b",
    # mine clearance: destroying or clearing devices nobody has set off yet
    r"\b(?:destroy(?:ed|s|ing)|clear(?:ed|s|ing)|remov(?:ed|es|ing)|neutrali[sz](?:ed|es|ing)|dispos(?:ed|es|ing) of) (?:(?!with\b|using\b|by\b|in\b)[\w,.-]+ ){0,4}(?:(?:land ?)?mines|IEDs?|improvised explosive devices?|explosive devices?|unexploded (?:ordnance|bombs?|shells?))\b",
    r"\bshot down\b|\bintercept(?:ed|ion|s)? (?:\w+ ){0,3}(?:drones?|missiles?|rockets?|projectiles?|UAVs?|weapons|arms|ammunition|explosives|shipment)\b|\b(?:drones?|missiles?|rockets?|UAVs?) (?:\w+ ){0,3}(?:were |was )?intercepted\b|\bair defen[cs]es? (?:[\w-]+ ){0,3}(?:intercepted|shot down|downed|destroyed|repelled|repulsed|thwarted|engaged|responded|were activated|was activated)\b|\b(?:by|with) (?:the )?(?:\w+ )?air defen[cs]es?\b|\bdowned\b|\b(?:thwart(?:ed)?|foil(?:ed)?) (?:\w+ ){0,3}(?:attack|bomb\w*|plot|attempt to (?:attack|bomb|detonate|plant))",
    r"\b(?:weapons?|arms|firearms?|ammunition|ammo|explosives?|rifles?|guns?|pistols?|IEDs?|bombs?|explosive devices?|devices?|grenades?|mines?|rounds|cartridges|revolvers?|munitions?)\b (?:[\w,.-]+ ){0,8}(?:were|was|has been|have been|had been|being) (?:\w+ )?(?:found|seized|recovered|discovered|confiscated|captured|intercepted|defused|dismantled|neutrali[sz]ed|deactivated|unearthed)\b|\b(?:stash|cache|haul|stockpile|depot)s? of\b",
)
_CHANGE = _rx(
    # troops sent, moved or pulled back: a change in an armed group's activity (codebook §1.2)
    r"\bdispatch(?:ed|es|ing)? (?:[\w'’-]+ ){0,4}(?:troops|forces|soldiers|reinforcements|fighters|units|police|personnel)\b|\b(?:troops|forces|soldiers|reinforcements|fighters|units) (?:(?:have|has|had) been |were |was )dispatched\b"
    r"|\b(?:mov(?:ed|ing|es)|sen[dt]|sending|rushed|redeployed|forwarded) (?:[\w'’-]+ ){0,5}(?:troops|soldiers|reinforcements|fighters|tanks|military equipment)\b|\b(?:forces|troops|fighters) (?:\w+ ){0,2}pull(?:ed|s|ing)? back\b|\breinforc(?:ed|es|ing) (?:\w+ ){0,3}(?:troops|positions|forces|units|garrisons?|air defen[cs]es?)\b",
    r"\bdeploy(?:ed|ment|s|ing)?\b|\breinforcements?\b|\bconvoys?\b|\bmovement of\b|\brecruit(?:ed|ment|ing|s)?\b|\btraining\b|\bdefect(?:ed|ion|ions|ors)?\b|\bmerg(?:ed|er)\b|\bsplit\b|\bjoined\b|\bformed\b|\bformation of\b",
    r"\bmobili[sz](?:ed|ation)\b|\bpatrols?\b|\bcurfew\b|\bstate of emergency\b|\bmartial law\b|\blockdown\b|\bsecurity measures\b|\bbuild-?up\b|\bmassed\b|\bstationed\b|\brelocated\b|\bwithdr(?:ew|awn|awal) (?:\w+ ){0,2}(?:troops|forces)\b|\bmilitary exercises?\b|\bdrills\b|\bnew (?:armed )?group\b|\bannounced (?:the )?(?:creation|formation|establishment)\b",
)
_HQ = _rx(
    r"\b(?:set up|sets up|setting up|establish(?:ed|es|ing)?|open(?:ed)?|buil[td]|erect(?:ed)?|construct(?:ed)?|install(?:ed)?) (?:[\w,-]+ ){0,6}(?:bases?|headquarters|HQ|outposts?|observation (?:posts?|points?)|military posts?|camps?|checkpoints?|positions|points?|barracks)\b|\b(?:bases?|outposts?|observation (?:posts?|points?)|military posts?|(?:military |army )?points?|barracks) (?:was|were|has been|have been|had been) (?:\w+ )?(?:set up|established|erected|built|installed)\b|\b(?:new|another) (?:military )?(?:base|outpost|observation post|observation point|camp|headquarters)\b",
)
_AGREE = _rx(
    r"\bagreements?\b|\bagreed\b|\bcease-?fires?\b(?! talks| negotiations| proposals?)|\btruces?\b|\bpeace (?:deal|accord|agreement)\b|\bsign(?:ed|ing)\b (?:\w+ ){0,3}(?:deal|accord|agreement|pact|memorandum)\b|\baccords?\b|\b(?:prisoner|hostage|captive|detainee)s? (?:exchange|swap|release)\b|\bexchang(?:ed|e) (?:of )?(?:\w+ ){0,2}(?:prisoners|detainees|captives|bodies)\b|\bswapp?(?:ed)?\b",
    r"\bsurrender(?:ed|s|ing)?\b|\blaid down (?:their |his )?(?:arms|weapons)\b|\breconciliation\b|\bamnesty\b|\breleased (?:\w+ ){0,3}(?:hostages|prisoners|captives|detainees)\b|\bin exchange for (?:the )?(?:release|freedom|return) of\b",
)
# ACLED's agreements are between sides of a conflict: a generic "agreement" or "agreed" needs one in its sentence
# (a lease "agreement" in business news is none).
_CONFLICT_AGREEMENT = _rx(r"\bcease-?fires?\b|\btruces?\b|\bpeace\b|\b(?:prisoner|hostage|captive|detainee)s?\b|\bsurrender\w*|\blaid down\b|\breconciliation\b|\bamnesty\b")
_CONFLICT_SIDES = _rx(r"\b(?:government|rebels?|rebellious|militias?|clans?|tribes?|communities|factions?|warring|parties to|conflict|fighting|hostilities|war|armed|forces|army|military|"
                      r"insurgents?|militants?|fighters|soldiers|troops|mutin\w+|president|prime minister|counterparts?|opposition|parties|countries|nations|states|"
                      r"border|dispute|nuclear|treaty|unions?|strikers|protesters|demonstrators|territor\w+)\b")


_BROKEN_DEAL = _rx(r"\b(?:violat\w*|broke|breach\w*|despite|collapsed)\b")


def _agreements(text: str) -> list["_Cue"]:
    out = []
    for c in _find(_AGREE, text):
        a, b = _sentence_span(text, c.start)
        if _CONFLICT_AGREEMENT.search(c.text) or _CONFLICT_AGREEMENT.search(text[a:b]) or _CONFLICT_SIDES.search(text[a:b]):
            out.append(c)
    return out


_BOTH_SIDES = _rx(r"\b(?:killed|killing|killings|dead|died|deaths|casualties|losses|wounded|injured|fatalities)\b (?:\w+ ){0,3}(?:on|from) both sides\b|\b(?:on|from) both sides (?:were|was) (?:killed|wounded|injured)\b")
_HARM_BODILY = _rx(r"\bkill\w*|\bdead\b|\bdied\b|\bdeaths?\b|\binjur\w*|\bwound\w*|\bhurt\b|\bshot\b|\bbeat(?:en|ing)?\b|\bmurder\w*|\brap(?:e|ed|ing)\b|\bassault\w*|\bstabb\w*|\bhacked\b|\bcasualt\w*|\bexecut\w*|\bbod(?:y|ies)\b")
_HARM = _rx(r"\bkill\w*|\bdead\b|\bdied\b|\bdeaths?\b|\binjur\w*|\bwound\w*|\bhurt\b|\bshot\b|\bbeat(?:en|ing)?\b|\bmurder\w*|\brap(?:e|ed|ing)\b|\babduct\w*|\bkidnap\w*|\bassault\w*|\bstabb\w*|\bhacked\b|\bvictims?\b|\bcasualt\w*")
_OTHER = _rx(r"\bdisplace(?:d|ment)\b|\brefugees?\b|\b(?:residents|civilians|families|people|villagers|thousands|hundreds|households|inhabitants|locals|population)\b (?:\w+ ){0,4}fled\b|\bfled (?:from )?(?:their |the )?(?:homes?|villages?|towns?|fighting|violence|clashes|attacks?|bombardment|shelling)\b|\bmass graves?\b|\bexhum\w*|\bexplosive remnants?\b|\bunexploded\b")

# --- out-of-scope and modality filters ---------------------------------------------------------
_NEGATION = re.compile(
    r"\b(?:no|not|never|nobody|no one|none|without|neither|nor|denied|deny|refrain(?:ed)? from|did ?n[o']t|didn't|wasn't|weren't|had ?n[o']t|have ?n[o']t|absence of|free of|instead of)\b[^.;]{0,15}$"
    r"|^\W*No\s+(?:[\w-]+\s+){1,4}(?:were|was|had been|have been|has been)\s+$",  # "No live rounds were fired"
    re.I,
)
_MODAL = re.compile(
    r"\b(?:will|would(?!-be)|shall|could|might|(?-i:may)|plan(?:s|ned|ning)? to|plot(?:s|ted|ting)? to|conspir(?:ed|ing) to|intend(?:s|ed)? to|threat(?:en(?:ed|s)?)? to|vow(?:ed|s)? to|warn(?:ed|s)? (?:of|that)|"
    r"call(?:ed|s|ing)? (?:on \w+ )?(?:for|to)|urg(?:ed|es|ing)|set to|expected to|(?:was|were|is|are) (?:due )?to|preparing to|to be held|scheduled|if|unless|talks (?:on|about|for|over)|announced (?:plans|a|an)|prepar\w+ for|ahead of|upcoming|next (?:week|month|year))\b[^.;]{0,28}$",
    re.I,
)
# The cue is the grievance of a protest ("protested the arrest of", "demanding the release of").
_GRIEVANCE = re.compile(
    r"\b(?P<m>against|over|condemn\w*|denounc\w*|demand\w*|protest(?:ing|ed)?|in protest|call(?:ed|ing)? for|justice for|in solidarity with|victims of|in honou?r of|(?:mothers|families|relatives|parents|friends|widows) of|in support of|supporting|to support|welcom\w*|for the release of|previously|earlier|last (?:week|month|year)|under|regarding|release of|due to|because of|in response to|the (?:killing|arrest|detention|abduction|murder|rape|death|shooting|assault|attack|kidnapping|beating|dispersal|lynching)s? of|sparked|triggered|commemorat\w*|anniversary|mark(?:ing|ed)? (?:the )?|in memory of|to mourn|mourn\w*|alleged|allegedly|accus\w*|suspected of|who (?:was|were|had been|have been)|that (?:was|were|had been|have been)|recent)\b[^.;]{0,70}$",
    re.I,
)
_GRIEV_BREAK = re.compile(
    r"\b(?:police|policemen|security|officers|authorities|soldiers|troops|army|military|gendarm\w*|forces)\b (?!who|that)|, and |\bbut\b|\bwhile\b|\bwhen\b|\bwhere\b|\bduring which\b",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\b(?:claim(?:ed|s|ing)? (?:the )?responsib\w+ for|blam(?:ed|es|ing) (?:\w+ ){0,6}for|condemn(?:ed|s)|(?:denied|denies) (?:\w+ ){0,4}(?:involvement|responsibility))\b"
    # who did it, told as news of its own: "accused Iran of bombing", "is responsible for the attacks",
    # "takes credit for the bomb", "has claimed the killing"
    r"|\baccus(?:ed|es|ing) (?!of\b)(?:[\w-]+ ){1,4}of (?:being (?:behind|responsible for) |carrying out |launching |staging |orchestrating )?(?:the |an? )?$"
    r"|\b(?:is|are|was|were) accused (?:by [^,.;]{1,40} )?of (?:being )?(?:behind|responsible for) (?:the |an? )?(?:[\w-]+ ){0,3}$"
    r"|(?<!which )(?<!who )(?<!that )\b(?:is|are|was|were|be|being|been) (?:\w+ )?responsible for (?:the |an? )?(?:[\w-]+ ){0,3}$"
    r"|\b(?:claim(?:s|ed|ing)?|tak(?:es|e|en|ing)|took) (?:the )?credit for (?:the |an? )?(?:[\w-]+ ){0,3}$|\b(?:has|have|had) claimed (?:the |an? )?$"
    r"|\b(?:the|an) alleged (?:[A-Z][\w-]+ )?$",
    re.I,
)
_DISASTER = _rx(
    r"\bearthquakes?\b|\bfloods?\b|\bflooding\b|\bcyclones?\b|\bhurricanes?\b|\btyphoons?\b|\blandslides?\b|\bwildfires?\b|\bbush ?fires?\b|\btsunami\b|\bdrought\b|\btorrential\b|\bheavy rains?\b|\bstorms?\b|\bvolcan\w*",
    r"\bcovid\b|\bcoronavirus\b|\bpandemic\b|\bepidemic\b|\boutbreak\b|\bcholera\b|\bebola\b|\binfections?\b|\btested positive\b",
    r"\b(?:plane|train|bus|car|road|boat|ferry|helicopter|air) (?:crash|accident|collision)\w*|\bcrash(?:ed|es)?\b|\bderail\w*|\bcollaps(?:ed|e)\b|\b(?:chemical|oil|fuel) (?:spill|leak)\b|\bspill(?:ed|t)?\b|\bgas (?:leak|explosion|cylinder)\b|\bcylinder\b|\bboiler\b|\bshort circuit\b|\bfire broke out\b|\bcaught fire\b|\bblaze\b|\bfirefighters\b|\bfire (?:crews|fighters|brigade|department)\b|\baccident(?:al|ally)?\b|\bfireworks\b|\bpropane\b|\bammonium nitrate\b|\b(?:gas|chemical|power|nuclear) plant\b|\b(?-i:industrial)\b|\bexplosion at (?:a|the) (?:\w+ )?(?:factory|plant|refinery|warehouse|mine)\b",
)
_CRIME_ONLY = _rx(
    r"\brobb(?:ed|ery|eries|ers?)\b|\bburglar\w*|\btheft\b|\bsmuggl\w*|\bdrugs?\b|\bnarcotics?\b|\bcocaine\b|\bheroin\b|\bmarijuana\b|\bpornograph\w*|\bfraud\w*|\bembezzl\w*|\bbrib\w*|\bcorruption\b|\bscam\w*|\bcounterfeit\w*|\bmoney laundering\b|\btraffick\w*|\bpoach\w*|\bbreak[- ]and[- ]enter\b|\bstolen property\b|\bfake\b|\bpitch invasion\b|\bhooligan\w*|\bticket touts?\b",
)
_DIPLOMACY = _rx(
    r"\bsanctions?\b|\bdiplomats?\b|\bambassadors?\b|\bembass(?:y|ies)\b(?! (?:in|of))|\bsummit\b|\bminist(?:er|ry) (?:met|said)\b|\btalks\b|\bbilateral\b|\bexpel(?:led|s)?\b|\bstatement\b|\bsecurity council\b|\bresolution\b|\bnuclear (?:test|program)\b|\bmissile tests?\b|\btest-?fir(?:ed|ing|e)\b|\btest launch\b",
)

_DISASTER_STRONG = _rx(
    r"\bearthquakes?\b|\btremors?\b|\bfloods?\b|\bflooding\b|\bflash floods?\b|\bcyclones?\b|\bhurricanes?\b|\btyphoons?\b|\blandslides?\b|\bmudslides?\b|\bwildfires?\b|\bbush ?fires?\b|\btsunami\b|\bdrought\b|\btorrential\b|\bheavy rains?\b|\bvolcan\w*|\berupt(?:ed|ion)\b(?! of (?:violence|protests?|clashes))",
    r"\bcovid\b|\bcoronavirus\b|\bpandemic\b|\boutbreak\b|\bcholera\b|\bebola\b|\btested positive\b",
    r"\b(?:plane|train|bus|road|boat|ferry|helicopter|air) (?:crash|accident|collision)\w*|\bcrash(?:ed|es)?\b|\bderail\w*|\bcollaps(?:ed|e)\b|\b(?:chemical|oil|fuel|gas|chlorine|ammonia) (?:spill|leak(?:s|age)?)\b|\bleakage\b|\bspill(?:ed|t)?\b|\bgas (?:leak|explosion|cylinder)\b|\bcylinders?\b|\bboiler\b|\bshort circuit\b|\bfire broke out\b|\bcaught fire\b|\bblaze\b|\bfirefighters\b|\bfire (?:crews|fighters|brigade|department)\b|\baccident(?:s|al|ally)?\b|\bpropane\b|\bammonium nitrate\b|\b(?:gas|chemical|power|nuclear) plant\b|\b(?-i:industrial)\b",
    r"\bcollision\b|\blost control\b|\bpoison(?:ed|ing)\b|\badulterated\b|\bcontaminat\w+|\boverdose\b|\bdrown(?:ed|ing)\b|\belectrocut\w*|\bstampede\b|\bwarehouse\b|\bfertili[sz]er\b|\bpetroleum\b|\bstorage (?:tank|container)s?\b|\brefinery\b|\bfactory\b|\bpipeline\b|\bmine collapse\b",
    # weather and poisoning that kill or strand people with no one attacking them
    r"\bsnow(?:fall|storms?)?\b|\bblizzards?\b|\bavalanches?\b|\bheat ?waves?\b|\btoxins?\b|\bfurnaces?\b|\b(?:forest|brush|grass|bush) ?fires?\b|\bfires? (?:are|were|is|was) (?:still )?(?:burning|raging|spreading)\b|\bhigh winds\b|\bsearing (?:heat|temperatures)\b|\b(?:iron|steel|cement|fertili[sz]er|manufacturing|processing|bottling) (?:plant|works|mill)s?\b"
)
_POLITICAL_VIOLENCE = _rx(
    r"\b(?:" + _NONSTATE + r")\b|\bprotest\w*|\bdemonstrat\w*|\bsoldiers\b|\btroops\b|\battack(?:ed|s|ers?)?\b|\bair ?strikes?\b|\bshell(?:ed|ing)\b|\bbomb(?:ing|er|ers)\b|\bsuicide\b|\bgunfire\b|\bshot\b|\bmob\b|\briot\w*|\bclash\w*|\bkidnap\w*|\babduct\w*|\bIEDs?\b|\bmissiles?\b|\brockets?\b|\bterror\w*"
    r"|\bdrones?\b|\bUAVs?\b|\bShaheds?\b|\bwarplanes?\b|\bfighter jets?\b|\bartillery\b|\bmortars?\b|\bgrenades?\b|\blandmines?\b|\bairstrikes?\b",
)
_WENT_OFF = _rx(
    r"\b(?:fragments|debris|shrapnel|remnants)\b[^.;]{0,60}\b(?:caus\w+|hit|fell|damag\w+|injur\w+|kill\w+|wound\w+)|\bexplod(?:ed|es|ing)\b|\bwent off\b|\bblasts?\b|(?<!controlled )\bexplosions?\b|\bdied\b|\b(?<!controlled )detonat(?:ed|ion)\b|\bkill(?:ed|ing)\b|\binjur(?:ed|ing)\b|\bwound(?:ed|ing)\b|\bdead\b|\bclash\w*|\bfighting\b|\bair ?strikes?\b|\bshell(?:ed|ing)\b",
)
# Rioters against the police are a violent demonstration (codebook §1.3: clashes with government forces),
# and so is a crowd of protesters or activists that riots. Rioters meeting troops on a raid are left to Mob violence.
_RIOT_AT_STATE = _rx(
    r"\b(?:rioters?|rioted|rioting)\b[^.;]{0,120}\b(?:police|law enforcement|security forces|officers|government|capitol|parliament|authorities)\b",
    r"\b(?:police|law enforcement|security forces|officers)\b[^.;]{0,60}\b(?:rioters?|rioted|rioting)\b",
    r"\b(?:students|workers|youths|supporters|fans|activists|protesters|demonstrators)\b (?:\w+ ){0,3}rioted\b",
)
# Violence between armed criminal groups is coded as armed clash, not violence against civilians.
_GANG_VICTIM = _rx(r"\b(?:victims?|targets?(?: of the (?:attack|shooting|killing))?) (?:was|were|is|are) (?:(?!by )\w+ ){0,3}(?:drug (?:dealers?|traffickers?)|gang (?:members?|leaders?|bosses)|hitm[ae]n|(?:members?|leaders?|heads?|bosses|boss) of (?:a |the )?(?:\w+ ){0,2}(?:gang|cartel|criminal (?:group|organi[sz]ation)))\b"
                   r"|\bvictims? (?:was|were) (?:\w+ ){0,2}involved in (?:drug trafficking|the drug trade|drug dealing|organi[sz]ed crime)")
_TAKEN_THINGS = _rx(r"\b(?:man|woman|boy|girl|person|him|her|them|thie(?:f|ves)|robbers?|suspects?|members|militants|fighters|commanders?|men|people|persons|weapons|arms|drugs|vehicles?|cars?|trucks?|lorr(?:y|ies)|bus(?:es)?|boats?|motorbikes?|motorcycles?|cattle|goods|ammunition|alive|firearms|pistols|guns|rifles|bullets|rounds)\b")
_POLITICAL_ACTOR = _rx(
    r"\b(?:" + _NONSTATE + r")\b|\b(?:opposition|activists?|journalists?|politicians?|party|protest\w*|demonstrat\w*|rebels?|militants?|soldiers|troops|army|military|armed|gangs?|cartels?|mob|rioters?|election\w*|candidates?|lawmakers?|MPs?|human rights)\b"
)
_ARMS_WORDS = _rx(
    r"\b(?:" + _NONSTATE + r")\b|\b(?:armed|soldiers|troops|military|army|forces|gangs?|clans?|raiders|gun\w*|shoot\w*|shot|fir(?:e|ed|ing)|firearms?|weapons?|rifles?|bullets?|AK-?47s?|militias?)\b"
)
# Both sides firing: an exchange is a battle whatever the weapons (codebook: "armed clash" even with shelling).
_EXCHANGE = _rx(
    r"\bexchang\w* (?:of )?(?:[\w-]+ ){0,3}(?:fire|gunfire|shots|shelling|shells|artillery|rockets|mortars?|missiles|strikes|attacks)\b|\b(?:shelling|artillery|fire|gunfire|mortar) exchanges?\b",
    r"\bin both directions\b|\b(?:fired|shot|shell(?:ed)?|struck|hit) back\b|\breturn(?:ed|ing)? (?:the )?fire\b|\b(?:responded|reacted|retaliated) (?:with|by) (?:\w+ ){0,3}(?:fire|gunfire|gunshots|shots|shelling|firing|shooting)\b",
    r"\b(?:gun ?(?:fight|battle)s?|fire ?fights?|shoot-?outs?|crossfire|clash(?:ed|es)?|skirmish(?:ed|es)?|fought|heavy fighting|fierce fighting)\b",
)
_RETURN_FIRE = _rx(
    r"\bin both directions\b|\b(?:fired|shot|shell(?:ed)?|struck|hit) back\b|\breturn(?:ed|ing)? (?:the )?fire\b|\bexchang\w* (?:of )?(?:\w+ ){0,2}(?:fire|gunfire|shots)\b",
    r"\b(?:responded|reacted|retaliated) (?:with|by) (?:\w+ ){0,3}(?:fire|gunfire|gunshots|shots|shelling|firing|shooting|exchanging fire)\b",
)
_REPELLED = _rx(r"\b(?:attack|assault|raid|ambush|incursion|infiltration)s? (?:\w+ ){0,2}(?:was|were|had been) (?:\w+ )?(?:repell?ed|repulsed|foiled|fought off)\b|\b(?:repell?ed|repulsed|fought off|fended off) (?:the |an |their )?(?:\w+ ){0,2}(?:attack|assault|raid|ambush|incursion|infiltration)"
                r"|\b(?:thwarted|foiled) (?:the |an? |their )?(?:[\w-]+ ){0,2}(?:infiltration|incursion)")
# Small-arms fire, which puts the attackers on the ground in front of their target.
_GROUND_FIRE = _rx(
    r"\b(?:gunfire|gunshots?|small[- ]arms?(?: fire)?|firearms|light weapons|rifles?|(?:open(?:ed)?|opening) fire|shot at|shooting at)\b"
)
# A mine left from old fighting; a grenade thrown "during clashes" or "amid clashes" is told as its own
# incident, the clashes being its setting.
_PAST_FIGHTING = re.compile(r"\b(?:previous|past|earlier|recent|prior|former|old|years of|days of|during|amid|amidst|(?<!engaged )(?<!involved )(?<!locked )in|after|before|following)\s+(?:the\s+|armed\s+|heavy\s+|violent\s+)*(?:[\w'’]+\s+){0,2}$", re.I)
_ONGOING_AFTER = re.compile(r"\s+(?:entered|enter|enters|entering) (?:its|their|the|a) (?:\w+ )?(?:day|week|month|year)\b|\s+(?:continued|continues|continue|raged on|rages on|dragged on|drags on)\b", re.I)
_ONGOING_BEFORE = re.compile(r"\bcontinu(?:es|ed|e|ing) (?:its|their|the|his|her) (?:[\w'’-]+ ){0,2}$", re.I)
_BACKGROUND_FIGHT = re.compile(r"\b(?:previous|past|earlier|recent|prior|former|after|following|retaliation for|revenge for|later arrested during|years of|days of)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# Fighting named as what a person was doing or came to do: their role in the war, not this incident.
_ROLE_FIGHTING = re.compile(
    r"\b(?:while|who (?:was|were|is|are|had been|has been)|had been|has been|went to|gone to|travell?ed to|came to|volunteer\w* to)\s+\|fight(?:ing|s)?\b"
    r"|\|fight(?:ing|s)? (?:alongside|in the ranks of|as a volunteer|as volunteers)\b",
    re.I,
)
_DATING_CLAUSE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|\d+|several|few|some|many) (?:days?|weeks?|months?|years?)|days|weeks|months|years) (?:after|before|since)\s+(?:[\w'’-]+\s+){0,8}$"
    r"|\bsince (?:the )?(?:[\w'’-]+\s+){0,5}(?:was|were|had been)\s+$",
    re.I,
)
_RANK_IN_GROUP = re.compile(r"\s+(?:in|of|with|from)\s+(?:the|an?)\s+(?:[\w'’,.-]+\s+){0,3}?(?:" + _NONSTATE + r")\b", re.I)
_GROUND_RAID = _rx(r"\b(?:raided|stormed|overran)\b")  # on foot into the other side's camp: the ground half of a battle
_NOMINAL_BATTLE = re.compile(r"(?:(?:\w+ )?operation|small arms|offensive|engaged|ground)", re.I)
_ARMED_TARGET_AFTER = re.compile(r"\W*(?:[\w'’-]+\W+){0,4}?(?:soldiers?|troops|servicem[ae]n|police|army|military|militants?|fighters|forces|positions|base|camp|convoy|patrol|post|checkpoint|barracks)\b", re.I)
_BATTLE_WORD = re.compile(
    r"clash|exchang|gun ?(?:fight|battle)|fire ?fight|shoot-?out|fighting|fought|battl|combat|skirmish|ambush|engaged|offensive|repel|repuls|operation|crossfire|mutin|confront|counter-?attack|small arms|ground",
    re.I,
)


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    a = 0 if a < 0 else a + 1
    b = len(text)
    for sep in (". ", "\n", "! ", "? "):
        k = text.find(sep, pos)
        if k >= 0:
            b = min(b, k + 1)
    return a, b


# "A rally is planned for Thursday", "the march was scheduled for May 1": announced, not yet held
_PLANNED_AFTER = re.compile(r"\w+(?:\s+\w+){0,3}?\s+(?:is|are|was|were|has been|have been)\s+(?:(?:planned|scheduled)\s+(?:for|on|to)|due\s+(?:on|for)|set\s+for)\b", re.I)


# "hours before they were to march to the UN office to protest": the purpose of a plan, not a protest held
_PLAN_TO_PROTEST = re.compile(r"\b(?:was|were|is|are) (?:due )?to (?:march|rally|gather|walk|go|travel|meet)\b[^.;]{0,60}\bto\s+$", re.I)


def _modal_or_negated(text: str, start: int) -> bool:
    a, _ = _sentence_span(text, start)
    before = text[max(a, start - 90) : start]
    if re.search(r"\band\s+$", before) and re.match(r"\w+ed\b", text[start:]) and not _NEGATION.search(before):
        return False  # "announced a strike and protested": the second verb is a report of its own
    if _NEGATION.search(before):
        return True
    if _PLANNED_AFTER.match(text[start : start + 80]):
        return True
    if _PLAN_TO_PROTEST.search(before):
        return True
    # "went out to call for better pay in a protest": the protest that carried the call, not a call for one
    return bool(_MODAL.search(before)) and not re.search(r"\b(?:in|during|at) (?:a|an|the|their|its) (?:[\w-]+ )?$", before)


# The main clause resuming after "suspected of stabbing a woman": a passive ("was beaten") or a
# coordinated past verb of the subject ("caught two youths accused of burglary and beat them").
_SUSPICION_END = re.compile(r"\b(?:was|were|had been|have been|got)\s+(?:\w+\s+)?$|\band\s+$", re.I)


def _is_grievance(text: str, start: int) -> bool:
    a, _ = _sentence_span(text, start)
    before = text[max(a, start - 90) : start]
    if text[start:].split(" ", 1)[0].lower().endswith("ed") and re.search(r"\b(?:a|an|the|his|her|their|its|of|for)\s+$", before, re.I):
        return True  # participle used as an adjective: "a detained journalist", "the killed students"
    if re.search(r"\b(?:allegedly|reportedly|presumably|apparently)\s+$", before, re.I):
        return False  # "allegedly attacked": a hedge on the reported act, not its motive
    m = _GRIEVANCE.search(before)
    if not m:
        return False
    tail = before[m.end("m"):] + text[start:start + 12]
    if re.search(r"[a-z]{3,}\s+(?:clashed|rioted|fought|threw|hurled|scuffled|skirmished)\b", tail, re.I) \
            and not re.search(r"\b(?:who|that|which|whom)\b", tail, re.I):
        return False  # "students protesting against fees clashed with police": the main verb after the grievance
    if m.group("m").lower() == "against" and re.search(r"\b(?:fight|fights|fighting|fought|war|battle|struggle|campaign)\s+$", before[: m.start("m")], re.I):
        return False  # "a volunteer who went to fight against the militants was killed": a side taken, not a grievance
    if m.group("m").lower() == "against" and (op := re.search(r"\b(?:operations?|crackdown|offensive|raids?|assault)\b((?:\s+[\w'’-]+){0,12})\s+$", text[a : max(a, start - 90) + m.start("m")], re.I)) \
            and not re.search(r"protest|demonstrat|rall|march|strike", op.group(1), re.I):
        return False  # "troops began a sweep by the market against marchers in which many died"
    if m.group("m").lower() == "under" and re.match(r"\s*the (?:umbrella|command|leadership|banner|control|orders?) of\b", before[m.end("m") :], re.I):
        return False  # "militiamen under the umbrella of a coalition raped": who they serve, not a grievance
    if m.group("m").lower() == "under" and re.search(r"\b(?:placed|put|held|kept)\s+under\s+(?:\w+\s+)?$", before, re.I):
        return False  # "placed under residential surveillance": the measure itself
    if re.match(r"(?:accus|suspect|alleg)", m.group("m"), re.I) and _SUSPICION_END.search(before[m.end("m") :]) \
            and not re.match(r"\w+ing\b", text[start:]):
        return False  # "a youth accused of stealing a goat was beaten": the suspicion ends where the main verb begins
    return not _GRIEV_BREAK.search(before[m.end("m") :])


# Everyday and sports senses of the violence and protest words, read in a window round the cue: general
# news ("Chile beat Peru 3-1", "stocks rallied", "as demonstrated by", "an ice shell", "exploded
# drawings", "engaged in self-dealing") would otherwise yield events wherever a brief is classified whole.
_IDIOM = re.compile(
    r"\bbeat(?:en|s)? out\b|\bbeat(?:s|en)? (?:the )?(?:forecasts?|expectations?|estimates?|odds|records?|deadline|heat|rush|market|traffic|clock|competition|consensus)\b"
    r"|\b(?:beat(?:s|en)?|defeat(?:ed|s)?|thrash(?:ed)?|won|wins?|lost|loses|draw|drew|victory|scored)\b[^.;]{0,40}?\b\d{1,3} ?[-–] ?\d{1,3}\b(?!\s*(?:km|kilomet|mi\b|miles|years|people))"
    r"|\b\d{1,3} ?[-–] ?\d{1,3} (?:win|victory|defeat|loss|draw|lead)\b"
    r"|\brall(?:y|ied|ies|ying) (?:to|from) (?:win|defeat|beat|victory|behind|a \w+ deficit|\w+ down)\b|\b(?:stocks?|markets?|shares|prices|equities|bonds|futures|dollar|euro|yen|oil|gold|indexes|indices|index) (?:\w+ )?rall\w*"
    r"|\bas demonstrated\b|\bdemonstrat(?:ed|es|ing) (?:that|how|what|why|its|his|her|their|our|your|(?:a|an|the) (?!(?:next|following|same|previous|whole|entire|day|week|morning|evening|night)\b)\w+)\b"
    r"|\b(?:ice|egg|sea|nut|snail|turtle|oyster|clam|crab|hermit|taco|pie|outer|protective|hard|plastic|empty) ?shells?\b|\bshell (?:compan\w+|firms?|corporations?|game)\b"
    r"|\bexploded (?:drawings?|views?|diagrams?|parts)\b|\b(?:popularity|sales|prices|demand|interest|market|debate|controversy|population|audience|traffic) (?:has |had |have )?exploded\b|\bexploded (?:in|into) (?:popularity|size|numbers?|value|growth|the mainstream)\b"
    r"|\bengaged (?:to|in (?!(?:\w+ ){0,3}(?:fight\w*|combat|clash\w*|battl\w*|gun ?fights?|fire ?fights?|exchange\w*|hostilities|skirmish\w*|shoot\w*|war\w*|attacks?|violence)\b))"
    r"|\b(?:blocked|took|takes|missed|made|winning|jump|free|golf|tee|penalty|three-point|long-range) (?:a |the )?shots?\b|\bshots? (?:on goal|clock)\b|\b(?:flu|booster|vaccine|covid) shots?\b|\bshot (?:a |the )?(?:film|movie|video|scene|footage|photos?|pictures?)\b"
    r"|\bexecut(?:ed|ing) (?:a |an |the )?(?:search )?(?:warrants?|orders?|plans?|contracts?|trades?|transactions?|deals?|strateg\w+|agreements?|passes|plays?)\b"
    r"|\bfighting (?:major|penalty|chance|spirit|fit|back tears|for (?:his|her|their) li(?:fe|ves)|cancer|illness|disease|poverty|corruption|climate|inflation)\b"
    # an army's or navy's blockade is a siege, not a road blockade by protesters
    r"|\b(?:gruelling|grueling|military|naval|economic|air|maritime|long|months-long|years-long|total) blockades?\b|\bblockades? (?:of|on) (?:the )?(?:port|coast|enclave|strip|harbou?r|gaza|yemen|qatar)\b"
    r"|\bblockades?\b(?=[^.;]{0,60}\b(?:siege|besieged|military|troops|army|navy|warships)\b)"
    r"|\b(?:heart|panic|asthma|anxiety|cyber|shark|dog|bear) ?attacks?\b|\b(?:legal|court|custody|political|ratings|bidding|price|trade|turf) (?:battles?|wars?)\b"
    # words as weapons: "attacked each other's policies", "attacked him in a speech"
    r"|\battack(?:ed|s|ing)? (?:[\w’']+ ){0,3}(?:polic(?:y|ies)|records?|plans?|proposals?|remarks|comments|statements?|decisions?|stances?|views|claims?|credibility|reputation|character|rhetoric|budget|bill|law|leadership)\b"
    r"|\battack(?:ed|s|ing)? (?:\w+ )?(?:verbally|online|on (?:twitter|social media|television|tv)|in (?:a|an|the|his|her|their) (?:speech|tweet|statement|interview|debate|op-ed|column|post))\b"
    # a team or country beating another: "Chile beat Peru", "the Hawks beat the Owls"
    r"|(?-i:\b(?!(?:Police|Soldiers|Troops|Officers|Militants|Gunmen|Rebels|Guards|Residents|Villagers|Youths|Men|Attackers|Assailants)\b)[A-Z][a-z]+) beat (?:the )?(?-i:[A-Z][a-z]+)"
    r"(?=\s*(?:[.;]|$|\d|for\b|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at (?:home|the weekend)|to (?:win|claim|take|reach|advance|clinch|keep|finish)))"
    # words as weapons: "blistering attacks on each other", "a battlefield of words", "a war of words"
    r"|\b(?:blistering|scathing|stinging|withering|bitter|fierce|sharp|personal|verbal|rhetorical|political|thinly veiled) attacks?\b"
    r"|\battacks? on each other\b|\b(?:war|battle|battlefield|battleground|exchange) of words\b|\bwar of (?:attrition|nerves)\b"
    r"|\b(?:culture|personality) clash(?:es)?\b|\bclash(?:es)? of (?:visions|cultures|civili[sz]ations|personalities|ideas|ideologies|styles|titans|wills|interests|egos|values|narratives|generations|schedules)\b"
    # data theft and verbal attacks: "no patient data was stolen", "attacked by opposition lawmakers in parliament"
    r"|\b(?:data|files|information|records|passwords|credentials|emails|documents|identities) (?:was |were |had been |have been )?stolen\b"
    r"|\bst(?:ole|eal|ealing) (?:\w+ ){0,2}(?:data|files|information|records|passwords|credentials|emails|identities)\b"
    r"|\bhack(?:ed|ers?|ing)\b(?=[^.;]{0,80}\b(?:attack|stole|stolen)\b)"
    r"|\battacked by (?:\w+ ){0,3}(?:lawmakers|legislators|MPs|senators|critics|opponents|commentators|the opposition|rivals in parliament)\b"
    # dismissals: "the company fired 200 workers on Monday"
    r"|\b(?:fired|sacked|dismissed) (?!at\b|on\b|into\b|upon\b|towards\b)(?:\w+ ){0,3}?(?:workers|employees|staff|officials|coach|manager|managers|executives?|CEO|directors?|players|teachers|journalists|editors?|ministers?|generals?|commanders?|chiefs?)\b"
    r"|\bdied (?:of|from|after)(?= (?:a |an )?(?:heart|illness|disease|cancer|natural causes|covid|complications|old age|stroke|long|short|brief))",
    re.I,
)
# Results of a game: its shots, beatings and fights are play ("fired a shot at the goaltender").
_SPORTS = re.compile(
    r"\b(?:scored|goals?|goaltender|goalie|goalkeeper|saves|assists?|quarterback|touchdowns?|innings|playoffs?|semi-?finals?|quarter-?finals?|"
    r"hat-?trick|NHL|NBA|NFL|MLB|FIFA|UEFA|(?:first|second|third) period|overtime|defensive end|wide receiver|pitcher|striker|midfielder|"
    r"backstroke|freestyle|medal|title fight|knockout|rebounds?|slam dunk|wicket|batsman|bowler|referee|penalty kick|free kick|"
    r"yellow cards?|red cards?|league table|(?:first|second) half|half-?time|\d+(?:st|nd|rd|th) minute|stoppage time|equali[sz]er)\b")
_SPORTS_WEAK = re.compile(r"\b(?:game|season|coach|team ?mates?|helmet|fined|suspended for|derby|kick-?off|fixture|league|pitch invasion|rivals"
                          r"|stadium|champions|cup|tournament|(?:beat|won|lost|drew|defeated)\b[^.;]{0,40}?\b\d{1,2} ?[-–] ?\d{1,2})\b", re.I)
_SPORTS_CUE = re.compile(r"(?i)^(?:beat\w*|shot|shots|shoots?|fired (?:a|the) shot|attack\w*|fight\w*|fought|rall\w*|punch\w*|kick\w*|hit|clash)\b")
_CROWD_TROUBLE = re.compile(r"(?i)\b(?:hooligans|rioters|police|stadium violence|teargas|tear gas)\b|\b(?:fans|supporters|spectators)\b"
                            r"(?=[^.;]{0,80}\b(?:clash\w*|fought|fighting|threw|stones|injur\w*|hurt|invad\w*|riot\w*|violence|brawl\w*|stabb\w*))")


def game_play(label: "Label", passage: str, article: str) -> bool:
    """In a match report ("fired a low shot past the goalkeeper", "Nacional hit back before the break") the
    shots and blows of an incident typed from them are play, unless the crowd or the police are in it."""
    if not _SPORTS_CUE.match(label.cue.strip()) or _CROWD_TROUBLE.search(passage):
        return False  # the cheap tests first: most labels are no play, and the article is read only for those that may be
    return len({m.group(0).lower() for m in _SPORTS.finditer(article)}) >= 3


_DRILL = re.compile(r"\b(?:exercises?|drills?|war ?games|manoeuvres|maneuvers)\b[^.;]{0,80}\b(?:simulat\w+|mock|rehears\w+)\b"
                    r"|\b(?:simulat\w+|mock)\b[^.;]{0,80}\b(?:exercises?|drills?|war ?games)\b", re.I)


def _idiom(text: str, start: int, end: int) -> bool:
    a, b = _sentence_span(text, start)
    window = text[max(a, start - 50) : min(b, end + 60)]
    off = start - max(a, start - 50)
    if any(m.start() <= off + (end - start) and m.end() >= off for m in _IDIOM.finditer(window)):
        return True
    if _DRILL.search(text[a:b]):
        return True  # "the exercise, which simulated an assault supported by airstrikes": a drill, not a battle
    if not _SPORTS_CUE.match(text[start:end].strip()):
        return False
    sentence = text[a:b]
    around = text[max(0, start - 300) : end + 300]  # a game report: its sports words fill the neighbouring sentences
    sporty = _SPORTS.search(sentence) or len(
        {m.group(0).lower() for rx in (_SPORTS, _SPORTS_WEAK) for m in rx.finditer(around)}) >= 2
    # "the clash between the two rivals" is the match itself; fans fighting would be told with other words
    return bool(sporty and (text[start:end].strip().lower() == "clash" or not _CROWD_TROUBLE.search(sentence)))


def _find(rx: re.Pattern[str], text: str, *, grievance: bool = False, keep_modal: bool = False) -> list[_Cue]:
    out = []
    for m in rx.finditer(text):
        if not keep_modal and _modal_or_negated(text, m.start()):
            continue
        if _idiom(text, m.start(), m.end()):
            continue
        if grievance:
            if re.search(r"\b(?:no|not|never|without)\b", m.group(0), re.I):
                continue  # "police made no arrests"
            body = m.group(0).rstrip()
            last = m.start() + body.rfind(" ") + 1 if " " in body else m.start()
            if _is_grievance(text, m.start()) or _is_grievance(text, last):
                continue
        out.append(_Cue(m.group(0), m.start(), m.end()))
    return out


def _first(*lists: list[_Cue]) -> _Cue | None:
    cues = [c for lst in lists for c in lst]
    return min(cues, key=lambda c: c.start) if cues else None


_PURPOSE = r"to (?:demand|protest|denounce|condemn|press|oppose|express|call|reject|show|support|voice|pay tribute|honou?r|commemorate|mark|raise awareness|celebrate|defend|promote|advocate|mourn|remember|repudiate|claim|urge|highlight|draw attention|object|complain|decry|criticize|criticise)|demanding|denouncing|calling (?:for|against|on)|in protest|in support of|in solidarity|in favou?r of"
# Demonstration cues that armed actors can also be the subject of ("troops marched", "militants
# carried out an attack against"): counted only when no armed actor precedes them in the sentence.
# Any character up to the sentence's end; abbreviations ("St.", "U.S.") do not end it.
_SAME_SENTENCE = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b(?:St|Mt|Dr|Jr|Sr|No|Ft))\.)"
_DEMO_GUARDED = _rx(
    r"\bmarche(?:d|s|rs)\b|\bmarching\b",
    r"\b(?:gathered|assembled|converged|congregated|camped|sat|stood|lined|drove|walked|rode|slowed|paraded)\b" + _SAME_SENTENCE + r"{0,120}\b(?:" + _PURPOSE + r"|against|to (?:ask|request|plead|appeal|seek|petition))\b",
    r"\b(?:blocked|held|organi[sz]ed|staged|cut|closed|shut|took over|interrupted|disrupted|carried out|occupied|set up|pitched|erected)\b" + _SAME_SENTENCE + r"{0,120}\b(?:" + _PURPOSE + r")\b",
    r"\bat the call of\b",
    r"\boccupation of\b",
    # a sit-in by occupation; guarded like the rest, so militants occupying a school are no protesters
    r"\boccup(?:ied|ying|y)\s+(?!by\b)(?:[\w'’-]+\s+){0,4}?(?:buildings?|offices?|headquarters|ministry|universit(?:y|ies)|campus|faculty|lecture halls?|town hall|city hall|premises|lobby|(?:shopping )?(?:cent(?:er|re)|mall)|department store|factory|plant)\b",
)
_BLOCKADE = _rx(r"\bblock(?:ed|ing|aded|ading) [^.;]{0,40}?\b(?:roads?|highways?|streets?|traffic|avenues?|bridges?|entrances?|routes?|railways?|rail ?tracks?|intersections?|junctions?)\b")


_STRIKE_WORD = re.compile(r"strik|walk-?outs?|walked out", re.I)
_GATHERING = re.compile(r"\b(?:gather\w*|assembl\w*|march\w*|rall(?:y|ies|ied|ying)|picket\w*|(?<!in )protest(?:s|ed|ing|ers?)?|"
                        r"demonstrat\w*|sit-?ins?|chant\w*|placards?|banners?|block\w*|occup\w*|outside|in front of|"
                        r"converged|took to the streets|vigils?|"
                        # force used by or on the strikers makes it another event, judged by its own cues
                        r"clash\w*|scuffl\w*|fought|stones?|torch\w*|burn\w*|loot\w*|tear ?gas|arrest\w*|dispers\w*|beat(?:en|ing)?)\b", re.I)
_STOPPAGE = re.compile(r"\b(?:shut\w*|halt\w*|clos(?:ed|ing|ure)|cancel\w*|suspend\w*|paraly[sz]\w*|grounded|turned away|"
                       r"stay(?:ed|ing)? (?:away|at home|home)|idle[ds]?|disrupt\w*|off the job|downed tools|stopped work|"
                       r"crippl\w*|stranded)\b", re.I)


def _work_stoppage_only(text: str, demo: list[_Cue]) -> bool:
    """ "Doctors went on strike, shutting outpatient services": a strike told by what it stopped, with no
    gathering, is no demonstration (codebook §1.2: strikes without a demonstration are not coded). Climate
    and school strikes are rallies by name, and a hunger strike is judged as one person's act elsewhere."""
    return all(_STRIKE_WORD.search(c.text) and not re.search(r"climate|school|hunger", c.text, re.I) for c in demo) \
        and not any(_GATHERING.search(text[slice(*_sentence_span(text, c.start))]) for c in demo) \
        and bool(_STOPPAGE.search(text))


# Legislators' protest inside their chamber (codebook §1.2: legislative protests are not coded)
_LEGISLATIVE = re.compile(r"(?i)\b(?:opposition |ruling )?(?:members|lawmakers|legislators|MPs|senators|deputies|councillors)\b"
                          r"[^.;]{0,120}\b(?:speaker|the sitting|the session|the chamber|the floor|rostrum|well of the house|the house)\b"
                          r"|\b(?:speaker|the sitting|the session|the chamber|rostrum)\b[^.;]{0,120}\b(?:members|lawmakers|legislators|MPs|senators)\b"
                          r"|\b(?:lawmakers|legislators|MPs|senators|deputies|opposition members)\b[^.;]{0,60}\b(?:walk-?outs?|walked out)")


def _demo_cues(text: str) -> list[_Cue]:
    cues = _find(_DEMO, text) + _find(_DEMO_MARCH, text) + _find(_DEMO_ACTS, text)
    cues = [c for c in cues if not _LEGISLATIVE.search(text[slice(*_sentence_span(text, c.start))])]
    for c in _find(_BLOCKADE, text) + _find(_DEMO_GUARDED, text):
        a, _ = _sentence_span(text, c.start)
        if not _ARMED_RX.search(text[a : c.start]):  # civilians blocking a road is a protest; militants doing it is not
            cues.append(c)
    # "airstrike"/"drone strike" never count; "protest" as grievance of a killing is still a demo
    return sorted(cues, key=lambda c: c.start)


def _near(rx: re.Pattern[str], text: str, cue: _Cue, before: int = 120, after: int = 120) -> bool:
    a, b = _sentence_span(text, cue.start)
    return bool(rx.search(text[max(a, cue.start - before) : min(b, cue.end + after)]))


_CIVIL_RX = _rx(r"\b(?:" + _CIVIL_VICTIM + r")\b")
_ARMED_VICTIM_RX = _rx(
    r"\b(?:soldiers?|troops|servicem[ae]n|military (?:forces?|personnel|vehicles?|convoy|base|camp|posts?|points?|positions?)|army (?:posts?|base|camp|positions?|convoy|patrol)|checkpoints?|(?:police|military|army) stations?|(?:military |army |defensive |police |forward |operating )?bases?|barracks|outposts?|drug (?:dealers?|traffickers?)|gang members?|hitm[ae]n|cartel members?|commanders?|VDP|volunteer fighters?|(?:government|state|regime|rebel|opposition|\w+) forces|policem[ae]n|police (?:officers?|officials?|agents?|personnel|constables?)|officers|security (?:forces|personnel|agents)|gendarm\w*|militants?|insurgents?|rebels?|fighters|militia(?:men)?|gunmen|bandits|combatants|jihadists?|terrorists?|members? of (?:the |a |an )?(?:[\w'’-]+ ){0,3}(?:army|forces|militia|police|PDF|military|armed groups?|groups?|gangs?|cartels?))\b"
)
_ARMED_VICTIM_RX = _rx(_ARMED_VICTIM_RX.pattern + r"|\b(?:" + _NONSTATE + r")(?: (?-i:[A-Z]\w+))? (?:members?|fighters?|commanders?|militants?|elements?)\b"
    # customs posts and officers are armed state agents at borders and checkpoints
    r"|\bcustoms (?:posts?|stations?|checkpoints?|officers?|agents?|personnel|guards?)\b|\b(?:IED|bomb|mine|explosives?)[- ](?:planters?|emplacers?|makers?)\b"
    # what armed forces man and move in (a post, a patrol boat, a police sergeant), and "positions", which
    # in conflict reporting are always military ones
    r"|\b(?:military|army|police|security|naval|navy|border|federal police|peacekeep\w+|UN|brigade|battalion|regiment|division) (?:[\w-]+ ){0,2}(?:vehicles?|bus(?:es)?|boats?|ships?|helicopters?|aircraft|jets?|planes?|check ?posts?|checkpoints?|stations?|headquarters|targets?|positions?|patrols?|convoys?|units?|posts?|bases?|camps?|sergeants?|inspectors?|constables?|chiefs?|officers?|officials?|agents?|personnel|members?|informants?|trucks?)\b"
    r"|\bpositions\b|(?-i:\b(?:MINUSMA|MONUSCO|MINUSCA|UNMISS|UNIFIL|UNAMID|UNISFA|AMISOM|ATMIS|KFOR|EUFOR|Barkhane|Takuba|EACRF|SAMIDRC)\b)|\b(?:leaders?|bosses|boss|heads?|members?) of (?:a |the |an )?(?:\w+ ){0,2}(?:gang|cartel|criminal (?:group|organi[sz]ation))\b|\bthe (?:military|army)\b(?!-|\s+(?:general|officers?|chiefs?|commanders?|spokes\w+|court|government|leaders?|rulers?|officials?|council|regime|junta|informants?))|\bpeacekeep\w+|\bborder guards?\b|\barmed (?:suspects?|individuals?|m[ae]n|assailants?|robbers?|attackers?)\b"
    r"|\b(?:regime|army|militia|gang|cartel|rebel|armed group|division|brigade|battalion|regiment|forces?|front) (?:members?|personnel|elements?|recruits?)\b"
    r"|\bmembers? of (?:the |a |an )?(?:[\w'’-]+ ){0,4}(?:army|forces?|militia|police|military|armed group|gang|cartel|brigade|division|battalion|regiment|front|faction|dissidents?|guerrillas?)\b")
_UNARMED_GROUP_RX = _rx(
    r"\b(?:residents|villagers|locals|youths?|crowds?|community members|mob|relatives|supporters|students|rioters|members of the public|group of (?:\w+ ){0,2}(?:people|youths|locals|residents|villagers|men|women)|people|traders|motorcyclists|farmers|family members|settlers|cadres|factions? of|rival (?:party|parties|factions?)|(?:party|political) (?:supporters|members|activists|workers|cadres|factions)|supporters of|hooded|prisoners|inmates|(?:party )?supporters|party (?:members|workers|activists)|merchants|vendors|workers|migrants|drivers|fans|pedestrians|passers-?by|bystanders|shepherds|herders|neighbou?rs|villagers"
    r"|group of (?:\w+ ){0,2}(?:individuals|persons|people|assailants|attackers|men|women|youths|students|supporters|members)"
    r"|(?:\d+|three|four|five|six|seven|eight|nine|ten|several) (?:(?!unidentified|unknown|armed|masked|hooded)\w+ )?(?:men|persons|people|individuals|assailants|attackers)"
    r"|(?:dozens?|a dozen|half a dozen|over a dozen|more than a dozen|scores|hundreds) (?:of )?(?:\w+ )?(?:men|persons|people|individuals|assailants|attackers))\b"
)


_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_FORMER = re.compile(r"\b(?:former|ex-|retired|demobili[sz]ed|reintegrated)\s*(?:[\w-]+\s+){0,2}$", re.I)


# Targets joined by "and" with nothing placing them apart ("near", "at", "outside" would make the armed
# word a landmark rather than a victim).
_COORDINATED_TARGET = re.compile(r"(?:(?!\b(?:at|near|in|from|outside|inside|of|by|with|to|on)\b)[\w\s,'’()-])*\b(?:and|as well as)\s+(?:\w+\s+){0,3}", re.I)
_AIRCRAFT_TARGET = re.compile(r"\W*(?:at|on|towards|against)\s+(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){0,2}(?:helicopters?|warplanes?|fighter jets?|drones?|UAVs?)\b(?!\s+(?:strikes?|attacks?|bombs?))", re.I)


# An organisation that names itself an army, a force or a front is armed; the report then calls it by the
# acronym it introduced ("the Chin Defence Force (CDF) ... killed a member of CDF").
_ARMED_NAME_ACRONYM = re.compile(
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+|of|for|the|and)){0,6}\s+(?i:army|armed forces|forces?|front|militias?|brigades?|battalions?"
    r"|regiments?|guerrill\w+|defen[cs]e (?:force|army|corps)|liberation (?:army|front|movement|tigers)|rangers|legion|commandos?)\s*\((?-i:([A-Z][A-Za-z0-9-]{1,9}))\)"
)


def _armed_acronyms(text: str) -> re.Pattern[str] | None:
    names = {m.group(1) for m in _ARMED_NAME_ACRONYM.finditer(text)}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b") if names else None


# The victim's armed identity told in a clause of its own: "the victim was a drug dealer", "a guard, who was
# a militia member as well".
_IDENTITY = re.compile(
    r"\b(?:victims?|targets?(?: of the (?:attack|shooting|killing))?|deceased|(?<=, )who) (?:was|were|is|are) (?:reportedly |allegedly |also |said to be |believed to be "
    r"|identified as |known as |known to be )?(?:an? |the |one of the |\w+ of the )", re.I)


def _identity_armed(text: str) -> bool:
    """Is the victim said to be one of an armed organisation in a clause of its own?"""
    for m in _IDENTITY.finditer(text):
        if m.group(0).lower().startswith("who") and re.search(r"\bby\b", text[max(0, m.start() - 50) : m.start()]):
            continue  # "shot by a man, who was a soldier": the clause is about the attacker
        if re.search(r"\b(?:thought|believed|believing|suspected|suspecting|mistook|mistaking|accused|accusing|assumed|claimed|alleged)\b(?: that)?\W+(?:\w+\W+){0,4}$", text[max(0, m.start() - 50) : m.start()], re.I):
            continue  # what the attackers believed of their victim is no fact about the victim
        tail = re.split(r"[.;]|,| by | when | while | and (?:was|were|had)\b", text[m.end() : m.end() + 60])[0]
        arm = _ARMED_VICTIM_RX.search(tail)
        if not arm or _FORMER.search(tail[: arm.start()]) or _CIVIL_RX.search(tail[: arm.start()]):
            continue
        if re.match(r"['’]s?\b", tail[arm.end() :]) or re.search(r"\bgroups?$", arm.group(0), re.I) and not re.search(r"\barmed\b", arm.group(0), re.I):
            continue  # "a police officer's wife", "a member of a women's group": no armed identity
        return True
    return bool(_GANG_VICTIM.search(text))


def _victim_side(text: str, cue: _Cue) -> str:
    """Who receives the violence near a cue: 'armed', 'civilian' or ''. Looks after the verb, and
    before it for passives ("two soldiers were killed")."""
    a, b = _sentence_span(text, cue.start)
    after = text[cue.end : min(b, cue.end + 70)]
    if re.match(r"(?:body|bodies|corpses?|remains)\b", cue.text, re.I):
        after = re.sub(r"^\w+\s+(?:of\s+)?", "", cue.text) + after  # "the body of a militia member was found": the victim is inside the cue
    if re.search(r"\b(?:escorted|guarded|protected|accompanied|defended) by (?:[\w'’-]+ ){0,3}?(?:" + _ARMED + r")\b", after, re.I):
        return "armed"  # "a civilian convoy escorted by soldiers": the escort is attacked and fights back
    k = re.search(r"\b(?:by|until|before|after|when|while|as)\b", after)
    if k:
        after = after[: k.start()]
    before = text[max(a, cue.start - 80) : cue.start]
    passive = re.search(r"\b(?:was|were|been|being|got)\s+(?:\w+\s+)?$", before, re.I)
    if passive:
        # "Two guards (private) and a village chief were killed": an aside does not end the subject
        clause = re.split(r"[;,.]", _PARENS.sub(" ", before[: passive.start()]))[-1]
        zone = re.split(r"\bby\b", clause)[0]  # "killed by armed men after being abducted": the agent is no victim
    else:
        zone = _PARENS.sub(" ", after)
    if re.search(r"\boff[- ]duty\b", before[-90:] + after if passive else after, re.I):
        return "civilian"
    arm = _ARMED_VICTIM_RX.search(zone)
    acronyms = _armed_acronyms(text)
    if acronyms is not None and (named := acronyms.search(zone)) and (arm is None or named.start() < arm.start()):
        arm = named
    if arm and _FORMER.search(zone[: arm.start()]):
        return "civilian"  # a former soldier or ex-commander is a civilian
    civ = _CIVIL_RX.search(zone)
    if civ and arm and civ.group(0).lower() == "member of" and re.fullmatch(r"\s*(?:the |an? )?", zone[civ.end() : arm.start()]):
        civ = _CIVIL_RX.search(zone, arm.end())  # "a member of VDF": the organisation says who the member is
    if arm and (not civ or arm.start() <= civ.start()):
        return "armed"
    if arm and civ and _COORDINATED_TARGET.fullmatch(zone[civ.end() : arm.start()]):
        return "armed"  # "shot at civilians and members of a militia": an armed side among the targets makes it a battle
    if _AIRCRAFT_TARGET.match(after):
        return "armed"  # firing at a helicopter or a drone is fighting the side that flies it
    if civ:
        return "civilian"
    return ""


_COUNTED_MEN = re.compile(r"^(?:\d+|three|four|five|six|seven|eight|nine|ten|several)\b", re.I)


# Organisations named on both sides of a clash ("X clashed with Y", "clashes between X and Y"): named
# groups that fight are organised armed groups, a mob has no name.
_NAMED_SIDES = re.compile(
    r"(?-i:[A-Z][\w'’/-]*)\s+(?:\w+\s+){0,2}?(?:clash(?:ed)?|fought)\s+(?:with|against)\s+(?:the\s+)?(?-i:[A-Z][\w'’/-]*)"
    r"|\b(?:clash(?:es)?|fighting|battles?)\s+(?:\w+\s+){0,3}?between\s+(?:the\s+)?(?-i:[A-Z][\w'’/-]*)",
    re.I,
)


def _name_part(text: str, m: re.Match[str]) -> bool:
    """ "People's Defense Force": a common noun inside a capitalised name is part of the name."""
    if not m.group(0)[:1].isupper():
        return False
    after = text[m.end() : m.end() + 20]
    before = text[max(0, m.start() - 20) : m.start()]
    return bool(re.match(r"(?:['’]s)?\s+[A-Z]", after) or re.search(r"[A-Z][\w'’-]*\s+$", before))


_CROWD_NOUN = re.compile(r"(?:residents|villagers|locals|youths|crowds?|community members|people|group of|relatives|supporters|students|rioters|members of the public|settlers|cadres)\b", re.I)
_STONE_THROWERS = re.compile(r"\b(?:who|that) (?:had )?(?:were )?(?:hurl|threw|throw|pelt|hurled|throwing|hurling|pelting)\w* (?:\w+ ){0,3}(?:stones?|rocks?|molotov\w*|petrol bombs?|bricks?)|\b(?:at|on|towards) (?:the )?rioters\b|\bstone[- ]throwers\b", re.I)
_ARREST_REASON = re.compile(r"\b(?:for|in relation to|in connection with|following|after|who|whom|where|which|over|on charges of|accused of|suspected of|linked to|related to|on suspicion of|participating in|took part in)\b", re.I)
_CONCURRENT = re.compile(r"\b(?:during|while|as they|at the|at a|who (?:were|was|are|is)(?= \w+ing\b|\s*$))", re.I)  # "who are vendors" says who, not what they were doing
_OBJECT_OF_VIOLENCE = re.compile(r"\b(?:abducted|kidnapped|attacked|killed|shot|beat|assaulted|injured|wounded|targeted|detained|arrested|robbed|threatened|chased|displaced|ambushed)\b")
_FOUND_BODY = re.compile(r"(?:\w+ ){0,2}(?:found|discovered|recovered|bod(?:y|ies)|corpses?|remains)", re.I)
_MANNED_AIRCRAFT = re.compile(r"\s+(?:an?\s+|the\s+|two\s+)?(?:[\w'’-]+\s+){0,2}(?:helicopters?|planes?|aircraft|jets?|fighter|bombers?|warplanes?|Su-\d+|MiG\S*|Mi-\d+)\b", re.I)


def _perpetrator_side(text: str, cue: _Cue) -> str:
    a, _ = _sentence_span(text, cue.start)
    before = text[max(a, cue.start - 100) : cue.start]
    after = text[cue.end : cue.end + 80]
    by = re.search(r"\bby\b", after[:60])
    passive = re.search(r"\b(?:was|were|been|being|got)\s+(?:\w+\s+){0,2}$", before, re.I)
    if by:
        zone = after[by.start() : by.start() + 50]
    elif passive:
        return ""  # the subject of a passive is the victim, and no agent is named
    else:
        zone = before
    # "settlers under the protection of soldiers assaulted": the protectors are not the attackers
    zone = re.sub(r"\b(?:under the protection of|with the (?:support|backing|protection) of|backed by|supported by|escorted by|accompanied by|guarded by)\b[^,;]*?(?=\s+\w+$|$)", " ", zone, flags=re.I)
    arm = list(_ARMED_RX.finditer(zone))
    unarmed = [u for u in _UNARMED_GROUP_RX.finditer(zone) if not _name_part(zone, u)
               and not any(m.start() <= u.start() < m.end() for m in arm)]  # "armed youth" are armed, not a crowd
    if unarmed and _COUNTED_MEN.match(unarmed[-1].group(0)) and _GUNS.search(text[a : cue.end + 80]):
        return "armed"  # a handful of men with guns is an armed gang, not a mob
    if arm and (not unarmed or arm[-1].start() >= unarmed[-1].start()):
        return "armed"
    if unarmed:
        return "unarmed"
    return ""


def _prefix_label(text: str) -> Label | None:
    m = _PREFIX_RX.match(text)
    if not m:
        return None
    sub = _PREFIXES.get(m.group(1).strip().lower())
    if sub is None:
        return None
    return Label(SUB_EVENT_TYPES[sub], sub, 0.95, m.group(1), m.start(1), m.end(1))


_WEAPON_TAKEN = re.compile(r"\b(?:confiscat\w*|seiz\w*|recover\w*|found|discover\w*|defus\w*|intercept\w*|shot down|haul|cache|stash)\b[^.;,]{0,40}$", re.I)
# "weapons and explosives were also recovered": taken, not set off
_WEAPON_TAKEN_AFTER = re.compile(r"(?:,? and [\w ]{0,20}?)?\s+(?:were|was|had been|have been)\s+(?:also\s+)?(?:recovered|seized|found|confiscated|defused|"
                                 r"captured|discovered|impounded)\b", re.I)
_DEVICE_PEOPLE = re.compile(r"[\s-]*(?:planters?|emplacers?|makers?|making|factor(?:y|ies)|cells?|networks?|experts?|facilitators?|suppliers?|smugglers?|traffickers?)\b", re.I)
_WEAPON_TEST = re.compile(r"\s*(?:(?:and )?(?:\w+ )?tests?|launch(?:es)? test|programs?|development|launches)\b", re.I)


def _explosion(text: str) -> tuple[str, _Cue] | None:
    """Highest-ranked remote-violence sub-type present. Grenade is tried before IED (against the
    codebook order) because IED's generic words ("explosion", "blast") also describe grenade attacks."""
    for sub, rx in (
        ("Chemical weapon", _CHEMICAL),
        ("Air/drone strike", _AIR),
        ("Suicide bomb", _SUICIDE),
        ("Shelling/artillery/missile attack", _SHELLING),
        ("Grenade", _GRENADE),
        ("Remote explosive/landmine/IED", _IED),
    ):
        # a suicide bomber is never an accident, even one that went off "accidentally"
        cues = [c for c in _find(rx, text) if sub == "Suicide bomb" or not _near(_DISASTER, text, c, 80, 80)]
        # "in Shell (Pastaza)", "Royal Dutch Shell": capitalised mid-sentence, the word names a place or a company
        cues = [c for c in cues if not (c.text == "Shell" and text[max(0, c.start - 2) : c.start].strip() not in ("", ".", "!", "?", "\u201c", '"'))]
        if sub == "Air/drone strike":  # "the bomber struck inside a restaurant" is a person, not a plane
            people = [m.span() for m in _PERSON_BOMBER_RX.finditer(text)]
            cues = [c for c in cues if not any(a <= c.start < b for a, b in people)]
        # weapons programmes and tests are diplomacy news, not attacks
        cues = [c for c in cues if not _WEAPON_TEST.match(text[c.end : c.end + 30])]
        # "IED planters", "a bomb-making cell": people named by the devices they handle, not an explosion
        cues = [c for c in cues if not _DEVICE_PEOPLE.match(text[c.end : c.end + 30])]
        # "police confiscated weapons and projectiles": weapons taken, not fired
        cues = [c for c in cues if not _WEAPON_TAKEN.search(text[max(_sentence_span(text, c.start)[0], c.start - 50) : c.start])
                and not _WEAPON_TAKEN_AFTER.match(text[c.end : c.end + 40])]
        if cues:
            return sub, cues[0]
    return None


def _in_background(text: str, cue: _Cue) -> bool:
    """Cue inside an election/speech/history sentence ("a vote marred by the detention of protesters")."""
    a, b = _sentence_span(text, cue.start)
    sentence = text[a:b]
    k = cue.start - a
    sentence = sentence[:k] + " " * len(cue.text) + sentence[k + len(cue.text):]  # "burned ballots" is the act itself
    return bool(_NON_EVENT.search(sentence))


_RALLY_SETTING = re.compile(r"\b(?:during|at|after|following|before|ahead of|on the sidelines of|near)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'’()-]+\s+){0,4}$", re.I)
_EARLIER_FIGHT = re.compile(r"\b(?:(?:days|weeks|months|years|a day|a week|a month|a year) (?:after|before)|previous|past|earlier|recent|prior|last (?:week|month|year)['’]?s?)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_ONE_PERSON = re.compile(r"^\W*(?:one of the (?:protesters|demonstrators|marchers|participants)|an? (?:single |lone )?(?:protester|demonstrator|marcher|man|woman|participant))\s+(?:\w+\s+){0,2}$", re.I)
_BACKGROUND_DEMO = re.compile(
    r"(?:\b(?:who|that|which)\s+(?:had\s+|have\s+)?(?:\w+\s+){0,2}|\baccus\w*\s+(?:\w+\s+){0,3}of\s+(?:\w+\s+){0,3}|\bin connection with\s+(?:\w+\s+){0,3}"
    r"|\bfor\s+(?:their\s+|his\s+|her\s+)?(?:participat\w+|taking part|organi[sz]\w+|coordinat\w+|joining|leading|attending|role)\s+(?:in\s+)?(?:\w+\s+){0,3})$",
    re.I,
)


# Said of the crowd itself, also in a relative clause ("cadres, who were demonstrating violently").
# Burning tyres is the crowd's act even when told as the reason police stepped in.
_VIOLENTLY = _rx(r"\b(?:demonstrat|protest|march|rall)\w* violently\b|\b(?:demonstrations?|protests?|rall(?:y|ies)|marches) (?:\w+ ){0,4}turn(?:s|ed)? (?:very |increasingly )?violent\b|\bviolently (?:demonstrat|protest)\w*|\bburn(?:ed|t|ing) (?:\w+ ){0,2}(?:tyres|tires)\b")


def _demonstration(text: str, demo: list[_Cue]) -> Label:
    riot = [c for c in _find(_RIOT, text, grievance=True) + _find(_VIOLENTLY, text) if not _in_background(text, c)]
    riot.sort(key=lambda c: c.start)
    # police putting up barricades or clashing is not the crowd's violence
    riot = [c for c in riot if not (re.match(r"barricad", c.text, re.I) and _STATE_RX.search(text[_sentence_span(text, c.start)[0] : c.start]))]
    riot = [c for c in riot if not (re.match(r"(?:attack|assault|beat|stoned|stabbed|hit)", c.text, re.I) and _perpetrator_side(text, c) == "armed")]
    # clashes told as what came before ("days after a clash"), riots of another year, and one protester's
    # act are not this crowd's violence (Riots need demonstrators engaging in violence)
    riot = [c for c in riot if not _EARLIER_FIGHT.search(text[max(0, c.start - 40) : c.start])
            and not re.match(r"\s+in (?:" + _MONTH + r" )?(?:19|20)\d\d\b", text[c.end : c.end + 20])
            and not _ONE_PERSON.search(text[_sentence_span(text, c.start)[0] : c.start])]
    # protester violence must be done BY the crowd, not by the police to them
    excessive = [c for c in _find(_EXCESSIVE, text, grievance=True) if not _in_background(text, c)]
    intervene = [c for c in _find(_INTERVENE, text, grievance=True) if not _in_background(text, c)]
    if riot:
        return _label("Violent demonstration", 0.8, riot[0])
    if excessive:
        return _label("Excessive force against protesters", 0.75, excessive[0])
    if intervene:
        return _label("Protest with intervention", 0.75, intervene[0])
    return _label("Peaceful protest", 0.85, demo[0])


# What the report's other sentences may add to an incident typed from its own sentences: who the victim
# was ("The victim was a gang member"), that the target fired back, that the crowd turned violent. Each moves
# the label up ACLED's hierarchy to the type both sides' acts make together (codebook §1.2, §1.3, §1.9);
# none creates or erases an event.
_EARLIER = re.compile(r"\b(?:already|earlier|previous(?:ly)?|ago|before|(?:days|weeks|months|years|a day|a week|a month) after|last (?:week|month|year)|in (?:19|20)\d\d)\b", re.I)
_NOT_THE_CROWD = re.compile(r"\briot (?:police|gear|squads?|units?|control|officers)\b|\bhuman (?:barricades?|chains?|shields?)\b", re.I)


# criminals named as such; "unidentified gunmen robbed a radio station" is ACLED's looting
_ROBBERY = _rx(r"\brobbers?\b|\brobber(?:y|ies)\b|\bheists?\b|\bburglar\w*|\bthieves\b|\bthief\b|\bshoplift\w*")
_NO_HARM = _rx(r"\b(?:no(?:body| one)?|none|not)\b[^.;]{0,30}\b(?:injur\w*|hurt|kill\w*|wounded|harmed|casualties|shots)\b[^.;]*")
_CROWD_CLASH = re.compile(r"\b(?:students?|youths?|protesters?|demonstrators?|residents|villagers|supporters|strikers|"
                          r"workers|traders|farmers|fans)\b", re.I)


def _context_upgrade(label: Label, passage: str, context: str) -> str | None:
    sub = label.sub_event_type
    if sub in ("Attack", "Abduction/forced disappearance", "Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"):
        returned = [c for c in _find(_RETURN_FIRE, context) if not _PAST_FIGHTING.search(context[max(0, c.start - 30) : c.start])
                    and not _EARLIER.search(context[slice(*_sentence_span(context, c.start))])]
        if sub in ("Attack", "Abduction/forced disappearance"):
            cue = _Cue(label.cue, label.start, label.end)
            if _victim_side(passage, cue) == "civilian" and not _identity_armed(context):
                return None  # the passage names civilian victims: a later clash is another event
            if _identity_armed(context) or returned:
                return "Armed clash"
        elif returned:
            return "Armed clash"
    if sub in ("Government regains territory", "Non-state actor overtakes territory"):
        unknown = _find(_NO_WORD_ON_FIGHTING, context)  # "It is not known if there was any fighting."
        fighting = [c for c in _find(_CLASH, context) if not any(n.start <= c.start < n.end for n in unknown)]
        if (_find(_NONVIOLENT_TRANSFER, context) or unknown) and not fighting:
            return "Non-violent transfer of territory"  # "No clashes were reported." (codebook §1.2)
    if sub in ("Peaceful protest", "Protest with intervention"):
        for c in _find(_RIOT, context, grievance=True):
            a, b = _sentence_span(context, c.start)
            sentence = context[a:b]
            # "removed the fences between them and the riot police": riot police name the other side, not the cue
            not_crowd = any(m.start() <= c.start - a < m.end() for m in _NOT_THE_CROWD.finditer(sentence))
            if _EARLIER.search(sentence) or not_crowd or _in_background(context, c):
                continue
            if _STATE_RX.search(context[a : c.start]) and not re.search(r"\bbetween\b|\bwith\b", context[a : c.end], re.I):
                continue  # police removing or clashing told from their side is intervention, not the crowd's violence
            return "Violent demonstration"
    return None


# Accidents whose cause the next sentences tell ("Another 22 were injured in the accident", "a furnace at the
# plant exploded"): a passage with no armed actor or weapon of its own is no political violence.
_REMOTE_OR_HARM = ("Attack", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade", "Air/drone strike",
                   "Suicide bomb", "Chemical weapon", "Mob violence", "Looting/property destruction")


def _accident_in_context(label: Label, passage: str, context: str) -> bool:
    if label.sub_event_type not in _REMOTE_OR_HARM:
        return False
    if _POLITICAL_VIOLENCE.search(passage) or _GUNS.search(passage) or _demo_cues(passage):
        return False
    if any(rx.search(passage) for rx in (_CHEMICAL, _AIR, _SUICIDE, _SHELLING, _GRENADE)):
        return False  # "Israel bombed a drone base": the weapon says who did it
    return bool(_DISASTER_STRONG.search(context)) and not _POLITICAL_VIOLENCE.search(context) and not _GUNS.search(context)


# A side's claim that the other used gas, "not confirmed by other sources", is no report of the weapon.
_UNCONFIRMED = re.compile(r"\bclaim(?:ed|s|ing)?\b|\balleg(?:ed|es|ation|ations)\b|\bnot (?:been )?(?:independently )?(?:confirmed|verified)\b|\bunconfirmed\b|\bunverified\b", re.I)


def _context_weapon(label: Label, passage: str, context: str) -> str | None:
    """The report's other sentences may name the weapon of the same explosion: shells that "contained poisonous
    gas", bombers who "blew themselves up". Both rank above the generic type in ACLED's hierarchy (§1.2)."""
    sub = label.sub_event_type
    if sub not in ("Attack", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade"):
        return None
    for target, rx in (("Chemical weapon", _CHEMICAL), ("Suicide bomb", _SUICIDE)):
        cues = [c for c in _find(rx, context) if not _near(_DISASTER, context, c, 80, 80)
                and not _EARLIER.search(context[slice(*_sentence_span(context, c.start))])
                and not _HABITUAL.search(context[slice(*_sentence_span(context, c.start))])  # "subjected to chemical attacks for years"
                and not _UNCONFIRMED.search(context[slice(*_sentence_span(context, c.start))])]
        if not cues:
            continue
        # an attack told with guns or knives is its own incident beside a bombing elsewhere
        if sub == "Attack" and (_GUNS.search(passage) or re.search(r"\bstabb|\bmachete|\bhacked\b", passage, re.I)):
            return None
        return target
    return None


def classify(passage: str, context: str = "") -> Label | None:
    """The single ACLED label for a passage reporting one incident, or None when no in-scope event.

    `context` holds the report's other sentences about the same incident (not typed from on their own):
    they may raise the passage's label up ACLED's hierarchy (a battle, a riot, the weapon of the same
    explosion), and they may show that casualties with no armed actor came from an accident."""
    label = _classify(passage)
    if label is not None and label.sub_event_type in ("Attack", "Looting/property destruction") and _ROBBERY.search(passage) \
            and not _HARM_BODILY.search(_NO_HARM.sub(" ", passage)) \
            and not re.search(r"\b(?:militants?|rebels?|insurgents?|jihadists?|militia\w*|soldiers|troops|party|activists?|protest\w*)\b", passage, re.I):
        return None  # armed robbers who hurt no one: a crime, outside ACLED's scope
    if label is not None and label.sub_event_type == "Armed clash" \
            and _CROWD_CLASH.search(re.sub(r"\b\w+\s+(?:said|say|says|told|reported)\b", " ", passage)) \
            and not re.search(r"(?-i:\b[A-Z]{2,}[a-z]?\b)", passage) \
            and not re.search(r"\b(?:" + _NONSTATE + r"|assailants|attackers|gang\w*|masked|armed|who fired|guns?|rifles?|weapons?|(?:communal|armed|ethnic|militant|rebel|vigilante|self-defen[cs]e|criminal|tribal|clan) groups?)\b", passage, re.I):
        # "a student was shot dead during clashes with security forces": a battle needs an organised armed
        # side; police clashing with students, youths or residents is a riot (codebook §1.3), a violent
        # demonstration where a protest is told, else mob violence (as ACLED codes clashes during raids)
        sub = "Violent demonstration" if _demo_cues(passage) else "Mob violence"
        return Label(SUB_EVENT_TYPES[sub], sub, 0.5, label.cue, label.start, label.end)
    if label is None or not context.strip():
        return label
    if _accident_in_context(label, passage.strip(), context.strip()):
        return None
    up = _context_upgrade(label, passage.strip(), context.strip()) or _context_weapon(label, passage.strip(), context.strip())
    if up is None:
        return label
    return Label(SUB_EVENT_TYPES[up], up, min(label.confidence, 0.55), label.cue, label.start, label.end)


_CONSCRIPTION = _rx(r"\b(?:for|into) (?:forced |compulsory |military )?(?:conscription|military service)\b|\bforcibly (?:conscripted|recruited|enlisted)\b|\bforced (?:conscription|recruitment)\b|\bpress-?ganged\b")
_SUSPECTED_BEHIND = re.compile(r"\s+(?:are|is|were|was) (?:\w+ )?(?:suspected|believed|thought|said|alleged|accused) (?:to (?:be|have been) behind|of (?:being behind|carrying out|staging))\b", re.I)
_PARTICIPATION = re.compile(r"\bfor (?:their |his |her |its )?(?:taking part|participating|participation|involvement|role) in (?:[\w'’-]+ ){0,3}$", re.I)


def _classify(passage: str) -> Label | None:
    text = passage.strip()
    if not text:
        return None
    pre = _prefix_label(text)
    if pre is not None:
        return pre
    if _politics_only(text):
        return None

    # Disasters and accidents: casualty words without any political-violence actor or weapon.
    demo = _demo_cues(text)
    # "expelled diplomats for taking part in rallies": a protest named as the reason for a measure is not reported
    demo = [c for c in demo if not _PARTICIPATION.search(text[max(0, c.start - 60) : c.start])]
    if demo and _work_stoppage_only(text, demo):
        demo = []
    if not demo and _DISASTER_STRONG.search(text) and not _POLITICAL_VIOLENCE.search(text) and not _find(_ROADBLOCK, text):
        return None

    # Weapons found, defused or intercepted before use: Disrupted weapons use (unless something went off).
    disrupt = _find(_DISRUPT, text)
    if disrupt and not demo and not _find(_WENT_OFF, text):
        if re.match(r"(?:shot down|downed)", disrupt[0].text, re.I) and _MANNED_AIRCRAFT.match(text[disrupt[0].end :]):
            # bringing down a crewed aircraft is fighting its crew; intercepting drones and missiles disrupts weapons
            return _label("Armed clash", 0.55, disrupt[0])
        return _label("Disrupted weapons use", 0.6, disrupt[0])
    explosion = _explosion(text)
    clash = _find(_CLASH, text)
    # "a joint operation of three police agencies" against smugglers: an operation with no one hurt, no guns and
    # no armed group is policing, not a battle
    if clash and all(re.search(r"operation", c.text, re.I) for c in clash) \
            and not (_HARM_BODILY.search(text) or _GUNS.search(text) or explosion is not None):
        clash = []
    attack = _find(_ATTACK, text)
    sexual = [c for c in _find(_SEXUAL, text, grievance=True)
              if not re.search(r"\b(?:suspected|alleged|accused|presumed|objecting to|opposing|protesting)\s+(?:the\s+|a\s+|of\s+)?$", text[max(0, c.start - 30) : c.start], re.I)]
    abduct = _find(_ABDUCT, text, grievance=True)
    mob = _find(_MOB, text, grievance=True)
    # "abducted commuters and students and set vehicles ablaze": the crowd noun is the victim, not the mob
    mob = [c for c in mob if not _CROWD_NOUN.match(c.text) or not _OBJECT_OF_VIOLENCE.search(re.split(r"[,;]", text[_sentence_span(text, c.start)[0] : c.start])[-1])]

    # "Police detained two drivers in connection with the murder of an officer": an arrest whose
    # sentence names violence or protest only as its reason is the arrest (Strategic developments).
    arrest = _find(_ARREST, text)
    # men detained or rounded up "for conscription" are taken by force, which ACLED codes as abduction
    conscripted = _find(_CONSCRIPTION, text)
    if conscripted and (arrest or abduct) and not demo:
        return _label("Abduction/forced disappearance", 0.55, conscripted[0])
    arrest_before = text[_sentence_span(text, arrest[0].start)[0] : arrest[0].start] if arrest else ""
    # the police as subject, or a passive arrest ("a deputy was arrested ... for supporting demonstrations")
    passive_arrest = re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", arrest_before, re.I) and not re.search(r"\b(?:who|which|that|whose)\b", arrest_before, re.I)
    if arrest and (_STATE_RX.search(arrest_before) or passive_arrest):
        others = [c for c in demo + clash + attack + abduct + mob + ([explosion[1]] if explosion else [])]
        a, b = _sentence_span(text, arrest[0].start)
        def reason(c: _Cue) -> bool:
            between = text[arrest[0].end : c.start]
            if _CONCURRENT.search(between):
                return False  # "arrested protesters who were blocking the road during a demonstration"
            return bool(_ARREST_REASON.search(between))
        if others and all(a <= c.start < b and c.start > arrest[0].start and reason(c) for c in others):
            return _label("Arrests", 0.55, arrest[0])

    # Attribution / condemnation of an event reported elsewhere is not itself the event.
    first_cue = _first(demo, clash, attack, abduct, [explosion[1]] if explosion else [])
    if first_cue is not None:
        a, _ = _sentence_span(text, first_cue.start)
        # "the army said in a statement it had launched airstrikes": a statement is how news of the act comes
        prefix = re.sub(r"\b(?:said|says|added|announced) in (?:a|an|its|their) (?:\w+ )?statement\b", "said", text[a : first_cue.start])
        dip = _DIPLOMACY.search(prefix)
        if dip and re.match(r"minist", dip.group(0), re.I) and re.search(r"\bsaid\b[^.;]{0,40}\bthat\b", prefix[dip.start() :]):
            dip = None  # "the defence ministry said that militants attacked": a source of the report, not diplomacy
        if (_ATTRIBUTION.search(prefix) or dip) and not demo:
            return None
        # "two bombers are thought to be behind Sunday's explosions": naming who did an attack told before
        if not demo and _SUSPECTED_BEHIND.match(text[first_cue.end : first_cue.end + 60]):
            return None

    # An agreement reported against a background of fighting is still the agreement.
    agree = [c for c in _agreements(text) if not _near(_BROKEN_DEAL, text, c, 60, 60)]
    if agree and not demo:
        a, b = _sentence_span(text, agree[0].start)
        first_violence = _first(clash, attack, [explosion[1]] if explosion else [])
        if a == 0 and (first_violence is None or agree[0].start < first_violence.start):
            return _label("Agreement", 0.55, agree[0])

    # Territory changes: the actor who takes it and whether there was fighting.
    take = _find(_GOV_REGAIN, text) + _find(_TAKE_TERRITORY, text)
    # "fighters who tried to overrun a base": an attempt takes no ground (an attempted riot still is one)
    take = [c for c in take if not re.search(r"\b(?:tried|tries|trying|attempted|attempting|sought|seeking|failed)\s+to\s+(?:\w+\s+)?$",
                                             text[max(0, c.start - 40) : c.start], re.I)]
    take = [
        c for c in take
        if (not _near(_TAKEN_THINGS, text, c, 0, 25) or c.text.endswith("out of"))  # "drove the fighters out of" names who lost it
        and not _near(_rx(r"\b(?:weapons|arms|drugs|ammunition|firearms|pistols|guns|rifles|bullets|rounds|revolvers|cartridges)\b"), text, c, 60, 0)
    ]
    # "a scare that has driven UN staff out of the region": only an armed side driven out of a place loses it
    take = [c for c in take if not re.search(r"out of$", c.text) or _ARMED_RX.search(c.text)
            or re.search(r"\b(?:them|enemy|group|positions?|remnants)\b", c.text, re.I)]
    # "killed a week after the city was liberated": a capture that dates another incident happened on another day
    take = [c for c in take if not _DATING_CLAUSE.search(text[max(_sentence_span(text, c.start)[0], c.start - 80) : c.start])]
    # "83 people were killed by the militants in the town. It was later retaken by the army": a change of hands told
    # after the lead as what followed it is another day's event, the lead is this one
    take = [c for c in take if _sentence_span(text, c.start)[0] == 0
            or not re.search(r"\b(?:later|subsequently|eventually|afterwards)\b", text[_sentence_span(text, c.start)[0] : c.start], re.I)]
    if take and not demo:
        cue = min(take, key=lambda c: c.start)
        nonviolent = _find(_NONVIOLENT_TRANSFER, text) + _find(_NO_WORD_ON_FIGHTING, text)
        fighting = [c for c in clash if not _NEGATION.search(text[max(0, c.start - 30) : c.start])
                    and not any(n.start <= c.start < n.end for n in nonviolent)]  # "unclear whether fighting took place"
        if nonviolent and not fighting:
            return _label("Non-violent transfer of territory", 0.6, nonviolent[0])
        a, _ = _sentence_span(text, cue.start)
        subj = text[max(a, cue.start - 120) : cue.start]
        gov_verb = bool(_GOV_REGAIN.search(cue.text))
        # "a senior officer in the rebel force that took control": a rank inside a non-state group is no state actor
        state = [m for m in _STATE_RX.finditer(subj)
                 if not (re.fullmatch(r"officers?|guards?|commandos?", m.group(0), re.I) and _RANK_IN_GROUP.match(subj[m.end() :]))]
        # "a military source said the insurgents now hold three villages": the actor nearest the verb took it
        nonstate = [m for m in _NONSTATE_RX.finditer(subj)]
        if state and nonstate and not gov_verb and re.search(r"\b(?:said|says|told|reported|announced|confirmed|claimed)\b(?: that)?",
                                                              subj[state[-1].end() : nonstate[-1].start()]):
            state = []
        if state or (gov_verb and not re.search(_NONSTATE, subj, re.I)):
            return _label("Government regains territory", 0.6, cue)
        return _label("Non-state actor overtakes territory", 0.6, cue)

    if not demo:
        # rioting aimed at police or the state is a violent demonstration even without protest words
        riot = _find(_RIOT_AT_STATE, text)
        if riot:
            return _label("Violent demonstration", 0.55, riot[0])
    if demo and (attack or mob):
        # A party rally is where the attack happened, not a demonstration that turned violent: supporters
        # beating a rival at a campaign rally are a mob (codebook: Mob violence is outside a demonstration).
        demo = [c for c in demo if not (re.match(r"rall", c.text, re.I) and _RALLY_SETTING.search(text[max(0, c.start - 50) : c.start]))]
    if demo and attack:
        # "wardens beat inmates who refused food", "beat activists, accusing them of organising the
        # protests": the demonstration is why the victims were attacked, not what happened
        first_attack = attack[0].start
        if first_attack < demo[0].start and all(_BACKGROUND_DEMO.search(text[max(_sentence_span(text, c.start)[0], c.start - 60) : c.start]) for c in demo):
            demo = []
    if demo:
        strong_armed = explosion is not None and explosion[0] != "Remote explosive/landmine/IED"
        demo_first = demo[0].start <= min([c.start for c in clash + attack + abduct] + ([explosion[1].start] if explosion else []) + [10**9])
        if demo_first or not strong_armed:
            return _demonstration(text, demo)

    # Battles vs remote violence: shelling inside a ground battle is one Battles event.
    armed_clash = [c for c in clash if _victim_side(text, c) != "civilian" or re.search(r"clash|exchang|gun|fire ?fight|shoot-?out|fighting|fought|battl|combat|skirmish", c.text, re.I)]
    unarmed_clash = [c for c in armed_clash if re.search(r"clash|fought|fighting", c.text, re.I) and _perpetrator_side(text, c) == "unarmed" and not _near(_ARMED_RX, text, c, 80, 80)]
    armed_clash = [c for c in armed_clash if c not in unarmed_clash]
    mob = mob + unarmed_clash
    if explosion is not None:
        sub, cue = explosion
        # "following the clashes, the military carried out airstrikes": fighting told as what came before is
        # its own event, the strike is this one
        real_battle = [c for c in armed_clash if _BATTLE_WORD.search(c.text) and not _BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])]
        # "as Kenya continues its offensive", "as border clashes entered their seventh day": the war going on
        # around the strike is its setting, not a battle fought in it
        real_battle = [c for c in real_battle if not _ONGOING_AFTER.match(text[c.end : c.end + 40])
                       and not _ONGOING_BEFORE.search(text[max(0, c.start - 40) : c.start])]
        # "died while fighting alongside Kurdish forces when an airstrike hit her convoy": who the victim fought
        # with describes her, the strike is the event
        real_battle = [c for c in real_battle if not _ROLE_FIGHTING.search(text[max(0, c.start - 40) : c.start] + "|" + text[c.start : c.end + 30])]
        # after the strike, only fighting on the ground makes a battle ("a follow-up ground operation", "clashes"):
        # "combat sorties" and "a military operation against X" describe the air campaign itself
        ground_battle = [c for c in real_battle if re.search(r"ground|clash|skirmish|gun|fire ?fight|shoot|fighting|fought", c.text, re.I)]
        if real_battle and sub in ("Shelling/artillery/missile attack", "Air/drone strike") and (
            sub != "Air/drone strike" or real_battle[0].start < cue.start or ground_battle
        ):
            return _label("Armed clash", 0.6, real_battle[0])
        # Remote violence is one side firing from afar; once the sides trade fire, or one side fights the
        # other's armed men on the ground with guns, the higher type wins (codebook §1.2 hierarchy).
        exchange = [c for c in _find(_EXCHANGE, text) if not _PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start])
                    and not _ONGOING_AFTER.match(text[c.end : c.end + 40]) and not _ONGOING_BEFORE.search(text[max(0, c.start - 40) : c.start])]
        if exchange and sub != "Suicide bomb":  # a suicide attack's gunmen belong to the bombing
            return _label("Armed clash", 0.6, exchange[0])
        # A ground assault on armed men with shelling or bombs told apart from it ("militants attacked army
        # units; the army shelled the area in response") is one battle (codebook §1.2: a rebel assault with
        # artillery is one Battles event); "attacked a base with mortars" stays remote violence.
        if sub in ("Shelling/artillery/missile attack", "Air/drone strike"):  # a mine or IED told beside an attack is its own device
            for c in sorted(clash + attack + _find(_GROUND_RAID, text), key=lambda c: c.start):
                if not re.match(r"(?:attack|raid|storm|ambush|assault)", c.text, re.I) or _victim_side(text, c) != "armed":
                    continue
                if _PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start]):
                    continue
                a, b = _sentence_span(text, c.start)
                if not (a <= cue.start < b):
                    return _label("Armed clash", 0.55, c)
        # an attack the target fought off ("the attack was repelled") had two armed sides on the ground
        repelled = [c for c in _find(_REPELLED, text) if not _PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start])]
        if repelled and sub in ("Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"):
            return _label("Armed clash", 0.55, repelled[0])
        ground = _find(_GROUND_FIRE, text)
        sides = {_victim_side(text, c) for c in ground + attack[:3]}
        if ground and "civilian" not in sides and ("armed" in sides or any(_ARMED_TARGET_AFTER.match(text[c.end:]) for c in ground)):
            return _label("Armed clash", 0.6, ground[0])
        return _label(sub, 0.8, cue)

    if sexual:
        return _label("Sexual violence", 0.75, sexual[0])

    real_battle = [c for c in armed_clash if _BATTLE_WORD.search(c.text)]
    # "detained 40 people after the recent clashes": fighting told as what came before is not this event
    real_battle = [c for c in real_battle if not _BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])]
    if attack and real_battle:
        # "detained 40 people after the recent clashes", "a joint raid ... shot those who ran":
        # fighting told as background, or an operation whose only victims are civilians, is not the battle
        civ_victims = any(_victim_side(text, c) == "civilian" for c in attack[:4])
        real_battle = [c for c in real_battle if not _BACKGROUND_FIGHT.search(text[max(0, c.start - 40) : c.start])
                       and not (civ_victims and _NOMINAL_BATTLE.match(c.text))]
    # an ambush or raid whose victims are civilians is a one-sided attack
    civil_hits = [c for c in clash if c not in armed_clash and c not in unarmed_clash]
    one_sided = sorted([c for c in armed_clash if not _BATTLE_WORD.search(c.text)] + attack + civil_hits, key=lambda c: c.start)
    # Barricades and burning tyres are a crowd blocking roads in protest (codebook: Violent demonstration),
    # not mob violence, unless the crowd turns on people or arms are involved.
    roadblock = [c for c in _find(_ROADBLOCK, text) if not _in_background(text, c)
                 and not _STATE_RX.search(text[_sentence_span(text, c.start)[0]:c.start])]
    if roadblock and not _LYNCH.search(text) and not _GUNS.search(text) and not real_battle:
        return _label("Violent demonstration", 0.6, roadblock[0])
    if mob:
        first = _first(real_battle, one_sided, mob)
        perp = _perpetrator_side(text, first) if first is not None else ""
        if first in real_battle and _near(_ARMED_RX, text, first, 0, 80):
            perp = "armed"  # "fighting broke out between two militias": the sides are named after the verb
        if first in mob or perp != "armed":
            m0 = mob[0]
            # "a mob of herders" names a crowd whatever its members are called
            if re.match(r"(?:mobs?|lynch)", m0.text, re.I) or not _near(_rx(r"\b(?:" + _NONSTATE + r")\b"), text, m0, 80, 40):
                return _label("Mob violence", 0.65, m0)
    if real_battle:
        c0 = real_battle[0]
        a, b = _sentence_span(text, c0.start)
        sent = text[a:b]
        armed_side = re.search(r"\b(?:" + _NONSTATE + r")\b|\barmed\b|\bsoldiers\b|\btroops\b|\bmilitary\b|\barmy\b|\bforces\b", sent, re.I)
        armed_anywhere = _ARMS_WORDS.search(text)
        named_sides = _NAMED_SIDES.search(sent) and not _UNARMED_GROUP_RX.search(sent)
        # police or soldiers clashing with residents, relatives or migrants, with no armed group and no
        # guns anywhere: the unarmed side makes it a riot (codebook §1.3: rioters clashing with state forces)
        civil_party = (re.match(r"(?:clash|scuffl|skirmish)", c0.text, re.I) and _STATE_RX.search(sent)
                       and [u for u in _UNARMED_GROUP_RX.finditer(sent) if not _name_part(sent, u)]
                       and not _NONSTATE_RX.search(text) and not _GUNS.search(text) and not _explosion(text))
        if civil_party or re.search(r"\brioters?\b", sent, re.I) or (not armed_side and not armed_anywhere and not named_sides and (_UNARMED_GROUP_RX.search(sent) or re.search(r"^(?:clash|fought|fighting)", c0.text, re.I))):
            # clashes with no armed organisation on either side are riots (codebook: Mob violence)
            return _label("Mob violence", 0.5, c0)
        return _label("Armed clash", 0.7, c0)
    # "a pirate attack in which 13 crew were abducted", "gunmen attacked the staff quarters, abducting a woman":
    # an attack whose only harm is the taking of people is an abduction
    if abduct and attack and all(re.fullmatch(r"attack(?:s|ed|ing)?", c.text, re.I) for c in attack) \
            and not _HARM_BODILY.search(text) and _victim_side(text, abduct[0]) != "armed" and not _identity_armed(text):
        return _label("Abduction/forced disappearance", 0.6, abduct[0])
    if abduct and attack and abduct[0].start < attack[0].start and not re.search(r"kill|dead|murder|body|bodies|execut|behead|died", " ".join(c.text for c in attack), re.I) \
            and _victim_side(text, abduct[0]) != "armed":
        return _label("Abduction/forced disappearance", 0.65, abduct[0])
    one_sided = [c for c in one_sided if not _is_grievance(text, c.start)] or []
    if one_sided:
        a0 = one_sided[0]
        perp = _perpetrator_side(text, a0)
        # "party cadres murdered a rival cadre": a planned killing is an attack by whoever does it, not a crowd's disorder
        planned = re.match(r"(?:murder|assassinat|execut|behead|gunned down|shot dead)", a0.text, re.I) and not _MOB.search(text)
        if perp == "unarmed" and not _FOUND_BODY.match(a0.text) and not planned:  # "locals found a body": finders, not killers
            return _label("Mob violence", 0.5, a0)
        if _STONE_THROWERS.search(text):
            # force used on people who were throwing stones is part of their riot (codebook §1.3: Riots)
            return _label("Mob violence", 0.5, a0)
        seized = [c for c in abduct[:2] + arrest[:2] if re.match(r"(?:abduct|kidnap|detain|arrest|captur)\w*$", c.text, re.I)]
        victim = next((v for v in (_victim_side(text, c) for c in one_sided[:4] + seized) if v), "")
        if _identity_armed(text):
            victim = "armed"
        if victim == "armed":
            return _label("Armed clash", 0.6, a0)
        # the target shot back or fought the attack off: two armed sides, which is a battle (codebook §1.2)
        returned = [c for c in _find(_RETURN_FIRE, text) + _find(_REPELLED, text) if not _PAST_FIGHTING.search(text[max(0, c.start - 30) : c.start])]
        if returned and victim != "civilian":
            return _label("Armed clash", 0.55, returned[0])
        # "12 people were killed on both sides": dead on two sides make a battle whoever the first victims were
        both = _find(_BOTH_SIDES, text)
        if both:
            return _label("Armed clash", 0.55, both[0])
        # "xenophobic attacks in which shops were looted": the noun "attack" names the destruction of property when
        # no one is said to be hurt (codebook §1.2: Looting/property destruction)
        if all(re.fullmatch(r"attacks?", c.text, re.I) for c in one_sided) and not _HARM.search(text):
            loot = [c for c in _find(_LOOT, text) if not _near(_DISASTER, text, c, 80, 80)]
            if loot:
                return _label("Looting/property destruction", 0.5, loot[0])
        return _label("Attack", 0.65, a0)

    if abduct:
        # only a verb has its victim after it ("abducted two policemen"); "residential surveillance ... under
        # the order of the police station" names the custodian
        verb = re.match(r"(?:abduct|kidnap)", abduct[0].text, re.I)
        if (verb and _victim_side(text, abduct[0]) == "armed") or _identity_armed(text):
            # seizing the other side's policemen or fighters is combat between armed groups, not violence
            # against civilians, which needs unarmed victims
            return _label("Armed clash", 0.55, abduct[0])
        return _label("Abduction/forced disappearance", 0.7, abduct[0])

    # Strategic developments, hierarchy order.
    for sub, rx, conf in (
        ("Agreement", _AGREE, 0.55),
        ("Non-violent transfer of territory", _NONVIOLENT_TRANSFER, 0.5),
        ("Arrests", _ARREST, 0.6),
        ("Disrupted weapons use", _DISRUPT, 0.6),
        ("Headquarters or base established", _HQ, 0.55),
        ("Looting/property destruction", _LOOT, 0.55),
        ("Change to group/activity", _CHANGE, 0.45),
        ("Other", _OTHER, 0.4),
    ):
        # "amid ceasefire violations", "the truce collapsed": a broken deal is no agreement
        cues = [c for c in _agreements(text) if not _near(_BROKEN_DEAL, text, c, 60, 60)] if sub == "Agreement" else _find(rx, text)
        if sub in ("Looting/property destruction",):
            cues = [c for c in cues if not _near(_DISASTER, text, c, 80, 80)]
        if sub in ("Arrests", "Looting/property destruction", "Other") and cues and _CRIME_ONLY.search(text) and not _POLITICAL_ACTOR.search(text):
            continue  # ordinary crime and its policing are out of ACLED's scope
        if sub == "Arrests" and cues:
            # "Two men set fire to a house. They were arrested hours later.": the arrest answers an act told
            # before it, which is the event (codebook §1.9: the arrest has other actors, another day)
            loot = [c for c in _find(_LOOT, text) if not _near(_DISASTER, text, c, 80, 80)]
            if loot and _sentence_span(text, loot[0].start)[1] <= cues[0].start:
                continue
            a, _ = _sentence_span(text, cues[0].start)
            agent = text[max(a, cues[0].start - 100) : cues[0].start]
            by = re.match(r"\s+by\s+([^,.;()]{1,40})", text[cues[0].end : cues[0].end + 60])
            if by and _AUX_BEFORE.search(agent):
                agent = by.group(1)  # "was arrested by the rebels": the agent follows a passive
            if _NONSTATE_RX.search(agent) and not _STATE_RX.search(agent):
                # detention by a non-state armed group is an abduction in ACLED's terms
                return _label("Abduction/forced disappearance", 0.5, cues[0])
        if cues and sub == "Looting/property destruction" and re.match(r"(?:destroy|damag|blew up)", cues[0].text, re.I) \
                and _victim_side(text, cues[0]) == "armed":
            # "destroyed a column of the enemy's forces": wrecking the other side's men and machines is combat
            return _label("Armed clash", 0.5, cues[0])
        if cues:
            perp = _perpetrator_side(text, cues[0]) if sub == "Looting/property destruction" else ""
            if not perp and re.search(r"\ba group\s+(?:\w+\s+){0,2}$", text[_sentence_span(text, cues[0].start)[0] : cues[0].start], re.I):
                perp = "unarmed"  # "a group burnt down two settlements": a band named by nothing armed is a crowd
            if sub == "Looting/property destruction" and perp == "unarmed" \
                    and not re.match(r"(?:loot|plunder|stole|stolen|robbed|rustl|confiscat|extort|seiz)", cues[0].text, re.I):
                # a crowd or a group of residents burning or wrecking property is a mob (codebook §1.3); taking
                # goods stays looting
                return _label("Mob violence", 0.5, cues[0])
            return _label(sub, conf, cues[0])
    return None


# --- sentence gate -------------------------------------------------------------------------------
# A sentence reports an event when an event cue is used predicatively (something happened), not as a
# noun in background ("the marches were the newest of many", "detention of peaceful protesters").
_EVENT_PREDICATE = _rx(
    r"\b\w{3,}ed\b|\b(?:took|held|fought|shot|threw|thrown|hit|set|began|broke|struck|blew|stole|stolen|fled|led|went|ran|drove|overran|overrun|gave|made|came|fell|left|sent|burnt|beat|beaten|taken|seen|won|lost|met|hurt|bit|cut|dug|stood|sat|spread|kept|hid|hidden)\b",
    r"\b(?:is|are|was|were|have been|has been|had been) \w+ing\b|\b(?:protesters|demonstrators|activists|students|workers|people|residents|supporters|thousands|hundreds|dozens) (?:\w+ ){0,2}(?:march|rally|protest|gather|demonstrate|strike|picket|clash)\b",
)
# Background frames: "The marches were the newest of many ...", "Such attacks are common ..."
_BACKGROUND_FRAME = _rx(
    r"^\W*(?:the|these|those|such|similar|previous|earlier|past) (?:\w+ ){0,2}(?:protests?|rallies|demonstrations?|marches|clashes|attacks?|strikes?|killings?|arrests?|bombings?)\s+(?:were|was|are|is|have been|has been|had been) (?:the|a|an|part|among|one|seen|considered|latest|largest|biggest|first|common|frequent|rare|widely)\b",
)
_STRONG_EVENT = _rx(
    r"\b(?:protested|demonstrated|rallied|marched|picketed|took to the streets|went on strike)\b|\b(?:activists|protesters|demonstrators|students|workers) (?:\w+ ){0,2}(?:march|rally|protest)\b|\bprotests? (?:were|was) held\b",
    r"\b(?:killed|attacked|shot|clashed|stormed|bombed|shelled|abducted|kidnapped|torched|looted|ambushed|exploded|detonated|lynched|beat|hacked|stabbed)\b",
)
_NON_EVENT = _rx(
    r"\bin the face of\b|\b(?:direct )?elections? (?:for|of) (?:governors|mayors|president|parliament)\b|\bstarting next (?:year|month|week)\b",
    r"\b(?:won|win|wins) (?:the )?(?:\w+ )?(?:election|vote|presidency|seat)\b|\bwon (?:\w+ ){0,2}(?:election|vote)\b|\bin a vote\b|\belected\b|\bballots?\b|\bpolling\b|\bre-?election\b|\bvoters?\b|\binaugurat\w*|\bsworn in\b",
    r"\baddress(?:ed|ing)? (?:the nation|parliament|a joint session|lawmakers)\b|\bspeech\b|\bin an address\b|\bresign(?:ed|ation)\b|\bstepped down\b|\bstep down\b",
    r"\bamended\b|\bconstitution (?:was )?(?:adopted|amended)\b|\bsince (?:19|20)\d\d\b",
)


# One cheap union of trigger stems, so that most sentences of a long article are dismissed with a
# single regex search before the full rule set runs.
_ANY_TRIGGER = _rx(
    r"molotov|petrol[- ]bomb|protest|demonstrat|rall(?:y|ied|ies)|march|strik|sit-?in|picket|vigil|riot|mob|lynch|pelt|stoned|barricad|clash|fight|fought|battl|attack|kill|shot|shoot|gun|fire|bomb|shell|artiller|mortar|rocket|missile|air ?raid|drone|explo|blast|grenade|mine|IED|abduct|kidnap|hostage|rap(?:e|ed|ing)\b|sexual|arrest|detain|custody|loot|burn|torch|destroy|seiz|captur|control|defus|weapon|ammunition|agree|cease-?fire|truce|deploy|withdr|base\b|outpost|post\b|gathered|block|dispers|tear ?gas|injur|wound|dead|died|bod(?:y|ies)|assault|beat|stab|murder|execut|behead|ambush|raid|offensive|displac|refugee|surrender|recruit|liberat|took over|overr[au]n|stormed|vandal|set ablaze|hacked|lathi|baton|plane|jet|aircraft|helicopter|operation|chemical|sarin|chlorine|nerve|crowd|motorcade|procession|convoy|patrol|curfew|militant|rebel|insurg|troop|soldier|forces|police|gunmen|exchang|struck|hit\b|target|looted|steal|stole|rob|thwart|foil|intercept|agreement|deal\b|sign|swap|releas|occup|walk|sat\b|stood|closed|cut\b|shut"
)


# --- full-length news: does the sentence REPORT an incident, or only mention one? --------------------
# Analytical articles name events in every sentence ("the war", "the attack on Douma", "chemical
# weapons") without reporting one. A report of an incident has a finite past-tense predicate of an
# ACLED activity, asserted by the reporter: not planned, habitual, pluperfect background, inside a
# relative clause about someone, inside a quotation, or a claim under dispute.
_INCIDENT_VERB = _rx(
    # violence, by its past-tense verb
    r"(?<![-‐])\b(?!hit (?:back|out)\b|killed off\b)(?:killed|attacked|struck|hit|shelled|bombed|bombarded|pounded|targeted|clashed|fought|exploded|detonated"
    r"|went off|blew up|ripped through|ambushed|raided|shot|gunned down|wounded|injured|destroyed|demolished|burned|burnt|torched|looted|ransacked"
    r"|executed|beheaded|massacred|murdered|assassinated|slain|razed|set fire|set ablaze|stabbed|beat|beaten|assaulted|lynched|hanged|tortured|raped|opened fire|hacked"
    r"|hurled|threw|thrown|triggered|occurred|erupted|broke out|raged|took place|carried out|damaged|infiltrated|repelled|repulsed|engaged"
    r"|foiled|thwarted|fended off|intercepted|downed|defused|dismantled|confiscated|besieged|encircled|suppressed|cracked down|rioted|vandali[sz]ed"
    r"|turned violent|lost their lives|mutinied|took \w+ hostage|pelted|stoned|barricaded|intervened"
    r"|(?:built|erected|put up|set up|mounted) (?:\w+ ){0,2}barricades|abducted|kidnapped|arrested|detained|rounded up|jailed|released|freed"
    r"|exchanged|swapped|evacuated|handed over|surrendered|defected|deployed|dropped|resorted to"
    r"|baton-charged|lathi-charged|lathicharged|cane-charged|tear-?gassed|dispersed|took (?:[\w-]+ ){0,4}into (?:custody|detention))\b|\bgang-raped\b"
    # "marches were also held in Marseille": a protest reported in the passive
    r"|\b(?:were|was)\s+(?:also\s+)?(?:held|staged)\b(?!\s+(?:hostage|captive|responsible|back|up|in (?:custody|detention|prison|jail)))"
    # "police fired water cannon", not "the company fired 200 workers"
    r"|\bfired (?:\w+ ){0,2}?(?:water[- ]?cannons?|tear[- ]?gas|teargas|rubber bullets|pellets|shots|warning shots|rockets?|missiles?|"
    r"mortars?|shells|live (?:rounds|ammunition|bullets)|bullets|stun grenades|at|on|into|towards)\b"
    r"|\bthere (?:was|were|have been|has been) (?:\w+ ){0,3}(?:clash(?:es)?|fighting|explosions?|attacks?|protests?|demonstrations?|shooting|gunfire|riots?|exchanges? of fire)\b"
    # "an armed clash was reported between X and Y": the report of an incident told in the passive
    r"|(?:" + "|".join(f"(?<={w} )" for w in ("clash", "clashes", "fighting", "explosion", "explosions", "blast", "shooting", "gunfire", "shootout", "firefight"))
    + r")(?:was|were|has been|have been) reported (?=between|in|near|at|on|along|around|close to)",
    r"\b(?:fired (?:[\w,-]+ ){0,6}(?:at|on|into|towards|against|shells?|rockets?|missiles?|mortars?|bullets|shots|rounds|tear ?gas|live ammunition)"
    r"|launched (?:\w+ ){0,4}(?:attacks?|offensive|strikes?|airstrikes?|raids?|assault|operations?|missiles?|rockets?|drones?|incursion|invasion|counter-?offensive)"
    r"|conducted (?:[\w-]+ ){0,3}(?:air ?raids?|air ?strikes?|strikes?|attacks?|operations?|raids?|shelling|bombardments?|assaults?)"
    r"|mounted (?:\w+ ){0,3}(?:attacks?|offensive|raids?|assault|campaign)|committed (?:\w+ ){0,3}(?:rapes?|massacres?|atrocities|abuses|attacks?|killings?)"
    r"|came under (?:\w+ ){0,4}(?:attack|fire|shelling|bombardment|assault)|set (?:\w+ ){0,3}(?:on fire|ablaze|alight)"
    r"|used (?:[\w-]+ ){0,4}(?:tear ?gas|water ?cannons?|rubber bullets|live (?:ammunition|rounds)|force|grenades|batons|pepper spray)"
    r"|died (?:\w+ ){0,4}(?:in|from|of|after|during|when|under) (?:\w+ ){0,4}(?:attacks?|strikes?|airstrikes?|explosions?|blasts?|shelling|fighting"
    r"|clash(?:es)?|bombardment|bombing|raids?|wounds|injuries|gunfire|torture|custody|ambush|crossfire|missile|rocket|mortar|mine|IED|position was)"
    r"|left (?:\w+ ){0,5}(?:dead|injured|wounded)|(?:were|was|have been|has been) (?:\w+ )?(?:found|discovered|recovered|unearthed)"
    r"|discovered (?:\w+ ){0,6}(?:arms|weapons|explosives?|ammunition|caches?|mass graves?|bod(?:y|ies)|IEDs?|bombs?|mines))\b",
    # a later clause of the same report: "..., killing three"
    r",\s*(?:killing|wounding|injuring|leaving|dispersing|blocking|clashing|capturing|seizing|destroying|burning|firing|forcing|chanting)\b",
    # territory and bases
    r"\b(?:seized|captured|took (?:full |complete |partial )?control|took over|overran|overrun|recaptured|retook|retaken|regained|liberated|entered"
    r"|stormed|withdrew|pulled out|retreated|occupied|pushed (?:\w+ ){0,2}into|advanced (?:\w+ ){0,2}(?:on|into|towards|to|against)"
    r"|(?:gained|wrested|seized|assumed|regained) (?:full |total )?control|recovered (?:\w+ ){0,3}(?:regions?|areas?|territory|towns?|villages?|control)"
    r"|(?:set up|established|built) (?:\w+ ){0,3}(?:control|bases?|checkpoints?|camps?|posts?|positions|headquarters|outposts?)"
    r"|(?:has|have) been (?:set up|formed|established))\b",
    # agreements, only with what was agreed
    r"\b(?:signed (?:\w+ ){0,3}(?:deal|agreement|accord|ceasefire|cease-fire|truce|pact|memorandum|peace)"
    r"|agreed (?:on |to )?(?:[\w-]+ ){0,2}(?:ceasefire|cease-fire|truce|exchange|swap|withdraw\w*|evacuat\w*|surrender|hand over|release|lay down)"
    r"|(?:declared|announced) (?:[\w-]+ ){0,3}(?:ceasefire|cease-fire|truce))\b",
    # demonstrations
    r"\b(?:protested|marched|rallied|demonstrated|gathered|took part in|picketed|chanted|blocked|dispersed|staged|displayed|defied|went on strike|sat in"
    r"|took to the streets?|poured into the streets|turned out|walked the streets|surrounded|converged (?:on|upon)|descended on|massed"
    r"|(?:filled|flooded|packed) (?:the )?(?:\w+ )?(?:streets?|squares?|plazas?)|walked out"
    r"|(?:held|staged|organi[sz]ed|led) (?:\w+ ){0,3}(?:protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|strikes?|sit-ins?|vigils?|pickets?)"
    r"|(?:is|are|was|were) (?:leading|holding|staging|protesting|marching|rallying|demonstrating|picketing|clashing|fighting (?:with|against))"
    r"|(?:protests?|rall(?:y|ies)|demonstrations?|march(?:es)?|strikes?|sit-ins?|vigils?) (?:was|were) held)\b",
)
# Verbs that need an object when active: bare "killed in ..." after a noun is a participle
# ("a volunteer killed in the fighting"), not a report.
_TRANSITIVE = re.compile(
    r"^(?:killed|attacked|raided|ambushed|stormed|struck|hit|shelled|bombed|bombarded|targeted|seized|captured|overrun|recaptured|retaken|liberated|arrested|detained|abducted"
    r"|kidnapped|shot|wounded|injured|destroyed|demolished|burned|burnt|torched|looted|released|freed|evacuated|besieged|encircled"
    r"|executed|beheaded|massacred|tortured|raped|beaten|confiscated|occupied|dropped|deployed|gunned down)$",
    re.I,
)
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|get|gets|has|have|had)\s+(?:\w+\s+){0,2}$", re.I)
_PARTICIPLE_NEXT = re.compile(r"^\s*(?:in|by|while|during|near|as|for|fighting|volunteering|trying|serving|working|documenting|reporting|defending|from|with|and|or|because|over|under|inside|not|past|[,.;:)\"”’—–-]|$)", re.I)
# Background tense, modality and subordination, judged on the words just before the verb.
_NOT_ASSERTED = re.compile(
    r"(?:\b(?:had|'d|’d|would(?!-be)|could|might|should|must|will|shall|(?-i:may)|can|to|used to|whether|if|unless|once|ever|being|having)\s+(?:\w+\s+){0,2}"
    r"|\b(?:a|an|the|its|their|his|her|our|of|for|one|some|many|several|newly|most|more|less|very|so|too|in|into|on|from|with|against)\s+(?:now\s+)?)$"
    r"|\b(?:is|are|am)\s+(?:\w+ly\s+)?$|^\W*$",  # present simple is generic; a sentence-initial participle hangs on another clause
    re.I,
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\s+(?:\w+\s+){0,3}$|\bthat (?:had|has|have)\s+(?:\w+\s+){0,2}$|^\s*where\b", re.I)
# Claims under dispute and reported assessments: the reporter does not assert the event.
_CONTESTED = re.compile(
    r"\b(?:claim(?:ed|s|ing)?(?! to have| responsibility)|alleg(?:es|ing|ed that)|deni(?:ed|es)|accus(?:ed|es|ing)|insist(?:ed|s)|suggest(?:ed|s)|speculat\w+|believ(?:ed|es)"
    r"|think|thinks|argu(?:ed|es)|appear(?:s|ed)? (?:that|to)|seem(?:s|ed)? (?:that|to)|maintain(?:ed|s)|hint(?:ed|s)|fear(?:ed|s)? that|suspect(?:ed|s)? that|purportedly|as saying|assess(?:ed|ment)"
    r"|conclud(?:ed|es)|determin(?:ed|es)|found that|showed that|show that|evidence that)\b",
    re.I,
)
# Sentence-level frames of background: habit, long duration, history dated by year alone.
_HABITUAL = re.compile(
    r"\b(?:often|usually|routinely|regularly|frequently|typically|generally|sometimes|always|repeatedly|every time|whenever|time and again"
    r"|tend(?:s|ed)? to|(?<!was )(?<!were )(?<!been )(?<!be )used to|all too often|(?:has|have|had) long|last year|earlier this year|(?:\w+ )?(?:years|decades) ago|a year ago|the majority of"
    r"|(?:are|is|were|was|remain|remains) (?:\w+ )?(?:common|rare|frequent|widespread|commonplace|routine)|increasingly|for years|for decades|for months|for so long|(?:years|decades|months)-long"
    r"|(?:for|over|in) the (?:past|last) (?:\w+ ){0,2}(?:years|decades|months)|in recent (?:years|months)|throughout the (?:war|conflict|uprising|revolution)"
    r"|since the (?:start|beginning|outbreak|onset) of|at the (?:start|beginning|height|outset) of the (?:war|conflict|uprising|revolution)"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen)-year (?:civil )?(?:war|conflict|insurgency|siege|campaign|uprising))\b",
    re.I,
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR_ONLY = re.compile(
    r"\b(?i:in|since|by|during|until|from|of|a|an|the) (?:(?i:early|late|mid-?)\s*)?(?:" + _MONTH + r" )?(?:19|20)\d\d\b(?! \w+ \d)")
# Courts, inquests and trials retell an incident as evidence; the proceedings are not ACLED events.
_LEGAL = re.compile(
    r"\b(?:trial|tribunal|inquest|coroner|jury|convicted|acquitted|sentenced|pleaded|testified|verdict|pathologist|indictment|indicted"
    # "prosecutors said" alone is how crime news is sourced; told to a court, it is a trial
    r"|court (?:heard|was told|ruled|found)|prosecutors? (?:alleged|argued|told (?:the )?(?:court|jury|judges?))"
    r"|(?:filed|registered|lodged|opened) (?:a |an )?(?:\w+ )?(?:case|complaint|FIR|first information report|charge ?sheet)s?)\b",
    re.I,
)
_DAY = re.compile(
    r"\b(?i:on|last|this|early|late|since|from|until|around|between) (?:\w+ )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week)\b"
    r"|\b(?i:yesterday|today|tonight|overnight)\b|\b\d{1,2} " + _MONTH + r"\b|\b" + _MONTH + r" \d{1,2}\b",
)
# A report, study or piece of footage as the subject: what it says is an assessment, not a new incident.
_DOCUMENT_SUBJECT = re.compile(
    r"^\W*(?:(?:a|an|the|its|their|his|her|this|that|one|new|another|latest|recent)\s+)*(?:[\w’'-]+\s+){0,3}?"
    r"(?:reports?|study|studies|survey|analysis|findings|investigation|inquiry|assessment|figures|data|statistics|estimates?|review|research"
    r"|book|film|documentary|footage|images?|photos?|photographs?|documents?|letter|dossier|leaks?|memo|cables?)\b",
    re.I,
)

# "March for Our Lives" is a name and "Jalandhar-I" or "Barrio I" a place: only a speaking "I" counts
# nor does the numeral of a place ("the Imi I area", "Sector I camp")
_FIRST_PERSON = re.compile(r"(?<![-‐])\bI(?:['’](?:ve|m|d|ll))?\s+(?!(?:area|sector|district|zone|village|colony|phase|block|ward|settlement|neighbou?rhood|township|camp|section|stage|extension|quarter|locality|estate)\b)[a-z]|\b(?:we|my|our|us|me)\b|^\W*(?:We|My|Our)\b")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# The outlet naming its own sourcing ("according to testimonies gathered by our researchers", "told our
# correspondent", "told us"): the report speaks, not a witness
_OUR_SOURCES = re.compile(r"\b(?:according to|gathered by|collected by|obtained by|seen by|verified by|reviewed by|told|said to|"
                          r"interviewed by|spoke to|speaking to)\s+(?:\w+\s+){0,3}?(?:us|our (?:researchers?|correspondents?|reporters?|"
                          r"team|staff|investigators?|monitors?|sources?|partners?))\b")

_KIN_SUBJECT = re.compile(
    r"^\W*(?:his|her|their)\s+(?:\w+\s+)?(?:husband|wife|son|daughter|father|mother|brother|sister|parents|children|family|friend|cousin|uncle|aunt|fianc\w*)s?\b",
    re.I,
)
# A running toll counts the dead of a whole campaign, not of one day's incident: "at least 80 villagers
# have died since the siege started", "300 were lost as the front moved".
_CUMULATIVE = re.compile(
    r"\b(?:ha(?:ve|s) (?:\w+ )?(?:been killed|died|been wounded|been injured|lost their lives|perished)|death toll (?:has|have) (?:risen|climbed|reached))\b"
    r"[^.;]{0,160}?\b(?:since|so far|to date|in total|altogether|as (?:[\w’'-]+ ){1,6}(?:ha(?:ve|s) |had )?(?:advanced|continued|pushed|pressed)|during the (?:war|conflict|campaign|offensive|siege))\b",
    re.I,
)
# Aims, strategies and trends describe a conflict, they report no incident ("the goal of their campaign
# is to crush ...", "the region has seen violence rise").
_ANALYSIS = re.compile(
    r"\b(?:aims?|goals?|objectives?|strategy|strategies|plans?|mission|purpose|ambitions?|intentions?|priority|task) (?:is|are|was|were|has been|remains?) (?:to|the|that|a|an)\b"
    r"|\b(?:ha(?:s|ve)|had) (?:\w+ )?seen (?:an? |the )?(?:\w+ )?(?:increase|rise|surge|spike|upsurge|escalation|wave|uptick|decline|drop)\b",
    re.I,
)
# A person's own story ("X was present when the market was bombed", "she witnessed the raids") is
# biography and testimony: the incident, if news, is reported in its own sentence.
_WITNESS = re.compile(
    r"\b(?:was|were) (?:present|there|nearby|inside|at home|living \w+) when\b|\b(?:witnessed|lived through)\b",
    re.I,
)
_ASIDE = re.compile(r",\s*(?:which|who|whom|whose|where)\b[^,;]*|\b(?:that|which|who) (?:has|have|had|was|were)\b[^,;]*", re.I)
# A protest's grievance is background by nature ("protested against fuel prices that have risen for years").
_GRIEVANCE_TAIL = re.compile(r"\b(?:" + _PURPOSE + r"|against|over)\b.*$", re.I)

_FINDING = re.compile(
    r"\b(?:found|finds|showed|shows|concluded|concludes|documented|documents|suggested|suggests|estimated|estimates|revealed|reveals"
    r"|indicated|indicates|highlighted|highlights|described|describes|detailed|details|recorded|records|counted|captured|captures|illustrated"
    r"|illustrates|reflected|reflects|symboli[sz]ed|symboli[sz]es)\b",
    re.I,
)


def _in_quotation(text: str, pos: int) -> bool:
    before, after = text[:pos], text[pos:]
    if before.count("“") > before.count("”") or after.count("”") > after.count("“"):
        return True  # inside a quotation, or the tail of one opened in an earlier sentence
    return before.count('"') % 2 == 1


# "officials said Ukrainian drones had struck a depot": reported speech shifts the past into the pluperfect,
# and the report it carries is as asserted as "officials said drones struck"
# ... but "said troops had been deployed" reports a measure, not an incident
_MEASURE_VERB = re.compile(r"(?:deployed|evacuated|released|freed|handed over|exchanged|swapped|surrendered|defected|dropped|"
                           r"resorted to|intervened|engaged|dispersed)\b", re.I)
_BACKSHIFTED = re.compile(r"\b(?:said|told \w+(?: \w+)?|reported|confirmed|announced|added|stated)(?: that)?\s+[^,;:()“”\"]{3,80}?\b(?:had|'d|’d)\s+(?:been\s+)?$", re.I)


def _asserted(sentence: str, start: int) -> bool:
    """Is the verb at `start` asserted by the reporter as having happened?"""
    before = sentence[max(0, start - 60) : start]
    # "announced a strike and protested": a past verb coordinated after a plan reports its own act
    coordinated = re.search(r"\band\s+$", before) and re.match(r"\w+ed\b", sentence[start:]) and not _NEGATION.search(before)
    backshifted = _BACKSHIFTED.search(sentence[max(0, start - 140) : start]) and not _MEASURE_VERB.match(sentence[start:])
    if (_NOT_ASSERTED.search(before) and not backshifted) \
            or _NEGATION.search(before) or (_MODAL.search(before) and not coordinated):
        return False
    if _in_quotation(sentence, start):
        return False
    clause = re.split(r"[,;:()–—]", sentence[:start])[-1]
    if _RELATIVE.search(clause):
        return False  # background about someone or something
    return not _CONTESTED.search(sentence[:start])


def _asserted_incident(sentence: str) -> _Cue | None:
    """The first finite past-tense incident predicate the reporter asserts, if any."""
    for m in _INCIDENT_VERB.finditer(sentence):
        # "There were clashes ...": an existential opening is the report itself, not a hanging participle
        existential = (re.match(r"there\b", m.group(0), re.I) and not sentence[: m.start()].strip(" \"'“‘")
                       and not re.search(r"\b(?:no|not|never|fears?|reports?|concerns?|calls?|plans?|threats?|rumou?rs?|claims?|warnings?|that|any|signs?|hopes?|risks?|talks?)\b", m.group(0), re.I))
        if not existential and not _asserted(sentence, m.start()):
            continue
        word = m.group(0).lower()
        before = sentence[max(0, m.start() - 60) : m.start()]
        if _TRANSITIVE.match(word) and not _AUX_BEFORE.search(before) and _PARTICIPLE_NEXT.match(sentence[m.end() :]):
            continue  # "a volunteer killed in the fighting"
        return _Cue(m.group(0), m.start(), m.end())
    return None


# A sentence that opens on its day ("On 3 May 2022, ...", "Yesterday, ...") is the report of what happened
# that day, the way ACLED's notes and news leads are written: any asserted past verb other than saying,
# promising or deciding will do ("the coalition conducted two air raids"). A day mentioned mid-sentence
# dates a meeting or a phone call as readily as an incident, so it does not count.
_PAST_VERB = re.compile(
    r"\b(?:\w{3,}ed|took|held|fought|shot|threw|hit|set|began|broke|struck|blew|stole|fled|went|ran|drove|overran|gave|made|came|fell"
    r"|left|sent|burnt|beat|lost|hurt|cut|dug|stood|sat|spread|kept|hid|saw|rose|tore|swept|brought|caught)\b",
    re.I,
)
_NOT_A_REPORT = re.compile(
    r"^(?:said|told|added|stated|reported|announced|claimed|promised|pledged|vowed|urged|warned|called|asked|argued|insisted|noted|explained"
    r"|confirmed|denied|accused|blamed|criticised|criticized|condemned|welcomed|praised|expressed|reiterated|stressed|emphasi[sz]ed|hoped"
    r"|wanted|planned|decided|agreed|discussed|met|voted|approved|proposed|offered|suggested|believed|feared|expected|needed|failed|tried"
    r"|attempted|seemed|appeared|emerged|happened|armed|based|backed|named|related|aged|suspected|alleged|unidentified|united|used|described"
    r"|revealed|published|released|issued|signed|launched|created|considered|estimated|recorded|documented|listed|allowed|refused|repeated"
    r"|complained|replied|negotiated|highlighted|admitted|acknowledged|rejected|dismissed|ordered|requested|received|visited|travelled|traveled)$",
    re.I,
)


_OPENS_ON_DAY = re.compile(
    r"^\W*(?:[A-Z][A-Za-z /-]{2,40}:\s+)?(?:(?i:on|around|between|since|late|early|last|this|yesterday|today|overnight)\b[^,]{0,40},|(?i:yesterday|today|overnight)\b)"
)


def _dated_report(sentence: str) -> bool:
    m = _OPENS_ON_DAY.search(sentence)
    if not m or not _DAY.search(m.group(0)):
        return False
    return any(not _NOT_A_REPORT.match(m.group(0)) and _asserted(sentence, m.start()) for m in _PAST_VERB.finditer(sentence))


def reports_incident(sentence: str) -> bool:
    """Does this sentence report a concrete incident that happened, rather than mention, plan, habitually
    describe or recall one? Tense, aspect and attribution decide, as a copy editor would read it."""
    s = sentence.strip()
    if not (_INCIDENT_VERB.search(s) or _OPENS_ON_DAY.search(s)):
        return False  # the last test below needs one or the other: most sentences end here, before the clause analysis
    main = _ASIDE.sub(" ", s)  # "..., which they say has been amended since 1993" dates the constitution, not the rally
    if _demo_cues(main):
        main = _GRIEVANCE_TAIL.sub(" ", main)
    if _HABITUAL.search(main) or (_DOCUMENT_SUBJECT.search(s) and _FINDING.search(s)):
        return False
    if _CUMULATIVE.search(s) or _ANALYSIS.search(s) or _WITNESS.search(s):
        return False
    if _KIN_SUBJECT.search(s) and not _DAY.search(s):
        return False  # family history told about a person: biography, not the day's news
    if _LEGAL.search(s) and not _demo_cues(s):
        return False
    if _FIRST_PERSON.search(_OUR_SOURCES.sub(" ", _QUOTED.sub(" ", s))):
        return False  # a witness or a columnist speaking: testimony and opinion, not the report
    if _YEAR_ONLY.search(main) and not _DAY.search(s):
        return False  # history dated by year or month: background, not the day's news
    return _asserted_incident(s) is not None or _dated_report(s)


# A passage led by a meeting, promise, vote, ruling or statement, with no incident asserted anywhere in
# it, is politics about violence, not violence ("Moscow promised a committee at a meeting in Sochi").
# Announcing a ceasefire or truce is itself ACLED's Agreement, so it is left to the rules.
_LEAD_IN = r"^\W*(?:(?:On|In|Last|This|Earlier|Later|Around|Between) [^,]{0,40}?,?\s+)?"
_POLITICS_HEAD = re.compile(
    _LEAD_IN + r"(?:[\w’'.-]+\s+){1,6}?(?:has |have |had |also |then |first |later )*(?:met|promised|pledged|vowed|discussed|voted|approved"
    r"|urged|warned|called for|called on|proposed|offered|negotiated|hinted|insisted|criticised|criticized|condemned|praised|rejected|blamed"
    r"|denied|appealed|expressed|reiterated|agreed that|signalled|signaled|decided|ruled"
    r"|announced(?! (?:[\w-]+ ){0,4}(?:ceasefire|cease-fire|truce|agreement|deal|surrender|release|exchange)))\b"
    r"|" + _LEAD_IN + r"(?:a|an|the)?\s*(?:[\w’'-]+\s+){0,3}(?<!press )(?:meeting|talks|summit|conference|negotiations|vote|trial|hearing|session)s?"
    r" (?:\w+ ){0,3}(?:was|were|is|are|took place|held|began|opened|ended|concluded)\b"
)


def _politics_only(text: str) -> bool:
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", text) if x.strip()]
    if not sentences or not _POLITICS_HEAD.search(sentences[0]):
        return False
    return not any(_asserted_incident(x) for x in sentences)


def is_event_sentence(sentence: str) -> bool:
    """Cheap gate: does this sentence report a concrete, occurred event of an ACLED type?"""
    s = sentence.strip()
    if len(s) < 15 or not prefilter.matches(_ANY_TRIGGER, s):
        return False
    # reports_incident below needs an incident verb or an opening day: asked first, they spare most sentences
    # the rest (the verb's search is remembered, so it is asked first below too)
    if not (_INCIDENT_VERB.search(s) or _OPENS_ON_DAY.search(s)):
        return False
    if not (_INCIDENT_VERB.search(s) or _EVENT_PREDICATE.search(s)) or _BACKGROUND_FRAME.search(s):
        return False
    if not reports_incident(s):
        return False
    label = classify(s)
    if label is None:
        return False
    non_event = _NON_EVENT.search(s)
    if non_event:
        # an election/speech/background sentence counts only when a protest verb is its predicate
        if not _find(_STRONG_EVENT, s):
            return False
    return True


def civilian_targeting(label: Label, passage: str) -> str | None:
    """ "Civilians targeted" when civilians were the main or only target (codebook §1.10)."""
    if label.event_type == "Violence against civilians":
        return "Civilians targeted"
    if label.sub_event_type == "Excessive force against protesters":
        return "Civilians targeted"
    if label.event_type in ("Explosions/Remote violence", "Riots"):
        if _ARMED_VICTIM_RX.search(passage) and not _CIVIL_RX.search(passage):
            return None
        if label.event_type == "Riots" and label.sub_event_type == "Violent demonstration":
            return None
        cue = _Cue(label.cue, label.start, label.end)
        if _victim_side(passage, cue) == "civilian":
            return "Civilians targeted"
        if re.search(r"\bcivilians?\b (?:\w+ ){0,4}(?:killed|injured|wounded|died|dead)|\b(?:killed|killing|injured|injuring|wounded|wounding) (?:\w+ ){0,3}civilians?\b|\b(?:farmer|villager|residents?|passengers?|children|child|woman|man|villagers|worshippers|market|mosque|church|school|bus|hospital)\b", passage, re.I):
            if not _ARMED_VICTIM_RX.search(passage) or label.event_type == "Riots":
                return "Civilians targeted"
    return None


# Last, once every pattern above is built: the large ones skip texts that lack all their needed words.
prefilter.prefilter_patterns(globals())
