import Foundation
import WeefselGraph

/// Timing, baselines and the report of `make bench`.
enum Harness {
    /// The median wall-clock seconds of `runs` runs of `body`.
    static func median(runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return seconds.sorted()[seconds.count / 2]
    }

    /// Processor time this process has used so far, user and system, over all threads.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Runs a Python baseline script from `Benchmarks/python` and returns the JSON object it prints
    /// on its last line.
    static func python(_ script: String, _ arguments: [String], interpreter: String = "python3") throws
        -> [String: Any]
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [interpreter, "Benchmarks/python/\(script)"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else {
            throw BenchFailure("\(script) under \(interpreter) failed with status \(process.terminationStatus)")
        }
        return object
    }

    /// Writes the informal adjacency of a graph as a whitespace edge list `u v` for the baselines.
    static func writeEdgeList(_ adjacency: Adjacency, to path: String) throws {
        var text = ""
        text.reserveCapacity(adjacency.edgeCount * 14)
        for u in 0..<adjacency.nodeCount {
            for v in adjacency.neighbours(of: u) where Int(v) > u {
                text += "\(u) \(v)\n"
            }
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static let scratch: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-bench").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The rows `make bench` prints: Weefsel's figure beside the baseline's, and their ratio.
struct Report {
    struct Row {
        let section: String
        let what: String
        let weefsel: String
        let baseline: String
        let ratio: String
    }

    private(set) var rows: [Row] = []

    /// Adds a timing row; the ratio says how many times faster Weefsel is than the baseline.
    mutating func time(_ section: String, _ what: String, weefsel: Double, baseline: Double?, baselineName: String) {
        let ratio = baseline.map { String(format: "%.2fx faster", $0 / weefsel) } ?? "-"
        rows.append(
            Row(
                section: section, what: what, weefsel: Report.seconds(weefsel),
                baseline: baseline.map { "\(baselineName) \(Report.seconds($0))" } ?? "-", ratio: ratio))
        print(
            "  \(what): Weefsel \(Report.seconds(weefsel))"
                + (baseline.map { ", \(baselineName) \(Report.seconds($0)), \(ratio)" } ?? ""))
    }

    /// Adds a row of any figures.
    mutating func note(_ section: String, _ what: String, weefsel: String, baseline: String = "-", ratio: String = "-")
    {
        rows.append(Row(section: section, what: what, weefsel: weefsel, baseline: baseline, ratio: ratio))
        print(
            "  \(what): Weefsel \(weefsel)" + (baseline == "-" ? "" : ", \(baseline)")
                + (ratio == "-" ? "" : ", \(ratio)"))
    }

    static func seconds(_ value: Double) -> String {
        value < 0.01 ? String(format: "%.2f ms", value * 1000) : String(format: "%.3f s", value)
    }

    func printSummary() {
        print("\nSummary (median of 3 runs; ratio = baseline time / Weefsel time)")
        var widths = [7, 4, 7, 8, 5]
        for row in rows {
            widths[0] = max(widths[0], row.section.count)
            widths[1] = max(widths[1], row.what.count)
            widths[2] = max(widths[2], row.weefsel.count)
            widths[3] = max(widths[3], row.baseline.count)
            widths[4] = max(widths[4], row.ratio.count)
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " | ")
        }
        print(line(["section", "what", "Weefsel", "baseline", "ratio"]))
        for row in rows { print(line([row.section, row.what, row.weefsel, row.baseline, row.ratio])) }
    }
}
