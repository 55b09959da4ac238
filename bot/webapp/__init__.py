"""The journal as a Telegram Mini App: a JSON API and static pages, served with aiohttp."""
