import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore

/// The request context of the Weefsel service: the signed-in caller and the client's address.
public struct WeefselRequestContext: AuthRequestContext, RemoteAddressRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Caller?
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        remoteAddress = source.channel.remoteAddress
    }
}

extension WeefselRequestContext {
    /// The signed-in caller; the route table has already refused anonymous calls to routes that need one.
    func caller() throws(ServiceError) -> Caller {
        guard let identity else { throw .unauthorised }
        return identity
    }
}
