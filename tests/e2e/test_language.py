"""/language and the language chosen at /start, with a second locale offered (a copy of the
English content marked as German, so that every key exists and each reply says which locale
answered)."""

from __future__ import annotations

import re
import shutil

import pytest

from bot.content import CONTENT_DIR, Content, load_content
from tests.harness import Chat, Harness
from tests.steps import load_user, set_up


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Content:
    """English, and "de" offered beside it (with "lb" speakers given "de")."""
    root = tmp_path_factory.mktemp("content") / "content"
    shutil.copytree(CONTENT_DIR, root)
    shutil.copytree(root / "en", root / "de")
    messages = root / "de" / "messages.toml"
    source = messages.read_text()
    source = source.replace('name = "English"', 'name = "Deutsch"')
    source = source.replace(
        'set = "Done: from now on I speak English with you."', 'set = "Erledigt: ab jetzt Deutsch."'
    )
    source = re.sub(r'^help = "What I can do"$', 'help = "Was ich kann"', source, flags=re.M)
    source = source.replace("<b>What I can do</b>", "<b>Was ich kann</b>")
    messages.write_text(source)
    (root / "locales.toml").write_text('offered = ["en", "de"]\n[aliases]\nlb = "de"\n')
    return load_content(root)


async def test_language_is_chosen_and_the_chat_speaks_it(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    harness.api.drain()
    menu = await chat.send("/language")
    assert "Which language should I speak with you?" in menu["text"]
    assert [b["text"] for row in menu["reply_markup"]["inline_keyboard"] for b in row] == [
        "English",
        "Deutsch",
    ]
    done = await chat.press(menu, "Deutsch")
    assert done["text"] == "Erledigt: ab jetzt Deutsch."
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.locale == "de"
    # The chat's own command menu is in the chosen language.
    await harness.api.next_call("setMyCommands")
    scope = {"type": "chat", "chat_id": chat.user.id}
    commands = {c["command"]: c["description"] for c in harness.api.commands(scope)}
    assert commands["help"] == "Was ich kann"
    assert "language" in commands
    help_text = await chat.send("/help")
    assert "Was ich kann" in help_text["text"]


async def test_the_language_button_in_settings_offers_the_same_choice(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    chat.user.send_text("/settings")
    menu = await chat.until("Your settings")
    choice = await chat.press(menu, "🌐 Language")
    labels = [b["text"] for row in choice["reply_markup"]["inline_keyboard"] for b in row]
    assert labels[:2] == ["English", "Deutsch"] and len(labels) == 3  # and « Back
    done = await chat.press(choice, "English")
    assert done["text"] == "Done: from now on I speak English with you."


async def test_start_takes_the_language_of_the_telegram_app(harness: Harness) -> None:
    for user_id, code, locale in ((2001, "de-AT", "de"), (2002, "lb", "de"), (2003, "fr", "en")):
        user = harness.api.user(user_id, "Kim", language_code=code)
        user.send_text("/start")
        await harness.api.next_message(user_id)
        row = await load_user(harness, user_id)
        assert row is not None and row.locale == locale, code


async def test_an_old_language_button_is_answered_kindly(chat: Chat, harness: Harness) -> None:
    await set_up(chat, harness)
    menu = await chat.send("/language")
    # A button for a locale no longer offered, as an old message would carry it.
    chat.user.press_data(menu["message_id"], "lg:xx")
    answer = await chat.answered()
    assert answer["text"] == harness.content.texts("en").raw("general.old_button")
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.locale == "en"
