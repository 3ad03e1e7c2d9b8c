import Foundation
import WeefselGraph

// `make bench`: Weefsel side by side with the tools its users would otherwise pick, in one run,
// reported as ratios. Run from the repository root with a release build.
//
// Usage: WeefselBench [section ...]    sections: import (all when none is named)

let arguments = Array(CommandLine.arguments.dropFirst())
let sections = arguments.isEmpty ? ["import"] : arguments
var report = Report()
do {
    for section in sections {
        switch section {
        case "import": try benchImport(persons: 100_000, report: &report)
        default: throw BenchFailure("unknown section '\(section)'")
        }
    }
    report.printSummary()
} catch {
    FileHandle.standardError.write(Data("WeefselBench: \(error)\n".utf8))
    exit(1)
}
