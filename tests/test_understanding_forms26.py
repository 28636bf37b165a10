"""Forms of round 26's last classes: clipped language names, numbers a lower-case message leaves
ambiguous, and a child "mit 13".

"Infos auf Arab.", "Angebot auf Türk.?" name the language as a hurried form does; a shorter clip
is a unit ("14 Mon."), never Mongolian. "ab zehn wo die sich treffen" asks where, it counts no
weeks; "meine freundin is 8. monat" names the month of a pregnancy, not a friend of eight; "bin
15. geht das" ends a sentence in a message typed in lower case. A Bulgarian child "на 12" is
twelve. Each sentence is written for this test.
"""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.models import AgeRange
from bot.text import fold
from bot.understanding import understand
from bot.understanding.age import read_age
from bot.understanding.languages import parse_languages


@pytest.mark.parametrize(("text", "languages"), [
    ("Sohn 5, brauchen Infos auf Arab. zur Schulanmeldung", ("ar",)),
    ("Elternkurs auf Türk. möglich?", ("tr",)),
    ("Beratung auf russ. möglich, Kind 5", ("ru",)),
    ("Beratung auf engl. möglich, Kind 5", ("en",)),
    ("kind 14 mon. beratung methler", ()),
    ("Mutter spricht nur Russ., Kind 5, Erziehungsberatung", ()),
    ("KM spricht nur Tigrinya, kaum Engl. Hebamme in ihrer Sprache?", ("ti",)),
])  # fmt: skip
def test_a_clipped_language_name_is_the_language(text: str, languages: tuple[str, ...]) -> None:
    assert parse_languages(fold(text)) == languages


@pytest.mark.parametrize(("text", "age"), [
    ("gibt es in werne was für kinder ab zehn wo die sich treffen können", AgeRange(120, 215)),
    ("baby 6 wo alt schreit viel", AgeRange(1, 1)),
    ("meine freundin is 8. monat, brauchen noch ne hebamme", None),
    ("hab so panik vor arbeiten, bin 15. geht das ohne meine eltern?", AgeRange(180, 191)),
    ("tochter ist 7. geht in die 2. klasse", AgeRange(84, 95)),
])  # fmt: skip
def test_numbers_in_lower_case_messages(text: str, age: AgeRange | None) -> None:
    assert read_age(fold(text)).age == age


def test_a_bulgarian_child_of_an_age(catalogue: Catalogue) -> None:
    request = understand("момиче на 12, ritzt sich, Unna Mitte, Psychologin на български?",
                         catalogue)  # fmt: skip
    assert request.age == AgeRange(144, 155)
    assert request.languages == ("bg",)


@pytest.mark.parametrize(("text", "age"), [
    ("Ein Junge mit 13 pflegt seine Mama quasi allein", AgeRange(156, 167)),
    ("ein Mädchen mit 9 wird gemobbt", AgeRange(108, 119)),
    ("Junge mit 13, Weddinghofen", AgeRange(156, 167)),
    ("Junge mit 3 Freunden im Park", None),
    ("Kind mit 3 Geschwistern, 5 Jahre", AgeRange(60, 71)),
])  # fmt: skip
def test_a_child_with_an_age(text: str, age: AgeRange | None) -> None:
    """"ein Junge mit 13" is thirteen; "mit 3 Freunden" counts friends."""
    assert read_age(fold(text)).age == age
