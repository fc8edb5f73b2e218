"""The regex reader the prefilter uses instead of Python's private parser."""
import ast
import re
from pathlib import Path

import pytest

from eventdesk.text import regex_tree as rt
from eventdesk.text.prefilter import literal_keys


def test_a_shared_prefix_moves_in_front_of_the_branch():
    tree = rt.parse(r"shot|shell")
    assert tree[:2] == [(rt.LITERAL, ord("s")), (rt.LITERAL, ord("h"))]
    assert tree[2][0] == rt.BRANCH


def test_one_character_alternatives_become_a_class_and_plain_groups_are_spliced():
    assert rt.parse(r"a|[bc]") == [(rt.IN, [(rt.LITERAL, 97), (rt.LITERAL, 98), (rt.LITERAL, 99)])]
    assert rt.parse(r"x(?:y)z") == [(rt.LITERAL, 120), (rt.LITERAL, 121), (rt.LITERAL, 122)]


def test_repeats_groups_and_lookarounds():
    (op, (low, high, sub, lazy)), = rt.parse(r"(?:ab){1,3}?")
    assert (op, low, high, lazy) == (rt.REPEAT, 1, 3, True) and sub == [(rt.LITERAL, 97), (rt.LITERAL, 98)]
    assert rt.parse(r"(?<!gas )x")[0][0] == rt.ASSERT_NOT
    assert rt.parse(r"x{") == [(rt.LITERAL, 120), (rt.LITERAL, ord("{"))]  # no count: a literal brace
    assert rt.parse(r"(?i:A)")[0] == (rt.SUBPATTERN, (None, re.IGNORECASE, 0, [(rt.LITERAL, 65)]))


def test_classes_and_escapes():
    assert rt.parse(r"[a-c\-]") == [(rt.IN, [(rt.RANGE, (97, 99)), (rt.LITERAL, 45)])]
    assert rt.parse(r"[^x]") == [(rt.NOT_LITERAL, 120)]
    assert rt.parse(r"\x41\u00e9\.") == [(rt.LITERAL, 65), (rt.LITERAL, 0xE9), (rt.LITERAL, 46)]
    assert rt.parse(r"\w")[0] == (rt.IN, [(rt.CATEGORY, "w")])


@pytest.mark.parametrize("pattern,flags", [(r"(a)?(?(1)b|c)", 0), (r"a b", re.VERBOSE), (r"(?x)a b", 0)])
def test_syntax_it_does_not_read_gives_no_filter(pattern, flags):
    with pytest.raises(rt.Unsupported):
        rt.parse(pattern, flags)
    assert literal_keys(re.compile(pattern, flags)) == (frozenset(), frozenset())


def test_no_private_regex_api():
    """The prefilter reads patterns with this module only (the issue drops re._parser / sre_parse)."""
    for path in (Path(rt.__file__), Path(rt.__file__).with_name("prefilter.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, (ast.Import, ast.ImportFrom)) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [node.attr] if isinstance(node, ast.Attribute) else []
            assert not any(n.startswith(("sre_", "_parser", "re._")) for n in names), (path.name, names)
