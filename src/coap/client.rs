//! A `coaps+tcp` client (RFC 8323 over TLS 1.3, tokio-rustls, ring).
//!
//! It presents a client certificate chain (a device's DAC + PAI, or its
//! operational certificate), checks the hub's server certificate against
//! the hub root, sends its CSM, waits for the server's CSM (so a refused
//! client certificate shows up as an error of [`CoapClient::connect`]),
//! then runs requests one at a time. It exposes the TLS exporter the
//! pairing protocol binds to. The reference device and the tests use it.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use coap_lite::RequestType;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use super::router::{Response, CONTENT_FORMAT_CBOR};
use super::tcp_conn::{ConnConfig, ConnEvent, PeerCsm, Role, SendError, TcpConn};
use super::tls::{parse_pem_identity, ALPN_COAP, EXPORTER_LABEL, EXPORTER_LEN};

/// Why a client operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// Reading a PEM file failed.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// The certificate, key or roots are unusable.
    #[error("client identity: {0}")]
    Identity(String),
    /// rustls refused the configuration.
    #[error("TLS configuration: {0}")]
    Config(#[from] rustls::Error),
    /// Connecting, the handshake, reading or writing failed (a refused
    /// client certificate surfaces here, as a TLS alert).
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: &'static str,
        /// The error.
        source: std::io::Error,
    },
    /// The server sent an Abort.
    #[error("the server aborted the connection: {diagnostic}")]
    Aborted {
        /// Its diagnostic payload.
        diagnostic: String,
        /// Its Bad-CSM-Option.
        bad_csm_option: Option<u16>,
    },
    /// The server released or closed the connection.
    #[error("the connection is closed ({0})")]
    Closed(&'static str),
    /// The request could not be sent.
    #[error(transparent)]
    Send(#[from] SendError),
    /// No answer in time.
    #[error("timed out waiting for {0}")]
    Timeout(&'static str),
    /// The server did not negotiate ALPN `coap`.
    #[error("the server did not negotiate ALPN \"coap\"")]
    Alpn,
}

fn io(what: &'static str) -> impl FnOnce(std::io::Error) -> ClientError {
    move |source| ClientError::Io { what, source }
}

/// A client certificate chain and its key.
pub struct ClientIdentity {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

impl std::fmt::Debug for ClientIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientIdentity")
            .field("chain_len", &self.chain.len())
            .finish_non_exhaustive()
    }
}

impl ClientIdentity {
    /// From DER: the end-entity certificate first, then intermediates (the
    /// PAI for a DAC); the key as PKCS#8, or SEC1 (`EC PRIVATE KEY`).
    pub fn from_der(chain: Vec<Vec<u8>>, key_der: Vec<u8>) -> Result<ClientIdentity, ClientError> {
        if chain.is_empty() {
            return Err(ClientError::Identity("empty certificate chain".into()));
        }
        let key = PrivateKeyDer::try_from(key_der).map_err(|e| ClientError::Identity(e.into()))?;
        Ok(ClientIdentity {
            chain: chain.into_iter().map(CertificateDer::from).collect(),
            key,
        })
    }

    /// From PEM text: every CERTIFICATE block of `chain_pem` in order, the
    /// first private key block of `key_pem`.
    pub fn from_pem(chain_pem: &[u8], key_pem: &[u8]) -> Result<ClientIdentity, ClientError> {
        let (chain, key) = parse_pem_identity(chain_pem, key_pem).map_err(ClientError::Identity)?;
        Ok(ClientIdentity { chain, key })
    }

    /// From PEM files; `chain_files` are concatenated in order (e.g. the DAC
    /// then the PAI).
    pub fn from_pem_files(
        chain_files: &[&Path],
        key_file: &Path,
    ) -> Result<ClientIdentity, ClientError> {
        let read = |p: &Path| {
            std::fs::read(p).map_err(|source| ClientError::Read {
                path: p.display().to_string(),
                source,
            })
        };
        let mut chain = Vec::new();
        for f in chain_files {
            chain.extend(read(f)?);
            chain.push(b'\n');
        }
        Self::from_pem(&chain, &read(key_file)?)
    }
}

/// How to reach and authenticate the hub.
#[derive(Debug)]
pub struct ClientOptions {
    /// The hub root certificate(s) (DER) the server certificate must chain
    /// to.
    pub server_roots: Vec<Vec<u8>>,
    /// The name checked in the server certificate (an IP address or a DNS
    /// name).
    pub server_name: String,
    /// The client certificate; `None` presents none (the hub refuses that).
    pub identity: Option<ClientIdentity>,
    /// RFC 8323 limits of the client side.
    pub conn: ConnConfig,
    /// Timeout for connecting, the handshake and the CSM exchange, and for
    /// each request.
    pub timeout: Duration,
    /// The local address to connect from (`None`: the system's choice);
    /// tests use other loopback addresses to act as other sources.
    pub source: Option<std::net::IpAddr>,
}

impl ClientOptions {
    /// Options for a hub at an IP address, trusting `hub_root_der`.
    pub fn new(hub_root_der: &[u8], identity: Option<ClientIdentity>) -> ClientOptions {
        ClientOptions {
            server_roots: vec![hub_root_der.to_vec()],
            server_name: "127.0.0.1".into(),
            identity,
            conn: ConnConfig::default(),
            timeout: Duration::from_secs(10),
            source: None,
        }
    }
}

/// Connects and completes the TLS handshake only (no CSM): for tests that
/// speak raw RFC 8323 bytes.
pub async fn connect_tls(
    addr: SocketAddr,
    opts: &ClientOptions,
) -> Result<TlsStream<TcpStream>, ClientError> {
    let mut roots = rustls::RootCertStore::empty();
    for r in &opts.server_roots {
        roots
            .add(CertificateDer::from(r.clone()))
            .map_err(|e| ClientError::Identity(format!("server root: {e}")))?;
    }
    let builder = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_protocol_versions(&[&rustls::version::TLS13])?
    .with_root_certificates(roots);
    let mut cfg = match &opts.identity {
        Some(id) => builder.with_client_auth_cert(id.chain.clone(), id.key.clone_key())?,
        None => builder.with_no_client_auth(),
    };
    cfg.alpn_protocols = vec![ALPN_COAP.to_vec()];
    let name = ServerName::try_from(opts.server_name.clone())
        .map_err(|e| ClientError::Identity(format!("server name: {e}")))?;
    let fut = async {
        let tcp = match opts.source {
            None => TcpStream::connect(addr).await.map_err(io("connect"))?,
            Some(src) => {
                let sock = if addr.is_ipv4() {
                    tokio::net::TcpSocket::new_v4()
                } else {
                    tokio::net::TcpSocket::new_v6()
                }
                .map_err(io("socket"))?;
                sock.bind(std::net::SocketAddr::new(src, 0))
                    .map_err(io("bind"))?;
                sock.connect(addr).await.map_err(io("connect"))?
            }
        };
        let _ = tcp.set_nodelay(true);
        TlsConnector::from(Arc::new(cfg))
            .connect(name, tcp)
            .await
            .map_err(io("TLS handshake"))
    };
    let tls = tokio::time::timeout(opts.timeout, fut)
        .await
        .map_err(|_| ClientError::Timeout("the TLS handshake"))??;
    if tls.get_ref().1.alpn_protocol() != Some(ALPN_COAP) {
        return Err(ClientError::Alpn);
    }
    Ok(tls)
}

/// A connected `coaps+tcp` client.
pub struct CoapClient {
    stream: TlsStream<TcpStream>,
    conn: TcpConn,
    exporter: [u8; EXPORTER_LEN],
    timeout: Duration,
    buf: Vec<u8>,
    pending_events: Vec<ConnEvent>,
}

impl std::fmt::Debug for CoapClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CoapClient")
            .field("peer_csm", &self.conn.peer_csm())
            .finish_non_exhaustive()
    }
}

