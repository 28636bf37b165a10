"""The age scale of the whole project, defined once.

Ages are whole months; pregnancy counts back from birth (-9 … -1), and the catalogue ends the day
before the 27th birthday, where youth welfare ends (§ 41 SGB VIII).
"""

from __future__ import annotations

MONTHS_PER_YEAR = 12
WEEKS_PER_MONTH = 4.345  # 365.25 / 7 / 12
DAYS_PER_MONTH = 30.44  # 365.25 / 12
MAX_YEARS = 27

AGE_MIN = -9  # the start of a pregnancy
AGE_MAX = MAX_YEARS * MONTHS_PER_YEAR - 1  # 323: the day before the 27th birthday
PREGNANCY = (AGE_MIN, -1)
