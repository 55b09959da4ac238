"""The typed context handed to every handler and job: services live on it."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.services import Services
from bot.throttle import Throttle

if TYPE_CHECKING:
    from bot.delivery.engine import DeliveryEngine


class BotData:
    """PTB's `bot_data`: holds the services, attached right after the Application is built."""

    def __init__(self) -> None:
        self._services: Services | None = None
        self._delivery: DeliveryEngine | None = None
        # Per-user limits on charts and exports (bot.throttle).
        self.throttle = Throttle()
        # The crisis screen's rules compiling in a thread after start (bot.app._post_init).
        self.screen_ready: asyncio.Future[None] | None = None

    def attach(self, services: Services) -> None:
        """Attach the services (once)."""
        self._services = services

    @property
    def services(self) -> Services:
        """Return the attached services."""
        if self._services is None:
            raise RuntimeError("services are not attached to the application")
        return self._services

    def attach_delivery(self, engine: DeliveryEngine) -> None:
        """Attach the delivery engine (built once the bot exists)."""
        self._delivery = engine

    @property
    def delivery(self) -> DeliveryEngine:
        """Return the delivery engine."""
        if self._delivery is None:
            raise RuntimeError("the delivery engine is not attached to the application")
        return self._delivery


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """CallbackContext with typed access to the services."""

    @property
    def services(self) -> Services:
        """Return the application's services."""
        return self.bot_data.services


BotApplication = Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], BotData, Any]
