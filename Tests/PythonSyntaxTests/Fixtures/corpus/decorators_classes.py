import functools
import pytest
from fastapi import APIRouter

router = APIRouter()


@router.get("/bookings/{booking_id}", response_model=dict)
@functools.lru_cache(maxsize=None)
async def get_booking(booking_id: int) -> dict:
    return {"id": booking_id}


class Outer:
    """Outer docstring."""

    class Inner(Base, metaclass=Meta):
        class Deepest:
            value = 1

        @property
        def name(self):
            return "inner"

    @staticmethod
    @pytest.mark.asyncio
    async def test_thing():
        assert True
