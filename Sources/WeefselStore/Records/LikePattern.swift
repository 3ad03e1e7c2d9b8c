/// Text searched for with SQL's `LIKE ... ESCAPE '\'`.
enum LikePattern {
    /// `text` with `%`, `_` and `\` escaped, so that it matches only itself.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
