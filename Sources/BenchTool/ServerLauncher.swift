import Foundation

/// Runs `backend-review serve --port 0` as a child process and reads the port it logs.
struct ServerLauncher {
    let process: Process
    let port: Int

    static func start(executable: String, data: URL, environment: [String: String]) throws -> ServerLauncher {
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let log = data.appendingPathComponent("server.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--port", "0", "--data", data.path]
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]) { a, _ in a }
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "backend-review: listening on "),
               let colon = text[range.upperBound...].prefix(while: { $0 != "\n" }).lastIndex(of: ":"),
               let port = Int(text[text.index(after: colon)...].prefix(while: \.isNumber)) {
                return ServerLauncher(process: process, port: port)
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        throw LaunchError(log: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    struct LaunchError: Error, CustomStringConvertible {
        var log: String
        var description: String { "serve did not start:\n\(log)" }
    }
}
