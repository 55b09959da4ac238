"""With the journal's public URL set (WEBAPP_URL), /history and /summary offer to open it."""

from __future__ import annotations

from dataclasses import replace

from tests.harness import Chat, Harness
from tests.steps import set_up

URL = "https://bot.example.com/app/"


def _journal(harness: Harness, url: str | None) -> None:
    services = harness.app.bot_data.services
    harness.app.bot_data.attach(replace(services, webapp_url=url))


def _web_apps(message: dict) -> list[tuple[str, str]]:
    markup = message.get("reply_markup") or {}
    return [
        (button["text"], button["web_app"]["url"])
        for row in markup.get("inline_keyboard", [])
        for button in row
        if "web_app" in button
    ]


async def test_history_and_summary_open_the_journal_when_it_has_a_url(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await chat.send("I let myself rest today")
    harness.api.drain()
    _journal(harness, URL)
    history = await chat.send("/history")
    assert _web_apps(history) == [("📖 Open journal", URL)]
    chat.user.send_text("/summary")
    week = await chat.until("Your week")
    assert _web_apps(week) == [("📖 Open journal", URL)]
    chat.user.send_text("/summary month")
    month = await chat.until("Your month")
    assert _web_apps(month) == [("📖 Open journal", URL)]


async def test_without_a_url_nothing_offers_the_journal(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await chat.send("I let myself rest today")
    harness.api.drain()
    _journal(harness, None)
    assert _web_apps(await chat.send("/history")) == []
    chat.user.send_text("/summary")
    assert _web_apps(await chat.until("Your week")) == []
