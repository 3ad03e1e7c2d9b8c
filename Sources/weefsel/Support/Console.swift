import Foundation
import Synchronization

/// Writing to the terminal: results on stdout, problems on stderr, JSON sorted and stable.
enum Console {
    /// Writes to standard output, or to the sender of the command when it runs inside the service.
    static func write(_ text: String) {
        if let invocation = Invocation.current {
            invocation.write(text, toErrors: false)
        } else {
            Swift.print(text, terminator: "")
        }
    }

    static func error(_ message: String) {
        if let invocation = Invocation.current {
            invocation.write(message + "\n", toErrors: true)
        } else {
            fflush(nil)
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
    }

    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        write(String(decoding: data, as: UTF8.self) + "\n")
    }

    /// The first line of standard input (the sender's, inside the service), or nil.
    static func readLine() -> String? {
        guard let invocation = Invocation.current else {
            let line = Swift.readLine(strippingNewline: true)
            if let line { consumedInput.withLock { $0 += line + "\n" } }
            return line
        }
        return invocation.input?.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
    }

    /// What this process read from standard input so far: it goes with a command sent to the service.
    static let consumedInput = Mutex("")

    /// Prints rows as aligned columns under a header.
    static func table(_ header: [String], _ rows: [[String]]) {
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        print(line(header))
        for row in rows { print(line(row)) }
    }
}
