"""The one-page summary's lines (bot/summary/onepage.py): counts and chosen tags, never a
word the user wrote or anyone's name."""

from __future__ import annotations

from datetime import date, time, timedelta

from bot.content import load_content
from bot.domain.patterns import Entry, Kind
from bot.domain.tracks import Track
from bot.summary.onepage import lines_for, render_pdf

MONDAY = date(2026, 11, 30)


def entries() -> list[Entry]:
    found = []
    for week in range(3):
        day = MONDAY - timedelta(weeks=week)
        found += [
            Entry(
                Track.CONFLICT_REVIEW,
                Kind.REVIEW,
                day,
                time(21),
                person="Quillon",
                distancing=("went_quiet",),
                underneath=("fear_of_hurt",),
                text_length=40,
                step_planned=True,
            ),
            Entry(
                Track.CONFLICT_REVIEW,
                Kind.REVIEW,
                day + timedelta(days=1),
                time(21),
                person="Quillon",
                distancing=("short_replies",),
                text_length=40,
            ),
            Entry(Track.VALUED_TRAITS, Kind.ENTRY, day, time(20), person="Quillon", trait="Brave"),
            Entry(Track.SELF_COMPASSION, Kind.RATING, day, time(8), rating=2),
            Entry(Track.SELF_COMPASSION, Kind.RATING, day + timedelta(days=2), time(8), rating=2),
        ]
    return found


def test_the_page_has_counts_and_tags_and_no_names() -> None:
    content = load_content()
    lines = [text for _, text in lines_for(content.texts("en"), content, "en", entries(), MONDAY)]
    page = "\n".join(lines)
    assert "Quillon" not in page and "Brave" not in page
    assert "Conflicts I looked back on: 6; I pulled away in 6 of them." in page
    assert "How I pulled away most: I kept my replies short ×3, I went quiet ×3." in page
    assert "Next steps I planned: 3; taken: 0." in page
    # Three weeks of the same: the persistent patterns are named.
    assert "Three weeks or more in a row: pulling away in most of my reviews" in page


def test_the_pdf_renders() -> None:
    content = load_content()
    pdf = render_pdf(content.texts("en"), content, "en", entries(), MONDAY)
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")


def test_the_weekly_words_point_to_a_therapist_only_when_a_pattern_persists() -> None:
    from bot.domain.patterns import summarize
    from bot.summary.weekly import render_text

    content = load_content()
    texts = content.texts("en")
    three = render_text(texts, content, "en", summarize(entries(), MONDAY), seed=0)
    assert "For three weeks in a row now: pulling away in most of your reviews" in three
    assert "/therapist" in three
    recent_only = [e for e in entries() if e.local_date >= MONDAY - timedelta(days=1)]
    one = render_text(texts, content, "en", summarize(recent_only, MONDAY), seed=0)
    assert "/therapist" not in one
