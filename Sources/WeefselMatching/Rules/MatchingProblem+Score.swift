extension MatchingProblem {
    /// Scores are kept as whole thousandths of a point, so that sums are exact and the solver works
    /// on integers.
    public static let scoreScale: Double = 1_000

    /// How well two sides fit, criterion by criterion, before weighting.
    struct Fit {
        var metres: Double?
        var approximate = false
        var limit: Double
        var sharedAreas = 0
        var offerTakesAnyArea = false
        var sharedInterests = 0
        /// The best shared language, and whether it is the need's first language.
        var language: Int32 = -1
        var firstLanguage = false
        var ageGap: Int?
        var waited: Int
        var isolated: Bool
        var sharedAssociations = 0
    }

    func fit(need n: Int, offer o: Int) -> Fit {
        let need = needSides[n]
        let offer = offerSides[o]
        let d = distance(need, offer)
        var fit = Fit(
            metres: d?.metres, approximate: d?.approximate ?? false, limit: min(need.maxDistance, offer.maxDistance),
            waited: Int(need.waited), isolated: need.isolated)
        if need.lifeAreaFilter != 0 {
            fit.sharedAreas = needSets[n].lifeAreas.intersectionCount(offerSets[o].lifeAreas)
            fit.offerTakesAnyArea = offer.lifeAreaFilter == 0
        }
        fit.sharedInterests = needSets[n].interests.intersectionCount(offerSets[o].interests)
        for (rank, language) in needSets[n].languageOrder.enumerated() where offerSets[o].languages.contains(language) {
            fit.language = language
            fit.firstLanguage = rank == 0
            break
        }
        if need.age >= 0, offer.age >= 0 { fit.ageGap = Int(abs(need.age - offer.age)) }
        fit.sharedAssociations = needSets[n].associations.intersectionCount(offerSets[o].associations)
        return fit
    }

    /// The points of each criterion, in `Criterion.allCases` order.
    func points(_ fit: Fit, _ weights: ScoreWeights) -> SIMD8<Double> {
        var distance = 0.0
        if let metres = fit.metres {
            let closeness = fit.limit.isFinite ? max(0, 1 - metres / max(fit.limit, 1)) : 1 / (1 + metres / 2_000)
            distance = fit.approximate ? 0.5 : closeness
        }
        let lifeArea = fit.sharedAreas > 0 ? 1 : fit.offerTakesAnyArea ? 0.5 : 0
        let interests = min(1, Double(fit.sharedInterests) / 3)
        let language = fit.language < 0 ? 0 : fit.firstLanguage ? 1 : 0.5
        let age = fit.ageGap.map { max(0, 1 - Double($0) / 40) } ?? 0
        let waiting = min(1, Double(fit.waited) / 365)
        let isolation = fit.isolated ? 1.0 : 0
        let associations = min(1, Double(fit.sharedAssociations) / 2)
        return SIMD8(
            weights.distance * distance, weights.lifeArea * lifeArea, weights.interests * interests,
            weights.language * language, weights.age * age, weights.waiting * waiting, weights.isolation * isolation,
            weights.associations * associations)
    }

    /// The pair's score in thousandths of a point.
    @inline(__always) func scaledScore(need n: Int, offer o: Int) -> Int64 {
        let weights = programmes[Int(needSides[n].programme)].weights
        let total = points(fit(need: n, offer: o), weights).sum()
        return Int64((total * MatchingProblem.scoreScale).rounded())
    }

    /// The reasons behind a pair's score, one per criterion that adds points (or one saying the
    /// pair meets every rule when none does).
    func reasons(need n: Int, offer o: Int) -> [Reason] {
        let need = needSides[n]
        let fit = fit(need: n, offer: o)
        let points = points(fit, programmes[Int(need.programme)].weights)
        var reasons: [Reason] = []
        for (i, criterion) in Criterion.allCases.enumerated() where points[i] > 0 {
            let value = points[i]
            let (dutch, english) = wording(criterion, fit, needSets[n], offerSets[o])
            reasons.append(
                Reason(
                    criterion: criterion,
                    points: (value * MatchingProblem.scoreScale).rounded() / MatchingProblem.scoreScale,
                    dutch: dutch, english: english))
        }
        if reasons.isEmpty {
            reasons.append(
                Reason(
                    criterion: .distance, points: 0, dutch: "voldoet aan alle regels", english: "meets every rule"))
        }
        return reasons
    }

    private func wording(_ criterion: Criterion, _ fit: Fit, _ need: SideSets, _ offer: SideSets) -> (String, String) {
        switch criterion {
        case .distance:
            guard let metres = fit.metres, !fit.approximate else {
                return ("zelfde postcodegebied", "same postcode area")
            }
            return (
                "\(Wording.distance(metres, dutch: true)) uit elkaar", "\(Wording.distance(metres, dutch: false)) apart"
            )
        case .lifeArea:
            let shared = need.lifeAreas.intersection(offer.lifeAreas).map { lifeAreas[Int($0)] }
            if shared.isEmpty { return ("vrijwilliger helpt bij elke hulpvraag", "the helper takes any need") }
            return (
                "hulpvraag past: \(Wording.list(shared, dutch: true))",
                "the need fits: \(Wording.list(shared, dutch: false))"
            )
        case .interests:
            let shared = need.interests.intersection(offer.interests).map { interests[Int($0)] }
            return (
                "allebei interesse in \(Wording.list(shared, dutch: true))",
                "both like \(Wording.list(shared, dutch: false))"
            )
        case .language:
            let code = languages[Int(fit.language)]
            return (
                "spreken allebei \(Wording.language(code, dutch: true))",
                "both speak \(Wording.language(code, dutch: false))"
            )
        case .age:
            let gap = fit.ageGap ?? 0
            return ("\(gap) jaar leeftijdsverschil", "\(gap) year\(gap == 1 ? "" : "s") apart in age")
        case .waiting:
            return (
                "wacht al \(fit.waited) dag\(fit.waited == 1 ? "" : "en")",
                "waiting \(fit.waited) day\(fit.waited == 1 ? "" : "s")"
            )
        case .isolation:
            return (
                "verbindt een huishouden zonder informele contacten met de buurt",
                "connects a household without informal ties to the neighbourhood"
            )
        case .associations:
            let shared = need.associations.intersection(offer.associations).map { nodeNames[Int($0)] }
            return (
                "allebei betrokken bij \(Wording.list(shared, dutch: true))",
                "both take part in \(Wording.list(shared, dutch: false))"
            )
        }
    }
}
