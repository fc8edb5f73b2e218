"""Literal pre-filters that let the coder skip its large regexes on texts they cannot match.

Python's re tries every branch of a case-insensitive alternation at every position of the text: the
gate's union of 150 trigger stems costs a tenth of a millisecond a sentence, and most sentences of a
long article match none of it. Yet every match of such a pattern contains one of a few plain strings
(the stem of one of its branches), and the pattern's own parse tree says which (read by
text.regex_tree, public API only). One Aho-Corasick pass
over the lower-cased text tells whether any of them is there; if none is, the pattern cannot match and
is not run. The strings are derived from the pattern when the module loads, never written by hand, so a
rule edited later keeps a filter that is right for it.

Why a rejection is safe: a string is kept as "needed" only where the parse tree shows that every match
spans it (a run of literal characters and small character classes that no branch, optional part or
unbounded repeat can skip); lookarounds and anchors are zero-width and are left out, which only weakens
the filter. Keys are ASCII, compared with the text's `str.lower()`. Under re.IGNORECASE three non-ASCII
letters match an ASCII one without lowering to it ("ı", "İ", "ſ"); a text holding one of them is never
filtered (`_FOLD_TRAPS`, checked against every code point by the tests). Anything the analysis does not
understand (back-references, conditionals, non-ASCII letters) yields no key, and no key means no filter.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from operator import itemgetter

import ahocorasick

from . import regex_tree as _rt

# Code points outside ASCII that re.IGNORECASE matches to an ASCII letter while str.lower() maps them to
# something else: texts with one of these are always handed to the regex.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")
_MAX_STRINGS = 64  # literal strings kept while spelling out a run of a pattern
_MAX_CLASS = 10  # characters of a class spelled out as alternatives

_Facts = tuple["frozenset[str] | None", "frozenset[str] | None", bool]  # exact strings, needed strings, pure


def has_fold_trap(text: str) -> bool:
    """Does text hold a letter that defeats comparing needed strings with its lower-cased form?"""
    return any(t in text for t in _FOLD_TRAPS)


def _char(code: int, ignorecase: bool) -> tuple[str | None, bool]:
    """A literal character as a key character, and whether a lower-cased text holding it proves a match."""
    c = chr(code)
    if not c.isascii():
        return None, False
    cased = c.lower() != c.upper()
    return c.lower(), ignorecase or not cased


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set of needed strings: the longest shortest string, then the fewest strings."""
    usable = [c for c in candidates if c and "" not in c]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _sequence(items: Iterable, ignorecase: bool) -> _Facts:
    run: frozenset[str] = frozenset({""})  # the strings the current run of exact items spells
    candidates: list[frozenset[str]] = []
    exact_all, pure = True, True
    for op, av in items:
        exact, need, item_pure = _node(op, av, ignorecase)
        pure = pure and item_pure
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in exact)
            continue
        exact_all = False
        candidates.append(run)
        if exact is not None:
            run = exact  # too many spellings: the run starts again at this item
        else:
            if need is not None:
                candidates.append(need)
            run = frozenset({""})
    candidates.append(run)
    if exact_all:
        return run, _best([run]), pure
    return None, _best(candidates), False


def _branch(facts: list[_Facts]) -> _Facts:
    exacts = [f[0] for f in facts]
    exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None
    if exact is not None and len(exact) > _MAX_STRINGS:
        exact = None
    needs = [f[1] for f in facts]
    need = frozenset().union(*needs) if all(n is not None for n in needs) else None
    return exact, need, exact is not None and all(f[2] for f in facts)


