from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.entities.campaign import Campaign
from app.infrastructure.database.models.campaign import CampaignModel
from app.infrastructure.repositories.base_repository import BaseRepository


class CampaignRepository(BaseRepository[Campaign, CampaignModel]):
    def __init__(self, session: AsyncSession):
        super().__init__(session, CampaignModel)

    def _to_entity(self, model: CampaignModel) -> Campaign:
        return Campaign(id=model.id, business_id=model.business_id, name=model.name)

    async def search(self, name: str) -> list[Campaign]:
        query = f"SELECT * FROM campaigns WHERE name ILIKE '%{name}%'"
        result = await self.session.execute(text(query))
        return [self._to_entity(row) for row in result]

    async def get_many(self, ids: list[UUID]) -> list[Campaign]:
        campaigns = []
        for campaign_id in ids:
            model = await self.session.get(CampaignModel, campaign_id)
            campaigns.append(self._to_entity(model))
        return campaigns
