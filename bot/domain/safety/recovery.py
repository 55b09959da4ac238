"""A crisis that is over, told from a safe present: how a language's rules leave it unread.

Product decision (round 5, for the languages whose modules use it: fr, pt, it, pl): a
short message that tells of a crisis as over is not a crisis. Either a recovery streak
("6 meses sem me cortar hoje", "3 ans sans scarif"), or a past crisis beside a safe
present ("un anno fa ho tentato il suicidio, oggi sono grato di essere vivo", "byly mnie
bil, zglosilam to, teraz jest dobrze"), with nothing in the message that speaks of an
urge, a relapse, fear or help now. A relapse or an urge now ("100 jours sans et j'ai
recommencé ce soir") stays a crisis, and so does a bare past with no safe present ("j'ai
fait une TS il y a deux ans"): each language says how it reads that.

How: `recovery` builds a shorthand entry (see engine.Language) that reads such a line as
empty, so that none of the language's rules, of either tier, sees it. It reads one line
at a time: a line of its own that tells a crisis now ("j'ai pris toute ma plaquette")
stays a crisis whatever a recovery told on the line before or after it. It runs last, on
the text the other shorthand has expanded, and only on a line of at most
RECOVERY_LONGEST characters (a recovery story is short, and any message that short is
read whole by every language, gated or not). Other languages' rules still read the
message in their own words.
"""

from __future__ import annotations

__all__ = ["RECOVERY_LONGEST", "recovery"]

RECOVERY_LONGEST = 400


def recovery(*, streak: str, past: str, safe: str, urge: str) -> tuple[str, str]:
    """A shorthand entry that empties each short line holding a streak (`streak`), or a
    past crisis (`past`) and a safe present (`safe`) in either order, and no `urge`
    anywhere in the line. Each argument is a regular expression over the normalised text,
    and must not read across a line break."""
    pattern = (
        rf"(?<![^\n])(?=[^\n]{{0,{RECOVERY_LONGEST}}}(?![^\n]))(?![^\n]*?(?:{urge}))"
        rf"(?:(?=[^\n]*?(?:{streak}))|(?=[^\n]*?(?:{past}))(?=[^\n]*?(?:{safe})))[^\n]*"
    )
    return pattern, ""
