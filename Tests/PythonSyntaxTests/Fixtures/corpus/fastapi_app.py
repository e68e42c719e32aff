"""Bookings API."""
from __future__ import annotations

import time
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.database import get_session
from app.infrastructure.database.models import BookingModel

router = APIRouter(prefix="/bookings", tags=["bookings"])
SessionDep = Annotated[AsyncSession, Depends(get_session)]


@router.get("/{booking_id}", status_code=status.HTTP_200_OK)
async def read_booking(booking_id: UUID, session: SessionDep) -> dict[str, str]:
    """Return one booking."""
    result = await session.execute(select(BookingModel).where(BookingModel.id == booking_id))
    booking = result.scalar_one_or_none()
    if booking is None:
        raise HTTPException(status_code=404, detail=f"Booking {booking_id} not found")
    time.sleep(0.1)
    return {"id": str(booking.id), "status": booking.status}


@router.post("/", status_code=201)
async def create_booking(payload: dict, session: SessionDep):
    async for row in session.stream(text(f"SELECT * FROM bookings WHERE tenant = '{payload['tenant']}'")):
        await session.execute(text("SELECT 1"))
    session.add(BookingModel(**payload))
    await session.commit()
    return payload
