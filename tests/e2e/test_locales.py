"""Every flow in every offered locale, through the real bot: a Russian or Spanish speaker sees
only their own language (the texts are taken from content/<locale>/, never written here),
numbers and dates as their language writes them, and the same stored ids as in English."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from bot.content import Texts
from bot.domain.safety import Concern
from bot.flows import replies
from bot.sandbox.fake_api import UploadedFile
from tests.harness import Chat, Harness
from tests.steps import buttons, deliver, load_user, reflections

# The offered locales besides English, the Telegram language code each test user's app has,
# and a name each user has.
LOCALES = ("ru", "es")
APP_LANGUAGE = {"en": "en", "ru": "ru", "es": "es-MX"}
NAME = {"en": "Ada", "ru": "Оля", "es": "Lucía"}
DAILY = ("self_compassion", "valued_traits", "conflict_review")


# ---- what the user sees ------------------------------------------------------------------


def plain(markup: str) -> str:
    """HTML as the chat shows it: tags dropped, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def said(texts: Texts, key: str, **params: object) -> str:
    """A message as the user reads it."""
    return plain(texts(key, **params))


def fragment(texts: Texts, key: str) -> str:
    """The longest stretch of a message that no placeholder or line break interrupts, as the
    user reads it: it is in the message whatever the placeholders hold."""
    chunks = re.split(r"\{[^}]*\}|\n", texts.template(key))
    return max((plain(chunk).strip() for chunk in chunks), key=len)


def shown_texts(harness: Harness, chat_id: int) -> Iterator[str]:
    """Every text and caption the bot showed in the chat, and every answer to a button."""
    for call in harness.api.calls:
        method = call.method.lower()
        if method == "answercallbackquery":
            if call.params.get("text"):
                yield str(call.params["text"])
            continue
        if call.params.get("chat_id") != chat_id:
            continue
        for key in ("text", "caption"):
            value = call.params.get(key)
            if isinstance(value, str):
                yield plain(value)


def shown_labels(harness: Harness, chat_id: int) -> Iterator[str]:
    """Every button label the bot showed in the chat (inline and reply keyboards)."""
    for call in harness.api.calls:
        if call.params.get("chat_id") != chat_id:
            continue
        markup = call.params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if not isinstance(markup, dict):
            continue
        for row in markup.get("inline_keyboard", []) + markup.get("keyboard", []):
            for button in row:
                label = button["text"] if isinstance(button, dict) else str(button)
                yield re.sub(r"^(✓|✅|▫️|•)\s*", "", label).strip(" •")


def _locale_blob(harness: Harness, locale: str) -> str:
    """Everything the locale's content says, as one text."""
    content = harness.content
    texts = content.texts(locale)
    parts = [plain(v) for v in texts.messages.values()]
    parts += [plain(f) for p in texts.plurals.values() for f in p.forms.values()]
    for group in ("feeling", "distancing", "underneath", "next_step", "trait"):
        parts += [t.label for t in content.tags(locale, group)]
    for track in DAILY:
        parts += [p.text for p in content.prompts(locale, track)]
    return "\n".join(parts)


def english_sentences(harness: Harness, locale: str) -> set[str]:
    """Stretches of English messages of three words or more that the locale never says."""
    english = harness.content.texts("en")
    templates = [*english.messages.values()]
    templates += [f for p in english.plurals.values() for f in p.forms.values()]
    blob = _locale_blob(harness, locale)
    found = set()
    for template in templates:
        for chunk in re.split(r"\{[^}]*\}|\n", template):
            words = plain(chunk).strip(" •:—-")
            if len(re.findall(r"[A-Za-z']{2,}", words)) >= 3 and words not in blob:
                found.add(words)
    return found


def english_labels(harness: Harness, locale: str) -> set[str]:
    """English button labels (messages and tags) that the locale never uses."""
    content = harness.content
    english = content.texts("en")
    labels = {plain(v).strip() for v in english.messages.values() if "\n" not in v.strip()}
    for group in ("feeling", "distancing", "underneath", "next_step", "trait"):
        labels |= {t.label for t in content.tags("en", group)}
    texts = content.texts(locale)
    own = {plain(v).strip() for v in texts.messages.values()}
    for group in ("feeling", "distancing", "underneath", "next_step", "trait"):
        own |= {t.label for t in content.tags(locale, group)}
    return {label for label in labels - own if re.search(r"[A-Za-z]{2,}", label)}


def english_in_chat(harness: Harness, chat_id: int, locale: str) -> list[str]:
    """English the bot showed a user of another locale: sentences of English messages in a
    text, and English labels on buttons. Empty when the chat spoke only the locale."""
    if locale == "en":
        return []
    sentences = english_sentences(harness, locale)
    labels = english_labels(harness, locale)
    leaks = [
        f"{sentence!r} in {text!r}"
        for text in shown_texts(harness, chat_id)
        for sentence in sentences
        if sentence in text
    ]
    leaks += [f"button {label!r}" for label in shown_labels(harness, chat_id) if label in labels]
    return sorted(set(leaks))


# ---- what the user does, in their language -----------------------------------------------


def user_chat(harness: Harness, locale: str, code: str | None = None, user_id: int = 1001) -> Chat:
    """The chat of a new user whose Telegram app speaks `code` (the locale's by default)."""
    user = harness.api.user(user_id, NAME[locale], language_code=code or APP_LANGUAGE[locale])
    return Chat(api=harness.api, user=user)


async def set_up_in(chat: Chat, harness: Harness, locale: str, hhmm: str = "09:01") -> None:
    """Onboard in UTC with every prompt at one typed time (the clock stands at 09:00 UTC)."""
    t = harness.content.texts(locale)
    await chat.send("/start")
    consent = await chat.reply()
    chat.user.press(consent, t.raw("onboarding.consent_yes"))
    await chat.until(fragment(t, "onboarding.ask_timezone"))
    await chat.send("UTC")
    times = await chat.until(fragment(t, "onboarding.ask_times"))
    await chat.press(times, t.raw("onboarding.preset_type"))
    done = await chat.send(hhmm)
    assert fragment(t, "onboarding.done") in done["text"], done["text"]
    harness.api.drain()


