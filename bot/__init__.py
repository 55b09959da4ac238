"""Letin: a Telegram bot with a small daily practice for letting people in."""

import os

# Opt in to PTB 22's timedelta time periods (RetryAfter.retry_after and friends) now, as the
# next major version will use them; the int form is deprecated and warns on every access.
os.environ.setdefault("PTB_TIMEDELTA", "true")
