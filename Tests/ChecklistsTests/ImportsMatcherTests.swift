import Checklists
import Testing

struct ImportsMatcherTests {
    static let matcher = Matcher.imports(ImportsSpec(modules: ["app.infrastructure", "sqlalchemy"], allow: ["sqlalchemy.types"]))

    @Test func flagsForbiddenModulesByPrefix() {
        let code = """
            from app.infrastructure.database.models import BookingModel
            import sqlalchemy.orm as orm
            from sqlalchemy import select
            from app.infrastructure_tools import helper
            from app.domain.entities import Booking
            import sqlalchemyx
            """
        #expect(flaggedLines(Self.matcher, path: "app/domain/x.py", code) == [1, 2, 3])
    }

    @Test func resolvesRelativeImportsAndImportedNames() {
        let code = """
            from ...infrastructure.cache import redis_client
            from app import infrastructure
            from . import entities
            """
        #expect(flaggedLines(Self.matcher, path: "app/domain/services/booking_service.py", code) == [1, 2])
    }

    @Test func allowListWins() {
        #expect(flaggedLines(Self.matcher, "from sqlalchemy.types import UUID\n").isEmpty)
    }
}
