"""The web channel: the assistant in any phone's browser, and the planners' area beside it.

`bot.web.app.make_app` builds the aiohttp application; `python -m bot web` serves it. Like every
channel it reaches the core only through `bot.assistant.Assistant`.
"""
