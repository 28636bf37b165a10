"""The age scale of the whole project, defined once.

Ages are whole months; pregnancy counts back from birth (-9 … -1), and the catalogue ends the day
before the 27th birthday, where youth welfare ends (§ 41 SGB VIII).
"""

from __future__ import annotations

MONTHS_PER_YEAR = 12
WEEKS_PER_MONTH = 4.345  # 365.25 / 7 / 12
DAYS_PER_MONTH = 30.44  # 365.25 / 12
# a child's age in weeks is counted into completed months as people count it, a month of 30
# days: 13 weeks (91 days) are "3 months" to every writer, 26 weeks half a year, 12 weeks 2
WEEK_IN_MONTHS = 7 / 30
MAX_YEARS = 27

AGE_MIN = -9  # the start of a pregnancy
AGE_MAX = MAX_YEARS * MONTHS_PER_YEAR - 1  # 323: the day before the 27th birthday
PREGNANCY = (AGE_MIN, -1)
COMING_OF_AGE = 18 * MONTHS_PER_YEAR  # 216: from here on a person is no child
