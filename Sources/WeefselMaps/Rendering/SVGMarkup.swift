/// Whether an SVG drawing may be placed inside a page: judged on its markup, never on its text.
///
/// A name such as "Anna (zie javascript: uitleg)" is text, escaped by Graphviz, and harmless in a
/// label or a tooltip; what would run is markup: a script or foreignObject element, an event
/// attribute (`onclick`), or a link whose target is a `javascript:` or `data:` address. In XML every
/// `<` outside a comment, a processing instruction or CDATA starts markup (text has `&lt;`), so
/// reading the tags one by one sees all of it.
public enum SVGMarkup {
    static let forbiddenElements: Set<String> = ["script", "foreignobject", "iframe", "object", "embed", "handler"]
    static let linkAttributes: Set<String> = [
        "href", "xlink:href", "src", "action", "formaction", "from", "to", "values",
    ]

    /// True when no element, attribute or link of `svg` could run script.
    public static func isSafe(_ svg: String) -> Bool {
        let text = Array(svg.unicodeScalars)
        var index = 0
        while index < text.count {
            guard text[index] == "<" else {
                index += 1
                continue
            }
            if starts(text, at: index, with: "<!--") {
                index = end(of: "-->", in: text, from: index + 4)
            } else if starts(text, at: index, with: "<![CDATA[") {
                // Character data in an SVG is text only inside a script or style element.
                return false
            } else if starts(text, at: index, with: "<?") || starts(text, at: index, with: "<!") {
                index = end(of: ">", in: text, from: index + 2)
            } else {
                guard let (tag, next) = readTag(text, from: index + 1), isSafe(tag) else { return false }
                index = next
            }
        }
        return true
    }

    private struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    private static func isSafe(_ tag: Tag) -> Bool {
        guard !forbiddenElements.contains(localName(tag.name)) else { return false }
        for attribute in tag.attributes {
            let name = attribute.name.lowercased()
            if localName(name).hasPrefix("on") { return false }
            if linkAttributes.contains(name) || name.hasSuffix(":href") {
                let target = decodeEntities(attribute.value).unicodeScalars
                    .filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .control }
                let scheme = String(String.UnicodeScalarView(target)).lowercased()
                if scheme.hasPrefix("javascript:") || scheme.hasPrefix("data:") || scheme.hasPrefix("vbscript:") {
                    return false
                }
            }
        }
        return true
    }

    /// Reads an element's tag from just after its `<`; nil for a tag that does not end.
    private static func readTag(_ text: [Unicode.Scalar], from start: Int) -> (Tag, Int)? {
        var index = start
        if index < text.count, text[index] == "/" { index += 1 }
        let name = readName(text, &index)
        var tag = Tag(name: name, attributes: [])
        while index < text.count {
            skipSpace(text, &index)
            guard index < text.count else { return nil }
            if text[index] == ">" { return (tag, index + 1) }
            if text[index] == "/" {
                index += 1
                continue
            }
            let attribute = readName(text, &index)
            guard !attribute.isEmpty else { return nil }
            skipSpace(text, &index)
            var value = ""
            if index < text.count, text[index] == "=" {
                index += 1
                skipSpace(text, &index)
                guard index < text.count else { return nil }
                let quote = text[index]
                if quote == "\"" || quote == "'" {
                    index += 1
                    while index < text.count, text[index] != quote {
                        value.unicodeScalars.append(text[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < text.count, !text[index].properties.isWhitespace, text[index] != ">" {
                        value.unicodeScalars.append(text[index])
                        index += 1
                    }
                }
            }
            tag.attributes.append((attribute, value))
        }
        return nil
    }

    private static func readName(_ text: [Unicode.Scalar], _ index: inout Int) -> String {
        var name = ""
        while index < text.count, !text[index].properties.isWhitespace, !"=/>".unicodeScalars.contains(text[index]) {
            name.unicodeScalars.append(text[index])
            index += 1
        }
        return name
    }

    private static func skipSpace(_ text: [Unicode.Scalar], _ index: inout Int) {
        while index < text.count, text[index].properties.isWhitespace { index += 1 }
    }

    private static func localName(_ name: String) -> String {
        String(name.lowercased().split(separator: ":").last ?? "")
    }

    private static func starts(_ text: [Unicode.Scalar], at index: Int, with prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        guard index + scalars.count <= text.count else { return false }
        return zip(text[index...], scalars).allSatisfy { $0 == $1 }
    }

    private static func end(of terminator: String, in text: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < text.count, !starts(text, at: index, with: terminator) { index += 1 }
        return min(text.count, index + terminator.unicodeScalars.count)
    }

    /// Character references decoded, so that `&#106;avascript:` reads as what a browser runs.
    private static func decodeEntities(_ value: String) -> String {
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
                out += rest[amp...]
                return out
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            let decoded: Unicode.Scalar?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                decoded = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if entity.hasPrefix("#") {
                decoded = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                decoded =
                    ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t"][
                        String(entity)]
            }
            out += decoded.map { String($0) } ?? String(rest[amp...semicolon])
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }
}
