from dataclasses import dataclass
from datetime import date

from app.infrastructure.database.models.booking import BookingModel


@dataclass
class DailyReport:
    day: date
    bookings: int


def summarize(models: list[BookingModel]) -> list[DailyReport]:
    per_day: dict[date, int] = {}
    for model in models:
        per_day[model.start_time.date()] = per_day.get(model.start_time.date(), 0) + 1
    return [DailyReport(day=d, bookings=n) for d, n in sorted(per_day.items())]
