"""Dates as people write them, in the speaker's language: "5 December 2026", "5 de diciembre de 2026"; the month
names and the order are the translator's. Used by the report, the cost words and the app's Costs page."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

# Dates written out: "5 December 2026" / "5 de diciembre de 2026" (the month names and the order are the
# translator's), "December 2025" / "diciembre de 2025", and a moment as "5 December 2026, 21:13 UTC".
MONTHS: tuple[Msg, ...] = (
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)
DAY = QT_TRANSLATE_NOOP("Dates", "{day} {month} {year}")
MONTH = QT_TRANSLATE_NOOP("Dates", "{month} {year}")
# A month alone where a sentence puts it after "of" ("precios del {date}", "desde el {date}"): Spanish then writes
# "mes de marzo de 2024", which reads right after "del" as a day ("del 5 de marzo") does and "del marzo" does not
MONTH_AFTER_OF = QT_TRANSLATE_NOOP("DatesAfterOf", "{month} {year}")
MOMENT_UTC = QT_TRANSLATE_NOOP("Dates", "{date}, {time} UTC")

_DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH_RE = re.compile(r"(\d{4})-(\d{2})")


def _day(say: Speaker, year: int, month: int, day: int) -> str:
    return say.t(DAY, day=str(day), month=say.t(MONTHS[month - 1]), year=str(year))


def long_date(say: Speaker, text: str, *, after_of: bool = False) -> str:
    """An ISO date as people write it in `say`'s language: "2026-12-05" → "5 December 2026" (es: "5 de diciembre
    de 2026"), "2025-12" → "December 2025", "2026-12-05T21:13:04Z" → "5 December 2026, 21:13 UTC" (any offset is
    turned into UTC). Anything else ("2026", "2025-S2", a date of another shape) is returned as it is. `after_of`:
    the sentence writes it after "of" (Spanish "del"), where a month alone is "mes de marzo de 2024"."""
    value = text.strip()
    if len(value) > 10 and _DAY_RE.match(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return text
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
        date = _day(say, moment.year, moment.month, moment.day)
        return say.t(MOMENT_UTC, date=date, time=f"{moment.hour:02d}:{moment.minute:02d}")
    if found := _DAY_RE.fullmatch(value):
        year, month, day = (int(g) for g in found.groups())
        try:
            datetime(year, month, day)
        except ValueError:
            return text
        return _day(say, year, month, day)
    if (found := _MONTH_RE.fullmatch(value)) and 1 <= int(found.group(2)) <= 12:
        form = MONTH_AFTER_OF if after_of else MONTH
        return say.t(form, month=say.t(MONTHS[int(found.group(2)) - 1]), year=found.group(1))
    return text
