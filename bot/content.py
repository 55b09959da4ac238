"""Content: every user-facing sentence, loaded once from `content/<locale>/` and validated."""

from __future__ import annotations

import functools
import html
import string
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from babel import Locale
from babel.numbers import format_decimal
from babel.plural import PluralRule

from bot.domain.closeness import ANYONE, ASSUMES
from bot.domain.tracks import TRACKS

CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"
DEFAULT_LOCALE = "en"
MESSAGES_FILE = "messages.toml"
LOCALES_FILE = "locales.toml"


class ContentError(Exception):
    """A content file is missing or broken; the message names the file and the field."""


def _placeholders(template: str) -> frozenset[str]:
    names = set()
    for _literal, name, _spec, _conv in string.Formatter().parse(template):
        if name is not None:
            if not name.isidentifier():
                raise ValueError(f"placeholder {{{name}}} is not a simple name")
            names.add(name)
    return frozenset(names)


# A message with forms per plural category (CLDR, through Babel) is a table with the key
# PLURAL naming the placeholder whose number chooses the form, and one text per category:
#     days = { plural = "days", one = "{days} day", other = "{days} days" }
# "other" is always needed, and so is every category the locale uses for the counts a user
# sees (0 to 999): English and Spanish "one"; Russian "one", "few" and "many".
PLURAL = "plural"
CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})
_COUNTS = range(1000)


@dataclass(frozen=True)
class Plural:
    """One message's forms per plural category, chosen by the number in `by`."""

    by: str
    forms: Mapping[str, str]


@functools.cache
def _plural_rule(locale: str) -> PluralRule:
    return Locale.parse(locale).plural_form


def plural_categories(locale: str) -> frozenset[str]:
    """The plural categories a locale needs for the counts users see."""
    rule = _plural_rule(locale)
    return frozenset({"other", *(rule(n) for n in _COUNTS)})


def _plural(value: Mapping[str, Any], name: str, where: Path) -> Plural:
    by = value[PLURAL]
    forms = {k: v for k, v in value.items() if k != PLURAL}
    if not isinstance(by, str) or not by.isidentifier():
        raise ContentError(f"{where}: {name}.{PLURAL} must name a placeholder")
    unknown = sorted(set(forms) - CATEGORIES)
    if unknown:
        raise ContentError(f"{where}: {name}: {', '.join(unknown)} is no plural category")
    for category, text in forms.items():
        if not isinstance(text, str) or not text.strip():
            raise ContentError(f"{where}: {name}.{category} must be text")
    return Plural(by, {k: v.strip("\n") for k, v in forms.items()})


def _flatten(
    table: Mapping[str, Any],
    prefix: str,
    out: dict[str, str],
    where: Path,
    plurals: dict[str, Plural] | None = None,
) -> None:
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and PLURAL in value and plurals is not None:
            plural = _plural(value, name, where)
            plurals[name] = plural
            # Code that lists or checks keys sees the message; its text is the "other" form.
            out[name] = plural.forms.get("other", "")
        elif isinstance(value, Mapping):
            _flatten(value, f"{name}.", out, where, plurals)
        elif isinstance(value, str):
            if not value.strip():
                raise ContentError(f"{where}: {name} is empty")
            out[name] = value.strip("\n")
        else:
            raise ContentError(f"{where}: {name} must be text")


def utf8(text: str) -> str:
    """Text Telegram can take: an unpaired surrogate (no UTF-8 form) becomes "?"."""
    return text if text.isascii() else text.encode(errors="replace").decode()


class Html(str):
    """Text that is already safe HTML, inserted into a message without escaping."""

    __slots__ = ()


