import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An append-only text file outside the database, `<database>.audit-anchors`, with one line
/// `SEQ HASH` for the head of the audit log after each committed write.
///
/// The keyed chain shows an entry was edited; only a record kept elsewhere shows the log was cut
/// short, or rewritten whole by someone with the key. A line is appended after its transaction
/// commits, so the file never names an entry the database does not have; after a crash it may lag
/// behind by the last commit.
public struct AuditAnchors: Sendable {
    /// One anchored head.
    public struct Anchor: Sendable, Hashable {
        public var seq: Int64
        public var hash: String
    }

    public let path: String

    public init(path: String) { self.path = path }

    /// The anchors of the database at `databasePath`.
    public init(forDatabase databasePath: String) { path = DatabaseFile.realPath(databasePath) + ".audit-anchors" }

    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Appends `anchor` as one write to the file opened for appending, so that lines of several
    /// writers never interleave. A failure is returned, not thrown: the write it anchors has
    /// committed already.
    @discardableResult
    func append(_ anchor: Anchor) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let line = "\(anchor.seq) \(anchor.hash)\n"
        return line.withCString { write(fd, $0, strlen($0)) } == line.utf8.count
    }

    /// The anchors in the file, in the order written; lines that are not anchors (a line cut short
    /// by a crash) are skipped.
    func read() -> [Anchor] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let seq = Int64(parts[0]), parts[1].utf8.count == 64 else { return nil }
            return Anchor(seq: seq, hash: String(parts[1]))
        }
    }
}
