import Foundation
import HummingbirdBcrypt
import HummingbirdOTP
import WeefselCore

/// Password and one-time-code checks, through hummingbird-auth's bcrypt and TOTP.
public enum Passwords {
    /// The shortest password accepted (the core's rule).
    public static let minimumLength = SignIn.minimumPasswordLength

    /// A bcrypt hash of `password`.
    ///
    /// - Throws: `ServiceError` (400) for a password shorter than `minimumLength`.
    public static func hash(_ password: String, cost: UInt8 = 12) throws(ServiceError) -> String {
        guard password.count >= minimumLength else {
            throw .badRequest("a password needs at least \(minimumLength) characters", field: "password")
        }
        return Bcrypt.hash(password, cost: cost)
    }

    /// The TOTP time step whose code for `secret` is `code`: now's, or the one before or after.
    static func step(of code: String, secret: String, at now: Date) -> Int64? {
        let digits = code.trimmingCharacters(in: .whitespaces)
        guard digits.count == 6, let number = Int(digits) else { return nil }
        let totp = TOTP(secret: secret)
        let current = Int64((now.timeIntervalSince1970 / 30).rounded(.down))
        return [current, current - 1, current + 1].first { step in
            totp.compute(date: Date(timeIntervalSince1970: Double(step) * 30)) == number
        }
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
        return (secret, enrolment(of: secret, for: user))
    }

    /// The `otpauth://` address of an existing secret, for the app to scan.
    public static func enrolment(of secret: String, for user: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: user, issuer: "Weefsel")
    }
}

/// The checks of the core's sign-in: bcrypt for passwords, TOTP for one-time codes.
struct PasswordCheck: CredentialCheck {
    /// The bcrypt cost of new hashes.
    var cost: UInt8 = 12

    func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
    func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }
    func step(of code: String, secret: String, at now: Date) -> Int64? {
        Passwords.step(of: code, secret: secret, at: now)
    }
}
