"""What the user sees of their own history: the summary's week buttons and the readable export."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from bot.db.models import User
from bot.store import reflections as store
from tests.e2e.test_privacy import document
from tests.harness import Chat, Harness, JsonDict
from tests.steps import set_up

EARLIER = "« Earlier week"
LATER = "Later week »"


def week_buttons(message: JsonDict) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


async def summary(chat: Chat, harness: Harness, command: str = "/summary") -> JsonDict:
    """Send a summary command; return the words (after the chart)."""
    chat.user.send_text(command)
    await harness.api.next_call("sendPhoto")
    return await chat.until("Your week")


async def photos_and_edits(harness: Harness) -> int:
    return len(
        [
            c
            for c in harness.api.calls
            if c.method in ("sendPhoto", "editMessageReplyMarkup", "editMessageText")
        ]
    )


async def test_earlier_week_stops_at_the_week_the_user_joined(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)  # Sunday 29 November 2026: the week of Monday 23 November
    first = await summary(chat, harness)
    assert "Your week, 23 Nov – 29 Nov" in first["text"]
    assert EARLIER not in week_buttons(first)  # nothing before the user began

    # Two weeks later, the buttons go back two weeks and no further.
    harness.clock.advance(timedelta(days=14))
    now = await summary(chat, harness)
    assert "7 Dec – 13 Dec" in now["text"]
    assert week_buttons(now) == [EARLIER]
    chat.user.press(now, EARLIER)
    await harness.api.next_call("sendPhoto")
    middle = await chat.until("Your week")
    assert "30 Nov – 6 Dec" in middle["text"]
    assert week_buttons(middle) == [EARLIER, LATER]
    chat.user.press(middle, EARLIER)
    await harness.api.next_call("sendPhoto")
    oldest = await chat.until("Your week")
    assert "23 Nov – 29 Nov" in oldest["text"]
    assert week_buttons(oldest) == [LATER]

    # A stale or forged button for the week before gets a short alert, and nothing else.
    before = await photos_and_edits(harness)
    chat.user.press_data(oldest["message_id"], "sm:2026-11-16")
    answer = await chat.answered()
    assert answer["show_alert"] is True
    assert "before you started" in answer["text"]
    help_text = await chat.send("/help")  # the chat's updates run in order: that one is done
    assert "What I can do" in help_text["text"]
    assert await photos_and_edits(harness) == before


async def test_a_reflection_older_than_the_account_sets_the_first_week(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    async with harness.app.bot_data.services.db.transaction() as session:
        user = await session.get(User, chat.user.id)
        assert user is not None
        store.add(
            session,
            user,
            kind="note",
            track=None,
            local_date=date(2026, 11, 18),  # a Wednesday, the week before joining
            now=harness.clock.now(),
            text="written before",
        )
    now = await summary(chat, harness)
    assert week_buttons(now) == [EARLIER]
    chat.user.press(now, EARLIER)
    await harness.api.next_call("sendPhoto")
    earlier = await chat.until("Your week")
    assert "16 Nov – 22 Nov" in earlier["text"]
    assert week_buttons(earlier) == [LATER]


async def test_summary_last_in_the_first_week_shows_this_week(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    chat.user.send_text("/summary last")
    hint = await chat.reply()
    assert "Last week was before you started" in hint["text"]
    await harness.api.next_call("sendPhoto")
    words = await chat.until("Your week")
    assert "23 Nov – 29 Nov" in words["text"]
    # A week later, last week is the first week, as asked.
    harness.clock.advance(timedelta(days=7))
    last = await summary(chat, harness, "/summary last")
    assert "23 Nov – 29 Nov" in last["text"]
    assert week_buttons(last) == [LATER]


async def seed_every_kind(harness: Harness, user_id: int) -> None:
    """Reflections of every kind with every field, stored as the handlers store them: a full
    review (tags and own words at each step), a review where the user stayed close, a review
    left halfway, a rating alone, a calm day, a note, and a valued-traits entry."""
    now = harness.clock.now()
    day = date(2026, 11, 28)
    async with harness.app.bot_data.services.db.transaction() as session:
        user = await session.get(User, user_id)
        assert user is not None
        sam = await store.person_named(session, user_id, "Sam", now)
        sister = await store.person_named(session, user_id, "my sister", now)
        robin = await store.person_named(session, user_id, "Robin", now)
        await session.flush()
        full = store.add(
            session,
            user,
            kind="review",
            track="conflict_review",
            local_date=day,
            now=now,
            text="We argued about the holidays.",
            data={
                "step": "done",
                "felt": ["hurt", "scared"],
                "felt_text": "a bit foolish",
                "distancing": ["went_quiet", "sharp_words"],
                "distancing_text": "I stopped answering",
                "underneath": ["fear_of_hurt"],
                "underneath_text": "that they would laugh",
                "next": ["talk_about_it"],
            },
        )
        full.person_id = sam.id
        rating = store.add(
            session, user, kind="rating", track="self_compassion", local_date=day, now=now
        )
        rating.rating = 3
        store.add(session, user, kind="calm", track="conflict_review", local_date=day, now=now)
        store.add(session, user, kind="note", track=None, local_date=day, now=now, text="A thought")
        store.add(
            session,
            user,
            kind="review",
            track="conflict_review",
            local_date=day,
            now=now,
            status="open",
            text="Half a story",
            data={"step": "felt"},
        )
        stayed = store.add(
            session,
            user,
            kind="review",
            track="conflict_review",
            local_date=day,
            now=now,
            text="She cancelled again.",
            data={
                "step": "done",
                "felt": ["mixed"],
                "distancing": [],
                "stayed": True,
                "underneath": ["old_hurt"],
                "next_text": "Call her on Sunday",
            },
        )
        stayed.person_id = sister.id
        valued = store.add(
            session,
            user,
            kind="entry",
            track="valued_traits",
            local_date=day,
            now=now,
            text="Robin waited for me.",
            data={"trait": "Kind to strangers"},
        )
        valued.person_id = robin.id


async def test_the_readable_export_uses_labels_and_names_never_ids(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    await seed_every_kind(harness, chat.user.id)
    chat.user.send_text("/export")
    machine = await document(harness)
    readable = (await document(harness)).content.decode()

    for line in (
        "- With: Sam",
        "- What I felt: Hurt, Scared; a bit foolish",
        "- How I pulled away: I went quiet, I said something unkind; I stopped answering",
        "- What was underneath: Fear of getting hurt; that they would laugh",
        "- My next step: Talk it through",
        "- With: my sister",
        "- What I felt: Mixed",
        "- I stayed close.",
        "- What was underneath: An old hurt came up",
        "- My next step: Call her on Sunday",
        "- About: Robin",
        "- What I noticed in them: Kind to strangers",
        "- How kind I was to myself: 3 of 5",
        "A calm day.",
        "A review I left halfway.",
        "## 2026-11-28 · Note",
    ):
        assert line in readable.splitlines(), (line, readable)
    for words in ("We argued about the holidays.", "She cancelled again.", "A thought"):
        assert words in readable
    # No stored id, JSON key or internal step shows: only the user's words and labels.
    assert re.findall(r"\b[a-z]+_[a-z_]+\b", readable) == []
    keys = "felt|distancing|underneath|next|stayed|trait|step|person|rating|text"
    assert re.findall(rf"(?m)^- ({keys})\b", readable) == []
    assert re.findall(r"\b(distancing|trait)\b", readable) == []

    # The JSON keeps the ids and has the labels beside them.
    data = json.loads(machine.content)
    review = next(r for r in data["reflections"] if r["text"] == "We argued about the holidays.")
    assert review["data"]["distancing"] == ["went_quiet", "sharp_words"]
    assert review["labels"]["distancing"] == ["I went quiet", "I said something unkind"]
    assert review["labels"]["felt"] == ["Hurt", "Scared"]
    assert review["labels"]["next"] == ["Talk it through"]