impl CoapClient {
    /// Connects, authenticates, sends the CSM and waits for the server's.
    pub async fn connect(addr: SocketAddr, opts: ClientOptions) -> Result<CoapClient, ClientError> {
        let stream = connect_tls(addr, &opts).await?;
        let exporter =
            stream
                .get_ref()
                .1
                .export_keying_material([0u8; EXPORTER_LEN], EXPORTER_LABEL, None)?;
        let mut c = CoapClient {
            stream,
            conn: TcpConn::new(Role::Client, opts.conn),
            exporter,
            timeout: opts.timeout,
            buf: vec![0u8; 16 * 1024],
            pending_events: Vec::new(),
        };
        c.flush().await?;
        let t = c.timeout;
        tokio::time::timeout(t, async {
            loop {
                if c.conn.csm_received() {
                    return Ok::<(), ClientError>(());
                }
                c.read_some().await?;
                c.check_events_for_close()?;
            }
        })
        .await
        .map_err(|_| ClientError::Timeout("the server's CSM"))??;
        Ok(c)
    }

    /// The TLS exporter (`EXPORTER-threshold-pairing`, 32 bytes).
    pub fn exporter(&self) -> &[u8; EXPORTER_LEN] {
        &self.exporter
    }

    /// The server's CSM.
    pub fn server_csm(&self) -> PeerCsm {
        self.conn.peer_csm()
    }

