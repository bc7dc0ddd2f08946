//! A small API client (one HTTP/1.1 request per connection) over the admin
//! socket or HTTPS with an optional client certificate: what the CLI and
//! the tests use.

use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Method, Request, Response};
use hyper_util::rt::TokioIo;
use rustls::ClientConfig;
use rustls_pki_types::ServerName;
use serde::de::DeserializeOwned;
use serde::Serialize;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_rustls::TlsConnector;

use super::tls::{self, TlsConfigError};
use super::types::ErrorBody;

/// Default port of the mutual-TLS listener.
pub const DEFAULT_PORT: u16 = 8443;

/// Why a request could not be made (as opposed to a refusal by the hub).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// The URL is not `https://HOST[:PORT]`.
    #[error("bad URL {0:?}: expected https://HOST[:PORT]")]
    Url(String),
    /// The TLS configuration could not be built.
    #[error(transparent)]
    TlsConfig(#[from] TlsConfigError),
    /// Connecting failed.
    #[error("cannot connect to {target}: {source}")]
    Connect {
        /// Socket path or address.
        target: String,
        /// The error.
        source: std::io::Error,
    },
    /// The TLS handshake or the HTTP exchange failed.
    #[error("{0}")]
    Http(String),
    /// The local key or certificate request could not be made.
    #[error("cannot make a key and certificate request: {0}")]
    Key(String),
    /// The answer is not what the API sends.
    #[error("unexpected answer (HTTP {status}): {reason}")]
    Decode {
        /// HTTP status.
        status: u16,
        /// What is wrong.
        reason: String,
    },
}

#[derive(Clone)]
enum Target {
    Unix(PathBuf),
    Https {
        host: String,
        port: u16,
        tls: Arc<ClientConfig>,
        source: Option<std::net::IpAddr>,
    },
}

/// An API client.
#[derive(Clone)]
pub struct Client {
    target: Target,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// A complete answer.
#[derive(Debug, Clone)]
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// The body.
    pub body: Bytes,
}

impl Reply {
    /// Decodes a success body as `T`, or the error body of a refusal.
    pub fn json<T: DeserializeOwned>(&self) -> Result<Result<T, ErrorBody>, ClientError> {
        let bad = |e: serde_json::Error| ClientError::Decode {
            status: self.status,
            reason: e.to_string(),
        };
        if (200..300).contains(&self.status) {
            serde_json::from_slice(&self.body).map(Ok).map_err(bad)
        } else {
            serde_json::from_slice(&self.body).map(Err).map_err(bad)
        }
    }
}

/// A fresh P-256 key (PKCS#8 PEM) and a PKCS#10 request for it (PEM),
/// for `POST /v1/enroll`: the private key never leaves the client.
pub fn new_key_and_csr() -> Result<(zeroize::Zeroizing<String>, String), ClientError> {
    let fail = |e: rcgen::Error| ClientError::Key(e.to_string());
    let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).map_err(fail)?;
    let csr = rcgen::CertificateParams::default()
        .serialize_request(&key)
        .map_err(fail)?
        .pem()
        .map_err(fail)?;
    Ok((zeroize::Zeroizing::new(key.serialize_pem()), csr))
}

/// Splits `https://HOST[:PORT][/]` into host and port.
pub fn parse_url(url: &str) -> Result<(String, u16), ClientError> {
    let bad = || ClientError::Url(url.to_owned());
    let rest = url.strip_prefix("https://").ok_or_else(bad)?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() || rest.contains('/') {
        return Err(bad());
    }
    let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
        let (h, after) = v6.split_once(']').ok_or_else(bad)?;
        match after.strip_prefix(':') {
            Some(p) => (h, Some(p)),
            None if after.is_empty() => (h, None),
            None => return Err(bad()),
        }
    } else {
        match rest.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (rest, None),
        }
    };
    let port = match port {
        Some(p) => p.parse().map_err(|_| bad())?,
        None => DEFAULT_PORT,
    };
    if host.is_empty() {
        return Err(bad());
    }
    Ok((host.to_owned(), port))
}

impl Client {
    /// A client of the admin socket at `path`.
    pub fn unix(path: impl Into<PathBuf>) -> Client {
        Client {
            target: Target::Unix(path.into()),
        }
    }

    /// A client of `https://HOST[:PORT]` trusting `ca_pem` (the hub root
    /// CA), presenting `identity` (certificate PEM, key PEM) if given.
    pub fn https(
        url: &str,
        ca_pem: &[u8],
        identity: Option<(&[u8], &[u8])>,
    ) -> Result<Client, ClientError> {
        let (host, port) = parse_url(url)?;
        let tls = Arc::new(tls::client_config(ca_pem, identity)?);
        Ok(Client {
            target: Target::Https {
                host,
                port,
                tls,
                source: None,
            },
        })
    }

    /// This client, connecting from local address `ip` (a multi-homed
    /// host, or a test speaking from several loopback addresses). No effect
    /// on an admin-socket client.
    pub fn from_source(mut self, ip: std::net::IpAddr) -> Client {
        if let Target::Https { source, .. } = &mut self.target {
            *source = Some(ip);
        }
        self
    }

