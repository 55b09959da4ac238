"""Sending the daily prompts: the engine that claims, sends and records them (`engine`), and
the limiter that keeps every send within Telegram's rates (`ratelimit`)."""
