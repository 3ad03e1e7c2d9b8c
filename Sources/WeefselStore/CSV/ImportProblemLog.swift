import WeefselCore

/// Collects problems up to the limit and counts the rest.
struct ImportProblemLog {
    private(set) var problems: [ImportProblem] = []
    private(set) var omitted = 0

    var isEmpty: Bool { problems.isEmpty }

    mutating func add(_ problem: ImportProblem) {
        if problems.count < ImportFailure.limit {
            problems.append(problem)
        } else {
            omitted += 1
        }
    }

    mutating func add(_ file: String, _ line: Int, _ column: String, _ kind: ImportProblem.Kind) {
        add(ImportProblem(file: file, line: line, column: column, kind))
    }

    var failure: ImportFailure { ImportFailure(problems: problems, omitted: omitted) }
}