def _node(op, av, ignorecase: bool) -> _Facts:
    if op == _rt.LITERAL:
        c, pure = _char(av, ignorecase)
        return (frozenset({c}), frozenset({c}), pure) if c is not None else (None, None, False)
    if op == _rt.IN:
        chars, pure = set(), True
        for kind, value in av:
            codes = range(value[0], value[1] + 1) if kind == _rt.RANGE else [value] if kind == _rt.LITERAL else None
            if codes is None or len(codes) > _MAX_CLASS:
                return None, None, False  # negated sets, categories such as \w, wide ranges
            for code in codes:
                c, char_pure = _char(code, ignorecase)
                if c is None:
                    return None, None, False
                chars.add(c)
                pure = pure and char_pure
        if len(chars) > _MAX_CLASS:
            return None, None, False
        exact = frozenset(chars)
        return exact, exact, pure
    if op in (_rt.AT, _rt.ASSERT, _rt.ASSERT_NOT):
        return frozenset({""}), None, False  # zero-width: spells nothing, proves nothing
    if op == _rt.BRANCH:
        return _branch([_sequence(alt, ignorecase) for alt in av])
    if op == _rt.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags & re.IGNORECASE:
            ignorecase = True
        if del_flags & re.IGNORECASE:
            ignorecase = False
        exact, need, pure = _sequence(sub, ignorecase)
        # under re.ASCII the Kelvin sign (lower-cased "k") is no "k": a lower-cased text no longer proves a match
        return exact, need, pure and not add_flags & re.ASCII
    if op == _rt.REPEAT:
        low, high, sub, _lazy = av
        exact, need, pure = _sequence(sub, ignorecase)
        spelt = None
        if exact is not None and high <= 3:
            spelt, power = set(), frozenset({""})
            for times in range(high + 1):
                if times >= low:
                    spelt |= power
                if times < high:
                    power = frozenset(a + b for a in power for b in exact)
                    if len(power) > _MAX_STRINGS:
                        spelt = None
                        break
        if spelt is not None and len(spelt) <= _MAX_STRINGS:
            return frozenset(spelt), _best([frozenset(spelt)]), pure
        return None, need if low >= 1 else None, False
    return None, None, False  # back-references, conditionals, atomic groups, "."


