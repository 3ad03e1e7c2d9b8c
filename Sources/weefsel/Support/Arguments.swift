import ArgumentParser
import Foundation
import WeefselGraph

extension Node.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Tie.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Tie.Strength: ExpressibleByArgument {
    public init?(argument: String) {
        guard let value = Int(argument) else { return nil }
        self.init(rawValue: value)
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// A list given on the command line as `a,b` or `a|b`.
struct ListArgument: ExpressibleByArgument {
    let items: [String]
    init?(argument: String) {
        items = argument.split(whereSeparator: { $0 == "," || $0 == "|" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
