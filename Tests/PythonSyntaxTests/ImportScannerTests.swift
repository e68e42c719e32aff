import PythonSyntax
import Testing

struct ImportScannerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var path: String
        var source: String
        /// `module|name|alias|bound|qualified|level`
        var expected: [String]
        var testDescription: String { "\(path): \(source)" }
    }

    static let cases: [Case] = [
        Case(path: "app/domain/services/booking.py",
             source: "from app.infrastructure.database.models import BookingModel\n",
             expected: ["app.infrastructure.database.models|BookingModel|-|BookingModel|app.infrastructure.database.models.BookingModel|0"]),
        Case(path: "app/domain/services/booking.py", source: "import time as t, os.path\n",
             expected: ["time|-|t|t|time|0", "os.path|-|-|os|os.path|0"]),
        Case(path: "app/domain/services/booking.py", source: "from ..models import (\n    Booking as B,  # alias\n    Room,\n)\n",
             expected: ["app.domain.models|Booking|B|B|app.domain.models.Booking|2", "app.domain.models|Room|-|Room|app.domain.models.Room|2"]),
        Case(path: "app/domain/__init__.py", source: "from . import services\nfrom .x import *\n",
             expected: ["app.domain|services|-|services|app.domain.services|1", "app.domain.x|*|-|*|app.domain.x.*|1"]),
        Case(path: "src/app/api/routes.py", source: "def f():\n    from sqlalchemy import text\n",
             expected: ["sqlalchemy|text|-|text|sqlalchemy.text|0"]),
        Case(path: "a.py", source: "from .... import deep\n", expected: ["|deep|-|deep|deep|4"]),
        Case(path: "a.py", source: "from import\nimport\n", expected: []),
    ]

    @Test(arguments: cases)
    func imports(_ testCase: Case) {
        let index = SourceIndex(path: testCase.path, source: testCase.source)
        let rendered = index.imports.map {
            "\($0.module)|\($0.name ?? "-")|\($0.alias ?? "-")|\($0.boundName)|\($0.qualifiedName)|\($0.level)"
        }
        #expect(rendered == testCase.expected)
    }

    @Test(arguments: [
        ("app/domain/x.py", "app.domain.x"), ("app/domain/__init__.py", "app.domain"), ("src/app/main.py", "app.main"),
        ("./tools/gen.py", "tools.gen"), ("setup.py", "setup"), ("stubs/m.pyi", "stubs.m"),
    ])
    func moduleName(path: String, expected: String) {
        #expect(SourceIndex(path: path, source: "").moduleName == expected)
    }

    @Test func resolvesThroughImports() {
        let index = SourceIndex(path: "a.py", source: "import numpy as np\nfrom requests import get\n")
        #expect(index.resolve("np.array") == "numpy.array")
        #expect(index.resolve("get") == "requests.get")
        #expect(index.resolve("other.x") == "other.x")
    }
}
