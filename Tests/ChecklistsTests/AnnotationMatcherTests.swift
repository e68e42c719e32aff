import Checklists
import Testing

struct AnnotationMatcherTests {
    static let matcher = Matcher.annotation(AnnotationSpec(regex: #"\b(?!I[A-Z])\w*Repository\b"#))

    @Test func flagsConcreteRepositoriesInFieldsAndParameters() {
        let code = """
            @dataclass
            class CreateBookingUseCase:
                booking_repo: BookingRepository
                service_repo: IServiceRepository
                cache: dict[str, BookingRepository] = field(default_factory=dict)

                async def execute(self, dto: BookingCreateDTO) -> None:
                    local: BookingRepository = self.booking_repo

            def build(
                repo: IBookingRepository,
                other: Optional[UserRepository] = None,
            ): ...
            """
        #expect(flaggedLines(Self.matcher, code) == [3, 5, 12])
    }

    @Test func targetsCanBeRestricted() {
        let fieldsOnly = Matcher.annotation(AnnotationSpec(targets: [.fields], regex: "Repository"))
        let code = """
            class A:
                repo: BookingRepository
            def f(repo: BookingRepository): ...
            """
        #expect(flaggedLines(fieldsOnly, code) == [2])
    }

    /// Whitespace inside an annotation is ignored before the regex runs, ASCII or not.
    @Test func whitespaceInsideAnnotationsIsIgnored() {
        let body = Matcher.annotation(AnnotationSpec(targets: [.parameters], regex: #"^(dict|Dict|Any)(\[.*\])?$"#))
        let code = """
            def a(payload: Dict[str,   Any]): ...
            def b(payload: Dict[
                str, Any]): ...
            def c(payload: Dict[str,\u{00A0}Any]): ...
            def d(payload: DictLike): ...
            def e(payload: dict, other: dict): ...
            """
        #expect(flaggedLines(body, code) == [1, 2, 4, 6])
    }
}
