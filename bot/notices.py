"""What an answer owes its reader before any offer, as translated lines for every channel.

Honesty is decided in the core (understanding and matching); saying it is the same in the console,
in Telegram and on the web, so the wording lives here once: the emergency numbers first when a
child may be in danger, the words that were not understood, and that marked alternatives only meet
a related need. Renderers (bot/render, bot/telegram) put these lines above the offers.
"""

from __future__ import annotations

from bot.i18n import _, current_locale
from bot.models import AlternativeWhy, Answer


def emergency_lines(answer: Answer) -> list[str]:
    """Return the emergency block: a heading and one line per number, or nothing."""
    if not answer.emergency:
        return []
    locale = current_locale()
    lines = [_("If a child is in acute danger, call at once:")]
    lines += [f"☎ {e.number} – {e.label(locale)}" for e in answer.emergency]
    lines.append(_("Child protection comes first: the offers below advise professionals and "
                   "families on a threat to a child's welfare (§ 8a SGB VIII)."))  # fmt: skip
    return lines


def not_understood_lines(answer: Answer) -> list[str]:
    """Return one line per word nothing explains, and say when it carried the need."""
    request = answer.request
    lines = [_("I know no offer for „{word}“.").format(word=word) for word in request.unexplained]
    if request.need_unexplained:
        lines.append(_("I did not understand what is needed; the offers below are only general "
                       "ones for this age, not a fitting answer."))  # fmt: skip
    if any(hit.why is AlternativeWhy.NEED for hit in answer.alternatives):
        lines.append(_("No offer here meets exactly this need; related offers are marked as "
                       "alternatives."))  # fmt: skip
    return lines


def notices(answer: Answer) -> list[str]:
    """Return every notice, emergency numbers first."""
    return emergency_lines(answer) + not_understood_lines(answer)
