"""/therapist: the guide, and the one-page PDF (what it holds: tests/test_onepage.py)."""

from __future__ import annotations

from bot.sandbox.fake_api import UploadedFile
from tests.harness import Chat, Harness
from tests.steps import buttons, set_up

SECRET = "Quillon-7 argued about the boat"


async def test_the_guide_and_a_one_page_pdf_without_words_or_names(
    chat: Chat, harness: Harness
) -> None:
    await set_up(chat, harness)
    # Something written first, with a name, that must not appear in the PDF.
    await chat.send("/prompt values")
    ask = await chat.send(SECRET)
    chat.user.press(ask, "Brave")
    await chat.until("Who was it")
    await chat.send("Quillon")
    guide = await chat.send("/therapist")
    assert "Who to look for" in guide["text"] and "What to say in a first session" in guide["text"]
    assert buttons(guide) == ["Make my one-page summary (PDF)"]
    chat.user.press(guide, "Make my one-page summary (PDF)")
    call = await harness.api.next_call("sendDocument")
    document = call.params["document"]
    assert isinstance(document, UploadedFile)
    assert document.filename == "letin-my-patterns.pdf"
    assert document.content.startswith(b"%PDF")
    assert b"/Title (My patterns: eight weeks with Letin)" in document.content
    assert "no words and no names" in call.params["caption"]


async def test_the_guide_is_there_for_anyone(chat: Chat, harness: Harness) -> None:
    guide = await chat.send("/therapist")
    assert "Talking to a therapist" in guide["text"]
