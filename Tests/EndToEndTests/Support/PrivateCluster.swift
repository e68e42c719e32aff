import Foundation

/// A PostgreSQL server of the test's own, in a temp directory on a free port, that the test may stop and start
/// (the shared test server must stay up for the other tests). Needs the server's binaries:
/// `BACKEND_REVIEW_TEST_POSTGRES_BIN` (`.ci/run` sets it to Debian's `/usr/lib/postgresql/N/bin`).
final class PrivateCluster: @unchecked Sendable {
    static let binaries = ProcessInfo.processInfo.environment["BACKEND_REVIEW_TEST_POSTGRES_BIN"].flatMap {
        $0.isEmpty ? nil : $0
    }

    let directory: URL
    let port: Int
    var url: String { "postgres://postgres@127.0.0.1:\(port)/postgres?sslmode=disable" }
    private let bin: String

    init() throws {
        guard let bin = Self.binaries else { throw ServerProcessError(message: "BACKEND_REVIEW_TEST_POSTGRES_BIN is not set") }
        self.bin = bin
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("br-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        port = try Self.freePort()
        if getuid() == 0 { try Self.shell(["chown", "postgres:postgres", directory.path]) }
        try run(["initdb", "-D", directory.appendingPathComponent("data").path, "-U", "postgres", "--auth=trust", "-E", "UTF8"])
        try start()
    }

    func start() throws {
        try run([
            "pg_ctl", "-D", directory.appendingPathComponent("data").path, "-w", "-l", directory.appendingPathComponent("log").path,
            "-o", "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start",
        ])
    }

    func stop() throws {
        try run(["pg_ctl", "-D", directory.appendingPathComponent("data").path, "-m", "fast", "-w", "stop"])
    }

    /// Stops the server if it runs and removes its directory.
    func remove() {
        try? stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs one of the server's programs, as the `postgres` user when the tests run as root (the server refuses root).
    private func run(_ arguments: [String]) throws {
        let program = bin + "/" + arguments[0]
        let rest = Array(arguments.dropFirst())
        try Self.shell(getuid() == 0 ? ["runuser", "-u", "postgres", "--", program] + rest : [program] + rest, in: directory)
    }

    /// Runs `arguments` to completion with posix_spawn and waitpid. Foundation's Process missed the exit of
    /// `runuser` here (it stayed a zombie and waitUntilExit never returned), and a pipe would be held open by the
    /// server pg_ctl starts; the output goes to a file instead.
    private static func shell(_ arguments: [String], in directory: URL? = nil) throws {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("br-pg-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let command = (directory.map { "cd '\($0.path)' && " } ?? "")
            + "exec " + arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            + " >'\(outputPath)' 2>&1 </dev/null"
        let argv = ["/bin/sh", "-c", command]
        var pid: pid_t = 0
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, environ)
        guard spawned == 0 else { throw ServerProcessError(message: "cannot start \(arguments[0]): errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw ServerProcessError(message: "\(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ServerProcessError(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
