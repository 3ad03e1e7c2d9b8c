import Foundation
import WeefselGraph
import WeefselMaps

/// Renders `dot` to SVG with sfdp through Weefsel's renderer and with the `sfdp -Tsvg` command
/// line on the same text, so the overhead of the library path can be read off.
///
/// - Returns: seconds (median of 3 runs) keyed `renderer` and `command_line`, and `overhead` as
///   renderer / command line - 1; `command_line` is missing when sfdp is not on the PATH.
func benchMapsSFDP(dot: String) -> [String: Double] {
    var figures: [String: Double] = [:]
    let renderer = Renderer()
    figures["renderer"] = medianSeconds {
        _ = try? renderer.renderNow(dot, engine: .sfdp, format: .svg)
    }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("weefsel-bench-\(getpid()).dot")
    guard (try? dot.write(to: file, atomically: true, encoding: .utf8)) != nil else { return figures }
    defer { try? FileManager.default.removeItem(at: file) }
    var commandWorked = true
    let command = medianSeconds {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sfdp", "-Tsvg", file.path, "-o", "/dev/null"]
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            commandWorked = commandWorked && process.terminationStatus == 0
        } catch {
            commandWorked = false
        }
    }
    if commandWorked, let rendered = figures["renderer"] {
        figures["command_line"] = command
        figures["overhead"] = rendered / command - 1
    }
    return figures
}

/// Builds a netwerkkaart of one household with `contacts` people around it and times its layout
/// and rendering to SVG with dot.
///
/// - Returns: seconds (median of 3 runs), or `nil` when the map could not be drawn.
func benchEgoMapWithDot(contacts: Int = 149, seed: UInt64 = 2026) -> Double? {
    var random = SeededRandom(seed: seed)
    var neighbourhood = Neighbourhood(households: [Household(id: "H0000")])
    neighbourhood.nodes.append(Node(id: "P0000", kind: .resident, name: "Centre", household: "H0000"))
    let kinds: [Tie.Kind] = [.family, .friend, .neighbour, .member, .professional, .acquaintance]
    for index in 1...max(1, contacts) {
        let id = Node.ID("P\(String(format: "%04d", index))")
        let kind = kinds[Int(random.next() % UInt64(kinds.count))]
        let nodeKind: Node.Kind = kind == .member ? .association : kind == .professional ? .professional : .resident
        neighbourhood.nodes.append(Node(id: id, kind: nodeKind, name: "Contact \(index)"))
        neighbourhood.ties.append(Tie(source: "P0000", target: id, kind: kind))
        if index > 1, random.nextUnit() < 0.3 {
            let other = Node.ID("P\(String(format: "%04d", 1 + Int(random.next() % UInt64(index - 1))))")
            neighbourhood.ties.append(Tie(source: other, target: id, kind: .friend))
        }
    }
    guard let graph = try? AnalysisGraph(neighbourhood),
        let drawing = try? egoMap(of: graph, centre: "P0000", options: MapOptions(engine: .dot))
    else { return nil }
    let dot = drawing.text
    let renderer = Renderer()
    return medianSeconds { _ = try? renderer.renderNow(dot, engine: .dot, format: .svg) }
}

