"""A small reader of Python regex syntax, so the prefilter can see which literal strings a pattern needs
without Python's private `re._parser`.

It builds the same shape of tree as the standard library's parser (sequences of (op, value) items, with
its two optimisations of a branch: a prefix shared by every alternative moved out in front, and
alternatives of one character each merged into a class), so the strings derived from it are those the
standard parser gave. It reads only what it needs: anything it does not understand (a conditional, a
verbose pattern, a pattern it cannot read to the end) raises Unsupported, and the caller then keeps no
filter, which is always safe.
"""
from __future__ import annotations

import re
import unicodedata

LITERAL, NOT_LITERAL, IN, ANY, AT, BRANCH, SUBPATTERN, REPEAT, ASSERT, ASSERT_NOT, OTHER = (
    "literal", "not_literal", "in", "any", "at", "branch", "subpattern", "repeat", "assert", "assert_not", "other")
RANGE, NEGATE, CATEGORY = "range", "negate", "category"  # items of a class
AT_BEGINNING, AT_BEGINNING_STRING = "beginning", "beginning_string"
UNBOUNDED = 1 << 32

_FLAGS = {"a": re.ASCII, "i": re.IGNORECASE, "L": re.LOCALE, "m": re.MULTILINE, "s": re.DOTALL,
          "u": re.UNICODE, "x": re.VERBOSE}
_SIMPLE_ESCAPES = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_AT_ESCAPES = {"A": AT_BEGINNING_STRING, "Z": "end_string", "b": "boundary", "B": "non_boundary"}
_CATEGORIES = frozenset("dDsSwW")


class Unsupported(ValueError):
    """The pattern uses syntax this reader leaves to the regex engine."""


class Seq(list):
    """A sequence of items. Compared by identity, like the standard parser's SubPattern, so a shared
    prefix is only ever a run of plain items (literals, classes, anchors)."""

    __eq__ = object.__eq__  # type: ignore[assignment]
    __hash__ = object.__hash__  # type: ignore[assignment]


def parse(pattern: str, flags: int = 0) -> Seq:
    """The tree of a pattern (its text and the flags it was compiled with)."""
    if flags & re.VERBOSE:
        raise Unsupported("verbose patterns")
    reader = _Reader(pattern)
    tree = reader.alternation()
    if reader.i != len(pattern):
        raise Unsupported(f"unbalanced ')' at {reader.i}")
    return tree


