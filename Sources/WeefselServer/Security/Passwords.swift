import Foundation
import HummingbirdBcrypt
import HummingbirdOTP

/// Password and one-time-code checks, through hummingbird-auth's bcrypt and TOTP.
public enum Passwords {
    /// The shortest password accepted.
    public static let minimumLength = 10

    /// A bcrypt hash of `password`.
    ///
    /// - Throws: `ServiceError` (400) for a password shorter than `minimumLength`.
    public static func hash(_ password: String, cost: UInt8 = 12) throws(ServiceError) -> String {
        guard password.count >= minimumLength else {
            throw .badRequest("a password needs at least \(minimumLength) characters", field: "password")
        }
        return Bcrypt.hash(password, cost: cost)
    }

    static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// Whether `code` is the TOTP code for `secret` now, or in the 30-second step before or after.
    static func verifyCode(_ code: String, secret: String, now: Date = Date()) -> Bool {
        guard let number = Int(code.trimmingCharacters(in: .whitespaces)) else { return false }
        let totp = TOTP(secret: secret)
        return [-30.0, 0, 30].contains { totp.compute(date: now.addingTimeInterval($0)) == number }
    }

    /// The current TOTP code for `secret`; for enrolling a device and for tests.
    public static func currentCode(secret: String, now: Date = Date()) -> String {
        String(format: "%06d", TOTP(secret: secret).compute(date: now))
    }
}

extension Passwords {
    /// A new TOTP secret and the `otpauth://` address to enrol it in an authenticator app.
    public static func newSecondFactor(for user: String) -> (secret: String, enrolment: String) {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var generator = SystemRandomNumberGenerator()
        let secret = String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        return (secret, TOTP(secret: secret).createAuthenticatorURL(label: user, issuer: "Weefsel"))
    }
}
