/// Escaping of user text for DOT strings, HTML-like labels and XML.
///
/// Names come from spreadsheets and may hold anything: quotes, backslashes, line breaks, Graphviz
/// escapes such as `\N`, markup, or the right-to-left override that makes text read backwards.
/// Every function first cleans the text (``cleanedText(_:)``) and then escapes it for one context.

/// The text with bidirectional control characters removed and every other control character
/// (line breaks and tabs included) replaced by a space.
///
/// - Complexity: O(n) in the length of the text.
func cleanedText(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            continue
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
            result.append(" ")
        default:
            result.append(scalar)
        }
    }
    return String(result)
}

/// Text for a DOT `label` or `xlabel`: Graphviz reads `\\` as one literal backslash, so `\N` and
/// friends in a name stay literal; `&` becomes `&amp;` because Graphviz decodes entities in labels.
///
/// - Complexity: O(n).
func escapedLabel(_ text: String) -> String {
    escaped(cleanedText(text), backslash: #"\\"#)
}

/// Text for a DOT `tooltip`: Graphviz unescapes tooltips twice, so one literal backslash is written
/// as four.
///
/// - Complexity: O(n).
func escapedTooltip(_ text: String) -> String {
    escaped(cleanedText(text), backslash: #"\\\\"#)
}

private func escaped(_ text: String, backslash: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
        switch character {
        case "\\": result += backslash
        case "\"": result += #"\""#
        case "&": result += "&amp;"
        default: result.unicodeScalars.append(character)
        }
    }
    return result
}

/// Text inside an HTML-like label: markup characters become entities and a backslash becomes
/// `&#92;&#92;`, which Graphviz shows as one literal backslash.
///
/// - Complexity: O(n).
func escapedHTML(_ text: String) -> String {
    var result = ""
    for character in cleanedText(text).unicodeScalars {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        case "\\": result += "&#92;&#92;"
        default: result.unicodeScalars.append(character)
        }
    }
    return result
}

/// Text for XML character data and attribute values (GraphML, GEXF): markup characters become
/// entities; characters XML 1.0 does not allow are dropped with the bidi controls.
///
/// - Complexity: O(n).
func escapedXML(_ text: String) -> String {
    var result = ""
    for character in cleanedText(text).unicodeScalars {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&apos;"
        case "\u{FFFE}", "\u{FFFF}": continue
        default: result.unicodeScalars.append(character)
        }
    }
    return result
}

/// A number as Graphviz and XML read it: at most `digits` decimals, no exponent, no trailing zeros.
///
/// - Complexity: O(1).
func formatted(_ value: Double, digits: Int = 3) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 1e15 else { return String(Int64(value.rounded())) }
    let whole = Int64(scaled / scale)
    let fraction = Int64(scaled) - whole * Int64(scale)
    var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
    if fraction > 0 {
        var decimals = String(fraction)
        decimals = String(repeating: "0", count: digits - decimals.count) + decimals
        while decimals.hasSuffix("0") { decimals.removeLast() }
        text += "." + decimals
    }
    return text
}
