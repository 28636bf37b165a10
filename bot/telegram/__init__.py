"""The Telegram channel: answers as HTML with inline keyboards, its state kept in SQLite.

Only this package imports `telegram`; the core knows no messenger. Everything a button needs
(search sessions, preferences, invites) lives in the state database, so buttons keep working after
a restart and several updates can be handled at once.
"""
