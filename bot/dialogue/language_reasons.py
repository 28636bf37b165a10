"""Is a language wish in a follow-up only explained by the family's little German or origin?

"auf Arabisch wär gut, sie spricht kaum Deutsch" asks the offer already talked about in Arabic:
the words about German are the reason for the language, not a need of their own. So are the words
that say where the family comes from ("die Familie stammt aus Irland", "they moved here from
Ghana last year") and the form of the help the language is wished for ("Ergänzend wird eine
Beratung in englischer Sprache gewünscht", "counselling in English"): read alone they raise
migration or counselling, and the case's need (a Kita place, a boy's cannabis use) was replaced by
them. "etwas, das dem Kind hilft, Deutsch zu lernen" is a need (Sprachförderung), in whatever
language it is asked.
"""

from __future__ import annotations

from functools import cache

from bot.models import Request
from bot.text import fold
from bot.vocabulary.lexicon import _load as load_toml
from bot.vocabulary.lexicon import main_need_lexicon, topic_lexicon

__all__ = ["explains_language", "only_language_reason"]


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
def _origin_and_form_words() -> tuple[frozenset[str], frozenset[str]]:
    """Who: the words of `topic_lexicon.toml [who]`/`[secondary]` ("herkunft" for "stammt aus")
    and of the family's arrival (`main_need.toml [arrival]`: "moved here", "zugezogen"). How: the
    forms of help of `dialogue.toml [language_reason] forms` ("Beratung", "counselling")."""
    lexicon = topic_lexicon()
    who = {fold(w) for part in ("secondary", "who") for w in lexicon.get(part, {}).get("words", ())}
    who |= {fold(w) for w in main_need_lexicon().get("arrival", {}).get("terms", ())}
    forms = load_toml("dialogue.toml").get("language_reason", {}).get("forms", ())
    return frozenset(who), frozenset(fold(w) for w in forms)


def _origin_or_form(keyword: str) -> bool:
    """A need word of a language wish that says who the family is or how help is given."""
    who, forms = _origin_and_form_words()
    return bool(set(keyword.split()) & forms) or keyword in who


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
    if not (new.languages and new.age is None and new.keywords):
        return False
    if all(map(_a_reason, new.keywords)) and set(new.topics) <= topics:
        return True
    # the family's origin and the form of help beside the language: the language is the point
    return new.place is None and all(_a_reason(k) or _origin_or_form(k) for k in new.keywords)


def explains_language(keyword: str) -> bool:
    """A need word beside a language that only says why it is wished: little German, the
    family's origin ("mum is from Ghana"), or the form of the help ("Beratung")."""
    return _a_reason(keyword) or _origin_or_form(keyword)
