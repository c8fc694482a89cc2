import Foundation
import ManaratDomain
import ManaratPersistence
import NIOCore
import NIOPosix
import NIOSSL

/// An SMTP relay to send e-mail through.
public struct SMTPSettings: Sendable, Equatable {
    /// The relay's host name.
    public var host: String
    /// Its port (587 for submission with STARTTLS).
    public var port: Int
    /// The account, if the relay asks for one (AUTH PLAIN, only ever after STARTTLS unless TLS is not required).
    public var username: String?
    /// The account's password.
    public var password: String?
    /// The sender address, such as "noreply@manarat.example.org".
    public var from: String
    /// Refuse to send when the relay does not offer STARTTLS. Only a relay on the same machine may do without.
    public var requireTLS: Bool
    /// A PEM file of the certificate authority that signed the relay's certificate, for a relay
    /// inside the association's network; nil trusts the system's roots.
    public var caCertificatePath: String?

    /// Creates the settings.
    public init(
        host: String, port: Int, username: String?, password: String?, from: String, requireTLS: Bool = true,
        caCertificatePath: String? = nil
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
        self.requireTLS = requireTLS
        self.caCertificatePath = caCertificatePath
    }
}
