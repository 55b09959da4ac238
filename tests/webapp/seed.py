"""A user's journal written through the store layer, day by day, for the web app's tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.clock import FakeClock
from bot.content import Content
from bot.db.engine import Database
from bot.db.models import Reflection, User
from bot.domain.states import ReflectionKind
from bot.store import accounts, reflections
from bot.webapp.auth import sign_init_data

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
ADA = 1001
EVE = 2002
# A word only one of Ada's entries holds (day 10 back), and one only Eve's hold.
ADA_WORD = "lighthouse"
EVE_WORD = "marmalade"


@dataclass(frozen=True)
class Seeded:
    """What was written: entry ids per user, newest last, and the local date of today."""

    ids: dict[int, list[int]]
    today: date


def init_data(clock: FakeClock, user_id: int = ADA, *, ago: timedelta = timedelta()) -> str:
    """Init data Telegram would send for a user, signed at the clock's time minus `ago`."""
    return sign_init_data(TOKEN, {"id": user_id, "first_name": "Ada"}, clock.now() - ago)


async def _user(session: object, user_id: int, now: datetime) -> User:
    user, _ = await accounts.start_user(
        session,  # type: ignore[arg-type]
        user_id=user_id,
        chat_id=user_id,
        locale="en",
        now=now,
    )
    accounts.set_timezone(user, "Europe/Berlin", now)
    accounts.finish_onboarding(user, now)
    return user


async def seed(db: Database, clock: FakeClock, content: Content, days: int = 21) -> Seeded:
    """Ada's journal over `days` days up to today (every track), and a little of Eve's."""
    now = clock.now()
    today = now.date()
    ids: dict[int, list[int]] = {ADA: [], EVE: []}
    self_prompts = content.prompts("en", "self_compassion")
    trait_prompts = content.prompts("en", "valued_traits")
    async with db.transaction() as session:
        ada = await _user(session, ADA, now - timedelta(days=days))
        eve = await _user(session, EVE, now - timedelta(days=days))
        sam = await reflections.person_named(session, ADA, "Sam", now)
        mia = await reflections.person_named(session, ADA, "Mia", now)
        written: list[Reflection] = []
        for back in range(days - 1, -1, -1):
            day = today - timedelta(days=back)
            at = now - timedelta(days=back)
            word = f" I walked to the {ADA_WORD}." if back == 10 else ""
            entry = reflections.add(
                session,
                ada,
                kind=ReflectionKind.ENTRY,
                track="self_compassion",
                local_date=day,
                now=at,
                text=f"Day {back}: I was gentle with myself.{word}",
            )
            entry.prompt_id = self_prompts[back % len(self_prompts)].id
            entry.rating = 1 + back % 5
            written.append(entry)
            if back % 3 == 0:
                noticed = reflections.add(
                    session,
                    ada,
                    kind=ReflectionKind.ENTRY,
                    track="valued_traits",
                    local_date=day,
                    now=at,
                    text="Sam stayed up to help me move",
                    # A trait chosen with its button is kept as the tag's id.
                    data={"trait": "reliable" if back % 2 else "Brave in her own way"},
                )
                noticed.prompt_id = trait_prompts[0].id
                noticed.person_id = sam.id
                written.append(noticed)
            if back % 4 == 1:
                review = reflections.add(
                    session,
                    ada,
                    kind=ReflectionKind.REVIEW,
                    track="conflict_review",
                    local_date=day,
                    now=at,
                    text="We argued about the weekend",
                    data={"felt": ["hurt"], "distancing": ["went_quiet"], "felt_text": "small"},
                )
                review.person_id = mia.id
                written.append(review)
            elif back % 4 == 2:
                written.append(
                    reflections.add(
                        session,
                        ada,
                        kind=ReflectionKind.CALM,
                        track="conflict_review",
                        local_date=day,
                        now=at,
                    )
                )
        for back in (2, 1):
            written_by_eve = reflections.add(
                session,
                eve,
                kind=ReflectionKind.ENTRY,
                track="self_compassion",
                local_date=today - timedelta(days=back),
                now=now - timedelta(days=back),
                text=f"Eve's {EVE_WORD} day",
            )
            await session.flush()
            ids[EVE].append(written_by_eve.id)
        await session.flush()
        ids[ADA] = [r.id for r in written]
    return Seeded(ids=ids, today=today)
