"""The API as the page calls it, over real HTTP, signed for one user (tests/webapp/conftest.py
serves it on a seeded database)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import aiohttp

from bot.clock import FakeClock
from tests.webapp.seed import ADA, Seeded, init_data

JsonDict = dict[str, Any]


@dataclass
class Client:
    """The API as the page calls it, signed for one user."""

    http: aiohttp.ClientSession
    base: str
    clock: FakeClock
    seeded: Seeded
    user_id: int = ADA

    def headers(self, user_id: int | None = None) -> dict[str, str]:
        return {"Authorization": f"tma {init_data(self.clock, user_id or self.user_id)}"}

    async def call(
        self, method: str, path: str, *, user_id: int | None = None, **kwargs: Any
    ) -> tuple[int, Any]:
        headers = kwargs.pop("headers", None) or self.headers(user_id)
        async with self.http.request(
            method, self.base + path, headers=headers, **kwargs
        ) as response:
            return response.status, await response.json()

    async def get(self, path: str, **kwargs: Any) -> JsonDict:
        status, body = await self.call("GET", path, **kwargs)
        assert status == 200, body
        assert isinstance(body, dict)
        return body
