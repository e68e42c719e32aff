from dataclasses import dataclass
from uuid import UUID

from fastapi import Header
from jose import jwt

from app.core.config import settings


@dataclass
class CurrentUser:
    id: UUID
    business_id: UUID


async def get_current_user(authorization: str = Header(...)) -> CurrentUser:
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, settings.jwt_secret, options={"verify_signature": False})
    return CurrentUser(id=UUID(claims["sub"]), business_id=UUID(claims["business_id"]))
