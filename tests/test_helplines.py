import re
import shutil
import zoneinfo
from pathlib import Path

import pytest

from bot.content import ContentError
from bot.countries import country_for_zone
from bot.domain.safety import Concern
from bot.helplines import HELPLINES_FILE, Helplines, Line, load_helplines


def test_shipped_file_loads() -> None:
    directory = load_helplines()
    assert {"US", "GB", "DE", "AU"} <= set(directory.countries)
    assert directory.directory
    assert "emergency" in directory.emergency_note


def test_every_shipped_country_is_reachable_from_a_zone() -> None:
    reachable = {country_for_zone(zone) for zone in zoneinfo.available_timezones()}
    assert set(load_helplines().countries) <= reachable


def test_german_zone_gets_german_lines() -> None:
    found = load_helplines().for_zone("Europe/Berlin", Concern.SUICIDE)
    assert found.country == "DE"
    assert found.local
    assert found.emergency is not None and "112" in found.emergency
    assert any("TelefonSeelsorge" in line.name for line in found.lines)
    assert found.directory


def test_danger_lists_abuse_lines_first_then_crisis_lines() -> None:
    directory = load_helplines()
    germany = directory.countries["DE"]
    danger = directory.for_zone("Europe/Berlin", Concern.DANGER)
    assert danger.lines == germany.abuse + germany.crisis
    assert danger.lines[0].contact.startswith("call 116 016")
    for concern in (Concern.SUICIDE, Concern.SELF_HARM):
        assert directory.for_zone("Europe/Berlin", concern).lines == germany.crisis


def test_danger_without_abuse_lines_still_gets_crisis_lines() -> None:
    directory = load_helplines()
    assert not directory.countries["CH"].abuse
    assert directory.for_zone("Europe/Zurich", Concern.DANGER).lines


def test_link_zone_finds_the_country() -> None:
    found = load_helplines().for_zone("US/Eastern", Concern.SUICIDE)
    assert found.country == "US"
    assert any("988" in line.contact for line in found.lines)


@pytest.mark.parametrize("zone", [None, "", "Etc/UTC", "Mars/Olympus_Mons", "Asia/Tashkent"])
def test_unknown_zone_or_country_gets_the_directory(zone: str | None) -> None:
    directory = load_helplines()
    found = directory.for_zone(zone, Concern.SUICIDE)
    assert found.lines == ()
    assert found.emergency is None
    assert not found.local
    assert found.directory == directory.directory
    assert any("findahelpline.com" in line.contact for line in found.directory)
    assert found.emergency_note


def test_for_country() -> None:
    found = load_helplines().for_country("GB", Concern.SELF_HARM)
    assert found == Helplines(
        country="GB",
        lines=load_helplines().countries["GB"].crisis,
        emergency="999",
        directory=found.directory,
        emergency_note=found.emergency_note,
    )
    assert Line("Samaritans", "call 116 123 (free)") in found.lines


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = HELPLINES_FILE.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "helplines.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('code = "US"', 'code = "usa"', "country[0].code"),
        ('code = "GB"', 'code = "US"', "country[2].code"),
        ('emergency = "911"', 'emergency = ""', "country[0].emergency"),
        ('contact = "call or text 988"', 'contact = "call them"', "country[1].crisis[0].contact"),
        ('{ name = "Samaritans", ', '{ name = " ", ', "country[2].crisis[0].name"),
        ('{ name = "Lifeline", ', '{ nmae = "Lifeline", ', "country[4].crisis[0]"),
        ('code = "DE"', 'code = "DE"\nlines = []', "country[6]: unknown field 'lines'"),
        ("emergency_note = ", "emergency_notes = ", "international: unknown field"),
        ("directory = [", "directory = []\nunused = [", "international: unknown field 'unused'"),
        ('[[country]]\ncode = "US"', '[[countries]]\ncode = "US"', "top level: unknown field"),
    ],
)
def test_broken_file_names_the_field(tmp_path: Path, old: str, new: str, field: str) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(ContentError, match=re.escape(field)) as caught:
        load_helplines(path)
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message


def test_missing_crisis_lines_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "helplines.toml"
    shutil.copy(HELPLINES_FILE, path)
    text = path.read_text(encoding="utf-8")
    start = text.index("crisis = [", text.index('code = "SE"'))
    end = text.index("]\n", start) + 2
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(ContentError, match=r"country\[\d+\]\.crisis must be a non-empty list"):
        load_helplines(path)


def test_missing_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file is missing"):
        load_helplines(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[international\n", encoding="utf-8")
    with pytest.raises(ContentError, match="not valid TOML"):
        load_helplines(bad)


def test_a_locale_words_the_lines_in_its_language_with_the_same_numbers() -> None:
    directory = load_helplines()
    assert {"ru", "es"} <= set(directory.translated)
    russian = directory.for_zone("Europe/Moscow", Concern.SUICIDE, "ru")
    english = directory.for_zone("Europe/Moscow", Concern.SUICIDE)
    assert russian.lines[0].contact == "звони 8-800-2000-122 (бесплатно)"
    assert english.lines[0].contact == "call 8-800-2000-122 (free)"
    assert russian.emergency == english.emergency == "112"
    assert "экстренную" in russian.emergency_note
    # A country the locale does not word keeps the main file's words, with the locale's
    # international part around them.
    berlin = directory.for_zone("Europe/Berlin", None, "es")
    assert berlin.lines == directory.for_zone("Europe/Berlin", None).lines
    assert berlin.emergency_note.startswith("Si estás en peligro")
    assert [line.contact for line in berlin.directory] == [
        line.contact for line in directory.directory
    ]
    # A locale without its own wording gets the main file's.
    assert directory.for_zone("Europe/Madrid", None, "de") == directory.for_zone(
        "Europe/Madrid", None
    )


def _worded(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "helplines.toml"
    shutil.copy(HELPLINES_FILE, path)
    (tmp_path / "es").mkdir()
    own = HELPLINES_FILE.parent / "es" / "helplines.toml"
    text = own.read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "es" / "helplines.toml").write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        ('"llama al 024"', '"llama al 025"', "ES.crisis[0]: the contact differs"),
        ('"llama al 800 911 2000 (gratis)"', '"llama al 800 911 20 (gratis)"', "MX.crisis[0]"),
        ('contact = "iasp.info"', 'contact = "iasp.org"', "international.directory[2]"),
        ('code = "MX"', 'code = "AR"', "country AR is not in the main helplines file"),
        ('emergency = "911"', 'emergency = "112"', "country MX: emergency numbers differ"),
        (
            'contact = "llama al 024" },',
            'contact = "llama al 024" },\n    { name = "Otra", contact = "llama al 024" },',
            "ES.crisis: 2 lines, the main file has 1",
        ),
    ],
)
def test_a_locales_wording_can_never_change_a_number(
    tmp_path: Path, old: str, new: str, error: str
) -> None:
    with pytest.raises(ContentError, match=re.escape(error)) as caught:
        load_helplines(_worded(tmp_path, old, new))
    assert "es/helplines.toml" in str(caught.value)
