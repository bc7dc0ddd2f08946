//! A real daemon in-process with its API on 127.0.0.1:0 (real TLS, real
//! SQLite in a temporary state directory), and clients for it.

use std::net::SocketAddr;
use std::path::PathBuf;

use hyper::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use threshold::api::types::{EnrollRequest, EnrollResponse, ErrorBody};
use threshold::api::Client;
use threshold::config::{Config, Settings};
use threshold::daemon::{Daemon, OWNER_CODE_FILE};

pub const QR: &str = "MT:-24J0AFN00KA0648G00";
pub const MANUAL: &str = "34970112332";

pub struct Hub {
    pub daemon: Option<Daemon>,
    pub dir: tempfile::TempDir,
    pub cfg: Settings,
    pub tls: SocketAddr,
    pub enroll: SocketAddr,
    pub socket: PathBuf,
    pub ca_pem: Vec<u8>,
    /// The dashboard listener (docs/dashboard.md).
    pub dashboard: Option<SocketAddr>,
}

pub fn test_config(dir: &std::path::Path) -> Config {
    let mut cfg = Config {
        state_dir: dir.join("state"),
        ..Config::default()
    };
    cfg.api.listen = "127.0.0.1:0".into();
    cfg.api.enroll_listen = "127.0.0.1:0".into();
    cfg.dashboard.listen = "127.0.0.1:0".into();
    // The TEST ONLY devices' vendor is `low` by policy (unknown devices
    // are `high`), so a test's window records the class it asks.
    cfg.commissioning
        .device_classes
        .push(super::test_vendor_row());
    cfg
}

impl Hub {
    pub async fn start() -> Hub {
        Hub::start_with(|_| {}).await
    }

    pub async fn start_with(tweak: impl FnOnce(&mut Config)) -> Hub {
        Hub::restart(tempfile::tempdir().expect("tempdir"), tweak).await
    }

    /// A hub on the state of a stopped one (its `dir`), configured anew.
    pub async fn restart(dir: tempfile::TempDir, tweak: impl FnOnce(&mut Config)) -> Hub {
        let mut cfg = test_config(dir.path());
        tweak(&mut cfg);
        let cfg = Settings::try_from(cfg).expect("valid configuration");
        let mut daemon = Daemon::start(&cfg).await.expect("start");
        let api = daemon.start_api(&cfg).await.expect("api");
        let tls = api.tls_addr().expect("tls listener");
        let enroll = api.enroll_addr().expect("enroll listener");
        let dashboard = api.dashboard_addr();
        let socket = api.admin_socket().to_owned();
        let ca_pem = std::fs::read(cfg.state_dir.join("pki").join("hub-root-ca.pem")).expect("ca");
        Hub {
            daemon: Some(daemon),
            dir,
            cfg,
            tls,
            enroll,
            socket,
            ca_pem,
            dashboard,
        }
    }

    pub fn daemon(&self) -> &Daemon {
        self.daemon.as_ref().expect("running")
    }

    pub async fn stop(&mut self) {
        if let Some(d) = self.daemon.take() {
            d.stop().await.expect("stop");
        }
    }

    pub fn owner_code(&self) -> String {
        std::fs::read_to_string(self.cfg.runtime_dir.join(OWNER_CODE_FILE))
            .expect("owner code")
            .trim()
            .to_owned()
    }

    /// The admin socket (local-admin).
    pub fn admin(&self) -> Client {
        Client::unix(&self.socket)
    }

    /// The enrollment listener, without a client certificate.
    pub fn anonymous(&self) -> Client {
        Client::https(
            &format!("https://127.0.0.1:{}", self.enroll.port()),
            &self.ca_pem,
            None,
        )
        .expect("client")
    }

    /// The mutual-TLS listener with this identity.
    pub fn mtls(&self, cert_pem: &[u8], key_pem: &[u8]) -> Client {
        Client::https(
            &format!("https://127.0.0.1:{}", self.tls.port()),
            &self.ca_pem,
            Some((cert_pem, key_pem)),
        )
        .expect("client")
    }

