"""/language and the language buttons: which of the offered locales the bot speaks."""

from __future__ import annotations

from telegram import Update

from bot.context import BotApplication, BotContext
from bot.db.models import User
from bot.flows import settings as rules
from bot.handlers import views
from bot.handlers.common import Turn, command, pressed, turn
from bot.transport.buttons import LanguageChoice, keyboard


async def language_command(update: Update, context: BotContext) -> None:
    """/language: offer the languages."""
    async with turn(update, context) as t:
        if t.registered() is None:
            return
        text, rows = views.language_menu(t.texts, t.content)
        t.send(text, keyboard(rows) if rows else None)


@pressed(LanguageChoice, onboarded=False)
async def language_chosen(t: Turn, context: BotContext, user: User, data: LanguageChoice) -> None:
    """Speak the chosen language from now on; the chat's command menu follows it."""
    if data.locale not in t.content.offered:
        t.answer(t.texts.raw("general.old_button"))
        t.clear_buttons()
        return
    rules.set_language(user, data.locale, t.content, context.services.clock.now())
    t.texts = t.content.texts(data.locale)
    t.answer()
    t.edit(t.texts("language.set"))
    texts = t.texts
    t.outbox.append(lambda: views.set_chat_commands(context.bot, user.chat_id, texts))


def register(app: BotApplication, group: int) -> None:
    """Add /language and its buttons."""
    app.add_handler(command("language", language_command), group=group)
    app.add_handler(language_chosen, group=group)
