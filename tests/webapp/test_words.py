"""The journal speaks the user's language: its words come from content with /app/api/me, and
the API's errors are told in the user's language too. On SQLite and PostgreSQL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content import Content
from bot.db.engine import Database
from bot.store import accounts
from bot.webapp import words
from tests.webapp.client import Client
from tests.webapp.seed import ADA, EVE

STATIC = Path(words.__file__).resolve().parent / "static"


async def _speaks(db: Database, user_id: int, locale: str) -> None:
    async with db.transaction() as session:
        user = await accounts.get_user(session, user_id)
        assert user is not None
        user.locale = locale


@pytest.mark.parametrize("locale", ["ru", "es"])
async def test_me_gives_the_pages_words_in_the_users_language(
    client: Client, db: Database, content: Content, locale: str
) -> None:
    await _speaks(db, ADA, locale)
    body = await client.get("/app/api/me")
    assert body["locale"] == locale
    given = body["words"]
    texts = content.texts(locale)
    assert given["tab_journal"] == texts.raw("webapp.tab_journal")
    assert given["settings.title"] == texts.raw("webapp.settings.title")
    assert given["weekday.0"] == texts.raw("weekday.0")
    assert given["month_long.11"] == texts.raw("month_long.11")
    # A count comes with its forms: Russian has one, few and many.
    entries = given["entries"]
    assert entries["plural"] == "count"
    assert set(entries["forms"]) >= ({"one", "few", "many"} if locale == "ru" else {"one"})
    # The chat's words the page shares come without their HTML.
    assert given["retention.title"] == words.plain(texts.raw("retention.title"))
    assert not any("<" in w for w in given.values() if isinstance(w, str))
    assert {t["label"] for t in body["tracks"]} >= {texts.raw("track.self_compassion")}
    # Eve still gets English: the words are the signed user's.
    eve = await client.get("/app/api/me", user_id=EVE)
    assert eve["locale"] == "en" and eve["words"]["tab_journal"] == "Journal"


@pytest.mark.parametrize("locale", ["ru", "es"])
async def test_errors_are_told_in_the_users_language(
    client: Client, db: Database, content: Content, locale: str
) -> None:
    await _speaks(db, ADA, locale)
    status, body = await client.call("GET", "/app/api/entries?date=nope")
    assert status == 400
    assert body["error"] == words.say(content, locale, "webapp.error.invalid")
    assert "2026-11-29" in body["detail"]  # for whoever wrote the request, in English
    mine = client.seeded.ids[ADA][0]
    status, body = await client.call("PATCH", f"/app/api/entries/{mine}", json={"text": "  "})
    assert status == 400
    assert body["error"] == words.say(content, locale, "webapp.empty_text")
    # Before the user is known: the language of the browser (or of their Telegram app).
    status, body = await client.call(
        "GET", "/app/api/me", headers={"Accept-Language": f"{locale}-419,en;q=0.5"}
    )
    assert status == 401
    assert body["error"] == words.say(content, locale, "webapp.error.open_from_telegram")
    status, body = await client.call("GET", "/app/api/me", user_id=3003)
    assert (status, body["error"]) == (403, "Start the bot in Telegram first.")


def test_the_pages_hold_no_words_of_their_own() -> None:
    """Every word of index.html comes from content: its elements name keys, never text."""
    page = (STATIC / "index.html").read_text()
    body = re.sub(r"<!--.*?-->", "", page.split("<body>", 1)[1], flags=re.S)
    text = re.sub(r"<[^>]+>", " ", body)
    assert re.findall(r"[A-Za-z]{2,}", text) == []
    assert "<title></title>" in page


def test_every_key_the_page_names_is_in_the_words(content: Content) -> None:
    given = words.words(content, "en")
    page = (STATIC / "index.html").read_text()
    script = (STATIC / "app.js").read_text()
    named = set(re.findall(r'data-t(?:-aria|-placeholder)?="([\w.]+)"', page))
    named |= set(re.findall(r'\bt\("([\w.]+)"', script))
    assert named and named - set(given) == set()
