"""The building blocks of age mentions: units, separators, and the words around a number.

`age_mentions` composes them into its patterns; they are kept here so that the reader stays one
file of logic.
"""

from __future__ import annotations

import re

NUM = r"\d{1,2}(?:[,.]5(?![\d.]))?"
YEAR_UNIT = (
    r"(?:jaehrig\w*|j\b\.?|jahre?n?\b|jr\b\.?|lj\b\.?|y\s*/\s*o\b|years?[- ]?old|years?\b|yrs?\b"
    r"|yos?\b|yas\w*)"  # Turkish "3 yaşında"; other languages: `bot.understanding.foreign`
)
MONTH_UNIT = r"(?:monate?n?\b|mon\b\.?|mo\b\.?|months?\b|mths?\b|lebensmonat\w*|aylik\w*)"
WEEK_UNIT = r"(?:wochen?\b|wo\b\.?|weeks?\b|wks?\b|lebenswoch\w*)"
DAY_UNIT = r"(?:tage?n?\b|days?\b)"
# between two ages: German, English, Turkish "ve", "+" ("Kinder 3+7")
SEP = r"\s*-?\s*(?:,|und|u\.|u\b|&|and|ve\b|\+|/|-/|-|–|bis|oder)\s*"
# what may not follow a number after a noun: then it is a class, a time, an amount or a count
NOT_AFTER = (r"(?!\s*\.?\s*(?:klasse|kl\b|sinif|ssw|uhr|euro|eur\b|%|prozent|kinder|geschwister"
              r"|\d|stunde|std|minute|mal\b|monate|wochen|jahre|jaehrig|\.\s*\d|[,.]\d|von\s+\d|"
              r"\.\s*(?:jahrg|schulj|lj\b|lebens|stufe|og\b|stock|etage|kind|geschw)"
              r"|\s*/\s*7))")  # fmt: skip
COPULA = frozenset({"ist", "wird", "war", "is", "turns", "turned", "wurde", "sind", "are"})
NOW = frozenset({"jetzt", "inzwischen", "mittlerweile", "now", "aged", "age", "korrigiert",
                  "erst", "gerade", "bald", "schon", "knapp", "fast", "ca", "circa",
                  "etwa"})  # fmt: skip
APPROX = frozenset({"knapp", "fast", "almost", "nearly"})
# "seit der Geburt vor 3 Monaten", "vor 6 Wochen entbunden": the time since a birth is an age
BIRTH = re.compile(r"geburt\s+vor\s+\d|\bvor\s+\d{1,2}\s*\w+\s+(?:geboren|entbunden|zur welt)"
                    r"|\bborn\s+\d{1,2}\s*\w+\s+ago")  # fmt: skip
