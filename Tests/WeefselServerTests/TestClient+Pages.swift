import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import WeefselCore

@testable import WeefselServer

extension TestClientProtocol {
    /// Posts a page's form with the session's CSRF token.
    func form(_ uri: String, _ fields: String, _ session: Session) async throws -> TestResponse {
        let token = session.csrf.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return try await execute(
            uri: uri, method: .post,
            headers: [.cookie: session.cookie, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "csrf=\(token)&" + fields))
    }

    /// Uploads one CSV file through the import page.
    func upload(_ csv: String, named name: String, _ session: Session) async throws -> TestResponse {
        let body =
            "--B0undary\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(session.csrf)\r\n"
            + "--B0undary\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\n"
            + "Content-Type: text/csv\r\n\r\n\(csv)\r\n--B0undary--\r\n"
        return try await execute(
            uri: "/import", method: .post,
            headers: [.cookie: session.cookie, .contentType: "multipart/form-data; boundary=B0undary"],
            body: ByteBuffer(string: body))
    }

    /// Opens a page as the matrix test does: GET, or the page's form with the token.
    func page(
        _ page: Route, _ request: (uri: String, form: String?), _ session: Session, role: User.Role,
        _ scope: WebPageTests.Scope
    ) async throws -> TestResponse {
        if page.description == "POST /aanmelden" {
            return try await execute(
                uri: "/aanmelden", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=\(role.rawValue)&password=correct+horse+battery"))
        }
        if page.description == "POST /import" {
            let wijk = scope == .own ? "Oost" : "West"
            return try await upload(
                "id,kind,name,wijk\nP70,resident,Nieuwe Bewoner,\(wijk)\n", named: "nodes.csv", session)
        }
        if page.method == .post { return try await form(request.uri, request.form ?? "", session) }
        return try await execute(uri: request.uri, method: .get, headers: session.headers)
    }
}
