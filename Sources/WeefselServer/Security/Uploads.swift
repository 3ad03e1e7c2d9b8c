import Foundation
import Hummingbird
import NIOCore
import WeefselStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// CSV uploads, kept from stalling the service: a body is written to a file as it arrives (so a
/// large or slow upload holds one chunk in memory, never the whole file), refused once it passes
/// the limit, and files are parsed and imported one at a time, so that several large uploads at
/// once take the memory and the cores of one.
///
/// The files hold personal data: they live in a folder beside the database, readable by its owner
/// only, are removed once imported or refused, and whatever a crash left there is removed when the
/// service starts.
final class Uploads: Sendable {
    let folder: URL
    private let turn = Turnstile()

    /// The uploads of the database at `databasePath` (a temporary folder for one in memory).
    init(databasePath: String) {
        if databasePath == ":memory:" {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "weefsel-uploads-\(getpid())-\(UUID().uuidString)")
        } else {
            folder = URL(fileURLWithPath: DatabaseFile.realPath(databasePath) + ".uploads")
        }
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// Runs `body` with the bytes of `request`'s body, at most `limit`, when it is this upload's turn.
    ///
    /// - Throws: a 413 `ServiceError` past the limit, and whatever `body` throws.
    func receive<T: Sendable>(_ request: Request, limit: Int, _ body: ([UInt8]) async throws -> T) async throws -> T {
        let file = try await spool(request, limit: limit)
        defer { unlink(file) }
        await turn.enter()
        do {
            let result = try await body(try Self.contents(of: file))
            await turn.leave()
            return result
        } catch {
            await turn.leave()
            throw error
        }
    }

    /// Writes the body to a new file, chunk by chunk, and returns its path.
    private func spool(_ request: Request, limit: Int) async throws -> String {
        let path = folder.appendingPathComponent(UUID().uuidString).path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ServiceError(.internalServerError, "cannot store the upload: \(Self.errnoText())") }
        var received = 0
        do {
            defer { close(fd) }
            for try await chunk in request.body {
                received += chunk.readableBytes
                guard received <= limit else {
                    throw ServiceError(.contentTooLarge, "the request body is larger than \(limit) bytes")
                }
                try chunk.withUnsafeReadableBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                        guard written > 0 else {
                            throw ServiceError(.internalServerError, "cannot store the upload: \(Self.errnoText())")
                        }
                        offset += written
                    }
                }
            }
        } catch {
            unlink(path)
            throw error
        }
        return path
    }

    /// The whole file at `path`, read straight into one array.
    private static func contents(of path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ServiceError(.internalServerError, "cannot read the upload: \(errnoText())") }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            throw ServiceError(.internalServerError, "cannot read the upload: \(errnoText())")
        }
        let size = Int(status.st_size)
        return try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(fd, buffer.baseAddress! + count, size - count)
                guard got > 0 else {
                    throw ServiceError(.internalServerError, "cannot read the upload: \(errnoText())")
                }
                count += got
            }
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// Lets one task through at a time, the others waiting their turn in order of arrival.
actor Turnstile {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Returns once it is the caller's turn; the caller calls ``leave()`` when done.
    func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the turn to the next in line.
    func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
