import Crypto
import Foundation

/// A secret handed to a client once (a session cookie or a bearer token); the store keeps only its
/// SHA-256 hash.
public struct Secret: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// 32 random bytes from the system's generator, base64url without padding.
    public static func random() -> Secret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return Secret(text)
    }

    /// The hex SHA-256 of the secret, as stored.
    public var hashed: String { SHA256.hash(data: Data(rawValue.utf8)).hexadecimal }

    /// Never prints the secret itself.
    public var description: String { "Secret(…)" }
}

/// How long a session lasts: it ends after `idle` without a request, and after `absolute` in any case.
public struct SessionPolicy: Sendable, Equatable {
    public var idle: TimeInterval
    public var absolute: TimeInterval
    public init(idle: TimeInterval = 30 * 60, absolute: TimeInterval = 12 * 60 * 60) {
        self.idle = idle
        self.absolute = absolute
    }
}

extension Sequence<UInt8> {
    /// Lower-case hexadecimal digits.
    package var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
