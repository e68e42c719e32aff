from unittest.mock import AsyncMock
from uuid import uuid4

import pytest

from app.application.use_cases.list_bookings_use_case import ListBookingsUseCase


@pytest.mark.asyncio
async def test_lists_bookings_of_customer():
    repo = AsyncMock()
    repo.list_for_customer.return_value = []
    assert await ListBookingsUseCase(booking_repo=repo).execute(uuid4()) == []
