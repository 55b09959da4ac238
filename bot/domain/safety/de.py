"""Crisis-screen rules for de (see bot.domain.safety and its engine)."""

from __future__ import annotations

from bot.domain.safety.engine import Concern, Language, Rule, rule

__all__ = ["LANGUAGE"]

D, S, H = Concern.DANGER, Concern.SUICIDE, Concern.SELF_HARM

_CRISIS: tuple[Rule, ...] = ()
_CHECK_IN: tuple[Rule, ...] = ()

del D, S, H

LANGUAGE = Language(code="de", crisis=_CRISIS, check_in=_CHECK_IN)
_ = rule
