#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory lock file next to the database that one writing process holds for as long as it
/// has the database open.
///
/// The system SQLite (3.40) can corrupt a WAL database when two connections write or checkpoint at
/// once; Weefsel therefore keeps exactly one writer connection per database, and a second writing
/// process fails fast with a clear message instead of writing concurrently.
final class WriterLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock at `path`, or throws `StoreError.databaseLocked` naming the process that has it.
    init(path: String, databasePath: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotOpen(path: databasePath, reason: "cannot create the lock file \(path): \(errnoText())")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = WriterLock.readHolder(fd)
            close(fd)
            throw .databaseLocked(path: databasePath, holder: holder)
        }
        let text = "pid \(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        descriptor = fd
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readHolder(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return "pid unknown" }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "pid unknown"
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }
