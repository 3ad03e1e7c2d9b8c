import WeefselGraph

/// The colours of every map: Okabe and Ito's palette, which readers with any common form of
/// colour blindness can tell apart.
public enum Palette {
    public static let orange = DOTColour(hex: 0xE69F00)
    public static let skyBlue = DOTColour(hex: 0x56B4E9)
    public static let bluishGreen = DOTColour(hex: 0x009E73)
    public static let yellow = DOTColour(hex: 0xF0E442)
    public static let blue = DOTColour(hex: 0x0072B2)
    public static let vermillion = DOTColour(hex: 0xD55E00)
    public static let reddishPurple = DOTColour(hex: 0xCC79A7)
    public static let black = DOTColour(hex: 0x000000)
    public static let grey = DOTColour(hex: 0x8C8C8C)
    public static let darkGrey = DOTColour(hex: 0x4D4D4D)
    public static let midGrey = DOTColour(hex: 0xB3B3B3)
    public static let lightGrey = DOTColour(hex: 0xE6E6E6)
    public static let white = DOTColour(hex: 0xFFFFFF)

    /// Colours for groups, in order; beyond seven groups the colours repeat lighter.
    static let groupColours = [orange, skyBlue, bluishGreen, yellow, blue, vermillion, reddishPurple]

    /// The fill colour of group `number` (-1: no group).
    public static func group(_ number: Int32) -> DOTColour {
        guard number >= 0 else { return lightGrey }
        let base = groupColours[Int(number) % groupColours.count]
        let round = Int(number) / groupColours.count
        return round == 0 ? base : base.lightened(by: min(0.25 * Double(round), 0.75))
    }

    /// The fill colour of a node kind when a map has no groups to colour by.
    public static func kind(_ kind: Node.Kind) -> DOTColour {
        switch kind {
        case .resident: skyBlue.lightened(by: 0.4)
        case .volunteer: bluishGreen.lightened(by: 0.4)
        case .association: yellow.lightened(by: 0.3)
        case .professional: lightGrey
        }
    }

    /// Green for what is new.
    public static let added = bluishGreen
    /// Red for what is gone.
    public static let removed = vermillion
}
