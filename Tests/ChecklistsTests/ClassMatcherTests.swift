import Checklists
import Testing

struct ClassMatcherTests {
    static let repositories = """
        class CampaignRepository(BaseRepository[Campaign, CampaignModel]):
            def _to_entity(self, model): ...
            def _to_model(self, entity): ...

        class BookingRepository(BaseRepository[Booking, BookingModel], IBookingRepository):
            def _to_entity(self, model): ...

        class PlanRepository(repositories.IPlanRepository):
            def _to_entity(self, model): ...
            def _to_model(self, entity): ...

        class BaseRepository(Generic[E, M]):
            pass

        class Helper:
            pass
        """

    @Test func requiredBaseWithNamePlaceholder() {
        let matcher = Matcher.class(ClassSpec(names: ["*Repository"], excludeNames: ["Base*"], requireBase: ["I{Name}"]))
        #expect(flaggedLines(matcher, Self.repositories) == [1])
    }

    @Test func requiredMethods() {
        let matcher = Matcher.class(ClassSpec(names: ["*Repository"], excludeNames: ["Base*"], requireMethods: ["_to_entity", "_to_model"]))
        #expect(flaggedLines(matcher, Self.repositories) == [5])
    }

    @Test func forbiddenBaseVariantFlagsEverySelectedClass() {
        let matcher = Matcher.class(ClassSpec(bases: ["pydantic.BaseModel"]))
        let code = """
            from pydantic import BaseModel
            import pydantic

            class BookingSchema(BaseModel):
                id: int

            class Other(pydantic.BaseModel):
                id: int

            @dataclass
            class Booking:
                id: int
            """
        #expect(flaggedLines(matcher, code) == [4, 7])
    }
}
