import asyncio


async def fetch(session, url):
    async with session.get(url) as response:
        return await response.text()


async def main(urls):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch(None, u)) for u in urls]
    results = [await t for t in tasks]
    async for item in stream():
        await asyncio.sleep(0)
    gen = (x async for x in stream())
    return results, {k: await v for k, v in {}.items()}

await_ = 1
async_ = 2
