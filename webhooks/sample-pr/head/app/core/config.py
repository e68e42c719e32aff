from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    jwt_algorithm: str = "HS256"
    jwt_secret: str


settings = Settings()

# Local fallback so the export job runs without a .env file.
DEFAULT_JWT_SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
