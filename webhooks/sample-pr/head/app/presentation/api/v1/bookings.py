from uuid import UUID

from fastapi import APIRouter, Depends
from sqlalchemy.ext.asyncio import AsyncSession

from app.application.use_cases.list_bookings_use_case import ListBookingsUseCase
from app.infrastructure.repositories.booking_repository import BookingRepository
from app.presentation.dependencies.database import get_db_session
from app.presentation.schemas.booking import BookingOut

router = APIRouter(prefix="/bookings", tags=["bookings"])


@router.get("/customers/{customer_id}", response_model=list[BookingOut])
async def list_customer_bookings(customer_id: UUID, session: AsyncSession = Depends(get_db_session)):
    use_case = ListBookingsUseCase(booking_repo=BookingRepository(session))
    return await use_case.execute(customer_id)
