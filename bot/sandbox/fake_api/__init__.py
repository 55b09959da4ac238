"""A local fake of the Telegram Bot API, served over real HTTP on 127.0.0.1.

A real ``telegram.Bot`` / ``telegram.ext.Application`` talks to it through ``base_url`` and
``base_file_url``. Tests (and the terminal chat) play users: they inject updates that the bot
receives through ``getUpdates`` long polling, and observe every call the bot makes.

Fidelity notes: HTML ``parse_mode`` is parsed like Telegram does (text and entities come back
parsed, malformed markup is a 400 "can't parse entities"); Markdown modes are stored verbatim.
Telegram's automatic detection of URLs, mentions and hashtags in bot messages is not emulated.

The package, by concern: `params` (reading a request's parameters), `html` (the HTML parse
mode), `records` (calls, files and faults kept), `users` (the people who send updates) and
`server` (the HTTP server and the state of chats).
"""

from bot.sandbox.fake_api.html import parse_html
from bot.sandbox.fake_api.params import EDIT_METHODS, SEND_METHODS, JsonDict
from bot.sandbox.fake_api.records import ApiCall, UploadedFile
from bot.sandbox.fake_api.server import FakeBotApi
from bot.sandbox.fake_api.users import FakeUser

__all__ = [
    "EDIT_METHODS",
    "SEND_METHODS",
    "ApiCall",
    "FakeBotApi",
    "FakeUser",
    "JsonDict",
    "UploadedFile",
    "parse_html",
]
