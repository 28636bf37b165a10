"""Channels collect input and render answers: batch CLI, console chat (Telegram lives in bot.telegram)."""
