"""What a user does in the tests, and what the tests read back: steps shared by the handler
and end-to-end tests."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.db.models import Delivery, Person, Reflection, User
from bot.domain.tracks import MONTHLY
from bot.store import accounts
from tests.harness import Chat, Harness


async def reflections(harness: Harness) -> list[Reflection]:
    async with harness.app.bot_data.services.db.transaction() as session:
        return list((await session.scalars(select(Reflection).order_by(Reflection.id))).all())


async def people(harness: Harness) -> list[Person]:
    async with harness.app.bot_data.services.db.transaction() as session:
        return list((await session.scalars(select(Person).order_by(Person.id))).all())


async def only_track(chat: Chat, harness: Harness, track_button: str) -> None:
    """Leave only one track on, so that one prompt is open at a time."""
    menu = await chat.send("/settings")
    tracks = await chat.press(menu, "✅ Tracks on/off")
    for label in ("Self-compassion", "Noticing what you value", "Reviewing conflicts"):
        if label != track_button:
            tracks = await chat.press(tracks, f"✅ {label}")
    harness.api.drain()


async def deliver(harness: Harness, chat: Chat) -> dict:
    """Run the tick at the due time and return the prompt message."""
    harness.clock.advance(timedelta(minutes=2))
    counts = await harness.tick()
    assert counts.sent >= 1
    return await chat.reply()


PROMPT_HEADERS = ("Self-compassion", "Noticing what you value", "Reviewing conflicts")


async def set_up(chat: Chat, harness: Harness, hhmm: str = "09:01") -> None:
    """Onboard in UTC with every prompt at one time (the clock stands at 09:00 UTC)."""
    await begin(chat)
    await chat.send("UTC")
    times = await chat.reply()
    await chat.press(times, "I'll type a time")
    summary = await chat.send(hhmm)
    assert "You're all set" in summary["text"]
    harness.api.drain()


async def deliveries(harness: Harness, *, monthly: bool = False) -> list[Delivery]:
    """Every delivery row, oldest first; the monthly summary (planned a month ahead from
    onboarding on) only if `monthly`, so that prompt tests see their own rows."""
    query = select(Delivery).order_by(Delivery.id)
    if not monthly:
        query = query.where(Delivery.track != MONTHLY)
    async with harness.app.bot_data.services.db.transaction() as session:
        return list((await session.scalars(query)).all())


def prompts_sent(harness: Harness, chat_id: int) -> list[dict]:
    return [
        m
        for m in harness.api.sent_messages(chat_id)
        if m.get("text", "").startswith(PROMPT_HEADERS)
    ]


def buttons(message: dict) -> list[str]:
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


async def load_user(harness: Harness, user_id: int) -> User | None:
    async with harness.app.bot_data.services.db.transaction() as session:
        return await accounts.get_user(session, user_id)


async def begin(chat: Chat) -> dict:
    """/start, read the introduction, agree to what is stored; return the timezone question."""
    await chat.send("/start")  # introduction
    consent = await chat.reply()
    assert "what I keep" in consent["text"]
    chat.user.press(consent, "I agree")
    return await chat.until("your timezone")


async def onboard(chat: Chat, city: str = "Berlin") -> dict:
    """Complete onboarding with a typed city and the recommended preset; return the summary."""
    await begin(chat)
    await chat.send(city)  # "Timezone set"
    times = await chat.reply()
    return await chat.press(times, "Morning 08:30 + evening 20:30")


async def noticed(chat: Chat, harness: Harness, text: str, trait: str, name: str) -> None:
    """A values entry about someone, a day after the last one: the words, a trait button,
    the name typed."""
    harness.clock.advance(timedelta(days=1))
    await chat.send("/prompt values")
    ask_trait = await chat.send(text)
    chat.user.press(ask_trait, trait)
    await chat.until("Who was it")
    kept = await chat.send(name)
    assert kept["text"].startswith("Kept."), kept["text"]


async def review_with_step(chat: Chat, harness: Harness, step: str = "Talk it through") -> dict:
    """A conflict review with Sam that plans a next step (or not); returns the closing message."""
    chat.user.send_text("/prompt conflict")
    check_in = await chat.until("Any friction")
    chat.user.press(check_in, "Yes, let's look at it")
    await chat.until("Reply whenever you like")
    chat.user.send_text("Sam snapped at me and I went silent for a day")
    who = await chat.until("Who was it with")
    chat.user.press(who, "Someone else (type it)")
    await chat.until("Type their name")
    felt = await chat.send("Sam")
    chat.user.press(felt, "Done")
    distancing = await chat.until("Did you pull away")
    chat.user.press(distancing, "No, I stayed close")
    underneath = await chat.until("underneath")
    chat.user.press(underneath, "Done")
    nxt = await chat.until("next step")
    chat.user.press(nxt, step)
    return await chat.until("saved as one review")


async def start_talk(chat: Chat, who: str = "Rather not say") -> None:
    """/talk, then "who is it for?" answered with a button; waits for the first part."""
    chat.user.send_text("/talk")
    asked = await chat.until("Who would you like to tell")
    chat.user.press(asked, who)


async def skip_part(chat: Chat, question: str) -> None:
    """Wait for a /talk part's question and skip it."""
    asked = await chat.until(question)
    chat.user.press(asked, "Skip this one")


async def merge(chat: Chat, name: str, into: str) -> None:
    """On `name`'s page in /people: "Same person as…" `into`, confirmed."""
    page = await chat.send(f"/people {name}")
    chat.user.press(page, "Same person as…")
    choose = await chat.until("same person as")
    chat.user.press(choose, into)
    confirm = await chat.until("together as")
    chat.user.press(confirm, "Yes, they're the same")
    await chat.until("is now part of")
