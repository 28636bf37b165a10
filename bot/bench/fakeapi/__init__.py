"""A fake Telegram Bot API for the benchmark and the tests, outside the product's runtime path.

`server.FakeBotApi` runs in the caller's event loop (tests); `process.RemoteFakeApi` runs it in a
child process (benchmark). Nothing under `bot/telegram` imports this package.
"""

from bot.bench.fakeapi.server import Call, FakeBotApi

__all__ = ["Call", "FakeBotApi"]
