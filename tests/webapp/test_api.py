"""The Mini App's API over real HTTP, on SQLite and PostgreSQL: signed, scoped, paged."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.clock import FakeClock
from bot.db.engine import Database
from bot.db.models import Reflection
from bot.domain import patterns
from bot.store import accounts
from bot.summary import weekly
from tests.webapp.client import Client, JsonDict
from tests.webapp.seed import ADA, ADA_WORD, EVE, EVE_WORD, init_data


def said(answer: JsonDict) -> str:
    """An error as the page shows it, with the detail the API adds for a request's author."""
    return f"{answer['error']} {answer.get('detail', '')}"


async def test_entries_are_the_users_own_newest_first_with_their_prompt(client: Client) -> None:
    body = await client.get("/app/api/entries?limit=5")
    entries = body["entries"]
    assert [e["id"] for e in entries] == sorted(client.seeded.ids[ADA], reverse=True)[:5]
    newest = next(e for e in entries if e["track"] == "self_compassion")
    assert newest["text"].startswith("Day 0:")
    assert newest["date"] == client.seeded.today.isoformat()
    assert newest["prompt"]  # the prompt it answered, as the content words it
    assert newest["rating"] == 1
    assert body["next_before"] == entries[-1]["id"]


async def test_paging_by_cursor_walks_every_entry_once(client: Client) -> None:
    seen: list[int] = []
    before = None
    while True:
        query = "/app/api/entries?limit=7" + (f"&before={before}" if before else "")
        body = await client.get(query)
        seen += [e["id"] for e in body["entries"]]
        before = body["next_before"]
        if before is None:
            break
    assert seen == sorted(client.seeded.ids[ADA], reverse=True)


async def test_filters_by_track_and_person(client: Client) -> None:
    reviews = (await client.get("/app/api/entries?track=conflict_review&limit=100"))["entries"]
    assert reviews and {e["track"] for e in reviews} == {"conflict_review"}
    review = next(e for e in reviews if e["kind"] == "review")
    assert {"group": "feeling", "id": "hurt", "label": "Hurt"} in review["tags"]
    assert review["person"]["name"] == "Mia"
    mia = review["person"]["id"]
    about_mia = (await client.get(f"/app/api/entries?person={mia}&limit=100"))["entries"]
    assert about_mia and {e["person"]["name"] for e in about_mia} == {"Mia"}


async def test_a_days_entries(client: Client) -> None:
    day = client.seeded.today - timedelta(days=1)  # a review day of Ada's
    body = await client.get(f"/app/api/entries?date={day.isoformat()}")
    assert {e["date"] for e in body["entries"]} == {day.isoformat()}
    assert {e["kind"] for e in body["entries"]} == {"entry", "review"}
    status, answer = await client.call("GET", "/app/api/entries?date=29.11.2026")
    assert status == 400 and "2026-11-29" in said(answer)


async def test_search_finds_a_word_in_the_users_own_words_only(client: Client) -> None:
    found = (await client.get(f"/app/api/entries?q={ADA_WORD.upper()}"))["entries"]
    assert len(found) == 1 and ADA_WORD in found[0]["text"]
    assert (await client.get(f"/app/api/entries?q={EVE_WORD}"))["entries"] == []
    by_name = (await client.get("/app/api/entries?q=mia&limit=100"))["entries"]
    assert by_name and all(e["person"]["name"] == "Mia" for e in by_name)
    reliable = (await client.get("/app/api/entries?q=RELIABLE&limit=100"))["entries"]
    assert len(reliable) == 3 and {e["trait"] for e in reliable} == {"Reliable"}
    typed = (await client.get("/app/api/entries?q=small&limit=100"))["entries"]
    assert typed and all(e["typed"]["felt_text"] == "small" for e in typed)


async def test_search_pages_too(client: Client) -> None:
    first = await client.get("/app/api/entries?q=gentle&limit=8")
    assert len(first["entries"]) == 8
    rest = await client.get(f"/app/api/entries?q=gentle&limit=100&before={first['next_before']}")
    assert len(first["entries"]) + len(rest["entries"]) == 21
    assert rest["next_before"] is None


async def test_eve_sees_only_hers(client: Client) -> None:
    body = await client.get("/app/api/entries", user_id=EVE)
    assert [e["id"] for e in body["entries"]] == sorted(client.seeded.ids[EVE], reverse=True)
    people = await client.get("/app/api/people", user_id=EVE)
    assert people["people"] == []


