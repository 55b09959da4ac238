"""Support shared by the tests and the benchmarks (never shipped with the bot).

- `pg`: a PostgreSQL server for a test session, and a fresh database on it for each test;
- `seeding`: onboarded users with a prompt due, written in bulk for load tests and benchmarks.
"""
