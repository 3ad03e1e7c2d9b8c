import Foundation
import WeefselGraph

/// The indicators and isolation worklist of the network as it was on one day, kept under a label
/// so that a team can show what changed ("did our work this year change the fabric?").
public struct Snapshot: Sendable, Codable, Equatable {
    public var label: String
    /// The day the network was analysed as of.
    public var day: Day
    public var createdAt: Date
    public var indicators: NetworkIndicators
    public var isolation: [HouseholdIsolation]

    public init(
        label: String, day: Day, createdAt: Date = Date(), indicators: NetworkIndicators,
        isolation: [HouseholdIsolation]
    ) {
        self.label = label
        self.day = day
        self.createdAt = createdAt
        self.indicators = indicators
        self.isolation = isolation
    }
}