@dataclass(frozen=True)
class Texts:
    """The messages of one locale; call it with a key and the placeholders' values."""

    locale: str
    messages: Mapping[str, str]
    # Messages with forms per plural category (their "other" form is in `messages` too).
    plurals: Mapping[str, Plural] = field(default_factory=dict)

    def __call__(self, key: str, /, **params: object) -> Html:
        """Render a message; values are HTML-escaped (messages are HTML) unless marked Html.
        A plural message takes the form for its number's category in this locale."""
        plural = self.plurals.get(key)
        if plural is None:
            template = self.messages[key]
        else:
            category = _plural_rule(self.locale)(_number(params[plural.by]))
            template = plural.forms.get(category, plural.forms["other"])
        safe = {
            name: value if isinstance(value, Html) else html.escape(utf8(str(value)), quote=False)
            for name, value in params.items()
        }
        return Html(template.format_map(safe))

    def number(self, value: float, digits: int = 1) -> str:
        """A number as this locale writes it: "3.5" in English, "3,5" in Russian or Spanish."""
        pattern = "0." + "0" * digits if digits else "0"
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def day(self, day: date) -> str:
        """A day of a month as "5 Dec": the day's number and the month's short name."""
        return f"{day.day} {self.messages[f'month.{day.month}']}"

    def raw(self, key: str) -> str:
        """Return a message with no placeholders, unescaped (button labels, command menu)."""
        return self.messages[key]

    def template(self, key: str) -> str:
        """Return a message with its {placeholders} for code that fills them itself."""
        return self.messages[key]

    def placeholders(self, key: str) -> frozenset[str]:
        """Return the placeholder names a message uses (in any of its plural forms)."""
        plural = self.plurals.get(key)
        if plural is None:
            return _placeholders(self.messages[key])
        return frozenset().union(*map(_placeholders, plural.forms.values()))


def _number(value: object) -> int | float:
    """The number a plural form is chosen by ("3", 3 and 3.0 alike)."""
    if isinstance(value, bool):
        raise TypeError("a plural message counts a number, not a truth value")
    if isinstance(value, int | float):
        return value
    return float(str(value)) if "." in str(value) else int(str(value))


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(f"{path}: file is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path}: not valid TOML ({exc})") from None


def load_texts(path: Path, locale: str) -> Texts:
    """Load and validate one locale's messages file."""
    data = _read_toml(path)
    messages: dict[str, str] = {}
    plurals: dict[str, Plural] = {}
    _flatten(data, "", messages, path, plurals)
    needed = plural_categories(locale)
    for key, plural in plurals.items():
        missing = sorted(needed - set(plural.forms))
        if missing:
            raise ContentError(f"{path}: {key} needs the plural forms {', '.join(missing)}")
    texts = Texts(locale=locale, messages=messages, plurals=plurals)
    for key in messages:
        try:
            names = texts.placeholders(key)
        except ValueError as exc:
            raise ContentError(f"{path}: {key}: {exc}") from None
        if key in plurals and plurals[key].by not in names:
            raise ContentError(f"{path}: {key}: {{{plurals[key].by}}} is in none of its forms")
    return texts


FOLLOW_UPS = frozenset({"rating", "trait", "review"})
MAX_PROMPT_CHARS = 300


@dataclass(frozen=True)
class Prompt:
    """One daily prompt: a stable id (stored in the database), its track and text."""

    id: str
    track: str
    text: str
    follow_up: str | None
    # Whom it assumes the user has (bot/domain/closeness.py): partner, friend, family, anyone.
    assumes: str = ANYONE


def _require_str(where: str, item: Mapping[str, Any], field: str, optional: bool = False) -> Any:
    value = item.get(field)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: {field} must be non-empty text")
    return value.strip()


def load_prompts(folder: Path, tracks: tuple[str, ...]) -> dict[str, tuple[Prompt, ...]]:
    """Load `prompts/<track>.toml` for every track, validating ids, texts and follow-ups."""
    prompts: dict[str, tuple[Prompt, ...]] = {}
    seen: set[str] = set()
    for track in tracks:
        path = folder / f"{track}.toml"
        data = _read_toml(path)
        if data.get("track") != track:
            raise ContentError(f"{path}: track must be {track!r}")
        items = data.get("prompt")
        if not isinstance(items, list) or not items:
            raise ContentError(f"{path}: prompt must be a non-empty list of [[prompt]] tables")
        loaded = []
        for index, item in enumerate(items):
            where = f"{path}: prompt[{index}]"
            prompt_id = _require_str(where, item, "id")
            text = _require_str(where, item, "text")
            follow_up = _require_str(where, item, "follow_up", optional=True)
            assumes = _require_str(where, item, "assumes", optional=True) or ANYONE
            if assumes not in ASSUMES:
                raise ContentError(f"{where}: assumes must be one of {sorted(ASSUMES)}")
            if prompt_id in seen:
                raise ContentError(f"{where}: id {prompt_id!r} is used twice")
            if len(text) > MAX_PROMPT_CHARS:
                raise ContentError(f"{where}: text is longer than {MAX_PROMPT_CHARS} characters")
            if follow_up is not None and follow_up not in FOLLOW_UPS:
                raise ContentError(f"{where}: follow_up must be one of {sorted(FOLLOW_UPS)}")
            seen.add(prompt_id)
            loaded.append(
                Prompt(id=prompt_id, track=track, text=text, follow_up=follow_up, assumes=assumes)
            )
        prompts[track] = tuple(loaded)
    return prompts