async def only_track_in(chat: Chat, harness: Harness, locale: str, track: str) -> None:
    """Leave only one daily track on, with the locale's buttons."""
    t = harness.content.texts(locale)
    chat.user.send_text("/settings")
    menu = await chat.until(fragment(t, "settings.title"))
    tracks = await chat.press(menu, t.raw("settings.button_tracks"))
    for other in DAILY:
        if other != track:
            label = said(t, "settings.track_state_on", track=t.raw(f"track.{other}"))
            tracks = await chat.press(tracks, label)
    harness.api.drain()


def tag(harness: Harness, locale: str, group: str, tag_id: str) -> str:
    label = harness.content.tag_label(locale, group, tag_id)
    assert label is not None, (locale, group, tag_id)
    return label


async def review_in(chat: Chat, harness: Harness, locale: str, check_in: dict[str, Any]) -> dict:
    """A full conflict review from its check-in, by the locale's buttons: with Саша/Sam, hurt
    and scared, went quiet, fear of being left, talk it through. Returns the closing message."""
    t = harness.content.texts(locale)
    chat.user.press(check_in, t.raw("review.button_yes"))
    await chat.until(fragment(t, "delivery.prompt"))  # what happened, with the prompt
    chat.user.send_text(WORDS[locale]["conflict"])
    who = await chat.until(fragment(t, "review.ask_person"))
    chat.user.press(who, t.raw("reflect.button_new_person"))
    await chat.until(fragment(t, "reflect.type_name"))
    felt = await chat.send(WORDS[locale]["name"])
    assert fragment(t, "review.ask_felt") in felt["text"]
    hurt, scared = (tag(harness, locale, "feeling", i) for i in ("hurt", "scared"))
    assert {hurt, scared} <= set(buttons(felt))
    toggled = await chat.press(felt, hurt)
    assert f"✓ {hurt}" in buttons(toggled)
    toggled = await chat.press(toggled, scared)
    chat.user.press(toggled, t.raw("review.button_done"))
    distancing = await chat.until(fragment(t, "review.ask_distancing"))
    assert t.raw("review.button_stayed") in buttons(distancing)
    toggled = await chat.press(distancing, tag(harness, locale, "distancing", "went_quiet"))
    chat.user.press(toggled, t.raw("review.button_done"))
    underneath = await chat.until(fragment(t, "review.ask_underneath"))
    left = tag(harness, locale, "underneath", "fear_of_being_left")
    toggled = await chat.press(underneath, left)
    chat.user.press(toggled, t.raw("review.button_done"))
    step = await chat.until(fragment(t, "review.ask_next"))
    chat.user.press(step, tag(harness, locale, "next_step", "talk_about_it"))
    return await chat.until(fragment(t, "review.done"))


WORDS = {
    "en": {
        "conflict": "Sam snapped at me and I went silent for a day",
        "name": "Sam",
        "self": "I let myself rest today",
        "noticed": "Sam stayed up to help me move",
        "went": "it went better than I feared",
    },
    "ru": {
        "conflict": "Саша накричала на меня, и я замолчала на целый день",
        "name": "Саша",
        "self": "Сегодня я разрешила себе отдохнуть",
        "noticed": "Саша всю ночь помогала мне с переездом",
        "went": "всё прошло лучше, чем я боялась",
    },
    "es": {
        "conflict": "Sam me gritó y yo me quedé callada todo el día",
        "name": "Sam",
        "self": "Hoy me permití descansar",
        "noticed": "Sam se quedó despierto para ayudarme con la mudanza",
        "went": "salió mejor de lo que temía",
    },
}


def prompt_texts(harness: Harness, locale: str, track: str) -> set[str]:
    return {p.text for p in harness.content.prompts(locale, track)}


# ---- 1. onboarding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "locale", "place", "zone"),
    [
        ("ru", "ru", "Moscow", "Europe/Moscow"),
        ("es-MX", "es", "Ciudad de México", "America/Mexico_City"),
        ("uk", "ru", "Europe/Kyiv", "Europe/Kyiv"),
        ("en", "en", "Berlin", "Europe/Berlin"),
    ],
    ids=("ru", "es-MX", "uk", "en"),
)
async def test_onboarding_speaks_the_language_of_the_telegram_app(
    harness: Harness, code: str, locale: str, place: str, zone: str
) -> None:
    chat = user_chat(harness, locale, code)
    t = harness.content.texts(locale)
    intro = await chat.send("/start")
    assert intro["text"] == said(t, "onboarding.intro", name=NAME[locale])
    if locale != "en":
        english_intro = said(harness.content.texts("en"), "onboarding.intro", name=NAME[locale])
        assert english_intro.splitlines()[0] not in intro["text"]
    consent = await chat.reply()
    assert consent["text"] == said(t, "onboarding.consent")
    assert buttons(consent) == [t.raw("onboarding.consent_yes"), t.raw("onboarding.consent_no")]
    chat.user.press(consent, t.raw("onboarding.consent_yes"))
    about = await chat.until(fragment(t, "about.ask_role"))
    assert buttons(about) == [
        t.raw("about.role_self"),
        t.raw("about.role_other"),
        t.raw("about.role_both"),
        t.raw("about.skip"),
    ]
    asked = await chat.until(fragment(t, "onboarding.ask_timezone"))
    assert asked["text"] == said(t, "onboarding.ask_timezone")
    keyboard = chat.api.reply_keyboard(chat.user.id)
    assert keyboard is not None
    assert keyboard["keyboard"][0][0]["text"] == t.raw("onboarding.share_location_button")

    zone_set = await chat.send(place)
    if fragment(t, "timezone.choose") in zone_set["text"]:  # Moscow, Idaho, too
        chat.user.press(zone_set, next(b for b in buttons(zone_set) if zone in b))
        zone_set = await chat.until(fragment(t, "timezone.set"))
    assert fragment(t, "timezone.set") in zone_set["text"] and zone in zone_set["text"]
    times = await chat.reply()
    assert times["text"] == said(t, "onboarding.ask_times")
    assert buttons(times) == [
        t.raw(f"onboarding.preset_{p}") for p in ("split", "morning", "evening", "type")
    ]
    done = await chat.press(times, t.raw("onboarding.preset_split"))
    assert fragment(t, "onboarding.done") in done["text"]
    for track, hhmm in zip(DAILY, ("08:30", "20:30", "20:30"), strict=True):
        days = t.raw("plan.every_day")
        line = said(t, "plan.track_on", track=t.raw(f"track.{track}"), time=hhmm, days=days)
        assert line in done["text"]
    assert t.raw("plan.every_day") in done["text"]
    assert fragment(t, "plan.next_prompt") in done["text"]

    user = await load_user(harness, chat.user.id)
    assert user is not None and user.locale == locale and user.timezone == zone
    assert english_in_chat(harness, chat.user.id, locale) == []
    if locale == "en":
        assert not any(
            re.search("[а-яё]|[ñ¿¡]", text, re.I) for text in shown_texts(harness, chat.user.id)
        )


