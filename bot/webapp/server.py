"""The Mini App's server: the pages under /app/, the JSON API under /app/api/, one address.

The pages are three static files of this package, read once. Every response carries a strict
Content-Security-Policy (everything from this server, nothing from anywhere else: no CDN,
not even Telegram's own script), `nosniff`, `no-referrer` and `no-store`: nothing is cached
beyond the page's own life.
"""

from __future__ import annotations

import logging
from importlib import resources

from aiohttp import web

from bot.clock import Clock
from bot.content import Content
from bot.db.engine import Database
from bot.helplines import HelplineDirectory, load_helplines
from bot.transport.site import Site
from bot.webapp import api, settings

logger = logging.getLogger(__name__)

APP_PATH = "/app/"
# The files of bot/webapp/static/ and the type each is served as.
STATIC_FILES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}
# Telegram Web (web.telegram.org) shows a Mini App in a frame: that is the only other origin
# named, and it only allows the framing; the page itself loads nothing from anywhere else.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self' https://web.telegram.org",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def static_files() -> dict[str, bytes]:
    """The pages, read from the package."""
    folder = resources.files("bot.webapp") / "static"
    return {name: (folder / name).read_bytes() for name in STATIC_FILES}


@web.middleware
async def security_headers(request: web.Request, handler: api.Handler) -> web.StreamResponse:
    """Every response, errors included, gets the security headers."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        exc.headers.update(SECURITY_HEADERS)
        raise
    response.headers.update(SECURITY_HEADERS)
    return response


def create_app(
    db: Database,
    content: Content,
    clock: Clock,
    token: str,
    helplines: HelplineDirectory | None = None,
    on_language: settings.LanguageHook | None = None,
) -> web.Application:
    """The web application: pages and API."""
    app = web.Application(client_max_size=api.MAX_BODY_BYTES, middlewares=[security_headers])
    files = static_files()

    async def page(request: web.Request) -> web.Response:
        name = request.match_info.get("name") or "index.html"
        if name not in files:
            raise web.HTTPNotFound()
        return web.Response(body=files[name], content_type=None, headers=_typed(name))

    async def to_app(request: web.Request) -> web.Response:
        raise web.HTTPFound(APP_PATH)

    config = api.Config(
        db=db,
        content=content,
        clock=clock,
        token=token,
        helplines=helplines if helplines is not None else load_helplines(),
    )
    api.add_routes(app, config)
    settings.add_routes(app, on_language)
    app.router.add_get("/app", to_app)
    app.router.add_get(APP_PATH, page)
    app.router.add_get(APP_PATH + "{name:[a-z]+\\.(?:html|js|css)}", page)
    return app


def _typed(name: str) -> dict[str, str]:
    return {"Content-Type": STATIC_FILES[name]}


class WebAppServer:
    """Serves the Mini App on host:port (started after the bot, stopped before its database)."""

    def __init__(
        self,
        db: Database,
        content: Content,
        clock: Clock,
        token: str,
        host: str,
        port: int,
        helplines: HelplineDirectory | None = None,
        on_language: settings.LanguageHook | None = None,
    ) -> None:
        self._app_args = (db, content, clock, token, helplines, on_language)
        self._site = Site(host, port)

    @property
    def port(self) -> int:
        """The port actually bound (useful when asked for port 0 in tests)."""
        return self._site.port

    @property
    def host(self) -> str:
        """The address it listens on."""
        return self._site.host

    async def start(self) -> None:
        """Bind and start serving; OSError if the port is taken."""
        await self._site.start(create_app(*self._app_args))
        logger.info("Journal (Mini App) on http://%s:%d%s", self._site.host, self.port, APP_PATH)

    async def start_or_warn(self) -> bool:
        """Start serving, or log why not: a busy port must not stop the bot; True if serving."""
        try:
            await self.start()
        except OSError as exc:
            logger.warning(
                "Journal (Mini App) not served: cannot listen on %s:%d (%s)",
                self._site.host,
                self._site.wanted_port,
                exc.strerror or type(exc).__name__,
            )
            return False
        return True

    async def stop(self) -> None:
        """Stop serving."""
        await self._site.stop()
