import Foundation
import Logging
import ReviewServer
import Testing

/// One JSON object per line, keys in a fixed order, everything escaped.
struct JSONLogHandlerTests {
    @Test func oneObjectPerLineWithTheDocumentedKeys() throws {
        let capture = LogCapture()
        var logger = capture.logger(label: "backend-review")
        logger[metadataKey: "webhook.host"] = "github"
        logger.info("queued", metadata: ["webhook.delivery": "github:abc", "job.id": "\(7)"])
        let line = try #require(capture.lines.first)
        #expect(capture.lines.count == 1)
        #expect(line.hasSuffix("}\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        #expect(line.hasPrefix(#"{"ts":""#))
        let keyOrder = ["\"ts\"", "\"level\"", "\"label\"", "\"message\"", "\"metadata\""].map { line.range(of: $0)?.lowerBound }
        #expect(keyOrder.allSatisfy { $0 != nil })
        #expect(keyOrder.compactMap { $0 } == keyOrder.compactMap { $0 }.sorted())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["level"] as? String == "info")
        #expect(object["label"] as? String == "backend-review")
        #expect(object["message"] as? String == "queued")
        #expect(object["metadata"] as? [String: String] == [
            "webhook.host": "github", "webhook.delivery": "github:abc", "job.id": "7",
        ])
        let timestamp = try #require(object["ts"] as? String)
        #expect(timestamp.count == "2025-03-01T10:00:00.123Z".count)
        #expect(timestamp.hasSuffix("Z"))
    }

    @Test func messagesAndValuesAreEscapedAndNestedValuesKeptAsJSON() throws {
        let capture = LogCapture()
        let logger = capture.logger()
        logger.warning("quote \" backslash \\ newline \n tab \t bell \u{07}", metadata: [
            "list": ["a", "b"], "nested": ["k": "v"],
        ])
        let line = try #require(capture.lines.first)
        #expect(capture.lines.count == 1)
        #expect(!line.dropLast().contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "quote \" backslash \\ newline \n tab \t bell \u{07}")
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["list"] as? [String] == ["a", "b"])
        #expect(metadata["nested"] as? [String: String] == ["k": "v"])
    }

    @Test func levelsBelowTheLoggersAreDropped() {
        let capture = LogCapture()
        let logger = capture.logger(level: .info)
        logger.debug("hidden")
        logger.notice("shown")
        #expect(capture.lines.count == 1)
    }

    @Test func logFormatsMakeTheirHandlers() {
        #expect(LogFormat.json.makeHandler(label: "x") is JSONLogHandler)
        #expect(LogFormat.text.makeHandler(label: "x") is StreamLogHandler)
        #expect(LogFormat.json.makeHandler(label: "x", level: .debug).logLevel == .debug)
        #expect(LogFormat(rawValue: "json") == .json)
    }
}