/// The DOT text of the neighbourhood map of a seeded random neighbourhood of `persons` people in
/// households of one to four, with about three informal ties per person, some professional and
/// conflict ties, and twenty associations.
func randomNeighbourhoodMapDOT(persons: Int, seed: UInt64) -> String? {
    var random = SeededRandom(seed: seed)
    var neighbourhood = Neighbourhood()
    var index = 0
    var householdNumber = 0
    while index < persons {
        let household = Household.ID("H\(householdNumber)")
        neighbourhood.households.append(Household(id: household, street: "Straat", houseNumber: "\(householdNumber)"))
        for _ in 0..<(1 + Int(random.next() % 4)) where index < persons {
            neighbourhood.nodes.append(
                Node(id: Node.ID("P\(index)"), kind: .resident, name: "Bewoner \(index)", household: household))
            index += 1
        }
        householdNumber += 1
    }
    for association in 0..<20 {
        neighbourhood.nodes.append(
            Node(id: Node.ID("V\(association)"), kind: .association, name: "Vereniging \(association)"))
    }
    let informal: [Tie.Kind] = [.friend, .neighbour, .family, .acquaintance]
    for person in 0..<persons {
        for _ in 0..<(1 + Int(random.next() % 3)) {
            let other = Int(random.next() % UInt64(persons))
            guard other != person else { continue }
            let kind = random.nextUnit() < 0.03 ? Tie.Kind.conflict : informal[Int(random.next() % 4)]
            neighbourhood.ties.append(
                Tie(
                    source: Node.ID("P\(person)"), target: Node.ID("P\(other)"), kind: kind,
                    strength: Tie.Strength(rawValue: 1 + Int(random.next() % 3)) ?? .medium))
        }
        if random.nextUnit() < 0.2 {
            neighbourhood.ties.append(
                Tie(source: Node.ID("P\(person)"), target: Node.ID("V\(random.next() % 20)"), kind: .member))
        }
    }
    guard let graph = try? AnalysisGraph(neighbourhood),
        let drawing = try? neighbourhoodMap(of: MapInput(graph: graph), options: MapOptions(neighbourhoodName: "Bench"))
    else { return nil }
    return drawing.text
}

/// The median wall-clock time of three runs of `body`, in seconds.
private func medianSeconds(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<3 {
        let clock = ContinuousClock()
        let start = clock.now
        body()
        let elapsed = start.duration(to: clock.now)
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return times.sorted()[1]
}

/// The street map of a generated neighbourhood of about 5,000 households and the group map of
/// 100,000 persons, each against the goal of its issue: the map built from the analyses and drawn
/// to SVG (median of 3), and the analyses it needs beside it (once).
func benchStreetAndGroupMaps(report: inout Report) throws {
    let renderer = Renderer()
    let town = try AnalysisGraph(NeighbourhoodGenerator(persons: 10_600, seed: 7).generate())
    var streets: MapInput?
    let streetAnalyses = try Harness.median(runs: 1) {
        streets = try MapInput(analysing: town, seed: 1, referenceYear: 2025, betweenness: true)
    }
    guard let streets else { throw BenchFailure("no analyses for the street map") }
    let households = town.householdCount.formatted()
    print("Street map of \(households) households")
    let streetSeconds = try Harness.median {
        let drawing = try streetMap(of: streets, options: MapOptions(neighbourhoodName: "bench"))
        _ = try renderer.renderNow(drawing.text, engine: drawing.engine, format: .svg)
    }
    report.note(
        "maps", "street map, \(households) households, built and drawn to SVG", weefsel: Report.seconds(streetSeconds),
        baseline: "goal < 5 s", ratio: streetSeconds < 5 ? "goal met" : "goal missed")
    report.note(
        "maps", "  its analyses: groups, isolation, betweenness for the key figures",
        weefsel: Report.seconds(streetAnalyses))

    let city = try AnalysisGraph(NeighbourhoodGenerator(persons: 100_000, seed: 7).generate())
    var groups: MapInput?
    let groupAnalyses = try Harness.median(runs: 1) {
        groups = try MapInput(analysing: city, seed: 1, referenceYear: 2025, betweenness: false)
    }
    guard let groups else { throw BenchFailure("no analyses for the group map") }
    print("Group map of 100,000 persons")
    var shown = 0
    let groupSeconds = try Harness.median {
        let drawing = try groupMap(of: groups, options: MapOptions(neighbourhoodName: "bench"))
        shown = drawing.graph.nodes.count { $0.attributes.shape == .circle }
        _ = try renderer.renderNow(drawing.text, engine: drawing.engine, format: .svg)
    }
    report.note(
        "maps", "group map, 100,000 persons (\(shown) groups drawn), built and drawn to SVG",
        weefsel: Report.seconds(groupSeconds), baseline: "goal < 2 s",
        ratio: groupSeconds < 2 ? "goal met" : "goal missed")
    let total = groupSeconds + groupAnalyses
    report.note(
        "maps", "  with its analyses: groups (Leiden) and their names, isolation", weefsel: Report.seconds(total),
        baseline: "goal < 2 s", ratio: total < 2 ? "goal met" : "goal missed")
}