async def test_another_users_entry_is_not_found_for_edit_or_delete(
    client: Client, db: Database
) -> None:
    theirs = client.seeded.ids[EVE][0]
    status, body = await client.call("PATCH", f"/app/api/entries/{theirs}", json={"text": "x"})
    assert (status, body) == (404, {"error": "That isn't here any more."})
    status, _ = await client.call("DELETE", f"/app/api/entries/{theirs}")
    assert status == 404
    async with db.transaction() as session:
        row = await session.get(Reflection, theirs)
        assert row is not None and row.text == f"Eve's {EVE_WORD} day"


async def test_editing_an_entry_changes_its_words_and_tags(
    client: Client, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    entries = (await client.get("/app/api/entries?track=conflict_review&limit=100"))["entries"]
    review = next(e for e in entries if e["kind"] == "review")
    caplog.set_level(logging.DEBUG)
    status, body = await client.call(
        "PATCH",
        f"/app/api/entries/{review['id']}",
        json={"text": "  We talked it through, later  ", "tags": {"feeling": ["scared"]}},
    )
    assert status == 200, body
    assert body["text"] == "We talked it through, later"
    assert [t["id"] for t in body["tags"] if t["group"] == "feeling"] == ["scared"]
    async with db.transaction() as session:
        row = await session.get(Reflection, review["id"])
        assert row is not None
        assert row.text == "We talked it through, later"
        assert row.data["felt"] == ["scared"] and row.data["distancing"] == ["went_quiet"]
    assert "talked it through" not in caplog.text


async def test_edited_words_pass_the_crisis_screen_and_bring_the_helplines(
    client: Client, db: Database
) -> None:
    entry = client.seeded.ids[ADA][0]
    words = "I don't want to be alive anymore, I have a plan"
    status, body = await client.call("PATCH", f"/app/api/entries/{entry}", json={"text": words})
    assert status == 200, body
    assert body["care"]["crisis"] is True
    assert "112" in body["care"]["text"]  # Ada lives in Berlin: Germany's emergency number
    assert "<" not in body["care"]["text"]
    async with db.transaction() as session:
        row = await session.get(Reflection, entry)
        assert row is not None and row.text == words  # kept, as in the chat
    status, body = await client.call("PATCH", f"/app/api/entries/{entry}", json={"text": "ok"})
    assert body["care"] is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"text": "   "}, "Write a few words"),
        ({"text": "x" * 5000}, "longer than"),
        ({"text": 5}, "text must be a string"),
        ({"tags": {"feeling": ["no_such_tag"]}}, "Unknown feeling tag"),
        ({"tags": {"mood": []}}, "Unknown tag group"),
        ({"colour": "red"}, "Send"),
        ([], "JSON object"),
    ],
)
async def test_bad_edits_get_400_with_a_kind_message_and_change_nothing(
    client: Client, body: object, message: str
) -> None:
    entries = (await client.get("/app/api/entries?track=conflict_review&limit=100"))["entries"]
    review = next(e for e in entries if e["kind"] == "review")
    status, answer = await client.call("PATCH", f"/app/api/entries/{review['id']}", json=body)
    assert status == 400 and message in said(answer)
    again = (await client.get("/app/api/entries?track=conflict_review&limit=100"))["entries"]
    assert next(e for e in again if e["id"] == review["id"]) == review


async def test_a_body_that_is_not_json_gets_400(client: Client) -> None:
    entry = client.seeded.ids[ADA][-1]
    status, answer = await client.call("PATCH", f"/app/api/entries/{entry}", data=b"{nope")
    assert status == 400 and "JSON" in said(answer)


async def test_tags_only_on_a_review_and_words_only_where_there_are_words(client: Client) -> None:
    entries = (await client.get("/app/api/entries?limit=100"))["entries"]
    plain = next(e for e in entries if e["kind"] == "entry")
    calm = next(e for e in entries if e["kind"] == "calm")
    status, answer = await client.call(
        "PATCH", f"/app/api/entries/{plain['id']}", json={"tags": {"feeling": ["hurt"]}}
    )
    assert status == 400 and "Only a conflict review" in said(answer)
    status, answer = await client.call(
        "PATCH", f"/app/api/entries/{calm['id']}", json={"text": "hello"}
    )
    assert status == 400 and "no words" in said(answer)


