"""The journal in a real browser: Debian's headless Chromium, driven by Playwright, on a phone's
screen (390×844), against the real server on a real SQLite file.

Without /usr/bin/chromium these tests are skipped with the reason, unless `CI=true`: then they
fail (.ci/run installs it). Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
from playwright.async_api import Browser, Page, Playwright, async_playwright, expect

from bot.clock import FakeClock
from bot.content import Content
from bot.db import migrate
from bot.db.engine import Database
from bot.db.models import Reflection, User
from bot.domain import safety
from bot.sandbox.fake_api import FakeBotApi
from bot.store import reflections
from bot.webapp.server import WebAppServer
from devsupport import pg
from tests.harness import Chat, running
from tests.steps import onboard
from tests.webapp.seed import ADA, ADA_WORD, TOKEN, Seeded, init_data, seed

CHROMIUM = Path(os.environ.get("LETIN_TEST_CHROMIUM", "/usr/bin/chromium"))
ROOT = Path(__file__).resolve().parents[2]
# Screenshots a run leaves behind (ignored by git); docs/miniapp.png is one kept by hand.
ARTIFACTS = ROOT / "test-artifacts"
PHONE = {"width": 390, "height": 844}


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)"
    if pg.ci():
        pytest.fail(f"{reason} (CI=true: the browser tests must run)", pytrace=False)
    pytest.skip(reason)


@dataclass
class Journal:
    """The page, the server's address, what was seeded, and every request the page made."""

    page: Any
    base: str
    db: Database
    seeded: Seeded
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# What Telegram's apps give the page: a bridge whose postEvent the page calls (recorded here),
# and the theme in the URL fragment.
TELEGRAM_BRIDGE = """
window.telegramEvents = [];
window.TelegramWebviewProxy = {
  postEvent: (type, data) => window.telegramEvents.push([type, JSON.parse(data || "{}")]),
};
"""
THEME = {"bg_color": "#101418", "text_color": "#fafafa", "button_color": "#8e44ad"}


async def _phone(playwright: Playwright) -> tuple[Browser, Page]:
    """Debian's Chromium, and a page in it the size of a phone."""
    browser = await playwright.chromium.launch(executable_path=str(CHROMIUM))
    context = await browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    return browser, await context.new_page()


@pytest.fixture
async def journal(
    tmp_path: Path, clock: FakeClock, content: Content, request: pytest.FixtureRequest
) -> AsyncIterator[Journal]:
    in_telegram = request.node.get_closest_marker("in_telegram") is not None
    _need_chromium()
    # The crisis screen compiles once per test session, before the page waits on an edit:
    # the bot does it at start-up, and an edit made in its first seconds waits for it.
    await asyncio.to_thread(safety.warm)
    url = f"sqlite+aiosqlite:///{tmp_path / 'journal.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    db = Database.from_url(url)
    seeded = await seed(db, clock, content, days=40)
    server = WebAppServer(db, content, clock, TOKEN, "127.0.0.1", 0)
    await server.start()
    try:
        async with async_playwright() as playwright:
            browser, page = await _phone(playwright)
            if in_telegram:
                await page.add_init_script(TELEGRAM_BRIDGE)
            opened = Journal(page, f"http://127.0.0.1:{server.port}", db, seeded)
            page.on("request", lambda request: opened.requests.append(request.url))
            page.on("pageerror", lambda error: opened.problems.append(f"error: {error}"))
            page.on(
                "console",
                lambda message: (
                    opened.problems.append(f"console: {message.text}")
                    if message.type in ("error", "warning")
                    else None
                ),
            )
            given = {"tgWebAppData": init_data(clock), "tgWebAppVersion": "8.0"}
            if in_telegram:
                given["tgWebAppThemeParams"] = json.dumps(THEME)
            fragment = urlencode(given)
            await page.goto(f"{opened.base}/app/#{fragment}")
            await page.wait_for_selector("body[data-ready=true]", timeout=10_000)
            yield opened
            await browser.close()
    finally:
        await server.stop()
        await db.dispose()
    # Nothing left for anywhere but this server: no CDN, no telegram.org, no fonts.
    assert opened.requests
    assert {urlsplit(u).hostname for u in opened.requests} == {"127.0.0.1"}, opened.requests
    # No script error, and nothing the Content-Security-Policy refused.
    assert opened.problems == []


