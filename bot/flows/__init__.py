"""What the bot does with what a person sends and asks for: handlers parse an update, call a
flow, and the flow answers through the update's `Turn` (bot/transport/turn.py), naming its
buttons by their data (bot/transport/buttons.py). Flows never import `telegram` or the
handlers (tests/test_layers.py)."""

from __future__ import annotations

from typing import Protocol

from bot.services import Services


class Context(Protocol):
    """What a flow needs of the handler's context: the services (bot/services.py)."""

    @property
    def services(self) -> Services: ...
