"""How a prompt message looks: its text and buttons, for scheduled and on-demand prompts."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content import Content, Html
from bot.transport.buttons import ConflictCheckIn, Rating

RATINGS = range(1, 6)


def rating_buttons(delivery_id: int, chosen: int | None = None) -> list[InlineKeyboardButton]:
    """The 1-5 self-kindness scale; the chosen number is marked."""
    return [Rating(delivery_id, n).button(f"• {n} •" if n == chosen else str(n)) for n in RATINGS]


def render(
    content: Content, locale: str | None, track: str, prompt_id: str | None, delivery_id: int
) -> tuple[Html, InlineKeyboardMarkup | None]:
    """Render the message that carries a prompt (the conflict track opens with a check-in)."""
    texts = content.texts(locale)
    name = texts.raw(f"track.{track}")
    if track == "conflict_review":
        markup = InlineKeyboardMarkup(
            [
                [
                    ConflictCheckIn(delivery_id, "calm").button(texts.raw("review.button_calm")),
                    ConflictCheckIn(delivery_id, "yes").button(texts.raw("review.button_yes")),
                ],
                [ConflictCheckIn(delivery_id, "skip").button(texts.raw("review.button_skip"))],
            ]
        )
        return texts("review.check_in", track=name), markup
    prompt = content.prompt_or_first(locale, track, prompt_id)
    if track == "self_compassion":
        text = texts("delivery.prompt_rated", track=name, text=prompt.text)
        return text, InlineKeyboardMarkup([rating_buttons(delivery_id)])
    return texts("delivery.prompt", track=name, text=prompt.text), None
