import ArgumentParser
import Dispatch
import Foundation
import Logging
import Synchronization
import WeefselGraph
import WeefselStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command sent to the running service, and what became of it.
struct AdministrationRequest: Codable {
    var arguments: [String]
    var workingDirectory: String
    /// Standard input for commands that read it (a password), or nil.
    var input: String?
    /// Instead of a command: a read of personal data by a command that ran beside the service,
    /// to go on record as the local operator who connected.
    var read: ReadNotice? = nil

    struct ReadNotice: Codable {
        var action: AuditEntry.Action
        var subjects: [Node.ID]
    }
}

struct AdministrationReply: Codable {
    var output: String
    var errors: String
    var status: Int32
}

/// The administration socket of a running service: a Unix socket next to the database file,
/// which only the database's owner may open (mode 0600), through which the `weefsel` command runs
/// writing commands while the service holds the database. Each command runs on the service's
/// store, as the local operator who connected (known from the socket's peer credentials), one
/// at a time, and is audited as theirs.
final class AdministrationSocket: Sendable {
    let path: String
    private let descriptor: Int32
    private let store: Store
    private let logger: Logger

    /// The socket's path for a database: next to the real file (symbolic links resolved).
    static func path(for database: String) -> String { DatabaseFile.realPath(database) + ".sock" }

    /// Listens on the socket of `database`, replacing a stale socket left by a service that died.
    init(database: String, store: Store, logger: Logger) throws {
        let path = AdministrationSocket.path(for: database)
        self.path = path
        self.store = store
        self.logger = logger
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard path.utf8.count < capacity else {
            throw CommandFailure("the administration socket path \(path) is longer than \(capacity - 1) bytes")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8) + [0])
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw CommandFailure("cannot create the administration socket: \(errnoText())") }
        // The service holds the writer lock, so a socket file here is one a killed service left.
        unlink(path)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, chmod(path, 0o600) == 0, listen(fd, 8) == 0 else {
            let reason = errnoText()
            close(fd)
            throw CommandFailure("cannot listen on the administration socket \(path): \(reason)")
        }
        descriptor = fd
    }

    /// Answers commands on a thread of its own until ``stop()``.
    func start() {
        let thread = Thread { [self] in
            while true {
                let client = accept(descriptor, nil, nil)
                if client < 0 {
                    if errno == EINTR { continue }
                    return
                }
                answer(client)
                close(client)
            }
        }
        thread.name = "weefsel administration"
        thread.start()
    }

    /// Stops answering and removes the socket file.
    func stop() {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
        unlink(path)
    }

    private func answer(_ client: Int32) {
        guard let user = AdministrationSocket.peerUser(client),
            let data = SocketFrame.read(from: client),
            let request = try? JSONDecoder().decode(AdministrationRequest.self, from: data)
        else { return }
        if let read = request.read { return record(read, by: user, answering: client) }
        let invocation = Invocation(
            store: store, user: user, workingDirectory: request.workingDirectory, input: request.input)
        let done = DispatchSemaphore(value: 0)
        let status = Mutex<Int32>(2)
        Task {
            let code = await Invocation.$current.withValue(invocation) {
                await Weefsel.run(arguments: request.arguments, insideService: true)
            }
            status.withLock { $0 = code }
            done.signal()
        }
        done.wait()
        let reply = AdministrationReply(
            output: invocation.output, errors: invocation.errors, status: status.withLock { $0 })
        logger.info("administration command", metadata: ["status": "\(reply.status)"])
        if let encoded = try? JSONEncoder().encode(reply) { SocketFrame.write(encoded, to: client) }
    }

    private func record(_ read: AdministrationRequest.ReadNotice, by user: String, answering client: Int32) {
        var reply = AdministrationReply(output: "", errors: "", status: 0)
        do {
            try store.audit.record([.init(.localOperator(user), read.action, subjects: read.subjects)])
        } catch {
            reply.errors = error.description + "\n"
            reply.status = 2
        }
        if let encoded = try? JSONEncoder().encode(reply) { SocketFrame.write(encoded, to: client) }
    }

    /// The system account of the process at the other end of the socket.
    private static func peerUser(_ client: Int32) -> String? {
        var credentials = PeerCredentials()
        var length = socklen_t(MemoryLayout<PeerCredentials>.size)
        guard getsockopt(client, SOL_SOCKET, PeerCredentials.option, &credentials, &length) == 0 else { return nil }
        return DatabaseFile.accountName(of: credentials.uid)
    }
}

/// Linux's `struct ucred`, as `SO_PEERCRED` fills it: who is at the other end of a Unix socket.
private struct PeerCredentials {
    /// `SO_PEERCRED` on Linux.
    static let option: Int32 = 17
    var pid: Int32 = 0
    var uid: uid_t = 0
    var gid: gid_t = 0
}

/// Sends a command to the service that holds the database and relays what it printed.
enum ServiceClient {
    /// Runs `arguments` in the service listening on `socket`; returns the command's exit status.
    static func run(_ arguments: [String], through socket: String, input: String?) -> Int32 {
        let request = AdministrationRequest(
            arguments: arguments, workingDirectory: FileManager.default.currentDirectoryPath, input: input)
        guard let reply = exchange(request, through: socket) else { return 2 }
        Console.write(reply.output)
        if !reply.errors.isEmpty {
            fflush(nil)
            FileHandle.standardError.write(Data(reply.errors.utf8))
        }
        return reply.status
    }

    /// Puts a read of personal data on record through the service listening on `socket`.
    static func record(_ read: AdministrationRequest.ReadNotice, through socket: String) throws {
        let request = AdministrationRequest(
            arguments: [], workingDirectory: FileManager.default.currentDirectoryPath, input: nil, read: read)
        guard let reply = exchange(request, through: socket), reply.status == 0 else {
            throw CommandFailure("the read could not be put on record through the running service")
        }
    }

    private static func exchange(_ request: AdministrationRequest, through socket: String) -> AdministrationReply? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(socket.utf8.prefix(raw.count - 1)) + [0])
        }
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard fd >= 0, connected == 0 else {
            Console.error("cannot reach the running Weefsel service through \(socket): \(errnoText())")
            return nil
        }
        guard let encoded = try? JSONEncoder().encode(request), SocketFrame.write(encoded, to: fd),
            let data = SocketFrame.read(from: fd),
            let reply = try? JSONDecoder().decode(AdministrationReply.self, from: data)
        else {
            Console.error("the running Weefsel service did not answer through \(socket)")
            return nil
        }
        return reply
    }
}

/// Messages on the administration socket: a four-byte big-endian length, then the bytes.
enum SocketFrame {
    /// The largest message: a command's output can be long, its request is short.
    static let limit = 256 << 20

    @discardableResult
    static func write(_ data: Data, to fd: Int32) -> Bool {
        var length = UInt32(data.count).bigEndian
        let header = Data(bytes: &length, count: 4)
        return writeAll(header + data, to: fd)
    }

    static func read(from fd: Int32) -> Data? {
        guard let header = readExactly(4, from: fd) else { return nil }
        let length = header.reduce(0) { ($0 << 8) | Int($1) }
        guard length <= limit else { return nil }
        return readExactly(length, from: fd)
    }

    private static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    private static func readExactly(_ count: Int, from fd: Int32) -> Data? {
        var buffer = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + offset, count - offset) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return nil }
            offset += got
        }
        return Data(buffer)
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }
