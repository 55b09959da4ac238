"""Talking to Telegram: HTTP to the Bot API (`request`), reading updates (`updates`), the
webhook server (`webhook`, on `site`, the small aiohttp base it shares with the metrics
server), and every inline button's data (`buttons`)."""
