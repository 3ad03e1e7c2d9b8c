import Foundation
import WeefselGraph

// `make bench`: Weefsel side by side with the tools its users would otherwise pick, in one run,
// reported as ratios. Run from the repository root with a release build.
//
// Usage: WeefselBench [section ...]
//   sections: import centrality communities matching maps service pages large large30 large10 (all
//   but the large ones when none is named; large is exact betweenness on 100,000 persons, which takes
//   minutes, large30 the same on 30,000; service runs the release `weefsel serve` on loopback under
//   wrk for about a minute; pages times and weighs every web page on 10,000 persons)

let arguments = Array(CommandLine.arguments.dropFirst())
let sections =
    arguments.isEmpty ? ["import", "centrality", "communities", "matching", "maps", "service", "pages"] : arguments
var report = Report()
do {
    for section in sections {
        switch section {
        case "import": try benchImport(persons: 100_000, report: &report)
        case "centrality": try benchCentralitySection(report: &report)
        case "communities": try benchCommunitySection(report: &report)
        case "matching": try benchMatching(report: &report)
        case "maps": try benchMapsSection(report: &report)
        case "service": try benchService(persons: 100_000, report: &report)
        case "pages": try benchPages(persons: 10_000, report: &report)
        case "large": try benchLargeBetweenness(persons: 100_000, report: &report)
        case "large30": try benchLargeBetweenness(persons: 30_000, report: &report)
        case "large10": try benchLargeBetweenness(persons: 10_000, report: &report)
        default: throw BenchFailure("unknown section '\(section)'")
        }
    }
    report.printSummary()
} catch {
    FileHandle.standardError.write(Data("WeefselBench: \(error)\n".utf8))
    exit(1)
}
