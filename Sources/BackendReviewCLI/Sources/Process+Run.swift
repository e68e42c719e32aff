import Foundation

/// The outcome of a finished child process.
struct ProcessOutput {
    var status: Int32
    var stdout: Data
    var stderr: Data
}

extension Process {
    /// Runs `executable` with `arguments`, feeding `input` on stdin, and collects both output streams.
    /// Streams are drained concurrently so a chatty child can't fill a pipe and deadlock us.
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil, input: Data? = nil) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        try process.run()

        let group = DispatchGroup()
        let errBox = DataBox()
        DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        if let input {
            DispatchQueue.global().async(group: group) {
                inPipe.fileHandleForWriting.write(input)
                try? inPipe.fileHandleForWriting.close()
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessOutput(status: process.terminationStatus, stdout: stdout, stderr: errBox.data)
    }
}

/// Hands bytes from a reader thread back to the caller; `group.wait()` orders the accesses.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