async def test_deleting_an_entry_removes_it_and_only_it(client: Client, db: Database) -> None:
    doomed = client.seeded.ids[ADA][-1]
    status, body = await client.call("DELETE", f"/app/api/entries/{doomed}")
    assert (status, body) == (200, {"deleted": doomed})
    status, _ = await client.call("DELETE", f"/app/api/entries/{doomed}")
    assert status == 404
    async with db.transaction() as session:
        ids = set(await session.scalars(select(Reflection.id)))
    assert doomed not in ids
    assert set(client.seeded.ids[ADA][:-1]) | set(client.seeded.ids[EVE]) == ids


async def test_month_has_the_numbers_of_the_chat_summary(
    client: Client, db: Database, clock: FakeClock
) -> None:
    today = client.seeded.today
    body = await client.get(f"/app/api/month?month={today:%Y-%m}")
    first = today.replace(day=1)
    async with db.transaction() as session:
        user = await accounts.get_user(session, ADA)
        assert user is not None
        expected = patterns.summarize_month(
            await weekly.load_range(session, user, first, today), first, today
        )
    assert body["days_reflected"] == expected.days_reflected
    # Ada joined 21 days ago: that day and the 21 since count, not the days before (as in
    # the chat: days before someone started are not days they missed).
    assert body["days_counted"] == 22
    assert body["rating_average"] == expected.rating_average
    assert body["friction_days"] == expected.friction_days
    assert body["calm_days"] == expected.calm_days
    days = {d["date"]: d for d in body["days"]}
    assert len(days) == patterns.month_of(today)[1].day
    for point in expected.days:
        shown = days[point.day.isoformat()]
        assert shown["kindness"] == point.rating_average
        assert (shown["friction"], shown["calm"]) == (point.had_friction, point.calm)
    assert days[today.isoformat()]["written"] >= 1


async def test_week_has_the_numbers_of_the_weekly_summary(client: Client, db: Database) -> None:
    today = client.seeded.today
    body = await client.get(f"/app/api/week?week={today.isoformat()}")
    monday = patterns.week_of(today)[0]
    async with db.transaction() as session:
        user = await accounts.get_user(session, ADA)
        assert user is not None
        expected = patterns.summarize(await weekly.load_entries(session, user, monday), monday)
    assert body["week"] == monday.isoformat()
    assert [d["kindness"] for d in body["days"]] == [d.rating_average for d in expected.days]
    assert body["rating_average"] == expected.this_week.rating_average
    assert len(body["weeks"]) == len(expected.weeks)
    assert body["weeks"][-1]["rating_average"] == expected.this_week.rating_average
    status, answer = await client.call("GET", "/app/api/week?week=next")
    assert status == 400 and "2026-11-29" in said(answer)


async def test_year_has_the_numbers_of_the_year_summary(client: Client, db: Database) -> None:
    today = client.seeded.today
    body = await client.get(f"/app/api/year?year={today.year}")
    first = today.replace(month=1, day=1)
    async with db.transaction() as session:
        user = await accounts.get_user(session, ADA)
        assert user is not None
        expected = patterns.summarize_year(
            await weekly.load_range(session, user, first, today), first, today
        )
    assert body["days_reflected"] == expected.days_reflected
    assert [m["average"] for m in body["months"]] == [p.average for p in expected.parts]
    assert len(body["days"]) == len(expected.days)
    assert (await client.get("/app/api/year?year=2999"))["months"] == []
    status, answer = await client.call("GET", "/app/api/year?year=26")
    assert status == 400 and "2026" in said(answer)


async def test_month_before_anything_and_a_wrong_month(client: Client) -> None:
    empty = await client.get("/app/api/month?month=2020-02")
    assert len(empty["days"]) == 29 and empty["days_reflected"] == 0
    for wrong in ("2026-13", "26-11", "november", "2026-1"):
        status, body = await client.call("GET", f"/app/api/month?month={wrong}")
        assert status == 400 and "2026-11" in said(body)


async def test_people_with_traits_and_friction(client: Client) -> None:
    people = {p["name"]: p for p in (await client.get("/app/api/people"))["people"]}
    assert set(people) == {"Sam", "Mia"}
    assert people["Sam"]["traits"] == [
        {"name": "Brave in her own way", "count": 4},
        {"name": "Reliable", "count": 3},  # chosen with its button: shown by its label
    ]
    assert people["Mia"]["friction"] == people["Mia"]["reviews"] > 0
    assert people["Mia"]["last_friction"] is not None


