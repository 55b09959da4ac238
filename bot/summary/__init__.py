"""The weekly summary: its words and numbers (`weekly`, on the rules in bot/domain/patterns.py)
and its chart, drawn headless with matplotlib (`charts`)."""