    async fn flush(&mut self) -> Result<(), ClientError> {
        if let Some(out) = self.conn.poll_transmit() {
            self.stream.write_all(&out).await.map_err(io("write"))?;
            self.stream.flush().await.map_err(io("flush"))?;
        }
        Ok(())
    }

    async fn read_some(&mut self) -> Result<(), ClientError> {
        let n = self.stream.read(&mut self.buf).await.map_err(io("read"))?;
        if n == 0 {
            self.conn.receive_eof();
            return Err(ClientError::Closed("eof"));
        }
        let data = self.buf[..n].to_vec();
        self.conn.receive(&data);
        self.flush().await
    }

    /// Leaves only non-closing events queued; an Abort becomes an error.
    fn check_events_for_close(&mut self) -> Result<(), ClientError> {
        let mut keep = Vec::new();
        let mut result = Ok(());
        while let Some(ev) = self.conn.poll_event() {
            match ev {
                ConnEvent::PeerAborted {
                    diagnostic,
                    bad_csm_option,
                } => {
                    result = Err(ClientError::Aborted {
                        diagnostic,
                        bad_csm_option,
                    })
                }
                ConnEvent::Aborted { reason } => {
                    result = Err(ClientError::Aborted {
                        diagnostic: reason,
                        bad_csm_option: None,
                    })
                }
                other => keep.push(other),
            }
        }
        self.pending_events.extend(keep);
        result
    }

    /// Sends a request with a CBOR body (Content-Format 60 when `cbor` is
    /// not empty) and waits for its response.
    pub async fn request(
        &mut self,
        method: RequestType,
        path: &str,
        cbor: &[u8],
    ) -> Result<Response, ClientError> {
        let cf = (!cbor.is_empty()).then_some(CONTENT_FORMAT_CBOR);
        self.request_with(method, path, cf, cbor).await
    }

    /// Sends a request with any Content-Format and body, and waits for its
    /// response.
    pub async fn request_with(
        &mut self,
        method: RequestType,
        path: &str,
        content_format: Option<u16>,
        payload: &[u8],
    ) -> Result<Response, ClientError> {
        let token = self
            .conn
            .send_request(method, path, content_format, payload)?;
        self.flush().await?;
        let t = self.timeout;
        tokio::time::timeout(t, async {
            loop {
                if let Some(i) = self
                    .pending_events
                    .iter()
                    .position(|e| matches!(e, ConnEvent::Response { token: t, .. } if *t == token))
                {
                    if let ConnEvent::Response { response, .. } = self.pending_events.remove(i) {
                        return Ok(response);
                    }
                }
                self.read_some().await?;
                self.check_events_for_close()?;
            }
        })
        .await
        .map_err(|_| ClientError::Timeout("the response"))?
    }

    /// Sends a Ping and waits for the Pong.
    pub async fn ping(&mut self, custody: bool) -> Result<(), ClientError> {
        let token = self.conn.ping(custody);
        self.flush().await?;
        let t = self.timeout;
        tokio::time::timeout(t, async {
            loop {
                if let Some(i) = self
                    .pending_events
                    .iter()
                    .position(|e| matches!(e, ConnEvent::Pong { token: t } if *t == token))
                {
                    self.pending_events.remove(i);
                    return Ok(());
                }
                self.read_some().await?;
                self.check_events_for_close()?;
            }
        })
        .await
        .map_err(|_| ClientError::Timeout("the Pong"))?
    }

    /// Sends a Release and waits for the server to close the connection.
    pub async fn release(mut self) -> Result<(), ClientError> {
        self.conn.release(None, "done");
        self.flush().await?;
        let t = self.timeout;
        let _ = tokio::time::timeout(t, async {
            loop {
                match self.stream.read(&mut self.buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                }
            }
        })
        .await;
        Ok(())
    }

    /// Waits for the server to end the connection and says how: `Ok(None)`
    /// on a plain close (or a Release), `Err(Aborted)` on an Abort.
    pub async fn wait_closed(&mut self) -> Result<Option<String>, ClientError> {
        let t = self.timeout;
        tokio::time::timeout(t, async {
            loop {
                match self.read_some().await {
                    Ok(()) => {}
                    Err(ClientError::Closed(_)) => return Ok(None),
                    Err(ClientError::Io { source, .. })
                        if source.kind() == std::io::ErrorKind::UnexpectedEof =>
                    {
                        return Ok(None)
                    }
                    Err(e) => return Err(e),
                }
                self.check_events_for_close()?;
                if let Some(i) = self
                    .pending_events
                    .iter()
                    .position(|e| matches!(e, ConnEvent::PeerReleased { .. }))
                {
                    self.pending_events.remove(i);
                    return Ok(Some("released".to_string()));
                }
            }
        })
        .await
        .map_err(|_| ClientError::Timeout("the server to close"))?
    }
}