TAG_GROUPS = ("feeling", "distancing", "underneath", "next_step", "trait")
MAX_TAG_LABEL = 32


@dataclass(frozen=True)
class Tag:
    """A choice shown as a button: a stable id (stored) and its label (shown)."""

    id: str
    label: str
    # Other words people type for it ("trustworthy" for Reliable), matched like the label.
    also: tuple[str, ...] = ()


def fold(text: str) -> str:
    """A typed word for matching: case, accents, punctuation and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in kept).split())


def load_tags(path: Path) -> dict[str, tuple[Tag, ...]]:
    """Load the tag vocabularies (`tags.toml`): every group present, ids unique and snake_case."""
    data = _read_toml(path)
    tags: dict[str, tuple[Tag, ...]] = {}
    for group in TAG_GROUPS:
        items = data.get(group)
        if not isinstance(items, list) or not items:
            raise ContentError(f"{path}: {group} must be a non-empty list of [[{group}]] tables")
        seen: set[str] = set()
        loaded = []
        for index, item in enumerate(items):
            where = f"{path}: {group}[{index}]"
            tag_id = _require_str(where, item, "id")
            label = _require_str(where, item, "label")
            if not tag_id.replace("_", "").isalnum() or not tag_id.islower() or tag_id in seen:
                raise ContentError(f"{where}: id must be unique lower snake_case")
            if len(label) > MAX_TAG_LABEL:
                raise ContentError(f"{where}: label is longer than {MAX_TAG_LABEL} characters")
            also = item.get("also", [])
            if not isinstance(also, list) or not all(isinstance(a, str) and a for a in also):
                raise ContentError(f"{where}: also must be a list of words")
            seen.add(tag_id)
            loaded.append(Tag(id=tag_id, label=label, also=tuple(also)))
        tags[group] = tuple(loaded)
    return tags


@dataclass(frozen=True)
class Suggestion:
    """A gentle suggestion for a weekly pattern."""

    id: str
    pattern: str
    text: str


def load_suggestions(path: Path) -> dict[str, tuple[Suggestion, ...]]:
    """Load `suggestions.toml`, grouped by pattern key."""
    data = _read_toml(path)
    items = data.get("suggestion")
    if not isinstance(items, list) or not items:
        raise ContentError(f"{path}: suggestion must be a non-empty list of [[suggestion]] tables")
    grouped: dict[str, list[Suggestion]] = {}
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"{path}: suggestion[{index}]"
        found = Suggestion(
            id=_require_str(where, item, "id"),
            pattern=_require_str(where, item, "pattern"),
            text=_require_str(where, item, "text"),
        )
        if found.id in seen:
            raise ContentError(f"{where}: id {found.id!r} is used twice")
        seen.add(found.id)
        grouped.setdefault(found.pattern, []).append(found)
    if "default" not in grouped:
        raise ContentError(f'{path}: a suggestion with pattern "default" is required')
    return {pattern: tuple(found) for pattern, found in grouped.items()}


@dataclass(frozen=True)
class Content:
    """All loaded content, per locale."""

    texts_by_locale: Mapping[str, Texts]
    prompts_by_locale: Mapping[str, Mapping[str, tuple[Prompt, ...]]]
    tags_by_locale: Mapping[str, Mapping[str, tuple[Tag, ...]]]
    suggestions_by_locale: Mapping[str, Mapping[str, tuple[Suggestion, ...]]]
    # The locales users are given (LOCALES_FILE); every folder is loaded and checked either
    # way, so a locale being written is held to the same rules before it is offered.
    offered: tuple[str, ...] = (DEFAULT_LOCALE,)
    # Telegram language codes given another offered locale ("uk" -> "ru").
    aliases: Mapping[str, str] = field(default_factory=dict)

    def suggestions(self, locale: str | None, pattern: str) -> tuple[Suggestion, ...]:
        """Suggestions for a pattern (the default ones if none match)."""
        chosen = (
            locale
            if locale is not None and locale in self.suggestions_by_locale
            else DEFAULT_LOCALE
        )
        by_pattern = self.suggestions_by_locale[chosen]
        return by_pattern.get(pattern) or by_pattern["default"]

    def tags(self, locale: str | None, group: str) -> tuple[Tag, ...]:
        """Return a tag group in a locale (falling back to the default locale)."""
        chosen = locale if locale is not None and locale in self.tags_by_locale else DEFAULT_LOCALE
        return self.tags_by_locale[chosen][group]

    def tag_label(self, locale: str | None, group: str, tag_id: str) -> str | None:
        """Return a tag's label, or None if the id is not (or no longer) in the group."""
        return next((t.label for t in self.tags(locale, group) if t.id == tag_id), None)

    def match_tag(self, locale: str | None, group: str, typed: str) -> Tag | None:
        """The tag a typed word names (its label, id or another word for it), if any."""
        wanted = fold(typed)
        for tag in self.tags(locale, group):
            names = (tag.label, tag.id.replace("_", " "), *tag.also)
            if wanted and any(fold(name) == wanted for name in names):
                return tag
        return None

    def prompts(self, locale: str | None, track: str) -> tuple[Prompt, ...]:
        """Return a track's prompts in a locale (falling back to the default locale)."""
        chosen = (
            locale if locale is not None and locale in self.prompts_by_locale else DEFAULT_LOCALE
        )
        return self.prompts_by_locale[chosen][track]

    def prompt(self, locale: str | None, track: str, prompt_id: str) -> Prompt | None:
        """Find a prompt by id, or None if it no longer exists."""
        return next((p for p in self.prompts(locale, track) if p.id == prompt_id), None)

    def prompt_or_first(self, locale: str | None, track: str, prompt_id: str | None) -> Prompt:
        """The prompt with this id, or the track's first if it was retired from content."""
        found = self.prompt(locale, track, prompt_id) if prompt_id else None
        return found or self.prompts(locale, track)[0]

    def texts(self, locale: str | None) -> Texts:
        """Return the messages for a locale, falling back to the default one."""
        if locale and locale in self.texts_by_locale:
            return self.texts_by_locale[locale]
        return self.texts_by_locale[DEFAULT_LOCALE]

    def supported_locale(self, language_code: str | None) -> str:
        """Map a Telegram language code ("pt-br", "uk") to a locale we offer."""
        if language_code:
            base = language_code.lower().replace("_", "-").split("-", 1)[0]
            chosen = self.aliases.get(base, base)
            if chosen in self.offered:
                return chosen
        return DEFAULT_LOCALE


