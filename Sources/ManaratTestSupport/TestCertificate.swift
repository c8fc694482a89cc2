import Foundation

/// A self-signed certificate and key for "localhost" and 127.0.0.1, valid for a hundred years,
/// made with `openssl req -x509 -newkey rsa:2048 -nodes -days 36500` for the local SMTP relay the
/// tests start. It protects nothing: it exists only so STARTTLS can be tested without a network.
public enum TestCertificate {
    /// The certificate, PEM.
    public static let certificatePEM = """
        -----BEGIN CERTIFICATE-----
        MIIDJzCCAg+gAwIBAgIUMyYUPyGpQzNk0Hrsdt2CVTm1ISowDQYJKoZIhvcNAQEL
        BQAwFDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyOTAwNDk1NloYDzIxMjYx
        MTA1MDA0OTU2WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwggEiMA0GCSqGSIb3DQEB
        AQUAA4IBDwAwggEKAoIBAQC4OMapVUx5MOdzaz93TLJfMPWp5YjzHOOpn98u4fzp
        I9dZos533EFUaqaT/TUjG/zcYfndKJCfOLcxRqpwtut/Ayuh4sp0CWRRfzlL5+E9
        MnUG3VOeMJ58izSoRaoCSgXo42VGXTl2y+w7J7YxhHUI3MOckMyUZnJWvLxgHHbP
        7G9ctlxojUAT5nc3AvWjJ0VVvPPPuEsxphW5pYHT5CE9gkgWg4yYUwFGB6S9IhK9
        8EM0v7PbyOOznXkRVweq7BxgsihU1XUiYRsJ4tWeZNGub0QkzPzcGXa/sYelVz6F
        SVkPKI/KodS120SE3iPoRxDJvyN/Fr0c6DcrswaTufvrAgMBAAGjbzBtMB0GA1Ud
        DgQWBBQ//tz41tHzH/R87eVssYBwMFoS2zAfBgNVHSMEGDAWgBQ//tz41tHzH/R8
        7eVssYBwMFoS2zAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQTMBGCCWxvY2FsaG9z
        dIcEfwAAATANBgkqhkiG9w0BAQsFAAOCAQEAheCe6PnO0qnT3JcLSXZboBZFGIyv
        jesilZ4QvYEfbjdqPHCvY/24HEd7z4JJgxuYiBmUmYEBmkr23Izsc91IU2tkCk11
        slddR8NtqsFpuWBIjK9nK7sifeqpV7EyzDlMB/QyjiK1gQjmODSgOHhDTmynx5nk
        ixB2WB4szxZrP4QyuQZxK05QnkvyKqAoQdDGCfquic28t14dBnHFZIQ4anqGCuMA
        DYiUiYZQUJSEgBkLIJpq2SzNI8vYfQGZhKRTgGPCWhOdt+UwGjDsPfnJHSZpZMSD
        ZmauAOqqofvU0Uh0Z1FNGlNmNVwwiwy7M6JsWpYrRKzZ9DNkpewawTFRpg==
        -----END CERTIFICATE-----
        """

    /// Its private key, PEM.
    public static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC4OMapVUx5MOdz
        az93TLJfMPWp5YjzHOOpn98u4fzpI9dZos533EFUaqaT/TUjG/zcYfndKJCfOLcx
        Rqpwtut/Ayuh4sp0CWRRfzlL5+E9MnUG3VOeMJ58izSoRaoCSgXo42VGXTl2y+w7
        J7YxhHUI3MOckMyUZnJWvLxgHHbP7G9ctlxojUAT5nc3AvWjJ0VVvPPPuEsxphW5
        pYHT5CE9gkgWg4yYUwFGB6S9IhK98EM0v7PbyOOznXkRVweq7BxgsihU1XUiYRsJ
        4tWeZNGub0QkzPzcGXa/sYelVz6FSVkPKI/KodS120SE3iPoRxDJvyN/Fr0c6Dcr
        swaTufvrAgMBAAECggEAL09RYYJI4eS3w9HamiolssGRjWCns3uLUe//MnyR5VOx
        hdEEQg7b7jB3eBDyWQJihTxaHTxCK8m2bh6uPcUUJGmthmUGRhd1XmKUVdSGaR9w
        o2MqirkEsopTaxV87BqTevQO+auOSt5i2+w+Y2gXYD/FsosTJtdKbNEKdYpJzuqD
        JwSlPB8xUK6ADdknbL9X0jwekAb2GYjPgQjm5GoBVkFYJMicJbBKdKsRvFEQoOuT
        dKyDr8ZtGGUJVR/KntHeFuYK0Cf2oGYyks6/W/fkfnmJbSyPzxOzWaEceqHu35C8
        vhyUScf0sXdeVdtbinxBKPOrJgRIFVtE33/netOW3QKBgQDi2a8nGhIclrSUkPAa
        KgBAZyOGDVIejNJOZY49nfm07dSkvaTBKhFosRdrUJueiWU+UVJqtS+tLFCiFP2+
        V9AjKNMPtBdwrOq/qTKK/tjdzJzA8TYfvZsrj7urORiGJdijlFaFCqxW+aSaPYeV
        3VH6HoG6Y1QUJRHYUKpzJSz+nwKBgQDP5M/SsWVXzL+c7wzl9GvzvjVFU+MSxVlA
        ANCfWsel6r8SIXhI3+UJvaQofSFnZ+XrN4auiCYxfSzykzotYZzWjKztxuaxjHDA
        lpEfaC8vPEVeTDUo08Gpes3dCP95lX8jk1W6btpbJdOaMK3dVG9Jj16JmF+R4GKT
        xsDzN2GbNQKBgFtOFqt8WNHc7q3lcF53jUZevPOVpPna4ELhqVCvpvPlzfLIyeld
        j0g+DxkIhrpWvsNIZA3DA3+GGKZEIKVeHs4n/luRtuWJE6s05L0BOjR7yJP4Ajrg
        S/ZKkdSm1HIaBYpBiFlgJGGVdWUHYu00+Wvcn4ZvuEWrbfVM8m4KBoQtAoGBAJip
        0CtKdb857ePSb8hV6wg8v2W/qlpYbafgcVL0GPQwJEuuJGRvdgPnLStGaEdFNsO6
        LL7x4Aorf9xKXUiCC+hJuZuKmlH7bbkfWEaV/UBUpCQRFmB60BYixhXwy5p/O7Pm
        N+gGC3cvmen6oVKM9IQyMhwctuGqwvj91SdFnfmZAoGBANCHDML1tjTAaVllzde8
        Jgb7RkZqxxBHfEP72VFvPYIbAR5kqe86i/s1OKWRkSL4Ams6d2JPOYcVImnODs2R
        MIWiK/PMMGy87N6SXmylRINpHFL84L5JfEDqWfCMhAOmNftOpsuuIZA9HQghgdI9
        kT6EZ7vyhMr3M0Q6xkW9bkmr
        -----END PRIVATE KEY-----
        """

    /// Writes the certificate to a temporary file (for settings that take a path) and returns the path.
    public static func certificateFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "manarat-test-ca-\(UUID().uuidString).pem"
        ).path
        try certificatePEM.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
