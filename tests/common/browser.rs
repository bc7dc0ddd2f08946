//! Headless Chromium through WebDriver (tests/tools/browser.py: Debian's
//! `chromium` and `chromium-driver`, Selenium), one JSON command per line.
//! The browser trusts exactly the hub's server key (its SPKI pin), as a
//! user who accepted the hub's certificate would.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

/// How long one command may take (a page load, a wait).
const COMMAND_LIMIT: Duration = Duration::from_secs(60);

/// base64 SHA-256 of the SubjectPublicKeyInfo of the first certificate in
/// `pem_path`: Chromium's `--ignore-certificate-errors-spki-list` pin.
pub fn spki_pin(pem_path: &Path) -> String {
    use base64::Engine;
    let text = std::fs::read(pem_path).expect("server certificate");
    let block = pem::parse(text).expect("PEM");
    let (_, cert) = x509_parser::parse_x509_certificate(block.contents()).expect("a certificate");
    let spki = cert.tbs_certificate.subject_pki.raw;
    let d = ring::digest::digest(&ring::digest::SHA256, spki);
    base64::engine::general_purpose::STANDARD.encode(d.as_ref())
}

/// One headless Chromium.
pub struct Browser {
    child: Child,
    stdin: ChildStdin,
    answers: mpsc::Receiver<String>,
}

impl Browser {
    /// Starts the bridge with `python` (a command, so a test may run it in
    /// a network namespace), pinned to `spki`.
    pub fn start(mut python: Command, spki: &str) -> Browser {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/browser.py");
        let mut child = python
            .arg(script)
            .arg(spki)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tests/tools/browser.py");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, answers) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Browser {
            child,
            stdin,
            answers,
        }
    }

    /// Sends one command; its result or the bridge's error.
    pub fn cmd(&mut self, c: Value) -> Result<Value, String> {
        let mut run = || {
            writeln!(self.stdin, "{c}").expect("write to the browser");
            let line = self
                .answers
                .recv_timeout(COMMAND_LIMIT)
                .unwrap_or_else(|e| panic!("the browser did not answer {c}: {e}"));
            let v: Value = serde_json::from_str(&line).expect("a JSON answer");
            match v.get("ok") {
                Some(ok) => Ok(ok.clone()),
                None => Err(v["error"].as_str().unwrap_or("?").to_owned()),
            }
        };
        // Inside the daemon's own runtime, keep its workers free.
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::task::block_in_place(run)
        } else {
            run()
        }
    }

    fn ok(&mut self, c: Value) -> Value {
        let shown = c.to_string();
        self.cmd(c)
            .unwrap_or_else(|e| panic!("browser: {shown}: {e}"))
    }

    /// Loads `url`.
    pub fn get(&mut self, url: &str) {
        self.ok(json!({"op": "get", "url": url}));
    }

    /// Clicks the first element matching `css`; the URL after.
    pub fn click(&mut self, css: &str) -> String {
        self.ok(json!({"op": "click", "css": css}))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The text of the first element matching `css` (`None`: no match).
    pub fn text(&mut self, css: &str) -> Option<String> {
        self.ok(json!({"op": "text", "css": css}))
            .as_str()
            .map(str::to_owned)
    }

    /// How many elements match `css`.
    pub fn count(&mut self, css: &str) -> u64 {
        self.ok(json!({"op": "count", "css": css}))
            .as_u64()
            .unwrap_or(0)
    }

    /// Waits (on the page) until an element matching `css` holds `text`.
    pub fn wait_text(&mut self, css: &str, text: &str, secs: u64) -> String {
        self.ok(json!({"op": "wait_text", "css": css, "contains": text, "secs": secs}))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// Runs asynchronous JS (`arguments[arguments.length - 1]` is the
    /// callback); its value.
    pub fn js(&mut self, script: &str) -> Value {
        self.ok(json!({"op": "js", "script": script}))
    }

    /// The cookies.
    pub fn cookies(&mut self) -> Vec<Value> {
        self.ok(json!({"op": "cookies"}))
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Forgets every cookie (a new visitor).
    pub fn clear_cookies(&mut self) {
        self.ok(json!({"op": "clear_cookies"}));
    }

    /// A full-page PNG of the current page at `width` CSS pixels.
    pub fn screenshot(&mut self, path: &Path, width: u32) {
        if let Some(d) = path.parent() {
            std::fs::create_dir_all(d).expect("screenshot dir");
        }
        self.ok(json!({"op": "screenshot", "path": path, "width": width}));
    }

    /// The page's first contentful paint (ms) and bytes (document and
    /// resources).
    pub fn paint(&mut self) -> Value {
        self.ok(json!({"op": "paint"}))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = writeln!(self.stdin, "{}", json!({"op": "quit"}));
        let _ = self.answers.recv_timeout(Duration::from_secs(20));
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
