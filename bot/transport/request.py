"""How the bot talks HTTP to the Bot API: PTB's `BaseRequest` over aiohttp.

PTB ships `HTTPXRequest`. aiohttp (already the bot's web server) sends the same request for
about a third of the CPU: 0.15 ms against 0.48 ms per sendMessage to the local fake Bot API
(bench/request_cost.py), and every prompt and every answer is one request. The wire format is
the one PTB's own request uses: form fields, or multipart when a file is sent.

Timeouts keep PTB's meaning, mapped onto aiohttp's:
- connect: opening a connection (`sock_connect`);
- pool: waiting for a free pooled connection; aiohttp counts that wait and the connecting
  together (`connect`), so the limit there is pool plus connect;
- read: the longest wait for the next bytes of the answer (`sock_read`);
- write: aiohttp has no separate limit; a request carrying a file is bounded as a whole by
  its media write timeout plus the read timeout. Other requests are a few hundred bytes.
A timeout raises `telegram.error.TimedOut`; any other failure `telegram.error.NetworkError`.

Only PTB's public API is used at run time: "no timeout given" is told apart by the type of
`BaseRequest.DEFAULT_NONE` (PTB's private module is imported for type checking only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.transport.updates import RepeatedBatches

if TYPE_CHECKING:
    from telegram._utils.types import ODVInput

# The type of PTB's "argument not given" marker (BaseRequest.DEFAULT_NONE and its kin).
_NOT_GIVEN = type(BaseRequest.DEFAULT_NONE)


def _value(given: ODVInput[float], default: float | None) -> float | None:
    """A timeout as given, or `default` where none was."""
    return default if isinstance(given, _NOT_GIVEN) else cast("float | None", given)


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _plus(first: float | None, second: float | None) -> float | None:
    return None if first is None or second is None else first + second


class AiohttpRequest(BaseRequest):
    """Requests to the Bot API over one aiohttp session with a bounded connection pool."""

    __slots__ = ("_batches", "_media_write_timeout", "_pool_size", "_session", "_timeouts")

    def __init__(
        self,
        *,
        connection_pool_size: int = 1,
        connect_timeout: float | None = 5.0,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._timeouts = {
            "connect": connect_timeout,
            "read": read_timeout,
            "write": write_timeout,
            "pool": pool_timeout,
        }
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        # getUpdates answers that come back unread (bot.transport.updates.RepeatedBatches).
        self._batches = RepeatedBatches()

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout, in seconds."""
        return self._timeouts["read"]

    async def initialize(self) -> None:
        """Open the session (inside the running event loop)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                # Idle connections are closed after 5 s, as httpx does: a connection the
                # server dropped meanwhile would fail the next request with a network error.
                connector=aiohttp.TCPConnector(limit=self._pool_size, keepalive_timeout=5.0),
                timeout=aiohttp.ClientTimeout(total=None),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _limit(self, given: ODVInput[float], name: str) -> float | None:
        return _value(given, self._timeouts[name])

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; return the status code and the body."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._limit(read_timeout, "read")
        connect = self._limit(connect_timeout, "connect")
        pool = self._limit(pool_timeout, "pool")
        total = None
        body: aiohttp.FormData | bytes | None = None
        headers = None
        if request_data is not None and request_data.contains_files:
            form = aiohttp.FormData(request_data.json_parameters)
            for field, (filename, content, mime) in request_data.multipart_data.items():
                form.add_field(field, content, filename=filename, content_type=mime)
            body = form
            write = _value(write_timeout, self._media_write_timeout)
            total = _plus(_plus(write, read), _plus(pool, connect))
        elif request_data is not None and request_data.json_parameters:
            body = request_data.url_encoded_parameters().encode()
            headers = FORM
        timeout = aiohttp.ClientTimeout(
            total=total, connect=_plus(pool, connect), sock_connect=connect, sock_read=read
        )
        try:
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                body_read = await response.read()
                if response.status == 200 and url.endswith("/getUpdates"):
                    body_read = self._batches.check(body_read)
                return response.status, body_read
        except TimeoutError as exc:  # aiohttp's timeouts are TimeoutErrors
            raise TimedOut from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
