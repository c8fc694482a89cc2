#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// A loopback TCP port nothing listens on now, from the kernel (bind to port 0).
///
/// Tests that serve over a real socket used to pick a random port, which now and then was taken
/// (by a PostgreSQL cluster started on a random port, say) and failed with "address in use".
public func freeLoopbackPort() -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { return Int.random(in: 20_000..<40_000) }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let found = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
            bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
        }
    }
    return found ? Int(UInt16(bigEndian: address.sin_port)) : Int.random(in: 20_000..<40_000)
}
