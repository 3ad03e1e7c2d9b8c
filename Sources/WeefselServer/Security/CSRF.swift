import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import WeefselStore

/// Cross-site request forgery protection for cookie sessions: a state-changing request must carry
/// the session's CSRF token in `X-CSRF-Token` (a page on another site can send the cookie but cannot
/// read the token), and when it has an `Origin`, that origin must be this service.
enum CSRF {
    static let header = HTTPField.Name("X-CSRF-Token")!

    /// The token of a session, derived from its secret so nothing more needs storing.
    static func token(for session: Secret) -> String {
        Data(SHA256.hash(data: Data(("weefsel csrf\n" + session.rawValue).utf8))).base64EncodedString()
    }

    static func check(_ request: Request, session: Secret) throws(ServiceError) {
        guard let sent = request.headers[header], constantTimeEqual(sent, token(for: session)) else {
            throw ServiceError(.forbidden, "missing or wrong CSRF token: send the X-CSRF-Token header from sign-in")
        }
        try checkOrigin(request)
    }

    /// Checks the token a page's form sent in its `csrf` field.
    static func check(form sent: String?, _ request: Request, session: Secret) throws(ServiceError) {
        guard let sent, constantTimeEqual(sent, token(for: session)) else {
            throw ServiceError(.forbidden, "this form has expired; open the page again and resubmit")
        }
        // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` with a form; the token,
        // which another site cannot read, is the protection then.
        if request.headers[.origin] != "null" { try checkOrigin(request) }
    }

    private static func checkOrigin(_ request: Request) throws(ServiceError) {
        if let origin = request.headers[.origin], let host = request.head.authority {
            let originHost = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first
            guard originHost.map(String.init) == host else {
                throw ServiceError(.forbidden, "cross-origin request refused")
            }
        }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
