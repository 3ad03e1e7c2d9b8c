import Foundation
import Hummingbird
import NIOCore

/// The fields and files of a submitted form (`application/x-www-form-urlencoded` or
/// `multipart/form-data`).
struct Form: Sendable {
    /// A file chosen in a file field.
    struct File: Sendable {
        let field: String
        let name: String
        let bytes: [UInt8]
    }

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [File] = []

    init() {}

    /// The first value of `name`, trimmed; nil when absent or empty.
    subscript(name: String) -> String? {
        guard let value = fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
        else { return nil }
        return value
    }

    /// The value of a field that must be filled in.
    func required(_ name: String) throws(ServiceError) -> String {
        guard let value = self[name] else {
            var error = ServiceError.badRequest("must be filled in", field: name)
            error.dutch = "moet ingevuld zijn"
            throw error
        }
        return value
    }

    /// Reads the form of `request`, at most `limit` bytes.
    static func read(_ request: Request, limit: Int) async throws -> Form {
        let buffer = try await Coding.body(of: request, limit: limit)
        return try read(Array(buffer.readableBytesView), of: request)
    }

    /// The form in `bytes`, the body of `request`.
    static func read(_ bytes: [UInt8], of request: Request) throws -> Form {
        let type = request.headers[.contentType] ?? ""
        if isMultipart(request) {
            guard let boundary = parameter("boundary", of: type) else {
                throw ServiceError.badRequest("the upload has no multipart boundary")
            }
            return try multipart(bytes, boundary: boundary)
        }
        return urlEncoded(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `request` sends a form with files.
    static func isMultipart(_ request: Request) -> Bool {
        (request.headers[.contentType] ?? "").lowercased().hasPrefix("multipart/form-data")
    }

    /// Parses `a=1&b=two+words`.
    static func urlEncoded(_ text: String) -> Form {
        var form = Form()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            form.fields[decode(parts[0]), default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }

    /// Parses a `multipart/form-data` body: parts separated by `--boundary`, each with headers,
    /// an empty line and the content.
    ///
    /// - Complexity: O(n·b) for n bytes and a boundary of b bytes.
    static func multipart(_ bytes: [UInt8], boundary: String) throws(ServiceError) -> Form {
        let delimiter = Array(("\r\n--" + boundary).utf8)
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        // The first boundary has no CRLF before it.
        let body: [UInt8] = Array("\r\n".utf8) + bytes
        var form = Form()
        var position = 0
        guard let first = find(delimiter, in: body, from: 0) else {
            throw .badRequest("the upload is not a well-formed multipart form")
        }
        position = first + delimiter.count
        while true {
            if body.count >= position + 2, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-")
            {
                return form
            }
            guard let headerEnd = find(separator, in: body, from: position) else {
                throw .badRequest("the upload is not a well-formed multipart form")
            }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let start = headerEnd + separator.count
            guard let end = find(delimiter, in: body, from: start) else {
                throw .badRequest("the upload ends in the middle of a part")
            }
            var name: String?
            var fileName: String?
            for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = parameter("name", of: String(line))
                fileName = parameter("filename", of: String(line))
            }
            if let name {
                let content = Array(body[start..<end])
                if let fileName {
                    if !fileName.isEmpty || !content.isEmpty {
                        form.files.append(File(field: name, name: fileName, bytes: content))
                    }
                } else {
                    form.fields[name, default: []].append(String(decoding: content, as: UTF8.self))
                }
            }
            position = end + delimiter.count
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0] {
                var k = 1
                while k < needle.count && haystack[index + k] == needle[k] { k += 1 }
                if k == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The value of `key=value` or `key="value"` in a header such as Content-Type or Content-Disposition.
    static func parameter(_ key: String, of header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            // A browser sends only the file's name; keep nothing of a path.
            return key == "filename"
                ? String(value.split(separator: "/").last ?? "").split(separator: "\\").last.map(String.init) ?? ""
                : value
        }
        return nil
    }
}
