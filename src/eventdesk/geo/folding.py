"""Name keys: how a written name is folded to the key the gazetteer files it under (case, accents,
administrative words, romanisation skeletons). Offsets survive the fold, so spans found on the folded
text cut the original."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from eventdesk.text.lexicon import alternation
from eventdesk.text.english import stop_words


_GENERIC = re.compile(rf"\s+({alternation('geo_admin_words', 'generic')})$")


_GENERIC_PREFIX = re.compile(rf"^({alternation('geo_admin_words', 'generic_prefix')})\s+")


def _fold_table() -> dict[int, str]:
    """Per-character fold (lowercase, no accents) that keeps string length, so offsets survive."""
    table: dict[int, str] = {}
    special = {"ı": "i", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ß": "s", "’": "'",
               "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "–": "-", "‐": "-", "\u00a0": " "}
    for cp in range(0x2100):
        c = chr(cp)
        if c in special:
            table[cp] = special[c]
            continue
        base = unicodedata.normalize("NFKD", c)
        base = base[0] if base else c
        low = base.lower()
        if len(low) != 1:
            low = c.lower() if len(c.lower()) == 1 else c
        if low != c:
            table[cp] = low
    return table


FOLD = _fold_table()
# The fold of the ASCII characters where it is not their lower case (the backtick, folded to an apostrophe), for
# charfold's ASCII path: lower() and a replace are some thirty times faster than translate's lookup per character.
_ASCII_OTHER = tuple((chr(cp), FOLD[cp]) for cp in range(128) if cp in FOLD and FOLD[cp] != chr(cp).lower())
assert all(c.lower() == c and len(f) == 1 for c, f in _ASCII_OTHER)  # (so the replace after lower() sees them as they are)


def charfold(text: str) -> str:
    if text.isascii():
        text = text.lower()
        for c, f in _ASCII_OTHER:
            if c in text:
                text = text.replace(c, f)
        return text
    return text.translate(FOLD)


@lru_cache(maxsize=1 << 16)  # the coder folds the same names in every text
def name_key(name: str) -> str:
    return " ".join(charfold(name).split())


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("eventdesk.data").joinpath("place_stopwords.txt").read_text(encoding="utf-8")
    words = {w for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()}
    return frozenset(words | stop_words())


def admin_variants(name: str) -> list[str]:
    """'Oyam District' -> also 'Oyam'; 'Almaty Oblysy' -> also 'Almaty'."""
    k = name_key(name)
    out = [k]
    short = _GENERIC_PREFIX.sub("", _GENERIC.sub("", k))
    if short != k and len(short) >= 3:
        out.append(short)
    return out


_ASCII = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                        "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'"})


def ascii_name(name: str) -> str:
    """ACLED writes admin names in plain ASCII ('Yenisehir', 'Kadikoy'); other scripts stay as they are."""
    out = unicodedata.normalize("NFKD", name.translate(_ASCII)).encode("ascii", "ignore").decode()
    return out if len(out) >= 0.8 * len(name) else name


# Countries whose place names are mostly Arabic: GeoNames writes them in a scholarly romanisation
# ("Tall Abyaḑ", "‘Ayn ‘Īsá", "Al Qāmishlī") that news and ACLED write in the usual press forms.
ARABIC_NAMES = frozenset({"SY", "IQ", "YE", "LB", "LY", "SD", "PS", "EG", "JO", "SA", "TN", "DZ", "MA", "MR", "TD", "SO",
                          "KW", "BH", "QA", "AE", "OM", "IL", "EH"})


# Countries whose place names reach the press transliterated from the Arabic or the Ge'ez script, which write
# few or no vowels: each outlet supplies its own ('Mazzouna' and Mezzouna, 'Badelle' and Bedele). Names
# written in the Latin alphabet at home ('Wynberg', 'Winburg') are different places when a vowel differs.
GEEZ_NAMES = frozenset({"ET", "ER"})


ARTICLE = re.compile(rf"^(?:{alternation('geo_name_particles', 'press_article')})[ -]")


# first words as GeoNames spells them -> as the press spells them
_PRESS_FORMS = {"tall": ("tell", "tal", "tel"), "ayn": ("ein", "ain"), "dayr": ("deir", "dair"), "kafr": ("kfar",),
                "ras": ("ras",), "umm": ("um",), "bayt": ("beit",), "khirbat": ("khirbet",), "jabal": ("jebel",), "bir": ("beer",)}


def arabic_press_variants(key: str) -> list[str]:
    """'tall abyad' -> 'tell abyad', 'tal abyad'; "al qamishli" -> 'qamishli'; "'ayn 'isa" -> 'ayn isa', 'ein isa'."""
    base = " ".join(key.replace("'", "").replace("-", " ").split())
    out = {base}
    bare = ARTICLE.sub("", base)
    if bare != base and len(bare) >= 5:
        out.add(bare)
    for v in list(out):
        first, _, rest = v.partition(" ")
        for press in _PRESS_FORMS.get(first, ()):
            if rest:
                out.add(f"{press} {rest}")
    out.discard(key)
    return sorted(out)


_SKELETON_ARTICLE = re.compile(alternation("geo_name_particles", "skeleton_article"))


@lru_cache(maxsize=1 << 16)  # (a pure function of the key: resolution asks about the same names in every text)
def arabic_skeleton(key: str) -> str:
    """Consonants of an Arabic name with the article dropped: the romanisations of one name ('Tell Abiad',
    'Tall Abyad'; 'Shadadah', 'Ash Shaddadah'; 'Ein Issa', "'Ayn 'Isa") share it, where vowels, doubled
    letters, h-digraphs and q/k are spelt differently."""
    words = re.findall(r"[a-z]+", key.lower())
    out = []
    for w in words:
        if len(words) > 1 and _SKELETON_ARTICLE.fullmatch(w):
            continue
        w = re.sub(r"(?<=.)h", "", w).replace("q", "k")
        out.append(re.sub(r"[aeiouyw]", "", w))
    return re.sub(r"(.)\1+", r"\1", "".join(out))


# Countries whose names reach the press in Ukrainian, Russian or Belarusian romanisations: ACLED writes the
# Ukrainian national system ("Kalynove", "Novotroitske", "-ivka"), GeoNames often the Russian-based one
# ("Kalinovo", "Novotroitskoye", "-ovka") or Belarusian Lacinka ("Maculiscy" for Machulishchy).
SLAVIC_NAMES = frozenset({"UA", "RU", "BY"})


@lru_cache(maxsize=1 << 16)  # (as arabic_skeleton)
def slavic_skeleton(key: str) -> str:
    """Consonants of a Ukrainian, Russian or Belarusian name: the romanisations differ in vowels
    (i/o/e, y/i, ia/ya, -e/-oye), in soft signs, in h/kh/g (Ukrainian h is Russian g) and in
    sh/ch/zh digraphs against hacek letters; whether the name ends in a vowel is kept, since
    'Tavriisk' (a town) and 'Tavriiske' (a village) are different places."""
    k = re.sub(r"[^a-z]", "", key.lower())
    if not k:
        return ""
    end = "_" if k[-1] in "aeiouy" else ""
    k = re.sub(r"[aeiouyjwgh]", "", k.replace("kh", "k"))
    return re.sub(r"(.)\1+", r"\1", k) + end


def key_letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", charfold(name).lower())


def strip_suffix(name: str, suffixes: tuple[str, ...], keep: int = 3) -> str:
    k = key_letters(name)
    for suf in suffixes:
        if k.endswith(suf) and len(k) - len(suf) >= keep:
            return k[:-len(suf)]
    return k


COUNCIL_SUFFIXES = ("ska", "tska", "zka", "ka")


VILLAGE_SUFFIXES = ("ske", "ska", "skyi", "ka", "ne", "e", "a", "i", "y", "o")


def council_stem(name: str) -> str:
    """'Zmiivska', 'Lozivska' (village councils, hromadas) -> the consonants their centre's name shares."""
    return slavic_skeleton(strip_suffix(name, COUNCIL_SUFFIXES, 0)).rstrip("_")


