"""One aiohttp application served on one address (the metrics server's and the webhook's)."""

from __future__ import annotations

from typing import Any

from aiohttp import web


class Site:
    """Binds an aiohttp application to host:port, without an access log, and unbinds it."""

    def __init__(self, host: str, port: int, **runner_options: Any) -> None:
        self.host = host
        self.wanted_port = port
        self._options = runner_options
        self._runner: web.AppRunner | None = None

    @property
    def port(self) -> int:
        """The port actually bound (useful when asked for port 0 in tests)."""
        assert self._runner is not None, "the server is not running"
        return int(self._runner.addresses[0][1])

    async def start(self, app: web.Application) -> None:
        """Bind and start serving `app`; OSError (and nothing left open) if the port is taken."""
        runner = web.AppRunner(app, access_log=None, **self._options)
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.wanted_port).start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner

    async def stop(self) -> None:
        """Stop serving (nothing to do if not started)."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
