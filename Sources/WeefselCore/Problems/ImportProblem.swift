/// One thing wrong in an imported file, located so a user can find it in a spreadsheet:
/// `nodes.csv:12: kind: unknown kind 'bewonr' (expected resident, volunteer, association, professional)`.
public struct ImportProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the user gave it.
    public var file: String
    /// The 1-based physical line on which the record starts.
    public var line: Int
    /// The header of the field as the file writes it, or `-` for a problem with the whole record.
    public var column: String
    /// What is wrong, as a value: every door words it from this, in Dutch or English.
    public var kind: Kind

    public init(file: String, line: Int, column: String = "-", _ kind: Kind) {
        self.file = file
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// What is wrong, in English.
    public var message: String { kind.english }
    /// What is wrong, in Dutch.
    public var dutch: String { kind.dutch }

    public var description: String { "\(file):\(line): \(column): \(message)" }
}

/// Why an import was refused: every problem found, up to `ImportFailure.limit`, and how many more.
/// Nothing of a refused import is kept.
public struct ImportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The most problems listed; the rest are only counted.
    public static let limit = 50

    public var problems: [ImportProblem]
    /// How many problems were found beyond `problems`.
    public var omitted: Int

    public init(problems: [ImportProblem], omitted: Int = 0) {
        self.problems = problems
        self.omitted = omitted
    }

    /// One problem per line, then a line with the number of problems left out.
    public var description: String {
        var lines = problems.map(\.description)
        if omitted > 0 {
            lines.append("... and \(omitted) more problem\(omitted == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }
}
