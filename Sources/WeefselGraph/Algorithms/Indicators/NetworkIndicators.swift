/// The figures a team shows to say how the social fabric of its neighbourhood is doing, overall and
/// per wijk. Encodes with stable snake_case keys.
public struct NetworkIndicators: Sendable, Hashable, Codable {
    /// The figures for one scope (the whole graph or one wijk).
    public struct Values: Sendable, Hashable, Codable {
        /// Residents and volunteers.
        public let persons: Int
        /// Households with at least one member.
        public let households: Int
        /// Households without an informal tie outside their walls (isolated or known only to
        /// professionals).
        public let isolatedHouseholds: Int
        public let isolatedShare: Double
        /// Households whose only informal tie outside is one weak tie.
        public let fragileHouseholds: Int
        public let fragileShare: Double
        /// The mean number of distinct people and organisations outside a household its members
        /// have an informal tie with.
        public let meanInformalTiesPerHousehold: Double
        /// The share of persons with informal ties to three or more others.
        public let shareWithThreeOrMoreTies: Double
        /// Informal ties among the scope's persons over the number of pairs of them.
        public let density: Double
        /// Of the informal ties touching the scope, the share whose ends are in different groups
        /// (`nil` without a membership).
        public let crossGroupShare: Double?
        /// The modularity of the groups on the informal ties inside the scope (`nil` without a
        /// membership).
        public let modularity: Double?

        enum CodingKeys: String, CodingKey {
            case persons, households
            case isolatedHouseholds = "isolated_households"
            case isolatedShare = "isolated_share"
            case fragileHouseholds = "fragile_households"
            case fragileShare = "fragile_share"
            case meanInformalTiesPerHousehold = "mean_informal_ties_per_household"
            case shareWithThreeOrMoreTies = "share_with_three_or_more_ties"
            case density
            case crossGroupShare = "cross_group_share"
            case modularity
        }

        /// Every indicator as a number under its stable key, in a fixed order.
        public var entries: [(key: String, value: Double?)] {
            [
                (CodingKeys.persons.rawValue, Double(persons)),
                (CodingKeys.households.rawValue, Double(households)),
                (CodingKeys.isolatedHouseholds.rawValue, Double(isolatedHouseholds)),
                (CodingKeys.isolatedShare.rawValue, isolatedShare),
                (CodingKeys.fragileHouseholds.rawValue, Double(fragileHouseholds)),
                (CodingKeys.fragileShare.rawValue, fragileShare),
                (CodingKeys.meanInformalTiesPerHousehold.rawValue, meanInformalTiesPerHousehold),
                (CodingKeys.shareWithThreeOrMoreTies.rawValue, shareWithThreeOrMoreTies),
                (CodingKeys.density.rawValue, density),
                (CodingKeys.crossGroupShare.rawValue, crossGroupShare),
                (CodingKeys.modularity.rawValue, modularity),
            ]
        }
    }

    /// The figures of one wijk.
    public struct Wijk: Sendable, Hashable, Codable {
        public let wijk: String
        public let values: Values
    }

    public let overall: Values
    /// One entry per wijk, by name.
    public let wijken: [Wijk]
}
