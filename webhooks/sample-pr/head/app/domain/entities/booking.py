from dataclasses import dataclass
from datetime import datetime
from uuid import UUID


@dataclass
class Booking:
    id: UUID
    business_id: UUID
    customer_id: UUID
    start_time: datetime
    end_time: datetime

    def __post_init__(self) -> None:
        if self.end_time <= self.start_time:
            raise ValueError("end_time must be after start_time")
