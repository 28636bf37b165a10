"""Importing this module warms the catalogue-free part of understanding: the foreign rules'
screens, their compiled patterns and the unit tables.

Why a module whose import does the work: the bot's core processes are forked from a server
process (`multiprocessing`'s "forkserver", `bot/telegram/corepool.py`) that imports it once, as
its preload. Every core process — the first ones and each that replaces a dead one — then starts
with those ~3,100 screens and their patterns already built, instead of paying for them on its
own (about twenty seconds of CPU with the screens on disk, two minutes without) while its first
user waits. Nothing here depends on a catalogue, a setting or a user: what is built is a pure
function of the package.
"""

from __future__ import annotations

from bot.understanding.foreign import warm

warm()