def literal_keys(pattern: re.Pattern[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(needed, sufficient): every match's lower-cased text contains one of `needed` (empty: no such set
    is known); a lower-cased text containing one of `sufficient` is matched (by a branch made only of
    literal characters)."""
    need, sure, _anchored = _analyse(pattern)
    return need, sure


def _analyse(pattern: re.Pattern[str]) -> tuple[frozenset[str], frozenset[str], bool]:
    """literal_keys, and whether the pattern is tied to the text's start."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return frozenset(), frozenset(), False
    try:
        items = _rt.parse(pattern.pattern, pattern.flags)
    except (_rt.Unsupported, ValueError, KeyError):  # syntax the reader leaves to the engine: no filter
        return frozenset(), frozenset(), False
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    anchored = bool(items) and items[0][0] == _rt.AT and items[0][1] in (_rt.AT_BEGINNING, _rt.AT_BEGINNING_STRING)
    if len(items) == 1 and items[0][0] == _rt.BRANCH:
        alts = [_sequence(alt, ignorecase) for alt in items[0][1]]
        _exact, need, _pure = _branch(alts)
        sure = {s for exact, _need, pure in alts if exact is not None and pure for s in exact}
    else:
        exact, need, pure = _sequence(items, ignorecase)
        sure = set(exact) if exact is not None and pure else set()
    if pattern.flags & re.ASCII:
        sure = set()  # see SUBPATTERN in _node
    return need or frozenset(), frozenset(s for s in sure if s), anchored


def start_keys(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """(strings, at_start): every match of the pattern begins, in the lower-cased text, with one of `strings`
    (none empty), or (at_start) only at the text's very start. None where the parse tree does not show it."""
    if pattern.flags & (re.LOCALE | re.MULTILINE) or not isinstance(pattern.pattern, str):
        return None
    try:
        items = _rt.parse(pattern.pattern, pattern.flags)
    except (_rt.Unsupported, ValueError, KeyError):
        return None
    return _starts(items, bool(pattern.flags & re.IGNORECASE))


def _starts(items: Iterable, ignorecase: bool) -> tuple[frozenset[str], bool] | None:
    """start_keys of a sequence: zero-width items spell nothing, so the strings are those of its first
    consuming items, spelt out while they are exact."""
    run: frozenset[str] = frozenset({""})
    for op, av in items:
        if op == _rt.AT and av in (_rt.AT_BEGINNING, _rt.AT_BEGINNING_STRING) and run == {""}:
            return frozenset(), True
        exact, _need, _pure = _node(op, av, ignorecase)
        if exact is not None:
            if len(run) * len(exact) > _MAX_STRINGS:
                break
            run = frozenset(a + b for a in run for b in exact)
            continue
        if run == {""}:  # the first consuming item is a group, a branch or a repeat: it says how a match begins
            return _item_starts(op, av, ignorecase)
        break
    return None if "" in run else (run, False)


def _item_starts(op, av, ignorecase: bool) -> tuple[frozenset[str], bool] | None:
    if op == _rt.BRANCH:
        strings: set[str] = set()
        at_start = False
        for alt in av:
            got = _starts(alt, ignorecase)
            if got is None:
                return None
            strings |= got[0]
            at_start = at_start or got[1]
        return frozenset(strings), at_start
    if op == _rt.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags & (re.MULTILINE | re.LOCALE):
            return None
        return _starts(sub, (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE)
    if op == _rt.REPEAT and av[0] >= 1:
        return _starts(av[2], ignorecase)
    return None


def _finder(strings: frozenset[str]) -> re.Pattern[str]:
    """A case-sensitive pattern whose matches start exactly where one of `strings` starts, as a trie of their
    characters (so the engine compares a character once, not once a string). A string that begins with another
    is left out: it starts nowhere the shorter one does not."""
    trie: dict = {}
    for s in sorted(strings, key=len):
        node = trie
        for ch in s:
            if "" in node:
                break
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def spell(node: dict) -> str:
        alts = [re.escape(ch) + spell(sub) for ch, sub in sorted(node.items()) if ch]
        return "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(spell(trie))


class _Keys:
    """The needed and sufficient strings of every filtered pattern in one Aho-Corasick automaton, so that
    one pass over a text tells every pattern at once which of its strings are there (the gate and the rule
    table ask dozens of patterns about each sentence). Built again, on first use, after a pattern joins."""

    def __init__(self):
        self.ids: dict[str, int] = {}
        self.auto: ahocorasick.Automaton | None = None
        self.generation = 0  # bumped when a string joins: what was found in a text before is then incomplete

    def register(self, keys: frozenset[str]) -> frozenset[int] | None:
        if not keys:
            return None
        for k in keys:
            if k not in self.ids:
                self.ids[k] = len(self.ids)
                self.auto = None
                self.generation += 1
        return frozenset(self.ids[k] for k in keys)

    def found(self, low: str) -> frozenset[int]:
        auto = self.auto
        if auto is None:
            auto = ahocorasick.Automaton()
            for k, i in self.ids.items():
                auto.add_word(k, i)
            auto.make_automaton()
            self.auto = auto
        return frozenset(map(_second, auto.iter(low))) if low else frozenset()


_UNSEEN = object()  # a text not in a pattern's memo (None is a remembered "no match")
_second = itemgetter(1)  # a hit's pattern-string id (in C: the automaton yields a hit per string in the text)


_KEYS = _Keys()
_MEMO_SIZE = 64  # texts whose results a pattern remembers (the sentences and passages of the article at hand)

# The gate asks dozens of patterns about one sentence in a row: the strings found in it and whether it holds a
# fold trap are kept for the last text seen (one tuple, replaced whole, so threads cannot mix two texts), and
# for the last few texts by their content (a passage is often a sentence asked about before, rebuilt by a join).
_LAST: tuple[str | None, int, frozenset[int], bool] = (None, -1, frozenset(), False)
_SEEN: dict[str, tuple[int, frozenset[int], bool]] = {}


def _scanned(text: str) -> tuple[frozenset[int], bool]:
    """The ids of the filtered patterns' strings in text (lower-cased), and whether it holds a fold trap."""
    global _LAST
    last, generation = _LAST, _KEYS.generation
    if last[0] is text and last[1] == generation:
        return last[2], last[3]
    got = _SEEN.get(text)
    if got is None or got[0] != generation:
        got = (generation, _KEYS.found(text.lower()), has_fold_trap(text))
        if len(_SEEN) >= _MEMO_SIZE:
            _SEEN.clear()
        _SEEN[text] = got
    _LAST = (text, *got)
    return got[1], got[2]


_LOW: tuple[str | None, str | None] = (None, None)


def _lowered(text: str) -> str | None:
    """text.lower() for the start finders, None where it is no guide: a fold trap, or a letter whose lower case
    is longer (so the positions are no longer text's). Kept for the last text."""
    global _LOW
    last = _LOW
    if last[0] is text:
        return last[1]
    low = text.lower()
    if len(low) != len(text) or has_fold_trap(text):
        low = None
    _LOW = (text, low)
    return low


class Prefiltered:
    """A compiled pattern behind its literal pre-filter, with the same results as the pattern: search,
    match and finditer skip the regex where the text lacks every needed string. Other attributes are
    the pattern's own. The results of search and finditer over a whole text are remembered for the last
    few texts (the same sentence is asked about by the gate, then in its passage): a finditer over a text
    searched before starts at that first match, or yields nothing when there was none.

    Where every match begins with one of a few strings (start_keys), the regex is tried only where one of them
    starts: Python's engine otherwise tries a case-insensitive pattern at every position of the text, since it
    finds no first character to skip ahead to. The first such position where it matches is where a search
    finds its match, and the same match, since the engine tries each position alone, left to right."""

    __slots__ = ("pattern_object", "_need", "_sure", "_memo", "_iters", "_start")

    def __init__(self, pattern: re.Pattern[str], keys: tuple[frozenset[str], frozenset[str]] | None = None):
        self.pattern_object = pattern
        need, sure = keys if keys is not None else literal_keys(pattern)
        self._need = _KEYS.register(need)
        self._sure = _KEYS.register(sure)
        self._memo: dict[str, re.Match[str] | None] = {}
        self._iters: dict[str, tuple[re.Match[str], ...]] = {}
        starts = start_keys(pattern)
        self._start = None if starts is None else (_finder(starts[0]) if starts[0] else None, starts[1])

    def _search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """pattern.search(string, pos), trying the pattern only where a match can start."""
        low = None if self._start is None else _lowered(string)
        if low is None:
            return self.pattern_object.search(string, pos)
        finder, at_start = self._start
        match = self.pattern_object.match
        if at_start and pos == 0:
            m = match(string)
            if m is not None:
                return m
            pos = 1
        if finder is None:
            return None
        find = finder.search
        while (c := find(low, pos)) is not None:
            m = match(string, c.start())
            if m is not None:
                return m
            pos = c.start() + 1
        return None

    def possible(self, text: str) -> bool:
        """False only where the pattern cannot match anywhere in text."""
        if self._need is None:
            return True
        found, trap = _scanned(text)
        return trap or not self._need.isdisjoint(found)

    def matches(self, text: str) -> bool:
        """bool(pattern.search(text)), answered from the literal strings where they settle it."""
        if self._need is not None or self._sure is not None:
            found, trap = _scanned(text)
            if not trap:
                if self._sure is not None and not self._sure.isdisjoint(found):
                    return True
                if self._need is not None and self._need.isdisjoint(found):
                    return False
        return self.search(text) is not None

    def search(self, string: str, *args) -> re.Match[str] | None:
        if args:
            return self.pattern_object.search(string, *args) if self.possible(string) else None
        memo = self._memo
        # (a get, not a try on memo[string]: most texts are new to a pattern, and a raised KeyError costs more than
        # the lookup)
        found = memo.get(string, _UNSEEN)
        if found is not _UNSEEN:
            return found
        found = self._search(string) if self.possible(string) else None
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        memo[string] = found
        return found

    def match(self, string: str, *args) -> re.Match[str] | None:
        return self.pattern_object.match(string, *args) if self.possible(string) else None

    def finditer(self, string: str, *args) -> Iterator[re.Match[str]]:
        if args:
            return self.pattern_object.finditer(string, *args) if self.possible(string) else iter(())
        iters = self._iters
        got = iters.get(string)
        if got is None:
            # no match starts before the first one, which a search from its start finds again
            first = self.search(string)
            got = () if first is None else tuple(self._following(string, first))
            if len(iters) >= _MEMO_SIZE:
                iters.clear()
            iters[string] = got
        return iter(got)

    def _following(self, string: str, m: re.Match[str]) -> Iterator[re.Match[str]]:
        """m and the matches after it, as finditer from m's start gives them."""
        if self._start is None or not m.end() > m.start():
            yield from self.pattern_object.finditer(string, m.start())
            return
        while m is not None:
            yield m
            # a match is never empty here (no start string is): the next one is searched from its end
            m = self._search(string, m.end())

    def findall(self, string: str, *args) -> list:
        return self.pattern_object.findall(string, *args) if self.possible(string) else []

    def __getattr__(self, name: str):
        if name == "pattern_object":  # not yet set (a copy being built): no recursion
            raise AttributeError(name)
        return getattr(self.pattern_object, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self.pattern_object!r})"


class Selector:
    """Which of many patterns may match a text, read from the strings found in it at once (the actors ask every
    passage about 470 named groups): the positions, in order, of those whose pre-filter does not rule the text
    out, so a caller skips the rest without asking each."""

    def __init__(self, patterns: Iterable):
        self.always: list[int] = []
        self.by_key: dict[int, list[int]] = {}
        self.n = 0
        for i, p in enumerate(patterns):
            self.n += 1
            if isinstance(p, Prefiltered) and p._need is not None:
                for k in p._need:
                    self.by_key.setdefault(k, []).append(i)
            else:
                self.always.append(i)

    def possible(self, text: str) -> "list[int] | range":
        found, trap = _scanned(text)
        if trap:
            return range(self.n)
        got = set(self.always)
        by_key = self.by_key
        for k in found:
            got.update(by_key.get(k, ()))
        return sorted(got)


def matches(pattern: "re.Pattern[str] | Prefiltered", text: str) -> bool:
    """bool(pattern.search(text)) for a pattern with or without its pre-filter."""
    return pattern.matches(text) if isinstance(pattern, Prefiltered) else pattern.search(text) is not None


def filtered(pattern: re.Pattern[str], min_key: int = 3) -> "re.Pattern[str] | Prefiltered":
    """The pattern behind its pre-filter where one is worth it (as prefilter_patterns decides), else the
    pattern itself: for patterns built at run time from term files rather than at module level."""
    need, sure, anchored = _analyse(pattern)
    if need and min(map(len, need)) >= min_key and not anchored:
        return Prefiltered(pattern, (need, sure))
    return pattern


def prefilter_patterns(namespace: dict[str, object], min_key: int = 3) -> list[str]:
    """Put the pre-filter before every module-level compiled pattern of a module (its globals()) that is
    worth one; returns their names. A filter pays for a pattern that searches the whole text (one tied to
    the text's start fails fast on its own) and whose needed strings are long enough (min_key) to be
    missing from most texts. Call it at the module's end, after every pattern is built: patterns composed
    from others read `.pattern`, which the filtered ones still give."""
    names = []
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            need, sure, anchored = _analyse(value)
            if need and min(map(len, need)) >= min_key and not anchored:
                namespace[name] = Prefiltered(value, (need, sure))
                names.append(name)
    return names
