from httpx import AsyncClient


async def test_daily_report_returns_rows(client: AsyncClient):
    response = await client.get("/reports/daily")
    assert response.status_code == 200
