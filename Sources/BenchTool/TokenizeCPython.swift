import ArgumentParser
import Foundation
import PythonSyntax

/// Runs `scripts/pytokens.py` once over a batch of files.
enum CPythonTokens {
    static func run(script: String, files: [String]) throws -> [String: CPythonDump] {
        let list = FileManager.default.temporaryDirectory
            .appendingPathComponent("pytokens-\(ProcessInfo.processInfo.processIdentifier).txt")
        try files.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: list) }
        let output = try runPython(arguments: [script, "--stdin"], stdinPath: list.path)
        let text = String(decoding: output, as: UTF8.self)
        var byPath: [String: CPythonDump] = [:]
        for dump in CPythonDump.parse(text[...]) { byPath[dump.path] = dump }
        return byPath
    }

    static func runPython(arguments: [String], stdinPath: String?) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        if let stdinPath { process.standardInput = FileHandle(forReadingAtPath: stdinPath) }
        do {
            try process.run()
        } catch {
            throw ValidationError("cannot run python3 (\(error)); install python3 to compare with CPython")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("python3 \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return data
    }
}