class _Reader:
    def __init__(self, text: str):
        self.s = text
        self.i = 0

    def peek(self, n: int = 1) -> str:
        return self.s[self.i:self.i + n]

    def take(self) -> str:
        if self.i >= len(self.s):
            raise Unsupported("unexpected end")
        c = self.s[self.i]
        self.i += 1
        return c

    def accept(self, text: str) -> bool:
        if self.s.startswith(text, self.i):
            self.i += len(text)
            return True
        return False

    # --- sequences and branches ---------------------------------------------------------------------

    def alternation(self) -> Seq:
        items = [self.sequence()]
        while self.accept("|"):
            items.append(self.sequence())
        if len(items) == 1:
            return items[0]
        out = Seq()
        while True:  # a prefix every alternative starts with goes in front of the branch
            first = [alt[0] if alt else None for alt in items]
            if first[0] is None or any(f is None or f != first[0] for f in first[1:]):
                break
            for alt in items:
                del alt[0]
            out.append(first[0])
        chars: list = []
        for alt in items:  # alternatives of one character each are one class
            if len(alt) != 1:
                break
            op, av = alt[0]
            if op == LITERAL:
                chars.append((op, av))
            elif op == IN and av[0][0] != NEGATE:
                chars.extend(av)
            else:
                break
        else:
            out.append((IN, _uniq(chars)))
            return out
        out.append((BRANCH, items))
        return out

    def sequence(self) -> Seq:
        out = Seq()
        while self.i < len(self.s) and self.peek() not in "|)":
            item = self.atom()
            if item is None:
                continue
            out.append(self.repeat(item) or item)
        for i in range(len(out) - 1, -1, -1):  # a plain (?:...) group is spliced into its sequence
            op, av = out[i]
            if op == SUBPATTERN and av[:3] == (None, 0, 0):
                out[i:i + 1] = av[3]
        return out

    def repeat(self, item):
        start = self.i
        c = self.peek()
        if c == "*":
            low, high = 0, UNBOUNDED
        elif c == "+":
            low, high = 1, UNBOUNDED
        elif c == "?":
            low, high = 0, 1
        elif c == "{":
            m = re.compile(r"\{(\d*)(?:(,)(\d*))?\}").match(self.s, self.i)
            if m is not None and m[0] == "{}":
                raise Unsupported("empty count")
            if m is None:
                return None  # a '{' that opens no count is a literal, read by the next atom
            low = int(m[1]) if m[1] else 0
            high = (int(m[3]) if m[3] else UNBOUNDED) if m[2] else low
            self.i = m.end() - 1
        else:
            return None
        self.i += 1
        if item[0] == AT:
            raise Unsupported(f"repeated anchor at {start}")
        if self.accept("+"):
            return (OTHER, None)  # possessive
        lazy = self.accept("?")
        sub = item[1][3] if item[0] == SUBPATTERN and item[1][:3] == (None, 0, 0) else Seq([item])
        rep = (REPEAT, (low, high, sub, lazy))
        nxt = self.repeat(rep)
        if nxt is not None:
            raise Unsupported(f"multiple repeat at {self.i}")
        return rep

    # --- atoms ------------------------------------------------------------------------------------------

    def atom(self):
        c = self.take()
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.escape()
        if c == ".":
            return (ANY, None)
        if c == "^":
            return (AT, AT_BEGINNING)
        if c == "$":
            return (AT, "end")
        if c in "*+?":
            raise Unsupported(f"nothing to repeat at {self.i - 1}")
        return (LITERAL, ord(c))

    def group(self):
        group: object = None
        add = rem = 0
        if self.accept("?"):
            if self.accept(":"):
                pass
            elif self.accept("P<"):
                end = self.s.index(">", self.i)
                group, self.i = self.s[self.i:end], end + 1
            elif self.accept("P="):
                self.i = self.s.index(")", self.i) + 1
                return (OTHER, None)  # a back-reference
            elif self.peek() in ("=", "!") or self.peek(2) in ("<=", "<!"):
                behind = self.accept("<")
                op = ASSERT if self.take() == "=" else ASSERT_NOT
                sub = self.alternation()
                self.close()
                return (op, (-1 if behind else 1, sub))
            elif self.accept("#"):
                self.i = self.s.index(")", self.i) + 1
                return None
            elif self.accept(">"):
                self.alternation()
                self.close()
                return (OTHER, None)  # atomic group
            elif self.peek() == "(":
                raise Unsupported("conditional group")
            else:
                add, rem, glob = self.flags()
                if glob:
                    if add & re.VERBOSE:
                        raise Unsupported("verbose patterns")
                    return None  # global flags: the compiled pattern's flags carry them
        else:
            group = True
        sub = self.alternation()
        self.close()
        return (SUBPATTERN, (group, add, rem, sub))

    def flags(self) -> tuple[int, int, bool]:
        add = rem = 0
        while self.peek() in _FLAGS and self.peek():
            add |= _FLAGS[self.take()]
        if self.accept("-"):
            while self.peek() in _FLAGS and self.peek():
                rem |= _FLAGS[self.take()]
        if (add | rem) & re.VERBOSE:
            raise Unsupported("verbose patterns")
        c = self.take()
        if c == ")":
            return add, rem, True
        if c != ":":
            raise Unsupported(f"unknown group at {self.i - 1}")
        return add, rem, False

    def close(self) -> None:
        if not self.accept(")"):
            raise Unsupported(f"missing ')' at {self.i}")

    def escape(self):
        c = self.take()
        if c in _AT_ESCAPES:
            return (AT, _AT_ESCAPES[c])
        if c in _CATEGORIES:
            return (IN, [(CATEGORY, c)])
        if c.isdigit() and c != "0":
            while self.peek().isdigit() and self.peek():
                self.i += 1
            return (OTHER, None)  # a back-reference (or an octal escape, left to the engine)
        return (LITERAL, self.code(c))

    def code(self, c: str) -> int:
        """The character of an escape whose first letter (after the backslash) was c."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        width = {"x": 2, "u": 4, "U": 8}.get(c)
        if width:
            digits = self.s[self.i:self.i + width]
            if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise Unsupported(f"bad \\{c} escape at {self.i}")
            self.i += width
            return int(digits, 16)
        if c == "N":
            if not self.accept("{"):
                raise Unsupported("bad \\N escape")
            end = self.s.index("}", self.i)
            name, self.i = self.s[self.i:end], end + 1
            return ord(unicodedata.lookup(name))
        if c == "0":
            digits = "0"
            while len(digits) < 3 and self.peek() in tuple("01234567") and self.peek():
                digits += self.take()
            return int(digits, 8)
        if c.isascii() and c.isalnum():
            raise Unsupported(f"unknown escape \\{c}")
        return ord(c)

    def char_class(self):
        items: list = []
        negate = self.accept("^")
        first = True
        while True:
            c = self.take()
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                e = self.take()
                if e in _CATEGORIES:
                    items.append((CATEGORY, e))
                    continue
                if e.isdigit() and e != "0":
                    raise Unsupported("octal escape in a class")
                lo = self.code(e)
            else:
                lo = ord(c)
            if self.peek() == "-" and self.peek(2) != "-]" and self.s[self.i + 1:self.i + 2] not in ("]", ""):
                self.i += 1
                h = self.take()
                if h == "\\":
                    e = self.take()
                    if e in _CATEGORIES or (e.isdigit() and e != "0"):
                        raise Unsupported("bad range in a class")
                    hi = self.code(e)
                else:
                    hi = ord(h)
                items.append((RANGE, (lo, hi)))
            else:
                items.append((LITERAL, lo))
        if len(items) == 1 and items[0][0] == LITERAL:
            return (NOT_LITERAL, items[0][1]) if negate else items[0]
        items = _uniq(items)
        if negate:
            items.insert(0, (NEGATE, None))
        return (IN, items)


def _uniq(items: list) -> list:
    return list(dict.fromkeys(items))