    /// Where this client connects.
    pub fn describe(&self) -> String {
        match &self.target {
            Target::Unix(p) => p.display().to_string(),
            Target::Https { host, port, .. } => format!("https://{host}:{port}"),
        }
    }

    /// Sends one request; returns the answer with its body unread (for
    /// streams such as `/v1/alerts`).
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> Result<Response<Incoming>, ClientError> {
        let target = self.describe();
        let connect = |source| ClientError::Connect {
            target: target.clone(),
            source,
        };
        match &self.target {
            Target::Unix(p) => {
                let s = tokio::net::UnixStream::connect(p).await.map_err(connect)?;
                exchange(s, "localhost", method, path, body).await
            }
            Target::Https {
                host,
                port,
                tls,
                source,
            } => {
                let s = match source {
                    None => tokio::net::TcpStream::connect((host.as_str(), *port))
                        .await
                        .map_err(connect)?,
                    Some(ip) => connect_from(*ip, host, *port).await.map_err(connect)?,
                };
                // The request follows the client's last handshake flight at
                // once: with Nagle it would wait for the hub's ACK of that
                // flight, which the hub delays (40 ms on Linux) as it has
                // nothing to send back (it issues no session tickets).
                let _ = s.set_nodelay(true);
                let name = ServerName::try_from(host.clone())
                    .map_err(|_| ClientError::Url(host.clone()))?;
                let s = TlsConnector::from(tls.clone())
                    .connect(name, s)
                    .await
                    .map_err(|e| ClientError::Http(format!("TLS handshake with {target}: {e}")))?;
                exchange(s, host, method, path, body).await
            }
        }
    }

    /// Sends one request and reads the whole answer.
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        body: Option<&impl Serialize>,
    ) -> Result<Reply, ClientError> {
        let body = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|e| ClientError::Http(format!("cannot encode the request: {e}")))?;
        let resp = self.send(method, path, body).await?;
        let status = resp.status().as_u16();
        let body = resp
            .into_body()
            .collect()
            .await
            .map_err(|e| ClientError::Http(format!("reading the answer: {e}")))?
            .to_bytes();
        Ok(Reply { status, body })
    }

    /// [`Client::request`] decoded: `Ok(Ok(T))` on success, `Ok(Err(..))`
    /// when the hub refused.
    pub async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&impl Serialize>,
    ) -> Result<Result<T, ErrorBody>, ClientError> {
        self.request(method, path, body).await?.json()
    }
}

/// Connects to `host:port` from local address `ip`, trying the host's
/// addresses of `ip`'s family in turn.
async fn connect_from(
    ip: std::net::IpAddr,
    host: &str,
    port: u16,
) -> std::io::Result<tokio::net::TcpStream> {
    let mut last = None;
    for addr in tokio::net::lookup_host((host, port)).await? {
        if addr.is_ipv4() != ip.is_ipv4() {
            continue;
        }
        let socket = if ip.is_ipv4() {
            tokio::net::TcpSocket::new_v4()?
        } else {
            tokio::net::TcpSocket::new_v6()?
        };
        socket.bind(std::net::SocketAddr::new(ip, 0))?;
        match socket.connect(addr).await {
            Ok(s) => return Ok(s),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::AddrNotAvailable,
            format!("{host} has no address of the family of {ip}"),
        )
    }))
}

/// An error with its sources (`a: b: c`): hyper's own message alone
/// ("connection error") hides the TLS alert behind it.
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

async fn exchange<I>(
    io: I,
    host: &str,
    method: Method,
    path: &str,
    body: Option<Vec<u8>>,
) -> Result<Response<Incoming>, ClientError>
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let http = |e: hyper::Error| ClientError::Http(format!("HTTP: {}", chain(&e)));
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(io))
        .await
        .map_err(http)?;
    let (done, ended) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        let _ = done.send(conn.await);
    });
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(hyper::header::HOST, host);
    if body.is_some() {
        req = req.header(hyper::header::CONTENT_TYPE, "application/json");
    }
    let req = req
        .body(Full::new(Bytes::from(body.unwrap_or_default())))
        .map_err(|e| ClientError::Http(format!("bad request: {e}")))?;
    match sender.send_request(req).await {
        Ok(r) => Ok(r),
        // The connection's own error tells why (a TLS alert from the hub,
        // say); the request's is often only "connection was not ready".
        Err(e) => match tokio::time::timeout(std::time::Duration::from_secs(1), ended).await {
            Ok(Ok(Err(conn_err))) => Err(http(conn_err)),
            _ => Err(http(e)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            parse_url("https://hub.local:9443/").expect("ok"),
            ("hub.local".into(), 9443)
        );
        assert_eq!(
            parse_url("https://127.0.0.1").expect("ok"),
            ("127.0.0.1".into(), DEFAULT_PORT)
        );
        assert_eq!(parse_url("https://[::1]:1").expect("ok"), ("::1".into(), 1));
        for bad in [
            "http://x",
            "https://",
            "https://x:y",
            "https://x/a",
            "https://[::1",
        ] {
            assert!(parse_url(bad).is_err(), "{bad}");
        }
    }
}
