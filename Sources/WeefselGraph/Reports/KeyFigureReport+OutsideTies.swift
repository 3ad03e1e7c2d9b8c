extension KeyFigureReport {
    /// The report with each key figure's degree raised by the people they know outside the graph
    /// the report was computed on (for a team's report: the people in other wijken, whom the team
    /// may not see). Rank, score, betweenness and groups stay those of the graph itself.
    ///
    /// - Parameter outside: per person, how many distinct people outside the graph they have an
    ///   informal tie with.
    /// - Complexity: O(k) for k key figures.
    public func addingOutsideDegrees(_ outside: [Node.ID: Int]) -> KeyFigureReport {
        KeyFigureReport(
            keyFigures: keyFigures.map { figure in
                Figure(
                    rank: figure.rank, person: figure.person, score: figure.score, betweenness: figure.betweenness,
                    degree: figure.degree + (outside[figure.person.id] ?? 0), constraint: figure.constraint,
                    groups: figure.groups, associations: figure.associations, reason: figure.reason,
                    reasonEnglish: figure.reasonEnglish)
            },
            keyPlayerSet: keyPlayerSet, articulationPoints: articulationPoints)
    }

    private init(keyFigures: [Figure], keyPlayerSet: PlayerSet?, articulationPoints: [CutPoint]) {
        self.keyFigures = keyFigures
        self.keyPlayerSet = keyPlayerSet
        self.articulationPoints = articulationPoints
    }
}
