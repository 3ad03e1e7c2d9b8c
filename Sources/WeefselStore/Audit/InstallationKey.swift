import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The installation's own secret, kept in a file outside the database: beside it as
/// `<database>.key`, or where `$WEEFSEL_KEY_FILE` says.
///
/// It keys the audit log's chain (HMAC-SHA-256), so that whoever can write the database file but
/// not read the key cannot rewrite the log undetected; it encrypts the TOTP secrets at rest
/// (AES-GCM); and it keys the codes on pseudonymised maps, so that they do not give ids away. A key
/// is derived from the one secret for each use.
public struct InstallationKey: Sendable {
    private let auditKey: SymmetricKey
    private let sealingKey: SymmetricKey
    /// The key of the codes on pseudonymised maps and exports.
    let pseudonymKey: [UInt8]

    init(secret: SymmetricKey) {
        auditKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secret, info: Data("weefsel audit chain".utf8), outputByteCount: 32)
        sealingKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secret, info: Data("weefsel secrets at rest".utf8), outputByteCount: 32)
        pseudonymKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secret, info: Data("weefsel pseudonyms".utf8), outputByteCount: 32
        ).withUnsafeBytes { Array($0) }
    }

    /// A new random key, for a store in memory.
    static func generate() -> InstallationKey { InstallationKey(secret: SymmetricKey(size: .bits256)) }

    /// Where the key of the database at `databasePath` lives.
    public static func location(forDatabase databasePath: String) -> String {
        if let file = ProcessInfo.processInfo.environment["WEEFSEL_KEY_FILE"], !file.isEmpty { return file }
        return DatabaseFile.realPath(databasePath) + ".key"
    }

    /// The key in the file at `path`, or `nil` when there is no such file.
    ///
    /// - Throws: `StoreError.cannotOpen` when the file exists but cannot be read or is not a key.
    static func load(from path: String, database: String) throws(StoreError) -> InstallationKey? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotOpen(path: database, reason: "cannot read the installation key \(path)")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Hexadecimal.bytes(text), bytes.count == 32 else {
            throw .cannotOpen(path: database, reason: "the installation key \(path) is not a Weefsel key")
        }
        return InstallationKey(secret: SymmetricKey(data: bytes))
    }

    /// A new key written to `path` (readable by its owner only), or the key another process wrote
    /// there first.
    static func create(at path: String, database: String) throws(StoreError) -> InstallationKey {
        let secret = SymmetricKey(size: .bits256)
        let text = secret.withUnsafeBytes { Data($0) }.hexadecimal + "\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST, let key = try load(from: path, database: database) { return key }
            throw .cannotOpen(path: database, reason: "cannot create the installation key \(path): \(errnoText())")
        }
        defer { close(fd) }
        let written = text.withCString { write(fd, $0, strlen($0)) }
        guard written == text.utf8.count, fsync(fd) == 0 else {
            unlink(path)
            throw .cannotOpen(path: database, reason: "cannot write the installation key \(path): \(errnoText())")
        }
        return InstallationKey(secret: secret)
    }

    /// The HMAC of `text`, in hexadecimal.
    func authenticate(_ text: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: auditKey)).hexadecimal
    }

    /// What the database keeps to recognise its key: an HMAC over the number of entries the log had
    /// before it was keyed, so that neither the key nor that number can be swapped unnoticed.
    func fingerprint(legacyEntries: Int64) -> String {
        authenticate("weefsel installation key\nlegacy entries \(legacyEntries)")
    }

    private static let sealedPrefix = "sealed:"

    /// `secret` encrypted and authenticated, as text for a column.
    func seal(_ secret: String) -> String {
        // AES-GCM with a fresh random nonce only fails for a key of the wrong size, which a
        // derived 256-bit key never is.
        guard let box = try? AES.GCM.seal(Data(secret.utf8), using: sealingKey), let combined = box.combined else {
            preconditionFailure("AES-GCM refused a 256-bit key")
        }
        return InstallationKey.sealedPrefix + combined.base64EncodedString()
    }

    /// The secret in `stored`, or `nil` when it was not sealed with this key.
    func unseal(_ stored: String) -> String? {
        guard stored.hasPrefix(InstallationKey.sealedPrefix),
            let combined = Data(base64Encoded: String(stored.dropFirst(InstallationKey.sealedPrefix.count))),
            let box = try? AES.GCM.SealedBox(combined: combined),
            let plain = try? AES.GCM.open(box, using: sealingKey)
        else { return nil }
        return String(decoding: plain, as: UTF8.self)
    }

    static func isSealed(_ stored: String) -> Bool { stored.hasPrefix(sealedPrefix) }
}

enum Hexadecimal {
    /// The bytes that `text` spells in hexadecimal, or `nil` when it is not hexadecimal.
    static func bytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
