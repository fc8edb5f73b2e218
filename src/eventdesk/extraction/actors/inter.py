"""ACLED's inter codes (declared once in schemas/, read through the codebook), the Actors record and the
interaction of two actor types (codebook §1.4)."""
from __future__ import annotations

from ... import codebook
from ...records import Actors  # the actor columns of an event row, declared once there


# ACLED's inter codes, declared once with their numbers in schemas/ (read through the codebook)
CODE: dict[str, int] = codebook.codes("inter1")
INTER: dict[int, str] = {v: k for k, v in CODE.items()}


def interaction(inter1: str, inter2: str | None) -> str:
    """ACLED's text interaction: lower inter code first, or '<type> only' for one-sided events."""
    if not inter2:
        return f"{inter1} only"
    a, b = sorted((CODE[inter1], CODE[inter2]))
    return f"{INTER[a]}-{INTER[b]}"


def _join(names: list[str]) -> str | None:
    return "; ".join(names) if names else None


def make(a1: str, i1: int, a2: str | None, i2: int | None, assoc1: list[str], assoc2: list[str] = ()) -> Actors:
    t1, t2 = INTER[i1], (INTER[i2] if i2 else None)
    return Actors(a1, _join([a for a in assoc1 if a != a1 and a != a2]), t1, a2,
                  _join([a for a in assoc2 if a != a1 and a != a2]) if a2 else None, t2, interaction(t1, t2))
