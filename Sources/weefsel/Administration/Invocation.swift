import Foundation
import Synchronization
import WeefselStore

/// One run of a command inside a running service: a writing command that came over the
/// administration socket while `weefsel serve` holds the database.
///
/// The command runs as it would in its own process, but on the service's store (so the service
/// sees the change at once, its caches and in-memory copy included), as the local operator who
/// sent it, with its output collected for the sender and its relative paths read from the
/// sender's working directory.
final class Invocation: Sendable {
    /// The invocation the current task runs for, or nil in a process of its own.
    @TaskLocal static var current: Invocation?

    let store: Store
    /// The system account that sent the command.
    let user: String
    let workingDirectory: String
    /// What the sender piped to the command's standard input (a password), or nil.
    let input: String?
    private let collected = Mutex<(output: String, errors: String)>(("", ""))

    init(store: Store, user: String, workingDirectory: String, input: String?) {
        self.store = store
        self.user = user
        self.workingDirectory = workingDirectory
        self.input = input
    }

    func write(_ text: String, toErrors: Bool) {
        collected.withLock { buffers in
            if toErrors { buffers.errors += text } else { buffers.output += text }
        }
    }

    var output: String { collected.withLock { $0.output } }
    var errors: String { collected.withLock { $0.errors } }

    /// `path` as the sender meant it: relative paths are relative to their working directory.
    static func resolve(_ path: String) -> String {
        guard let current, !path.hasPrefix("/") else { return path }
        return current.workingDirectory + "/" + path
    }
}

/// Every line a command prints goes to its terminal, or to the sender of an invocation.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Console.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
