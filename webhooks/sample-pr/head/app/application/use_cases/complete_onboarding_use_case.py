from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.application.dtos.onboarding import OnboardingDTO
from app.domain.repositories.business import IBusinessRepository
from app.domain.repositories.user import IUserRepository
from app.infrastructure.database.models.business import BusinessModel


@dataclass
class CompleteOnboardingUseCase:
    business_repo: IBusinessRepository
    user_repo: IUserRepository
    session: AsyncSession

    async def execute(self, dto: OnboardingDTO) -> None:
        existing = await self.session.execute(select(BusinessModel).where(BusinessModel.slug == dto.slug))
        if existing.scalar_one_or_none() is not None:
            raise ValueError("slug already taken")
        business = await self.business_repo.create(dto.business())
        await self.user_repo.create(dto.owner(business.id))
