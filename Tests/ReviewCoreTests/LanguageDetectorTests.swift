import ReviewCore
import Testing

struct LanguageDetectorTests {
    static let cases: [([String], Language)] = [
        // Short titles, the hardest case.
        (["Agrega endpoint de reservas"], .es),
        (["Fix N+1 in bookings"], .en),
        (["Corrige typo"], .es),
        (["Fix typo"], .en),
        (["Actualiza dependencias"], .es),
        (["Update dependencies"], .en),
        (["Arreglo el bug del repositorio"], .es),
        (["Refactor"], .en),
        (["WIP"], .en),
        // Titles and bodies.
        (["Agrega validación de tenant en el repositorio", "Fijate que ahora se llama a set_rls_context() antes de la query."], .es),
        (["Add tenant validation to the repository", "This calls set_rls_context() before the query runs."], .en),
        (["feat: nuevo caso de uso para cancelar reservas", "Implementa `CancelBookingUseCase` con tests."], .es),
        (["feat: add use case to cancel bookings", "Implements `CancelBookingUseCase` with tests."], .en),
        // Code, URLs and identifiers do not count: an English-looking body in Spanish prose stays Spanish.
        (["Usa `await session.execute(select(BookingModel).where(BookingModel.id == id))` en vez del loop"], .es),
        (["Ver https://github.com/org/repo/pull/12 y app/infrastructure/repositories/booking_repository.py para el contexto"], .es),
        (["```python\nfor booking in bookings:\n    await self.session.refresh(booking)\n```\nCorrige el N+1 de las reservas"], .es),
        (["Fix BookingRepository.get_by_id for the tenant", "```\nde la para los que\n```"], .en),
        (["Ver [la documentación](https://example.com/docs/rls_context) para el contexto"], .es),
        (["See [the docs](https://example.com/es/la_guia_de_los_tenants) for the context"], .en),
        // Accents and inverted punctuation are evidence too.
        (["¿Está bien así?"], .es),
        (["Migración"], .es),
        // Commit messages: majority wins.
        (["Agrega modelo de reservas", "Corrige tests", "Fix lint"], .es),
        (["Add booking model", "Fix tests", "Actualiza README"], .en),
        // Nothing to go on: English.
        ([], .en),
        ([""], .en),
        (["   "], .en),
        (["v1.2.3"], .en),
        (["`x`"], .en),
    ]

    @Test(arguments: cases)
    func detects(_ testCase: ([String], Language)) {
        #expect(LanguageDetector.detect(testCase.0) == testCase.1, "\(testCase.0)")
    }

    @Test func tieGoesToEnglish() {
        let score = LanguageDetector.score(["fix de"])
        #expect(score.spanish == score.english)
        #expect(LanguageDetector.detect(["fix de"]) == .en)
    }

    @Test func unclosedBackticksDoNotSwallowTheText() {
        #expect(LanguageDetector.detect(["Corrige el `typo de la documentación"]) == .es)
    }
}