def village_stem(name: str) -> str:
    """'Zmiivka', 'Lozove', 'Kalynivske' -> the consonants of the council named after the village."""
    return slavic_skeleton(strip_suffix(name, VILLAGE_SUFFIXES)).rstrip("_")


def place_key(name: str) -> str:
    return name_key(name).replace("-", " ")  # "North-West" and "North West" are one region


def name_variants(name: str) -> set[str]:
    return {v.replace("-", " ") for v in admin_variants(name)}


# Somali orthography writes the 'ayn as "c" and the voiceless h as "x" ("Ceel Buur", "Xuddur"), where English
# and Italian spellings write "El Bur", "Hudur"; long vowels are doubled ("Baydhabo", "Dhuusamarreeb").
SOMALI_NAMES = frozenset({"SO", "DJ"})

VOWEL_SPELLINGS = ARABIC_NAMES | SOMALI_NAMES | GEEZ_NAMES  # where vowel_skeleton joins spellings of one name


def spelling_key(name: str, cc: str = "") -> str:
    """A name folded across the spelling systems one name is written in: apostrophes of ejectives and of the
    'ayn dropped ("Debre Mark'os" = "Debre Markos"), spaces and hyphens ("Ceel Dheer" = "Celdheer"), doubled letters
    ("Shashamanne" = "Shashamane"), the Arabic article and its assimilated forms (al-/el-/ez-/ash-) and the usual vowel and
    digraph variants (Sheikh/Shaykh, dh/d, kh/k, q/k, ou/u); in Somali spelling c ('ayn) and x (h) as the
    English writes them. Equal keys within one country are read as one name."""
    k = charfold(name).lower()
    if cc in SOMALI_NAMES:
        k = _SK_SOMALI_C.sub("", k).replace("x", "h")
    k = k.translate(_SK_APOSTROPHES)
    words = [_SK_DOUBLED.sub(r"\1", w) for w in _SK_SPACES.split(k) if w]
    if cc in SOMALI_NAMES and len(words) > 1:
        # a word's final d is written t in the Italian-era spelling ("Belet Weyne" for Beled Weyne)
        words = [w[:-1] + "d" if w.endswith("t") else w for w in words[:-1]] + words[-1:]
    if (cc in ARABIC_NAMES or cc in SOMALI_NAMES) and len(words) > 1:
        words = [w for w in words if not _SKELETON_ARTICLE.fullmatch(w)] or words
    k = "".join(words)
    for a, b in (("kh", "k"), ("dh", "d"), ("q", "k"), ("ou", "u"), ("ay", "e"), ("ey", "e"), ("ei", "e"),
                 ("ai", "e"), ("ie", "i"), ("y", "i")):
        k = k.replace(a, b)
    k = _SK_DOUBLED.sub(r"\1", _SK_NON_LETTERS.sub("", k))
    # a Somali name's final "-ey" is written "-y" or "-i" too ("Garbahaarey", "Dharkenly")
    return k[:-1] + "e" if cc in SOMALI_NAMES and k.endswith("i") else k