async def test_the_journal_opens_on_a_phone_with_this_months_calendar(journal: Journal) -> None:
    page = journal.page
    today = journal.seeded.today
    assert await page.text_content("#month-title") == f"{today:%B %Y}"
    days = page.locator("#calendar .day")
    assert await days.count() == 30  # November 2026
    cell = page.locator(f'.day[data-date="{today.isoformat()}"]')
    label = await cell.get_attribute("aria-label")
    # Not colour alone: the number, the marks and the label say it too.
    assert label is not None and "kindness 1 of 5" in label and "written" in label
    assert "1" in (await cell.inner_text())
    friction_day = (today - timedelta(days=1)).isoformat()
    assert "▲" in await page.locator(f'.day[data-date="{friction_day}"]').inner_text()
    assert await page.locator("#entries .entry").count() == 20
    ready_ms = await page.evaluate("performance.getEntriesByName('journal-ready')[0].startTime")
    # The page marks when it is ready; how soon is measured, never asserted here (speed
    # belongs to benchmarks: a timed assertion fails on a busy machine, not on a slow page).
    print(f"journal ready {ready_ms:.0f} ms after navigation")  # noqa: T201
    assert ready_ms > 0
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "miniapp-390x844.png"))


async def test_a_day_opens_with_its_entries_and_their_prompts(journal: Journal) -> None:
    page = journal.page
    day = journal.seeded.today - timedelta(days=1)
    await page.click(f'.day[data-date="{day.isoformat()}"]')
    # (The page's CSP forbids evaluating strings, so waits go through locators.)
    await expect(page.locator("#list-title")).to_have_text("Sat 28 Nov")
    entries = page.locator("#entries .entry")
    assert await entries.count() == 2  # the day's self-compassion entry and its review
    assert await page.locator("#entries .entry .prompt").count() >= 1
    assert "with Mia" in await entries.nth(0).inner_text()


async def test_a_search_finds_a_word_and_an_edit_shows_in_history(journal: Journal) -> None:
    page = journal.page
    await page.fill("#q", ADA_WORD)
    await expect(page.locator("#list-title")).to_have_text(f"Found for “{ADA_WORD}”")
    entries = page.locator("#entries .entry")
    assert await entries.count() == 1
    assert ADA_WORD in await entries.nth(0).inner_text()

    await entries.nth(0).locator("button.edit").click()
    await page.fill("#edit-text", "Day 10: I walked to the lighthouse and sat a while.")
    await page.click("#save")
    await page.wait_for_selector("#journal:not([hidden])")
    await expect(page.locator("#entries .entry").nth(0)).to_contain_text("sat a while")
    await expect(page.locator("#status")).to_have_text("Saved.")
    # /history shows the edited words: its pages come from the same rows.
    texts: list[str | None] = []
    async with journal.db.transaction() as session:
        more, number = True, 0
        while more:
            rows, more = await reflections.history_page(session, ADA, None, number, 5)
            texts += [row.text for row in rows]
            number += 1
    assert "Day 10: I walked to the lighthouse and sat a while." in texts


async def test_deleting_an_entry_asks_first(journal: Journal) -> None:
    page = journal.page
    await expect(page.locator("#entries .entry")).to_have_count(20)
    first = page.locator("#entries .entry").nth(0)
    entry_id = int(await first.get_attribute("data-id") or 0)
    await first.locator("button.edit").click()
    await page.click("#delete")
    assert await page.is_visible("#confirm")
    await page.click("#keep")
    assert not await page.is_visible("#confirm")
    await page.click("#delete")
    await page.click("#confirm-delete")
    await page.wait_for_selector(f'#entries .entry[data-id="{entry_id}"]', state="detached")
    async with journal.db.transaction() as session:
        assert await session.get(Reflection, entry_id) is None


async def test_people_lists_traits_and_friction(journal: Journal) -> None:
    page = journal.page
    await page.click('.tab[data-page="people"]')
    await expect(page.locator("#people-list .person")).to_have_count(2)
    text = await page.inner_text("#people-list")
    assert "Sam" in text and "Reliable" in text
    assert "Mia" in text and "Friction ×" in text


async def test_words_of_crisis_in_an_edit_bring_the_helplines(journal: Journal) -> None:
    page = journal.page
    await page.locator("#entries .entry button.edit").nth(0).click()
    await page.fill("#edit-text", "I don't want to be alive anymore")
    await page.click("#save")
    await expect(page.locator("#care")).to_be_visible()
    await expect(page.locator("#care-text")).to_contain_text("112")
    await page.click("#care-close")
    await expect(page.locator("#care")).to_be_hidden()


