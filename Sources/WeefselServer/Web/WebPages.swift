import Foundation
import Hummingbird
import Logging
import Mustache
import NIOCore
import WeefselStore

/// The web pages' templates, stylesheet and script, loaded once when the service starts.
///
/// Pages are Mustache templates that extend `layout` (template inheritance). Every value is
/// HTML-escaped by `{{…}}`; the only unescaped insertion is a map's SVG, which Weefsel draws
/// itself from escaped labels and which the content security policy keeps from running script.
struct WebPages: Sendable {
    let library: MustacheLibrary
    let stylesheet: ByteBuffer
    let script: ByteBuffer

    /// Loads the templates and static files shipped with the service. When they cannot be loaded
    /// the API still works and every page answers that the service failed; the log says why.
    static func load(logger: Logger) -> WebPages {
        do {
            return try loadResources()
        } catch {
            logger.error("the web pages cannot be loaded", metadata: ["reason": "\(error)"])
            return WebPages(library: MustacheLibrary(), stylesheet: ByteBuffer(), script: ByteBuffer())
        }
    }

    /// - Throws: `ServiceError` naming the template that does not parse or the file that is missing.
    private static func loadResources() throws -> WebPages {
        guard let resources = Bundle.module.resourceURL else {
            throw ServiceError(.internalServerError, "the web templates are not installed next to the service")
        }
        let templates = resources.appendingPathComponent("Templates")
        var library = MustacheLibrary()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let text: String
            do {
                text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
                try library.register(text, named: String(file.dropLast(".mustache".count)))
            } catch {
                throw ServiceError(.internalServerError, "the web template \(file) cannot be read or parsed")
            }
        }
        guard library.getTemplate(named: "layout") != nil else {
            throw ServiceError(.internalServerError, "the web templates are missing from \(templates.path)")
        }
        func file(_ name: String) throws -> ByteBuffer {
            guard
                let data = FileManager.default.contents(atPath: resources.appendingPathComponent("Static/\(name)").path)
            else { throw ServiceError(.internalServerError, "the web file \(name) is missing") }
            return ByteBuffer(bytes: data)
        }
        return WebPages(library: library, stylesheet: try file("weefsel.css"), script: try file("weefsel.js"))
    }

    /// Renders `template` for `view` as an HTML answer.
    func html(_ template: String, _ view: [String: Any], status: HTTPResponse.Status = .ok) throws -> Response {
        guard let text = library.render(view, withTemplate: template) else {
            throw ServiceError(.internalServerError, "the page \(template) has no template")
        }
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// A redirect after a form was handled (post/redirect/get), so reloading does not send it again.
func redirect(to location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
}