# ---- 2. a prompt and a reply ----------------------------------------------------------------


@pytest.mark.parametrize("locale", [*LOCALES, "en"])
async def test_a_scheduled_prompt_is_answered_and_rated_in_the_locale(
    harness: Harness, locale: str
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await set_up_in(chat, harness, locale)
    await only_track_in(chat, harness, locale, "self_compassion")
    prompt = await deliver(harness, chat)
    header, text, hint = prompt["text"].split("\n\n")
    assert header == t.raw("track.self_compassion")
    assert text in prompt_texts(harness, locale, "self_compassion")
    assert hint == fragment(t, "delivery.prompt_rated")
    assert buttons(prompt) == ["1", "2", "3", "4", "5"]

    kept = await chat.send(WORDS[locale]["self"])
    progress = said(t, "reflect.kept", progress=t("reflect.progress_one"))
    assert kept["text"] == f"{progress}\n\n{t.raw('reflect.rate_now')}"
    chat.user.press(prompt, "4")
    await chat.answered(lambda answer: answer["text"] == said(t, "reflect.rated", rating=4))

    [entry] = await reflections(harness)
    assert (entry.text, entry.rating, entry.track) == (WORDS[locale]["self"], 4, "self_compassion")
    # The prompt's id is the same in every locale: the English one with that id exists.
    assert harness.content.prompt("en", "self_compassion", str(entry.prompt_id)) is not None
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- 3. a full conflict review --------------------------------------------------------------


@pytest.mark.parametrize("locale", [*LOCALES, "en"])
async def test_a_full_review_in_the_locale_keeps_the_english_ids(
    harness: Harness, locale: str
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await set_up_in(chat, harness, locale)
    await only_track_in(chat, harness, locale, "conflict_review")
    check_in = await deliver(harness, chat)
    assert check_in["text"] == said(t, "review.check_in", track=t.raw("track.conflict_review")), (
        check_in["text"]
    )
    assert buttons(check_in) == [
        t.raw("review.button_calm"),
        t.raw("review.button_yes"),
        t.raw("review.button_skip"),
    ]
    done = await review_in(chat, harness, locale, check_in)
    assert done["text"].startswith(fragment(t, "review.done"))
    assert said(t, "reflect.progress_one") in done["text"]

    [review] = await reflections(harness)
    assert (review.kind, review.status, review.track) == ("review", "done", "conflict_review")
    assert review.text == WORDS[locale]["conflict"]
    assert review.data["felt"] == ["hurt", "scared"]
    assert review.data["distancing"] == ["went_quiet"]
    assert review.data["underneath"] == ["fear_of_being_left"]
    assert review.data["next"] == ["talk_about_it"]

    chat.user.send_text("/history conflict")
    history = await chat.until(said(t, "history.review_with", name=WORDS[locale]["name"]))
    felt = ", ".join(tag(harness, locale, "feeling", i) for i in ("hurt", "scared"))
    felt_line = said(t, "history.review_line", label=t.raw("history.felt"), values=felt)
    assert felt_line in history["text"]
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- 4. /summary after a scripted week -------------------------------------------------------


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text drawn on the charts rendered from here on (read once the PNG is saved)."""
    texts: list[str] = []
    savefig = Figure.savefig

    def recording(figure: Figure, *args: Any, **kwargs: Any) -> None:
        savefig(figure, *args, **kwargs)
        texts.extend(t.get_text() for t in figure.findobj(Text) if t.get_text().strip())

    monkeypatch.setattr(Figure, "savefig", recording)
    return texts


async def scripted_week_in(chat: Chat, harness: Harness, locale: str) -> None:
    """Monday 23 to Friday 27 November 2026: a self-compassion reply and rating each day."""
    t = harness.content.texts(locale)
    harness.clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))  # a Monday
    await set_up_in(chat, harness, locale, hhmm="08:01")
    await only_track_in(chat, harness, locale, "self_compassion")
    for day, rating in enumerate((2, 3, 3, 4, 5)):
        harness.clock.set(datetime(2026, 11, 23 + day, 8, 3, tzinfo=UTC))
        assert (await harness.tick()).sent == 1
        prompt = [
            m
            for m in harness.api.sent_messages(chat.user.id)
            if m.get("text", "").startswith(t.raw("track.self_compassion"))
        ][-1]
        harness.api.drain()
        await chat.send(f"{day}: {WORDS[locale]['self']}")
        chat.user.press(prompt, str(rating))
        await chat.answered()
        harness.api.drain()


@pytest.mark.parametrize("locale", [*LOCALES, "en"])
async def test_summary_words_numbers_and_chart_are_the_locales(
    harness: Harness, locale: str, drawn: list[str], recwarn: pytest.WarningsRecorder
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await scripted_week_in(chat, harness, locale)
    chat.user.send_text("/summary")
    photo = await harness.api.next_call("sendPhoto")
    uploaded = photo.params["photo"]
    assert isinstance(uploaded, UploadedFile) and uploaded.content.startswith(b"\x89PNG")
    days = ", ".join(f"{t.raw(f'weekday.{d}')} {r}" for d, r in enumerate((2, 3, 3, 4, 5)))
    caption = photo.params["caption"]
    assert caption.startswith(fragment(t, "summary.caption")), caption
    assert said(t, "summary.alt_days", values=days) in caption

    summary = (await chat.until(fragment(t, "summary.title")))["text"]
    week = said(t, "summary.title", start=t.day(date(2026, 11, 23)), end=t.day(date(2026, 11, 29)))
    assert week in summary
    assert said(t, "summary.days_alone", days=5) in summary
    assert said(t, "summary.tracks", sc=5, vt=0, cr=0) in summary
    average = t.number(3.4)
    assert average == ("3.4" if locale == "en" else "3,4")
    assert said(t, "summary.kindness", average=average) in summary
    assert fragment(t, "summary.suggestion") in summary
    suggestions = {s.text for p in ("default",) for s in harness.content.suggestions(locale, p)}
    assert suggestions  # the suggestion is one of the locale's (any pattern)

    # The chart: its title, panels and weekday names are the locale's, and its numbers too.
    start, end = t.day(date(2026, 11, 23)), t.day(date(2026, 11, 29))
    assert said(t, "chart.title", start=start, end=end) in drawn
    assert t.raw("chart.daily_title") in drawn and t.raw("chart.trend_title") in drawn
    ticks = [f"{t.raw(f'weekday.{d}')}\n{23 + d}" for d in range(7)]
    assert set(ticks) <= set(drawn), drawn
    assert said(t, "chart.week_date", day=23, month=t.raw("month.11")) in drawn
    if locale != "en":
        english_chart = {
            v for k, v in harness.content.texts("en").messages.items() if k.startswith("chart.")
        }
        assert [s for s in drawn if s in english_chart - set(t.messages.values())] == []
        assert [s for s in drawn if re.search(r"\d\.\d", s)] == []
    # Every letter has a glyph in the chart's font (matplotlib warns of each one it lacks).
    assert [str(w.message) for w in recwarn if "missing from" in str(w.message)] == []
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- 5. /export Markdown --------------------------------------------------------------------


async def document(harness: Harness) -> tuple[UploadedFile, str]:
    call = await harness.api.next_call("sendDocument")
    uploaded = call.params["document"]
    assert isinstance(uploaded, UploadedFile)
    return uploaded, plain(str(call.params.get("caption", "")))


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_markdown_export_is_written_in_the_locale(harness: Harness, locale: str) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    english = harness.content.texts("en")
    await set_up_in(chat, harness, locale)
    chat.user.send_text(f"/prompt {'конфликт' if locale == 'ru' else 'conflicto'}")
    check_in = await chat.until(fragment(t, "review.check_in"))
    await review_in(chat, harness, locale, check_in)
    harness.api.drain()

    chat.user.send_text("/export")
    machine, machine_caption = await document(harness)
    readable, readable_caption = await document(harness)
    assert machine_caption == said(t, "export.json_caption")
    assert readable_caption == said(t, "export.md_caption")
    assert readable.filename == "letin-export.md"
    markdown = readable.content.decode()
    assert markdown.startswith(f"# {t.raw('export.md_title')}\n\n{t.raw('export.md_intro')}")
    assert f" · {t.raw('track.conflict_review')}" in markdown
    assert f"- {t.raw('export.md_with')}: {WORDS[locale]['name']}" in markdown
    felt = ", ".join(tag(harness, locale, "feeling", i) for i in ("hurt", "scared"))
    assert f"- {t.raw('export.md_felt')}: {felt}" in markdown
    went_quiet = tag(harness, locale, "distancing", "went_quiet")
    assert f"- {t.raw('export.md_pulled_away')}: {went_quiet}" in markdown
    left = tag(harness, locale, "underneath", "fear_of_being_left")
    assert f"- {t.raw('export.md_underneath')}: {left}" in markdown
    step = tag(harness, locale, "next_step", "talk_about_it")
    assert f"- {t.raw('export.md_next')}: {step}" in markdown
    for key in ("md_title", "md_intro", "md_with", "md_felt", "md_pulled_away", "md_next"):
        assert english.raw(f"export.{key}") not in markdown, key
    # The machine-readable file keeps the ids, with the locale's labels beside them.
    [entry] = json.loads(machine.content)["reflections"]
    assert entry["data"]["felt"] == ["hurt", "scared"]
    assert entry["labels"]["felt"] == felt.split(", ")
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- 6. /help and /language -----------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_help_and_switching_languages(harness: Harness, locale: str) -> None:
    chat = user_chat(harness, locale)
    content = harness.content
    t = content.texts(locale)
    await set_up_in(chat, harness, locale)
    help_text = await chat.send("/help")
    assert help_text["text"] == said(t, "general.help")
    # Telegram's own menu, for an app in this language, is the locale's.
    menu = {c["command"]: c["description"] for c in harness.api.commands(language_code=locale)}
    assert menu["help"] == t.raw("commands.help")

    other = "es" if locale == "ru" else "ru"
    names = [content.texts(loc).raw("language.name") for loc in ("en", "ru", "es")]
    for switch_to in (other, locale):
        here = content.texts((await load_user(harness, chat.user.id)).locale)  # type: ignore[union-attr]
        choose = await chat.send("/language")
        assert choose["text"] == said(here, "language.choose")
        assert buttons(choose) == names
        target = content.texts(switch_to)
        done = await chat.press(choose, target.raw("language.name"))
        assert done["text"] == said(target, "language.set")
        call = await harness.api.next_call("setMyCommands")
        commands = {c["command"]: c["description"] for c in call.params["commands"]}
        assert commands["help"] == target.raw("commands.help")
        user = await load_user(harness, chat.user.id)
        assert user is not None and user.locale == switch_to
        again = await chat.send("/help")
        assert again["text"] == said(target, "general.help")
    english = harness.content.texts("en")
    assert said(english, "general.help").splitlines()[0] not in [
        line for text in shown_texts(harness, chat.user.id) for line in text.splitlines()
    ]


# ---- 7. bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_bad_input_is_answered_kindly_in_the_locale(harness: Harness, locale: str) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await set_up_in(chat, harness, locale)

    wrong_time = await chat.send("/time 25:99")
    assert wrong_time["text"] == said(t, "time.invalid", text="25:99")
    no_time = await chat.send("/time")
    assert no_time["text"] == said(t, "time.missing")
    unknown = await chat.send("/prompt xyz")
    assert unknown["text"].startswith(said(t, "general.unknown_track", text="xyz", example="")[:40])
    assert "xyz" in unknown["text"]
    command = await chat.send("/frobnicate")
    assert command["text"] == said(t, "general.unknown_command")
    pause = await chat.send("/pause soon")
    assert fragment(t, "pause.invalid") in pause["text"]
    for data in ("s:nonsense", "x" * 64, "s:day:9"):
        chat.user.press_data(1, data)
        answer = await chat.answered()
        assert answer["text"] in (t.raw("general.old_button"), t.raw("onboarding.old_button"))

    # Tracks named in the locale's words work like the English ones.
    conflict, self_word = ("конфликт", "доброта") if locale == "ru" else ("conflicto", "amabilidad")
    check_in = await chat.send(f"/prompt {conflict}")
    assert check_in["text"] == said(t, "review.check_in", track=t.raw("track.conflict_review"))
    chat.user.send_text(f"/prompt {self_word}")
    prompt = await chat.until(t.raw("track.self_compassion"))
    assert prompt["text"].split("\n\n")[1] in prompt_texts(harness, locale, "self_compassion")
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- 8. a crisis text -----------------------------------------------------------------------

CRISIS = [
    pytest.param("ru", "Europe/Moscow", "я больше не хочу жить, всё решила", "8-800-2000-122"),
    pytest.param("es", "Europe/Madrid", "ya no quiero vivir, lo tengo todo planeado", "024"),
    pytest.param("es", "America/Mexico_City", "me quiero morir, ya no aguanto", "800 911 2000"),
]


async def in_zone(chat: Chat, harness: Harness, locale: str, zone: str) -> None:
    t = harness.content.texts(locale)
    await set_up_in(chat, harness, locale, hhmm="23:59")
    zone_set = await chat.send(f"/timezone {zone}")
    assert fragment(t, "timezone.set") in zone_set["text"]
    await chat.until(fragment(t, "plan.next_prompt"))  # when the next prompt comes now
    harness.api.drain()


@pytest.mark.parametrize(("locale", "zone", "words", "local_line"), CRISIS)
async def test_a_crisis_text_in_the_locale_gets_local_helplines_and_sos(
    harness: Harness, locale: str, zone: str, words: str, local_line: str
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await in_zone(chat, harness, locale, zone)
    first, *_, last = t.template("support.suicide").strip().split("\n\n")
    chat.user.send_text(words)
    care = await chat.until(plain(first))
    assert care["text"].startswith(plain(first)), care["text"]
    assert care["text"].endswith(plain(last))
    assert local_line in care["text"]
    assert fragment(t, "support.directory") in care["text"]
    [entry] = await reflections(harness)
    assert entry.text == words

    sos = await chat.send("/sos")
    assert sos["text"].startswith(plain(t.template("support.sos").strip().splitlines()[0]))
    assert local_line in sos["text"]
    assert plain(t.template("support.sos").strip().split("\n\n")[-1]) in sos["text"]

    # The helplines themselves are worded in the locale (content/<locale>/helplines.toml):
    # each of the locale's lines is shown, and no English wording of them.
    helplines = harness.app.bot_data.services.helplines
    for concern, message in ((Concern.SUICIDE, care), (None, sos)):
        own = helplines.for_zone(zone, concern, locale)
        english = helplines.for_zone(zone, concern, "en")
        ours = {words for line in own.lines + own.directory for words in (line.name, line.contact)}
        for line in own.lines + own.directory:
            assert f"• {line.name}: {line.contact}" in message["text"]
        for line in english.lines + english.directory:
            for words in {line.name, line.contact} - ours:
                if re.search(r"[A-Za-z]{3,}", words):
                    assert words not in message["text"], words
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- more of the same, where the locale has its own words: the month and the year --------


@pytest.mark.parametrize("locale", LOCALES)
async def test_month_and_year_summaries_are_the_locales(
    harness: Harness, locale: str, drawn: list[str]
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await scripted_week_in(chat, harness, locale)  # ratings 2, 3, 3, 4, 5 from Monday 23 Nov
    harness.clock.set(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    average = t.number(3.4)
    started = said(t, "period.started", day=t.day(date(2026, 11, 23)), days=6)

    chat.user.send_text("/summary month")
    photo = await harness.api.next_call("sendPhoto")
    caption = photo.params["caption"]
    assert caption.startswith(fragment(t, "period.caption_month")), caption
    assert said(t, "period.alt_rated", days=5, average=average) in caption
    month = (await chat.until(fragment(t, "period.month_title")))["text"]
    november = said(t, "calendar.month", month=t.raw("month_long.11"), year=2026)
    assert said(t, "period.month_title", month=november) in month
    assert started in month
    assert said(t, "period.days", days=5, total=6) in month
    assert said(t, "period.kindness", average=average, ratings=5) in month
    assert november in drawn
    assert {t.raw("calendar.low"), t.raw("calendar.high")} <= set(drawn), drawn
    harness.api.drain()

    chat.user.send_text("/summary year")
    photo = await harness.api.next_call("sendPhoto")
    assert photo.params["caption"].startswith(fragment(t, "period.caption_year"))
    year = (await chat.until(fragment(t, "period.year_title")))["text"]
    assert said(t, "period.year_title", year=2026) in year
    assert started in year and said(t, "period.days", days=5, total=6) in year

    english = harness.content.texts("en")
    english_labels_drawn = {
        v
        for k, v in english.messages.items()
        if k.startswith(("chart.", "calendar.", "month", "weekday."))
    } - set(t.messages.values())
    assert [s for s in drawn if s in english_labels_drawn] == []
    assert [s for s in drawn if re.search(r"\d\.\d", s)] == []
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- what the user values in someone, the people page, the recall and the follow-up ----------


@pytest.mark.parametrize("locale", LOCALES)
async def test_values_people_recall_and_follow_up_in_the_locale(
    harness: Harness, locale: str
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    name = WORDS[locale]["name"]
    await set_up_in(chat, harness, locale)
    values_word, conflict_word = (
        ("ценности", "конфликт") if locale == "ru" else ("valores", "conflicto")
    )

    chat.user.send_text(f"/prompt {values_word}")
    prompt = await chat.until(t.raw("track.valued_traits"))
    assert prompt["text"].split("\n\n")[1] in prompt_texts(harness, locale, "valued_traits")
    noticed = WORDS[locale]["noticed"]
    ask_trait = await chat.send(noticed)
    assert fragment(t, "reflect.ask_trait") in ask_trait["text"]
    reliable = tag(harness, locale, "trait", "reliable")
    assert reliable in buttons(ask_trait)
    chat.user.press(ask_trait, reliable)
    await chat.until(fragment(t, "reflect.ask_person"))
    kept = await chat.send(name)
    assert kept["text"].startswith(fragment(t, "reflect.kept")), kept["text"]

    chat.user.send_text(f"/prompt {conflict_word}")
    check_in = await chat.until(fragment(t, "review.check_in"))
    done = await review_in(chat, harness, locale, check_in)
    assert said(t, "review.follow_up_planned") in done["text"]
    reminder = await chat.until(fragment(t, "reflect.reminder"))
    assert said(t, "reflect.reminder", name=name) in reminder["text"]
    assert said(t, "reflect.reminder_line", trait=reliable, example=noticed) in reminder["text"]
    assert said(t, "reflect.reminder_close") in reminder["text"]

    everyone = await chat.send("/people")
    counts = t("people.counts_both", entries=1, reviews=1)
    assert said(t, "people.list_line", name=name, counts=counts) in everyone["text"]
    page = await chat.send(f"/people {name}")
    today = harness.clock.now().date()
    line = said(t, "people.noticed_line", date=t.day(today), trait=reliable, text=noticed)
    assert line in page["text"], page["text"]
    assert buttons(page) == [
        t.raw(f"people.button_{key}") for key in ("tell", "rename", "merge", "forget", "all")
    ]
    # "Tell them what I noticed" offers a message in the user's language, for any chat.
    [tell] = page["reply_markup"]["inline_keyboard"][0]
    chat.user.inline_query(tell["switch_inline_query_chosen_chat"]["query"])
    answer = await harness.api.next_call("answerInlineQuery")
    [result, *_] = answer.params["results"]
    assert result["title"] == said(t, "talk.noticed_title", name=name, trait=reliable)
    # The trait is mid-sentence there, so it is written in lower case.
    message = said(t, "talk.noticed_message", name=name, trait=reliable.lower(), words=noticed)
    assert plain(result["input_message_content"]["message_text"]) == message
    harness.api.drain()

    # Two days later, at the evening time: how did the next step go?
    harness.clock.advance(timedelta(days=2, minutes=2))
    await harness.tick()
    asked = await chat.until(fragment(t, "follow_up.ask_person"))
    day = f"{t.raw(f'weekday.{today.weekday()}')} {t.day(today)}"
    step = tag(harness, locale, "next_step", "talk_about_it")
    assert asked["text"] == said(t, "follow_up.ask_person", day=day, name=name, step=step)
    assert buttons(asked) == [
        t.raw(f"follow_up.{key}") for key in ("did_it", "not_yet", "changed_mind", "skipped")
    ]
    chat.user.press(asked, t.raw("follow_up.did_it"))
    await chat.until(fragment(t, "follow_up.kept_did_it"))
    line_kept = await chat.send(WORDS[locale]["went"])
    assert line_kept["text"] == said(t, "follow_up.line_kept")
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- an unexpected error, for someone who chose a language other than their app's ----------


async def test_an_unexpected_error_is_told_in_the_chosen_language(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = user_chat(harness, "en")  # the Telegram app is in English
    await set_up_in(chat, harness, "en")
    russian = harness.content.texts("ru")
    choose = await chat.send("/language")
    chosen = await chat.press(choose, russian.raw("language.name"))
    assert chosen["text"] == said(russian, "language.set")

    async def broken(t: object, context: object, user: object, sent: object) -> None:
        raise RuntimeError("a handler failed")

    monkeypatch.setattr(replies, "received", broken)
    answer = await chat.send("сегодня был трудный день")
    assert answer["text"] == russian.raw("general.error")


# ---- a city typed in the locale's own script --------------------------------------------------


async def test_a_city_typed_in_cyrillic_sets_the_timezone(harness: Harness) -> None:
    chat = user_chat(harness, "ru")
    t = harness.content.texts("ru")
    await chat.send("/start")
    consent = await chat.reply()
    chat.user.press(consent, t.raw("onboarding.consent_yes"))
    await chat.until(fragment(t, "onboarding.ask_timezone"))
    zone_set = await chat.send("Москва")
    assert fragment(t, "timezone.set") in zone_set["text"], zone_set["text"]
    assert "Europe/Moscow" in zone_set["text"]


# ---- everything else a user can open, in the locale -------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_settings_and_the_other_commands_speak_the_locale(
    harness: Harness, locale: str
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await set_up_in(chat, harness, locale)
    chat.user.send_text("/settings")
    menu = await chat.until(fragment(t, "settings.title"))
    labels = buttons(menu)
    assert t.raw("settings.button_timezone") in labels and t.raw("settings.button_pause") in labels
    for label in labels:
        if label in (t.raw("settings.button_language"), t.raw("settings.button_done")):
            continue  # the language is tested above; Done closes the menu
        harness.api.drain()
        chat.user.send_text("/settings")
        menu = await chat.until(fragment(t, "settings.title"))
        opened = await chat.press(menu, label)
        if "reply_markup" in opened and t.raw("settings.button_back") in buttons(opened):
            await chat.press(opened, t.raw("settings.button_back"))
    for command in ("/pause 3", "/resume", "/privacy", "/history", "/skip", "/therapist", "/pause"):
        harness.api.drain()
        answer = await chat.send(command)
        assert answer["text"], command
    paused = [
        text
        for text in shown_texts(harness, chat.user.id)
        if fragment(t, "pause.done_until") in text
    ]
    assert paused, "no pause confirmation"
    harness.api.drain()
    pause = [m for m in harness.api.sent_messages(chat.user.id) if "reply_markup" in m][-1]
    assert buttons(pause)[:2] == [t.raw("pause.days_1"), t.raw("pause.days_3")]
    confirm = await chat.send("/delete")
    assert buttons(confirm) == [t.raw("delete.yes"), t.raw("delete.no")]
    kept = await chat.press(confirm, t.raw("delete.no"))
    assert kept["text"] == said(t, "delete.kept")
    chat.user.send_text("/talk")
    await chat.until(fragment(t, "talk.ask_person"))
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- the one-page summary for a therapist (a PDF drawn with the chart's library) ---------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_one_page_summary_is_written_in_the_locale(
    harness: Harness, locale: str, drawn: list[str], recwarn: pytest.WarningsRecorder
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await set_up_in(chat, harness, locale)
    chat.user.send_text(f"/prompt {'конфликт' if locale == 'ru' else 'conflicto'}")
    check_in = await chat.until(fragment(t, "review.check_in"))
    await review_in(chat, harness, locale, check_in)
    harness.api.drain()
    guide = await chat.send("/therapist")
    assert guide["text"] == said(t, "therapist.guide")
    chat.user.press(guide, t.raw("therapist.button_pdf"))
    call = await harness.api.next_call("sendDocument")
    assert plain(call.params["caption"]) == said(t, "therapist.pdf_caption")
    assert t.raw("onepage.title") in drawn
    assert t.raw("onepage.friction_head") in "\n".join(drawn)
    went_quiet = tag(harness, locale, "distancing", "went_quiet")
    assert went_quiet in "\n".join(drawn)
    english = harness.content.texts("en")
    english_page = {plain(v) for k, v in english.messages.items() if k.startswith("onepage.")} - {
        plain(v) for v in t.messages.values()
    }
    assert [s for s in drawn if s in english_page] == []
    # Every letter has a glyph in the font (matplotlib warns of each one it lacks).
    assert [str(w.message) for w in recwarn if "missing from" in str(w.message)] == []
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- words typed at a review's steps, in the locale's own words -------------------------------

TYPED = {
    "ru": ("Обидно!", "Я замолчала.", "всё равно бросят", "К психологу"),
    "es": ("Me dolió", "Me quedé callada", "Miedo al abandono", "Ir a terapia"),
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_typed_words_in_the_locale_are_kept_as_tags(harness: Harness, locale: str) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    await set_up_in(chat, harness, locale)
    chat.user.send_text(f"/prompt {'конфликт' if locale == 'ru' else 'conflicto'}")
    check_in = await chat.until(fragment(t, "review.check_in"))
    chat.user.press(check_in, t.raw("review.button_yes"))
    await chat.until(fragment(t, "delivery.prompt"))
    chat.user.send_text(WORDS[locale]["conflict"])
    who = await chat.until(fragment(t, "review.ask_person"))
    chat.user.press(who, t.raw("reflect.button_new_person"))
    await chat.until(fragment(t, "reflect.type_name"))
    await chat.send(WORDS[locale]["name"])
    felt, distancing, underneath, step = TYPED[locale]
    chat.user.send_text(felt)
    await chat.until(fragment(t, "review.ask_distancing"))
    chat.user.send_text(distancing)
    await chat.until(fragment(t, "review.ask_underneath"))
    chat.user.send_text(underneath)
    await chat.until(fragment(t, "review.ask_next"))
    chat.user.send_text(step)
    await chat.until(fragment(t, "review.done"))
    [review] = await reflections(harness)
    assert review.status == "done"
    assert review.data["felt"] == ["hurt"]
    assert review.data["distancing"] == ["went_quiet"]
    assert review.data["underneath"] == ["fear_of_being_left"]
    assert review.data["next"] == ["see_a_therapist"]
    assert not [key for key in review.data if key.endswith("_text")]
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- a week of reviews in the summary: feelings, people, timing, plural counts ----------------


async def review_later(
    chat: Chat, harness: Harness, locale: str, asked: datetime, answered: datetime
) -> None:
    """A check-in asked for at `asked`; at `answered`, a review with Саша/Sam, felt hurt."""
    t = harness.content.texts(locale)
    harness.clock.set(asked)
    chat.user.send_text(f"/prompt {'конфликт' if locale == 'ru' else 'conflicto'}")
    check_in = await chat.until(fragment(t, "review.check_in"))
    harness.clock.set(answered)
    chat.user.press(check_in, t.raw("review.button_yes"))
    await chat.until(fragment(t, "delivery.prompt"))
    chat.user.send_text(WORDS[locale]["conflict"])
    who = await chat.until(fragment(t, "review.ask_person"))
    name = WORDS[locale]["name"]
    if name in buttons(who):
        chat.user.press(who, name)
    else:
        chat.user.press(who, t.raw("reflect.button_new_person"))
        await chat.until(fragment(t, "reflect.type_name"))
        chat.user.send_text(name)
    felt = await chat.until(fragment(t, "review.ask_felt"))
    felt = await chat.press(felt, tag(harness, locale, "feeling", "hurt"))
    chat.user.press(felt, t.raw("review.button_done"))
    for question, button in (
        ("review.ask_distancing", t.raw("review.button_stayed")),
        ("review.ask_underneath", t.raw("review.button_done")),
        ("review.ask_next", tag(harness, locale, "next_step", "talk_about_it")),
    ):
        chat.user.press(await chat.until(fragment(t, question)), button)
    await chat.until(fragment(t, "review.done"))
    harness.api.drain()


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_summary_names_feelings_people_and_timing_in_the_locale(
    harness: Harness, locale: str
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    hurt = tag(harness, locale, "feeling", "hurt")
    name = WORDS[locale]["name"]
    harness.clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # a Monday, a UTC user
    await set_up_in(chat, harness, locale)
    for day in range(4):
        evening = datetime(2026, 11, 23 + day, 20, 0, tzinfo=UTC)
        await review_later(chat, harness, locale, evening, evening + timedelta(minutes=2))
    harness.clock.set(datetime(2026, 11, 27, 21, 0, tzinfo=UTC))
    chat.user.send_text("/summary")
    text = (await chat.until(fragment(t, "summary.title")))["text"]
    assert said(t, "summary.feelings", tags=t("summary.tag_new", label=hurt, count=4)) in text
    friction = t("summary.person_friction", count=4)
    assert said(t, "summary.person", name=name, details=friction) in text
    harness.api.drain()

    for day in range(4):
        morning = datetime(2026, 11, 30, 8, 0, tzinfo=UTC) + timedelta(days=day)
        await review_later(chat, harness, locale, morning, morning.replace(hour=23))
    harness.clock.set(datetime(2026, 12, 4, 21, 0, tzinfo=UTC))
    chat.user.send_text("/summary")
    text = (await chat.until(fragment(t, "summary.title")))["text"]
    assert said(t, "summary.timing_part", part=t.raw("summary.part_night")) in text
    counted = said(t, "summary.tag_month", label=hurt, count=4, month=8, reviews=8, weeks=4)
    assert counted in text, text
    assert english_in_chat(harness, chat.user.id, locale) == []


# ---- the other kinds of care: a softer signal, danger, a second message within the hour ------

SOFT = {"ru": "я просто хочу исчезнуть", "es": "solo quiero desaparecer de todo"}
DANGER = {
    "ru": ("Europe/Moscow", "он меня душил, и я боюсь идти домой"),
    "es": ("Europe/Madrid", "me pegó y tengo miedo de volver a casa"),
}
AGAIN = {
    "ru": ("хочу умереть", "я всё ещё хочу умереть"),
    "es": ("quiero morirme", "todavía quiero morirme"),
}


@pytest.mark.parametrize("locale", LOCALES)
async def test_check_in_danger_and_reminders_speak_the_locale(
    harness: Harness, locale: str
) -> None:
    t = harness.content.texts(locale)
    zone, danger = DANGER[locale]
    helplines = harness.app.bot_data.services.helplines

    # A softer signal: one question, in the locale, and "I'm safe" is heard.
    soft = user_chat(harness, locale, user_id=1001)
    await in_zone(soft, harness, locale, zone)
    ask = await soft.send(SOFT[locale])
    assert ask["text"] == said(t, "support.check_in")
    assert buttons(ask) == [
        t.raw("support.check_in_safe_button"),
        t.raw("support.check_in_not_safe_button"),
    ]
    edited = await soft.press(ask, t.raw("support.check_in_safe_button"))
    assert edited["text"] == said(t, "support.check_in_was_safe")
    glad = await soft.reply()
    assert glad["text"] == said(t, "support.glad_safe")
    assert english_in_chat(harness, soft.user.id, locale) == []

    # Danger: the emergency number first, then the country's abuse line, in the locale.
    endangered = user_chat(harness, locale, user_id=1002)
    await in_zone(endangered, harness, locale, zone)
    endangered.user.send_text(danger)
    care = await endangered.until(plain(t.template("support.danger").split("\n\n")[0].strip()))
    lines = [line for line in care["text"].splitlines() if line.startswith("•")]
    found = helplines.for_zone(zone, Concern.DANGER, locale)
    assert lines[0] == said(t, "support.emergency", number=found.emergency)
    assert lines[1] == f"• {found.lines[0].name}: {found.lines[0].contact}"
    assert english_in_chat(harness, endangered.user.id, locale) == []

    # A second crisis message within the hour: the shorter reminder, in the locale.
    again = user_chat(harness, locale, user_id=1003)
    await in_zone(again, harness, locale, zone)
    first, second = AGAIN[locale]
    again.user.send_text(first)
    await again.until(fragment(t, "support.directory"))
    reminder = await again.send(second)
    opening = t.template("support.reminder_suicide").strip().splitlines()[0]
    assert reminder["text"].startswith(plain(opening)), reminder["text"]
    assert fragment(t, "support.directory") not in reminder["text"]
    assert english_in_chat(harness, again.user.id, locale) == []


@pytest.mark.parametrize(
    ("locale", "zone", "words", "expected"),
    [
        pytest.param(
            "ru",
            "Europe/Moscow",
            "хочу просто исчезнуть от всего",
            "support.check_in",
            id="ru-disappear-from-everything",
        ),
        pytest.param(
            "es",
            "Europe/Madrid",
            "sigo queriendo morirme",
            "support.suicide",
            id="es-still-want-to-die",
        ),
    ],
)
async def test_crisis_wordings_found_in_the_locale(
    harness: Harness, locale: str, zone: str, words: str, expected: str
) -> None:
    t = harness.content.texts(locale)
    chat = user_chat(harness, locale)
    await in_zone(chat, harness, locale, zone)
    answer = await chat.send(words)
    opening = plain(t.template(expected).strip().split("\n\n")[0])
    assert answer["text"].startswith(opening), answer["text"]


# ---- before consent, media, /start again and the weekly summary on its own -------------------


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_small_answers_and_the_automatic_summary_speak_the_locale(
    harness: Harness, locale: str
) -> None:
    chat = user_chat(harness, locale)
    t = harness.content.texts(locale)
    # Before /start, and after "not now": nothing is kept, and the hint is the locale's.
    hint = await chat.send(WORDS[locale]["self"])
    assert "/start" in hint["text"]
    await chat.send("/start")
    consent = await chat.reply()
    declined = await chat.press(consent, t.raw("onboarding.consent_no"))
    assert declined["text"] == said(t, "onboarding.consent_declined")
    needed = await chat.send(WORDS[locale]["self"])
    assert "/start" in needed["text"]
    user = await load_user(harness, chat.user.id)
    assert user is not None and user.locale == locale and user.consented_at is None
    assert english_in_chat(harness, chat.user.id, locale) == []

    # Set up, then a sticker, a photo with a caption, and /start again.
    harness.api.drain()
    chat.user.send_text("/start")
    consent = await chat.until(fragment(t, "onboarding.consent"))
    chat.user.press(consent, t.raw("onboarding.consent_yes"))
    await chat.until(fragment(t, "onboarding.ask_timezone"))
    await chat.send("UTC")
    times = await chat.until(fragment(t, "onboarding.ask_times"))
    await chat.press(times, t.raw("onboarding.preset_evening"))
    harness.api.drain()
    chat.user.send_sticker()
    assert (await chat.reply())["text"] == said(t, "general.media_not_kept")
    chat.user.send_photo(caption=WORDS[locale]["self"])
    await chat.until(t.raw("reflect.photo_kept"))
    harness.api.drain()
    again = await chat.send("/start")
    assert again["text"].startswith(
        plain(t.template("onboarding.welcome_back").strip().split("{name}")[0])
    )
    assert (
        said(t, "plan.timezone", zone="UTC", offset="UTC+00:00", local_now="09:00")
        in (again["text"])
    )

    # The weekly summary comes on its own on Sunday evening, in the locale.
    harness.api.drain()
    harness.clock.set(datetime(2026, 11, 29, 19, 1, tzinfo=UTC))
    await harness.tick()
    photo = await harness.api.next_call("sendPhoto")
    assert photo.params["caption"].startswith(fragment(t, "summary.caption"))
    await chat.until(fragment(t, "summary.title"))
    assert english_in_chat(harness, chat.user.id, locale) == []
