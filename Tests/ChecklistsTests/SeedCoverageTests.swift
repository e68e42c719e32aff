import Checklists
import ReviewCore
import Testing

/// The bundled catalog against the seed's own code: every anti-pattern of §7 is caught by the expected rule,
/// and the patterns the seed recommends (§3, §7 examples) produce no findings at all.
struct SeedCoverageTests {
    struct AntiPattern: Sendable, CustomTestStringConvertible {
        var path: String
        var code: String
        var rule: String
        var line: Int
        var testDescription: String { rule }
    }

    static let antiPatterns: [AntiPattern] = [
        AntiPattern(
            path: "app/domain/services/booking_service.py",
            code: "from app.infrastructure.database.models import BookingModel  # PROHIBIDO\n",
            rule: "clean-arch-domain-imports-outer-layer", line: 1),
        AntiPattern(
            path: "app/application/use_cases/create_booking.py",
            code: """
                class CreateBookingUseCase:
                    async def execute(self):
                        result = await self.session.execute(select(BookingModel))  # PROHIBIDO
                """,
            rule: "clean-arch-query-in-use-case", line: 3),
        AntiPattern(
            path: "app/infrastructure/external/client.py",
            code: "import requests\n\nasync def fetch(url):\n    response = requests.get(url)  # PROHIBIDO\n",
            rule: "async-blocking-http", line: 4),
        AntiPattern(
            path: "app/application/use_cases/complete_onboarding.py",
            code: """
                class CompleteOnboardingUseCase:
                    async def execute(self, dto):
                        business = await self.business_repo.create(dto.business)
                        user = await self.user_repo.create(dto.user)  # FALLA - RLS context no seteado
                """,
            rule: "rls-tenant-rows-before-context", line: 4),
        AntiPattern(
            path: "app/presentation/api/v1/tu_endpoint.py",
            code: """
                @router.get("/data")
                async def get_data(session: AsyncSession = Depends(get_raw_session)):
                    ...
                """,
            rule: "rls-raw-session-dependency", line: 2),
    ]

    static func findings(_ files: [(String, String)]) throws -> [Finding] {
        let changes = ChangeSet(files: files.map { ChangedFile(path: $0.0, status: .modified, source: Array($0.1.utf8)) })
        return try Catalog.bundled().evaluate(changes)
    }

    @Test(arguments: antiPatterns)
    func antiPatternIsCaught(_ item: AntiPattern) throws {
        let found = try Self.findings([(item.path, item.code)])
        #expect(found.contains { $0.ruleID == item.rule && $0.line == item.line }, "\(found.map { "\($0.ruleID):\($0.line)" })")
    }

    @Test func recommendedPatternsAreClean() throws {
        let files = [
            (
                "app/domain/repositories/campaign.py",
                """
                from abc import ABC, abstractmethod
                from uuid import UUID

                from app.domain.entities.campaign import Campaign
                from app.domain.repositories.base import IRepository


                class ICampaignRepository(IRepository[Campaign], ABC):
                    @abstractmethod
                    async def get_by_business(self, business_id: UUID) -> list[Campaign]: ...
                """
            ),
            (
                "app/infrastructure/repositories/campaign_repository.py",
                """
                from sqlalchemy import select
                from sqlalchemy.ext.asyncio import AsyncSession


                class CampaignRepository(BaseRepository[Campaign, CampaignModel], ICampaignRepository):
                    def __init__(self, session: AsyncSession):
                        super().__init__(session, CampaignModel)

                    def _to_entity(self, model: CampaignModel) -> Campaign:
                        return Campaign(id=model.id, business_id=model.business_id)

                    def _to_model(self, entity: Campaign) -> CampaignModel:
                        return CampaignModel(id=entity.id, business_id=entity.business_id)

                    async def get_by_business(self, business_id: UUID) -> list[Campaign]:
                        # RLS ya filtra por business_id automáticamente
                        result = await self.session.execute(
                            select(CampaignModel)
                        )
                        return [self._to_entity(m) for m in result.scalars().all()]
                """
            ),
            (
                "app/application/use_cases/create_booking_use_case.py",
                """
                from dataclasses import dataclass

                from app.domain.repositories.booking import IBookingRepository
                from app.domain.repositories.service import IServiceRepository


                @dataclass
                class CreateBookingUseCase:
                    booking_repo: IBookingRepository  # Interface, NOT implementation
                    service_repo: IServiceRepository

                    async def execute(self, dto: BookingCreateDTO) -> BookingResponseDTO:
                        booking = await self.booking_repo.create(dto.to_entity())
                        return BookingResponseDTO.from_entity(booking)
                """
            ),
            (
                "app/application/use_cases/complete_onboarding_use_case.py",
                """
                from sqlalchemy import text


                class CompleteOnboardingUseCase:
                    async def execute(self, dto):
                        business = await self.business_repo.create(business_data)
                        await self.session.execute(
                            text("SELECT set_rls_context(:business_id, :user_id)"),
                            {"business_id": str(business.id), "user_id": str(business.id)}
                        )
                        user = await self.user_repo.create(dto.owner)
                        return user
                """
            ),
            (
                "app/presentation/api/v1/tu_endpoint.py",
                """
                from fastapi import APIRouter, Depends

                router = APIRouter()


                @router.get("/data")
                async def get_data(
                    session: AsyncSession = Depends(get_db_session),
                    current_user: User = Depends(get_current_user)
                ):
                    ...
                """
            ),
            (
                "app/domain/entities/booking.py",
                """
                from dataclasses import dataclass
                from datetime import datetime


                @dataclass
                class Booking:
                    start_time: datetime
                    end_time: datetime

                    def __post_init__(self) -> None:
                        if self.end_time <= self.start_time:
                            raise ValueError("end_time must be after start_time")
                """
            ),
        ]
        let found = try Self.findings(files)
        #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line) \($0.ruleID)" })")
    }
}