async def test_patterns_are_charts_whose_bars_open_their_day(journal: Journal) -> None:
    page = journal.page
    today = journal.seeded.today
    await page.click('.tab[data-page="patterns"]')
    week = page.locator("#chart .bar")
    await expect(week).to_have_count(7)
    await expect(page.locator("#trend .bar")).to_have_count(8)
    yesterday = (today - timedelta(days=1)).isoformat()
    label = await page.locator(f'#chart .bar[data-key="{yesterday}"]').get_attribute("aria-label")
    assert label is not None and "friction" in label
    await page.screenshot(path=str(ARTIFACTS / "miniapp-patterns-390x844.png"))
    await page.click(f'#chart .bar[data-key="{yesterday}"]')
    await expect(page.locator("#list-title")).to_have_text("Sat 28 Nov")

    await page.click('.tab[data-page="patterns"]')
    await page.click('.segment[data-view="year"]')
    await expect(page.locator("#chart .bar")).to_have_count(11)  # January to November
    await page.click('#chart .bar[data-key="2026-11"]')
    await expect(page.locator("#period-title")).to_have_text("November 2026")
    await expect(page.locator("#chart .bar")).to_have_count(29)


async def events(page: Any) -> list[list[Any]]:
    found: list[list[Any]] = await page.evaluate("window.telegramEvents")
    return found


@pytest.mark.in_telegram
async def test_in_telegram_the_theme_back_button_and_haptics_are_telegrams(
    journal: Journal,
) -> None:
    page = journal.page
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(16, 20, 24)"  # the theme's bg_color
    tab = page.locator('.tab[data-page="journal"]')
    assert await tab.evaluate("t => getComputedStyle(t).backgroundColor") == "rgb(142, 68, 173)"
    assert ["web_app_ready", {}] in await events(page)
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "miniapp-telegram-theme-390x844.png"))

    await page.locator("#entries .entry button.edit").nth(0).click()
    assert ["web_app_setup_back_button", {"is_visible": True}] in await events(page)
    # Telegram's back button, pressed: its apps call receiveEvent on the page.
    await page.evaluate("window.Telegram.WebView.receiveEvent('back_button_pressed', null)")
    await expect(page.locator("#journal")).to_be_visible()
    assert (await events(page))[-1] == ["web_app_setup_back_button", {"is_visible": False}]

    day = (journal.seeded.today - timedelta(days=2)).isoformat()
    await page.click(f'.day[data-date="{day}"]')
    assert ["web_app_trigger_haptic_feedback", {"type": "selection_change"}] in await events(page)


# ---- the user's language -------------------------------------------------------------------

# Page words that are English and no word of the other locales (as tests/test_content.py's).
ENGLISH_WORDS = frozenset(
    [
        "the", "and", "you", "your", "with", "what", "this", "that", "for", "are", "was", "when",
        "week", "today", "kindness", "friction", "calm", "written", "entries", "entry", "search",
        "journal", "settings", "people", "patterns", "edit", "save", "cancel", "delete", "month",
        "year", "timeline", "notes", "note", "everyone", "close", "pause", "resume", "timezone",
        "language", "days", "day", "time", "prompts", "summary", "keep", "older", "found",
        "filtered", "nothing", "tap", "bar",
    ]
)  # fmt: skip
# Every string the page shows or says to a screen reader, but the user's own words (marked
# translate="no") and the names of the languages (each in itself).
SHOWN = """() => {
  const own = (node) => node.closest('[translate="no"], #set-language');
  const found = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement && !own(node.parentElement) && node.textContent.trim()) {
      found.push(node.textContent.trim());
    }
  }
  for (const node of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
    if (own(node)) continue;
    for (const name of ["aria-label", "placeholder", "title"]) {
      if (node.getAttribute(name)) found.push(node.getAttribute(name));
    }
  }
  return found;
}"""


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&lt;", "<").replace("&gt;", ">")


def english_shown(shown: list[str], content: Content, locale: str) -> list[str]:
    """English on the page of a user of another locale, found as tests/e2e/test_locales.py
    finds it in a chat: stretches of English messages of three words or more that the locale
    never says, whole English labels, and words only English has."""
    english, texts = content.texts("en"), content.texts(locale)
    forms = [*english.messages.values()]
    forms += [f for p in english.plurals.values() for f in p.forms.values()]
    own = "\n".join(
        [_plain(v) for v in texts.messages.values()]
        + [_plain(f) for p in texts.plurals.values() for f in p.forms.values()]
    )
    sentences = {
        words
        for form in forms
        for chunk in re.split(r"\{[^}]*\}|\n", form)
        if len(re.findall(r"[A-Za-z']{2,}", words := _plain(chunk).strip(" •:—-."))) >= 3
        and words not in own
    }
    labels = {
        _plain(v).strip()
        for k, v in english.messages.items()
        if "\n" not in v.strip() and k != "language.name" and re.search(r"[A-Za-z]{2,}", v)
    } - {_plain(v).strip() for v in texts.messages.values()}
    leaks = [f"{s!r} in {text!r}" for text in shown for s in sentences if s in text]
    leaks += [f"label {text!r}" for text in shown if text in labels]
    leaks += [
        f"{word!r} in {text!r}"
        for text in shown
        for word in re.findall(r"[A-Za-z]+", text)
        if word.lower() in ENGLISH_WORDS
    ]
    return leaks