def spelling_keys(names: list[str], cc: str = "") -> list[str]:
    """spelling_key of each name, with each step run once over the names joined by newlines (no name holds
    one, and no step reaches across one): a country's table of thousands of names costs a few passes over
    one string. Arabic and Somali names, whose article is dropped word by word, are folded one by one."""
    if cc in ARABIC_NAMES or cc in SOMALI_NAMES or any("\n" in n for n in names):
        return [spelling_key(n, cc) for n in names]
    k = _SK_SEPARATORS.sub("", _SK_DOUBLED.sub(r"\1", charfold("\n".join(names)).lower().translate(_SK_APOSTROPHES)))
    for a, b in (("kh", "k"), ("dh", "d"), ("q", "k"), ("ou", "u"), ("ay", "e"), ("ey", "e"), ("ei", "e"),
                 ("ai", "e"), ("ie", "i"), ("y", "i")):
        k = k.replace(a, b)
    out = _SK_DOUBLED.sub(r"\1", _SK_NON_LETTERS_LINES.sub("", k)).split("\n")
    return out if len(out) == len(names) else [spelling_key(n, cc) for n in names]


def vowel_skeleton(spelt: str) -> str:
    """A spelling key (spelling_key) with its vowels left out but the first letter's place kept ('mazuna' and
    'mezuna' -> 'mzn'; 'asnam' and 'esnam' -> 'asnm'), the h of a digraph dropped ('sabratha', 'sabratah')
    and a final h after a vowel too (the -a/-ah of Arabic names: 'kikla', 'kiklah'): transliterations of one
    African or Arabic name differ most in their vowels. It joins far more names than spelling_key does, so
    callers ask for one place it alone names."""
    k = _VS_DIGRAPH_H.sub("", spelt)
    k = _VS_FINAL_H.sub("", k)
    if not k:
        return ""
    head = "a" if k[0] in "aeiouy" else k[0]
    return head + _VS_VOWELS.sub("", k[1:])  # (no letters joined across a vowel: 'kokosa' is 'kks', not 'ks')


def vowel_pattern(spelt: str) -> str:
    """Where a spelling key has its vowels ('mezuna' -> 'cvcvcv'), after vowel_skeleton's h-dropping: spellings of
    one name change a vowel's letter, rarely whether a syllable has one ('Tokar' is no 'Takaro')."""
    k = _VS_FINAL_H.sub("", _VS_DIGRAPH_H.sub("", spelt))
    return _VS_VOWELS.sub("v", _VS_CONSONANTS.sub("c", k))


_VS_CONSONANTS = re.compile(r"[b-df-hj-np-tv-xz]")
_VS_DIGRAPH_H = re.compile(r"(?<=[b-df-hj-np-tv-z])h")
_VS_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_VS_VOWELS = re.compile(r"[aeiouy]")


# spelling_key's patterns, compiled once: it folds every name of a country when that country's table is built
_SK_SOMALI_C = re.compile(r"c(?=[aeiou])")
_SK_APOSTROPHES = str.maketrans("", "", "'`")
_SK_DOUBLED = re.compile(r"(.)\1+")
_SK_SPACES = re.compile(r"[\s-]+")
_SK_NON_LETTERS = re.compile(r"[^a-z]")
_SK_NON_LETTERS_LINES = re.compile(r"[^a-z\n]")
_SK_SEPARATORS = re.compile(r"[^\S\n]|-")  # what splits a name into words, newlines apart
