"""Updates by webhook, on a small aiohttp server of the bot's own.

PTB's built-in webhook server reads any body up to 100 MB before it looks at the secret,
keeps a connection with unfinished headers open for an hour, compares the secret with `!=`
and logs an update it cannot read together with its content. PTB documents serving the
webhook from one's own web framework; this server does it with the limits a public endpoint
needs:
- only a POST to the webhook's path is served;
- the secret token is compared in constant time, before the body is read;
- a body over MAX_BODY_BYTES is refused from its Content-Length, and a chunked one stops
  being read at that size (an update is a few kilobytes);
- request headers must arrive within HEADER_TIMEOUT seconds of connecting (or of the last
  answer on a kept-alive connection), the body within BODY_TIMEOUT;
- an update PTB cannot read is counted and skipped by its id (bot.transport.updates.read_update) and
  answered 200, so that Telegram does not send it again and again.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from http import HTTPStatus

from aiohttp import web
from telegram.ext import Application

from bot.transport.site import Site
from bot.transport.updates import read_update

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20
HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 10.0


class WebhookServer:
    """Receives Telegram's updates on `path` and puts them on the Application's queue."""

    def __init__(
        self,
        app: Application,  # type: ignore[type-arg]
        *,
        listen: str,
        port: int,
        path: str,
        secret_token: str,
        header_timeout: float | None = None,
        body_timeout: float | None = None,
    ) -> None:
        self._app = app
        self._path = "/" + path.lstrip("/")
        self._secret = secret_token.encode()
        self._body_timeout = BODY_TIMEOUT if body_timeout is None else body_timeout
        # aiohttp closes a connection that has not sent a whole request within the
        # keep-alive timeout, counted from connecting or from the last answer.
        self._site = Site(
            listen,
            port,
            keepalive_timeout=HEADER_TIMEOUT if header_timeout is None else header_timeout,
        )

    @property
    def port(self) -> int:
        """The port actually bound (useful when asked for port 0 in tests)."""
        return self._site.port

    async def start(self) -> None:
        """Bind and start serving."""
        server = web.Application(client_max_size=MAX_BODY_BYTES)
        server.router.add_post(self._path, self._receive)
        await self._site.start(server)
        logger.info("Webhook served on %s:%d%s", self._site.host, self.port, self._path)

    async def stop(self) -> None:
        """Stop serving."""
        await self._site.stop()

    async def _receive(self, request: web.Request) -> web.Response:
        token = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(token, self._secret):
            return web.Response(status=HTTPStatus.FORBIDDEN)
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            return web.Response(status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        try:
            async with asyncio.timeout(self._body_timeout):
                body = await request.read()
        except TimeoutError:
            return web.Response(status=HTTPStatus.REQUEST_TIMEOUT)
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        try:
            raw = json.loads(body)
        except ValueError:
            return web.Response(status=HTTPStatus.BAD_REQUEST)
        update = read_update(raw, self._app.bot)
        if update is not None:
            await self._app.update_queue.put(update)
        return web.Response(status=HTTPStatus.OK)