async def test_a_russian_user_finds_no_english_on_any_page(
    journal: Journal, content: Content
) -> None:
    page = journal.page
    async with journal.db.transaction() as session:
        user = await session.get(User, ADA)
        assert user is not None
        user.locale = "ru"
    await page.reload()
    await page.wait_for_selector("body[data-ready=true][data-words=ru]", timeout=10_000)
    assert await page.evaluate("document.documentElement.lang") == "ru"
    shown: list[str] = []

    async def look() -> None:
        shown.extend(await page.evaluate(SHOWN))

    await look()  # the journal: this month's calendar and the timeline
    assert await page.text_content("#month-title") == "Ноябрь 2026"
    day = journal.seeded.today - timedelta(days=1)
    await page.click(f'.day[data-date="{day.isoformat()}"]')
    await expect(page.locator("#list-title")).to_have_text("Сб, 28 ноя")
    await look()  # a day
    await page.click("#clear")
    await page.fill("#q", ADA_WORD)
    await expect(page.locator("#list-title")).to_have_text(f"Найдено по «{ADA_WORD}»")
    await look()  # a search
    await page.click('.tab[data-page="patterns"]')
    await expect(page.locator("#chart .bar")).to_have_count(7)
    await look()  # the week
    for view, bars in (("month", 29), ("year", 11)):
        await page.click(f'.segment[data-view="{view}"]')
        await expect(page.locator("#chart .bar")).to_have_count(bars)
        await look()
    await page.click('.tab[data-page="people"]')
    await expect(page.locator("#people-list .person")).to_have_count(2)
    await look()
    await page.click('.tab[data-page="settings"]')
    await page.wait_for_selector("body[data-settings=ready]")
    await look()
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "miniapp-settings-ru-390x844.png"))
    assert len(shown) > 100
    assert english_shown(shown, content, "ru") == []
    # Numbers as Russian writes them: a decimal comma.
    assert re.search(r"\d,\d", " ".join(shown))


async def test_a_time_changed_in_the_app_is_the_one_the_chats_settings_show(
    fake_api: FakeBotApi, tmp_path: Path, clock: FakeClock, content: Content
) -> None:
    _need_chromium()
    url = f"sqlite+aiosqlite:///{tmp_path / 'letin.sqlite3'}"
    await asyncio.to_thread(migrate.upgrade, url)
    async with running(fake_api, url, clock, content) as bot:
        chat = Chat(api=bot.api, user=bot.api.user(ADA, "Ada"))
        await onboard(chat)
        before = await chat.send("/settings")
        assert "Self-compassion: 08:30" in _plain(before["text"])
        server = WebAppServer(bot.app.bot_data.services.db, content, clock, TOKEN, "127.0.0.1", 0)
        await server.start()
        try:
            async with async_playwright() as playwright:
                browser, page = await _phone(playwright)
                fragment = urlencode({"tgWebAppData": init_data(clock), "tgWebAppVersion": "8.0"})
                await page.goto(f"http://127.0.0.1:{server.port}/app/#{fragment}")
                await page.wait_for_selector("body[data-ready=true]", timeout=10_000)
                await page.click('.tab[data-page="settings"]')
                await page.wait_for_selector("body[data-settings=ready]")
                ARTIFACTS.mkdir(exist_ok=True)
                await page.screenshot(path=str(ARTIFACTS / "miniapp-settings-390x844.png"))
                time_input = page.locator('.track[data-track="self_compassion"] input.time')
                await expect(time_input).to_have_value("08:30")
                await time_input.fill("07:15")
                await expect(page.locator("#status")).to_have_text(
                    "Done: Self-compassion now at 07:15."
                )
                await browser.close()
        finally:
            await server.stop()
        after = await chat.send("/settings")
        assert "Self-compassion: 07:15" in _plain(after["text"])
        assert "Noticing what you value: 20:30" in _plain(after["text"])
