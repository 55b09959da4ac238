"""What the bot does with what a person sends and asks for, without Telegram: handlers parse an
update, call a flow, and render what it returns. Flows import neither `telegram` nor the
handlers (tests/test_layers.py)."""
