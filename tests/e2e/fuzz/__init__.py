"""The parts of tests/e2e/test_fuzz_updates.py: what it generates, how it drives and
watches the bot, and what it checks in the database."""
