"""Is a language wish in a follow-up only explained by the family's little German?

"auf Arabisch wär gut, sie spricht kaum Deutsch" asks the offer already talked about in Arabic:
the words about German are the reason for the language, not a need of their own. "etwas, das dem
Kind hilft, Deutsch zu lernen" is a need (Sprachförderung), in whatever language it is asked.
"""

from __future__ import annotations

from functools import cache

from bot.models import Request
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml
from bot.vocabulary.lexicon import topic_lexicon

__all__ = ["only_language_reason"]


@cache
def _reason_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The little-German phrases, the topics they raise (`[language_reason]`) and the words that
    make any need phrase such a reason (`dialogue.toml`)."""
    section = topic_lexicon().get("language_reason", {})
    words = load_toml("dialogue.toml").get("language_reason", {}).get("words", ())
    return (frozenset(fold(w) for w in section.get("terms", ())),
            frozenset(section.get("topics", ())), frozenset(fold(w) for w in words))  # fmt: skip


def _a_reason(keyword: str) -> bool:
    terms, _, words = _reason_words()
    if _learning_words() & set(keyword.split()):
        return False  # "Deutsch lernen": help to learn German is a need, not why a language
    return keyword in terms or bool(words & set(keyword.split()))


@cache
def _learning_words() -> frozenset[str]:
    words = load_toml("dialogue.toml").get("language_reason", {}).get("learning", ())
    return frozenset(fold(w) for w in words)


def only_language_reason(new: Request) -> bool:
    """Tell a wish for a language whose only need words say the family lacks German.

    Inside a conversation the wish is about the offer already talked about, whoever the little
    German is said of ("auf Arabisch wär gut, sie spricht kaum Deutsch", "Există ceva și în limba
    română? Mama nu vorbește deloc germană."): the need stays. A child named with its age ("Und
    die Mittlere (4) spricht noch kein Deutsch – … gern auf Arabisch?") brings a need of its own,
    and in a first message the same words may be the need (`understanding.language_reason`).
    """
    topics = _reason_words()[1]
    return (bool(new.languages) and new.age is None and bool(new.keywords)
            and all(map(_a_reason, new.keywords)) and set(new.topics) <= topics)  # fmt: skip
