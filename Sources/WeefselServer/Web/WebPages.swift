import Crypto
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
    /// A file the pages load: its bytes, its type, and a fingerprint of its content. Pages ask for
    /// it as `/static/NAME?v=FINGERPRINT`, which a browser may keep for a year: a new version of
    /// Weefsel has a new fingerprint, so it is never served stale.
    struct StaticFile: Sendable {
        let bytes: ByteBuffer
        let contentType: String
        let fingerprint: String

        init(_ data: Data, contentType: String) {
            bytes = ByteBuffer(bytes: data)
            self.contentType = contentType
            fingerprint = SHA256.hash(data: data).prefix(8).map { String(format: "%02x", $0) }.joined()
        }
    }

    let library: MustacheLibrary
    let files: [String: StaticFile]

    /// Loads the templates and static files shipped with the service. When they cannot be loaded
    /// the API still works and every page answers that the service failed; the log says why.
    static func load(logger: Logger) -> WebPages {
        do {
            return try loadResources()
        } catch {
            logger.error("the web pages cannot be loaded", metadata: ["reason": "\(error)"])
            return WebPages(library: MustacheLibrary(), files: [:])
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
        var loaded: [String: StaticFile] = [:]
        for (name, type) in Self.staticFiles {
            guard
                let data = FileManager.default.contents(atPath: resources.appendingPathComponent("Static/\(name)").path)
            else { throw ServiceError(.internalServerError, "the web file \(name) is missing") }
            loaded[name] = StaticFile(data, contentType: type)
        }
        return WebPages(library: library, files: loaded)
    }

    /// The files under `/static/`, with their content types.
    static let staticFiles = [
        "weefsel.css": "text/css; charset=utf-8", "weefsel.js": "text/javascript; charset=utf-8",
        "favicon.svg": "image/svg+xml", "webmap.js": "text/javascript; charset=utf-8",
        "webmap-export.js": "text/javascript; charset=utf-8", "webmap-view.js": "text/javascript; charset=utf-8",
    ]

    /// The fingerprints the layout puts in the addresses of the static files.
    var fingerprints: [String: String] {
        [
            "css": files["weefsel.css"]?.fingerprint ?? "", "js": files["weefsel.js"]?.fingerprint ?? "",
            "icon": files["favicon.svg"]?.fingerprint ?? "", "webmap": files["webmap.js"]?.fingerprint ?? "",
            "webmapExport": files["webmap-export.js"]?.fingerprint ?? "",
            "webmapView": files["webmap-view.js"]?.fingerprint ?? "",
        ]
    }

    /// Renders `template` for `view` as an HTML answer.
    func html(_ template: String, _ view: [String: Any], status: HTTPResponse.Status = .ok) throws -> Response {
        var view = view
        view["assets"] = fingerprints
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