    /// The mutual-TLS listener without a client certificate.
    pub fn mtls_anonymous(&self) -> Client {
        Client::https(
            &format!("https://127.0.0.1:{}", self.tls.port()),
            &self.ca_pem,
            None,
        )
        .expect("client")
    }

    /// Enrolls over the enrollment listener; returns the answer and an
    /// mTLS client holding the new certificate.
    pub async fn enroll(
        &self,
        code: &str,
        name: &str,
    ) -> Result<(EnrollResponse, Client), ErrorBody> {
        let (key, csr) = threshold::api::client::new_key_and_csr().expect("csr");
        let req = EnrollRequest {
            code: code.into(),
            name: name.into(),
            csr_pem: csr,
        };
        let r: EnrollResponse = self
            .anonymous()
            .call(Method::POST, "/v1/enroll", Some(&req))
            .await
            .expect("request")?;
        let client = self.mtls(r.cert_pem.as_bytes(), key.as_bytes());
        Ok((r, client))
    }

    /// Enrolls the owner with the bootstrap code.
    pub async fn owner(&self) -> Client {
        self.enroll(&self.owner_code(), "Owner")
            .await
            .expect("owner")
            .1
    }

    /// Creates an invite as `by` and enrolls with it.
    pub async fn invited(&self, by: &Client, role: &str, name: &str) -> (EnrollResponse, Client) {
        let inv: Value = ok(by
            .request(
                Method::POST,
                "/v1/invites",
                Some(&serde_json::json!({"role": role})),
            )
            .await
            .expect("request"));
        let code = inv["code"].as_str().expect("code").to_owned();
        self.enroll(&code, name).await.expect("enroll")
    }

    /// `n` enrollments refused `unknown_code` from the enrollment listener:
    /// anonymous failures, which raise a `failure_burst` alert once `n`
    /// reaches `anomaly.failure_threshold`.
    pub async fn refused_enrollments(&self, n: usize) {
        for _ in 0..n {
            let e = self
                .enroll("ABCDE-FGHJK-MNPQR-STVWX-YZ012", "X")
                .await
                .expect_err("an unknown code");
            assert_eq!(e.code, "unknown_code");
        }
    }

    /// Every audit record so far, oldest first.
    pub async fn audit(&self) -> Vec<threshold::audit::AuditRecord> {
        self.daemon()
            .store()
            .call(|s| s.audit_tail(100_000))
            .await
            .expect("store")
            .expect("tail")
    }
}

/// The success body of `r`, or a panic with the error.
pub fn ok<T: DeserializeOwned>(r: threshold::api::Reply) -> T {
    match r.json::<T>().expect("decodes") {
        Ok(t) => t,
        Err(e) => panic!("refused with {} {}: {}", r.status, e.code, e.message),
    }
}

/// The status and error code of a refusal.
pub fn refused(r: threshold::api::Reply) -> (u16, String) {
    assert!(
        r.status >= 400,
        "expected a refusal, got {} {:?}",
        r.status,
        r.body
    );
    let e: ErrorBody = serde_json::from_slice(&r.body).expect("error body is JSON");
    assert!(!e.message.is_empty());
    (r.status, e.code)
}

pub async fn post(c: &Client, path: &str, body: &impl Serialize) -> threshold::api::Reply {
    c.request(Method::POST, path, Some(body))
        .await
        .expect("request")
}

pub async fn put_json(c: &Client, path: &str, body: &impl Serialize) -> threshold::api::Reply {
    c.request(Method::PUT, path, Some(body))
        .await
        .expect("request")
}

pub async fn get(c: &Client, path: &str) -> threshold::api::Reply {
    c.request(Method::GET, path, None::<&()>)
        .await
        .expect("request")
}

pub async fn delete(c: &Client, path: &str) -> threshold::api::Reply {
    c.request(Method::DELETE, path, None::<&()>)
        .await
        .expect("request")
}