def _read_locales(root: Path, locales: list[str]) -> tuple[tuple[str, ...], dict[str, str]]:
    path = root / LOCALES_FILE
    data = _read_toml(path) if path.exists() else {}
    offered = data.get("offered", [DEFAULT_LOCALE])
    aliases = data.get("aliases", {})
    if not isinstance(offered, list) or not all(isinstance(x, str) for x in offered):
        raise ContentError(f"{path}: offered must be a list of locale folders")
    if not isinstance(aliases, dict) or not all(isinstance(v, str) for v in aliases.values()):
        raise ContentError(f"{path}: aliases must map language codes to locales")
    for locale in [*offered, *aliases.values()]:
        if locale not in locales:
            raise ContentError(f"{path}: {locale} has no folder in {root}")
        if locale not in offered:
            raise ContentError(f"{path}: {locale} is an alias's target but not offered")
    if DEFAULT_LOCALE not in offered:
        raise ContentError(f"{path}: the default locale {DEFAULT_LOCALE} must be offered")
    return tuple(offered), dict(aliases)


def load_content(root: Path = CONTENT_DIR) -> Content:
    """Load every locale folder under root; every locale must have the default's keys."""
    track_ids = tuple(t.value for t in TRACKS)
    locales = sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    if DEFAULT_LOCALE not in locales:
        raise ContentError(f"{root / DEFAULT_LOCALE}: the default locale folder is missing")
    texts = {loc: load_texts(root / loc / MESSAGES_FILE, loc) for loc in locales}
    reference = texts[DEFAULT_LOCALE]
    for loc, loc_texts in texts.items():
        path = root / loc / MESSAGES_FILE
        for key in reference.messages:
            if key not in loc_texts.messages:
                raise ContentError(f"{path}: {key} is missing")
            if loc_texts.placeholders(key) != reference.placeholders(key):
                raise ContentError(f"{path}: {key} must use the placeholders of the default")
    prompts = {loc: load_prompts(root / loc / "prompts", track_ids) for loc in locales}
    tags = {loc: load_tags(root / loc / "tags.toml") for loc in locales}
    suggestions = {loc: load_suggestions(root / loc / "suggestions.toml") for loc in locales}
    offered, aliases = _read_locales(root, locales)
    return Content(
        texts_by_locale=texts,
        prompts_by_locale=prompts,
        tags_by_locale=tags,
        suggestions_by_locale=suggestions,
        offered=offered,
        aliases=aliases,
    )
