import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// Compresses pages, stylesheets, scripts, maps and JSON with gzip for a browser that asks for it
/// (`Accept-Encoding: gzip`): a page with a map of a whole wijk shrinks to a fraction on a tablet's
/// mobile connection. Small answers, images that are compressed already and answers of unknown
/// length are sent as they are.
struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Answers smaller than this gain less than the gzip header costs.
    static var threshold: Int { 1_024 }

    static func compressible(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.hasPrefix("text/") || type.hasPrefix("application/json") || type.hasPrefix("image/svg+xml")
            || type.hasPrefix("application/javascript") || type.hasPrefix("application/xml")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        guard Self.accepts(request.headers[.acceptEncoding] ?? ""),
            response.headers[.contentEncoding] == nil,
            let length = response.body.contentLength, length >= Self.threshold,
            Self.compressible(response.headers[.contentType] ?? "")
        else { return response }
        let collector = Collector()
        try await response.body.write(collector.writer)
        var bytes = collector.buffer.value
        let compressed = try bytes.compress(with: .gzip())
        response.body = ResponseBody(byteBuffer: compressed)
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = String(compressed.readableBytes)
        response.headers[.vary] = "Accept-Encoding"
        return response
    }

    /// Whether an `Accept-Encoding` header accepts gzip (and does not refuse it with `q=0`).
    static func accepts(_ header: String) -> Bool {
        header.lowercased().split(separator: ",").contains { part in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.first == "gzip" || pieces.first == "*" else { return false }
            return !pieces.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" }
        }
    }
}

/// Gathers the bytes of a response body of known length.
private struct Collector {
    final class Box: Sendable {
        let bytes = Mutex(ByteBuffer())
        var value: ByteBuffer { bytes.withLock { $0 } }
    }

    struct Writer: ResponseBodyWriter {
        let box: Box
        mutating func write(_ buffer: ByteBuffer) async throws {
            box.bytes.withLock { collected in
                var buffer = buffer
                collected.writeBuffer(&buffer)
            }
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }

    let buffer = Box()
    var writer: Writer { Writer(box: buffer) }
}