async def test_me_names_today_tracks_and_tags(client: Client) -> None:
    body = await client.get("/app/api/me")
    assert body["today"] == client.seeded.today.isoformat()
    assert {"id": "self_compassion", "label": "Self-compassion"} in body["tracks"]
    assert any(tag["id"] == "hurt" for tag in body["tags"]["feeling"])


@pytest.mark.parametrize(
    "path",
    [
        "/app/api/entries",
        "/app/api/entries?limit=5",
        "/app/api/month",
        "/app/api/people",
        "/app/api/me",
        "/app/api/week",
        "/app/api/year",
    ],
)
async def test_every_endpoint_needs_fresh_signed_init_data(
    client: Client, clock: FakeClock, path: str
) -> None:
    fresh = init_data(clock)
    for headers in (
        {},
        {"Authorization": fresh},  # no "tma" scheme
        {"Authorization": "Bearer " + fresh},
        {"Authorization": "tma " + fresh.replace("1001", "2002")},  # tampered
        {"Authorization": "tma " + init_data(clock, ago=timedelta(days=1, minutes=1))},
    ):
        async with client.http.get(client.base + path, headers=headers) as response:
            assert response.status == 401
            assert "error" in await response.json()


async def test_writes_need_signed_init_data_too(client: Client, db: Database) -> None:
    mine = client.seeded.ids[ADA][0]
    tampered = {"Authorization": "tma " + init_data(client.clock).replace("hash=", "hash=1")}
    status, _ = await client.call(
        "PATCH", f"/app/api/entries/{mine}", json={"text": "x"}, headers=tampered
    )
    assert status == 401
    status, _ = await client.call("DELETE", f"/app/api/entries/{mine}", headers=tampered)
    assert status == 401
    async with db.transaction() as session:
        assert await session.get(Reflection, mine) is not None


async def test_someone_who_never_started_the_bot_is_told_to(client: Client) -> None:
    status, body = await client.call("GET", "/app/api/entries", user_id=3003)
    assert status == 403 and "Start the bot" in said(body)


@pytest.mark.parametrize(
    "query",
    ["limit=0", "limit=101", "limit=x", "before=-1", "track=sport", "person=abc", "q=" + "x" * 201],
)
async def test_bad_query_parameters_get_400(client: Client, query: str) -> None:
    status, body = await client.call("GET", f"/app/api/entries?{query}")
    assert status == 400 and body["error"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/app/api/nothing", 404),
        ("PATCH", "/app/api/entries/abc", 404),
        ("PATCH", "/app/api/entries/99999999999", 404),
        ("POST", "/app/api/entries", 405),
    ],
)
async def test_unknown_api_paths_answer_in_json(
    client: Client, method: str, path: str, status: int
) -> None:
    got, body = await client.call(method, path, json={"text": "x"})
    assert got == status and "error" in body


async def test_api_responses_are_never_cached_and_carry_the_security_headers(
    client: Client,
) -> None:
    for headers in (client.headers(), {}):
        async with client.http.get(client.base + "/app/api/entries", headers=headers) as response:
            assert response.headers["Cache-Control"] == "no-store"
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Referrer-Policy"] == "no-referrer"
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]


async def test_nothing_a_user_wrote_or_searched_for_reaches_the_logs(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await client.get(f"/app/api/entries?q={ADA_WORD}")
    mine = client.seeded.ids[ADA][0]
    await client.call("PATCH", f"/app/api/entries/{mine}", json={"text": "secret words here"})
    await client.call("PATCH", f"/app/api/entries/{mine}", json={"tags": {"secret_group": []}})
    await client.call("GET", "/app/api/entries?q=" + "secretly" * 30)
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    for words in (ADA_WORD, "secret", "gentle with myself", "Mia"):
        assert words not in logged


async def test_searches_and_years_are_limited_per_person(client: Client) -> None:
    for _ in range(60):
        await client.get("/app/api/entries?q=gentle&limit=1")
    status, body = await client.call("GET", "/app/api/entries?q=gentle")
    assert status == 429 and "try again in" in said(body)
    # Others, and the plain list, are not held back.
    await client.get("/app/api/entries?q=gentle", user_id=EVE)
    await client.get("/app/api/entries")
    client.clock.advance(timedelta(minutes=1))
    await client.get("/app/api/entries?q=gentle")
    for _ in range(20):
        await client.get("/app/api/year")
    async with client.http.get(client.base + "/app/api/year", headers=client.headers()) as answer:
        assert answer.status == 429 and int(answer.headers["Retry-After"]) >= 1
