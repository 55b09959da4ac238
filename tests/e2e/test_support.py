"""Care in the same turn: a reply that speaks of crisis gets helplines; the words are kept."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.logs import capped_library_loggers
from tests.harness import Chat, Harness
from tests.steps import deliver, only_track, reflections, set_up


async def onboard_in(chat: Chat, harness: Harness, zone: str, hhmm: str) -> None:
    """Onboard, then move to a zone with the prompts at `hhmm` there (a minute from now)."""
    await set_up(chat, harness)
    chat.user.send_text(f"/timezone {zone}")
    await chat.until("Timezone set")
    chat.user.send_text(f"/time {hhmm}")
    await chat.until("now at")
    harness.api.drain()


async def test_a_crisis_reply_gets_helplines_for_the_users_country(
    chat: Chat, harness: Harness
) -> None:
    await onboard_in(chat, harness, "Europe/Berlin", "10:01")  # 09:01 UTC
    await only_track(chat, harness, "Self-compassion")
    await deliver(harness, chat)
    care = await chat.send("honestly I don't want to live anymore")
    assert "TelefonSeelsorge" in care["text"]
    assert "not a crisis service" in care["text"]
    [entry] = await reflections(harness)
    assert entry.text == "honestly I don't want to live anymore"
    # No cheerful follow-up question after it: the next thing the bot says answers /help.
    after = await chat.send("/help")
    assert "What I can do" in after["text"]


@pytest.mark.parametrize(
    ("zone", "text", "local_line"),
    [
        ("Europe/London", "i am going to end it tonight, i've got the pills ready", "Samaritans"),
        ("Europe/Moscow", "я больше не хочу жить, всё решила", "8-800-2000-122"),
        ("Europe/Madrid", "ya no quiero vivir, lo tengo todo planeado", "024"),
        ("Europe/Berlin", "ich will nicht mehr leben", "TelefonSeelsorge"),
        ("Europe/Paris", "j'ai envie de mourir, je veux en finir ce soir", "3114"),
        ("Europe/Lisbon", "não quero mais viver, quero morrer", "SOS Voz Amiga"),
        ("Europe/Rome", "voglio morire, non ce la faccio più a vivere", "Telefono Amico"),
        ("Europe/Warsaw", "nie chcę już żyć, chcę się zabić", "Kryzysowy Telefon Zaufania"),
    ],
    ids=lambda value: value.split("/")[-1] if "/" in value else None,
)
async def test_a_crisis_text_in_each_language_gets_local_helplines(
    chat: Chat, harness: Harness, zone: str, text: str, local_line: str
) -> None:
    await onboard_in(chat, harness, zone, "23:59")
    care = await chat.send(text)
    assert local_line in care["text"]
    assert "Anywhere in the world" in care["text"]
    [entry] = await reflections(harness)
    assert entry.text == text


async def test_danger_gets_the_emergency_number_and_abuse_lines_first(
    chat: Chat, harness: Harness
) -> None:
    await onboard_in(chat, harness, "Europe/Berlin", "23:59")
    care = await chat.send("er hat mich gewürgt und ich hab angst nach hause zu gehen")
    lines = [line for line in care["text"].splitlines() if line.startswith("•")]
    assert lines[0] == "• Emergency services: 112 (police 110)"
    assert "Hilfetelefon Gewalt gegen Frauen" in lines[1]
    assert any("TelefonSeelsorge" in line for line in lines[2:])


async def test_danger_where_the_country_has_no_abuse_line_gets_the_worldwide_list(
    chat: Chat, harness: Harness
) -> None:
    await onboard_in(chat, harness, "Europe/Zurich", "23:59")
    care = await chat.send("my husband choked me last night")
    assert "hotpeachpages.net" in care["text"]
    assert "Die Dargebotene Hand" in care["text"]


async def test_a_second_crisis_message_within_the_hour_gets_a_shorter_reminder(
    chat: Chat, harness: Harness
) -> None:
    await onboard_in(chat, harness, "Europe/London", "23:59")
    first = await chat.send("i want to die")
    assert "Anywhere in the world" in first["text"]
    second = await chat.send("i keep thinking about killing myself")
    assert "The numbers again" in second["text"]
    assert "Samaritans" in second["text"] and "116 123" in second["text"]
    assert "Anywhere in the world" not in second["text"]
    assert len(second["text"]) < len(first["text"]) / 2
    harness.clock.advance(timedelta(hours=1, minutes=1))
    later = await chat.send("i still want to die")
    assert "Anywhere in the world" in later["text"]
    assert len(await reflections(harness)) == 3


async def test_a_softer_signal_gets_a_check_in_and_i_am_safe_is_heard(
    chat: Chat, harness: Harness
) -> None:
    await onboard_in(chat, harness, "Europe/London", "23:59")
    ask = await chat.send("i just want to disappear from everything")
    assert "are you safe right now?" in ask["text"]
    assert "Samaritans" not in ask["text"]
    edited = await chat.press(ask, "I'm safe right now")
    assert "You said you're safe right now" in edited["text"]
    glad = await chat.reply()
    assert "/sos" in glad["text"]
    # Within the hour the question is not asked again; the words are still kept.
    again = await chat.send("i feel like such a burden to everyone")
    assert again["text"].startswith("Kept.")
    assert len(await reflections(harness)) == 2


async def test_not_really_brings_the_helplines(chat: Chat, harness: Harness) -> None:
    await onboard_in(chat, harness, "Europe/London", "23:59")
    ask = await chat.send("whats even the point of anything anymore")
    edited = await chat.press(ask, "Not really")
    assert "You said: not really" in edited["text"]
    care = await chat.reply()
    assert "Samaritans" in care["text"]
    assert "Anywhere in the world" in care["text"]


async def test_sos_shows_every_line_for_the_country(chat: Chat, harness: Harness) -> None:
    await onboard_in(chat, harness, "Europe/Berlin", "23:59")
    sos = await chat.send("/sos")
    assert "TelefonSeelsorge" in sos["text"]
    assert "Hilfetelefon Gewalt gegen Frauen" in sos["text"]
    assert "112" in sos["text"]
    assert "Anywhere in the world" in sos["text"]


async def test_sos_works_before_start_and_from_the_help_button(
    chat: Chat, harness: Harness
) -> None:
    sos = await chat.send("/sos")
    assert "I don't know which country you're in yet" in sos["text"]
    assert "findahelpline.com" in sos["text"]
    assert "hotpeachpages.net" in sos["text"]
    shown = await chat.send("/help")
    again = await chat.press(shown, "Talk to someone now")
    assert "findahelpline.com" in again["text"]


async def test_an_idiom_is_not_a_crisis(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    await only_track(chat, harness, "Self-compassion")
    await deliver(harness, chat)
    kept = await chat.send("this traffic is killing me but I was patient with myself")
    assert kept["text"].startswith("Kept.")


async def test_unknown_country_gets_the_international_directory(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)  # UTC: no country
    care = await chat.send("he hit me again last night and I'm scared to go home")
    assert "Anywhere in the world" in care["text"]
    assert "emergency" in care["text"]


async def test_no_log_line_contains_what_users_wrote(
    chat: Chat, harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "zebra-umbrella-4471"
    with capped_library_loggers(), caplog.at_level(logging.DEBUG):
        await set_up(chat, harness)
        await only_track(chat, harness, "Noticing what you value")
        await deliver(harness, chat)
        ask = await chat.send(f"my friend {marker} fixed my bike")
        await chat.press(ask, "Reliable")
        await chat.send(f"Friend {marker}")
        await chat.send(f"/timezone {marker}")
        await chat.send(f"/time {marker}")
        await chat.send("/history")
    assert caplog.records, "nothing was logged at all: the capture is not working"
    leaked = [r.getMessage() for r in caplog.records if marker in r.getMessage()]
    assert leaked == []
