import PythonSyntax
import Testing

struct ScopeScannerTests {
    static let repository = """
    from pytest.mark import asyncio
    from app.domain.repositories import IBookingRepository
    import sqlalchemy.orm as orm

    class BookingRepository(IBookingRepository, orm.Base[Booking, BookingModel], metaclass=Meta):
        \"\"\"Bookings.\"\"\"

        class Config:
            frozen = True

        @router.get("/x", response_model=list[Booking])
        @asyncio
        async def get(self, booking_id: UUID, *, tenant: str | None = None, **kw) -> Booking:
            return await self.session.get(BookingModel, booking_id)

        def sync(self): pass

    def top_level(a,
                  b: dict[str, int] = {}):
        def inner():
            return 1
        return inner
    """

    @Test func scopesAreListedInSourceOrderWithParents() {
        let index = SourceIndex(path: "app/infrastructure/repo.py", source: Self.repository)
        #expect(index.scopes.map(\.qualifiedName) == [
            "BookingRepository", "BookingRepository.Config", "BookingRepository.get", "BookingRepository.sync",
            "top_level", "top_level.inner",
        ])
        #expect(index.scopes.map(\.parent) == [nil, 0, 0, 0, nil, 4])
        #expect(index.scopes.map(\.kind) == [.class, .class, .function, .function, .function, .function])
    }

    @Test func lineRanges() {
        let index = SourceIndex(path: "repo.py", source: Self.repository)
        let ranges = index.scopes.map { "\($0.line)-\($0.endLine)" }
        #expect(ranges == ["5-16", "8-9", "13-14", "16-16", "18-22", "20-21"])
        #expect(index.text(of: index.scopes[2].tokenRange.lowerBound) == "async")
        #expect(index.function(at: 14) == 2)
        #expect(index.function(at: 9) == nil)
        #expect(index.function(at: 21) == 5)
    }

    @Test func decoratorsBasesAndParameters() {
        let index = SourceIndex(path: "repo.py", source: Self.repository)
        let get = index.scopes[2]
        #expect(get.isAsync)
        #expect(get.decorators == ["router.get", "asyncio"])
        #expect(get.resolvedDecorators == ["router.get", "pytest.mark.asyncio"])
        #expect(get.parameters.map(\.name) == ["self", "booking_id", "tenant", "kw"])
        #expect(get.parameters.map(\.annotation) == [nil, "UUID", "str | None", nil])
        let repo = index.scopes[0]
        #expect(repo.bases == ["IBookingRepository", "orm.Base"])
        #expect(repo.resolvedBases == ["app.domain.repositories.IBookingRepository", "sqlalchemy.orm.Base"])
        #expect(index.scopes[5].parameters.isEmpty)
        #expect(index.scopes[4].parameters.map(\.annotation) == [nil, "dict[str, int]"])
    }

    @Test(arguments: ["def f(:\n", "class\n", "def\n  x", "async\n", "@\ndef g(): pass\n", "class A(B\n"])
    func brokenDefinitionsDoNotCrash(_ source: String) {
        let index = SourceIndex(path: "x.py", source: source)
        for scope in index.scopes {
            #expect(scope.line <= scope.endLine)
            #expect(scope.tokenRange.upperBound <= index.tokens.count)
        }
    }
}
