import Checklists
import Testing

struct FunctionMatcherTests {
    static let matcher = Matcher.function(
        FunctionSpec(
            names: ["test_*"], isAsync: true, requireDecorators: ["pytest.mark.asyncio"],
            unlessModuleAssignment: .init(name: "pytestmark", regex: "asyncio"),
            unlessProjectSetting: .init(files: ["pyproject.toml", "pytest.ini"], regex: #"^\s*asyncio_mode\s*=\s*["']?auto"#)))

    static let tests = """
        import pytest
        from pytest import mark

        async def test_a(): ...

        @pytest.mark.asyncio
        async def test_b(): ...

        @mark.asyncio
        async def test_c(): ...

        @pytest.mark.asyncio(loop_scope="module")
        async def test_d(): ...

        def test_sync(): ...

        async def helper(): ...
        """

    @Test func flagsUnmarkedAsyncTests() {
        #expect(flaggedLines(Self.matcher, path: "tests/test_x.py", Self.tests) == [4])
    }

    @Test func moduleMarkExempts() {
        #expect(flaggedLines(Self.matcher, path: "tests/test_x.py", "import pytest\npytestmark = [pytest.mark.asyncio]\nasync def test_a(): ...\n").isEmpty)
    }

    @Test func projectSettingExempts() {
        let auto = ["pytest.ini": "[pytest]\nasyncio_mode = auto\n"]
        #expect(flaggedLines(Self.matcher, path: "tests/test_x.py", Self.tests, projectFiles: auto).isEmpty)
        let strict = ["pyproject.toml": "[tool.pytest.ini_options]\nasyncio_mode = \"strict\"\n"]
        #expect(flaggedLines(Self.matcher, path: "tests/test_x.py", Self.tests, projectFiles: strict) == [4])
    }

    @Test func declaresItsProjectFiles() {
        #expect(Catalog(rules: [makeRule("r", Self.matcher)]).projectFilesNeeded == ["pyproject.toml", "pytest.ini"])
    }
}
