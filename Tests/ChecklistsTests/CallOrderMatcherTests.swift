import Checklists
import Testing

struct CallOrderMatcherTests {
    static let matcher = Matcher.callOrder(
        CallOrderSpec(
            first: ["*business_repo.create"], then: ["*_repo.create", "*session.add"], untilCalls: ["*set_rls_context"],
            untilStrings: "set_rls_context"))

    @Test func flagsCreationsBetweenTenantAndContext() {
        let code = """
            class Onboarding:
                async def execute(self, dto):
                    await self.plan_repo.create(dto.plan)
                    business = await self.business_repo.create(dto.business)
                    user = await self.user_repo.create(dto.owner)
                    self.session.add(Audit())
                    await self.session.execute(text("SELECT set_rls_context(:b, :u)"), {})
                    await self.service_repo.create(dto.service)

                async def other(self, dto):
                    await self.user_repo.create(dto.owner)

                async def with_helper(self, dto):
                    business = await self.business_repo.create(dto.business)
                    await set_rls_context(self.session, business.id)
                    await self.user_repo.create(dto.owner)
            """
        #expect(flaggedLines(Self.matcher, code) == [5, 6])
    }
}
