//! DAC → PAI → PAA verification: webpki path building and signatures plus
//! every Matter rule, each recorded separately in a [`Verdict`].
//!
//! # Rules, in the order they are listed (the first failed one is the
//! verdict's [`Verdict::first_failure`])
//!
//! | rule | checks | error |
//! |---|---|---|
//! | `dac.format`, `pai.format` | parses as X.509 v3 (no trailing bytes), unique extensions, SKI (20 bytes, non-critical), AKI (20 bytes, non-critical) | [`AttestationError::Malformed`] |
//! | `{dac,pai,paa}.algorithm` | ECDSA with SHA-256 signature, P-256 public key | [`AttestationError::UnsupportedAlgorithm`] |
//! | `{dac,pai,paa}.validity` | notBefore ≤ verification time ≤ notAfter | [`AttestationError::NotYetValid`], [`AttestationError::Expired`] |
//! | `{dac,pai,paa}.basic_constraints` | critical; DAC not a CA; PAI a CA with pathlen 0; PAA a CA with pathlen 1 or absent | [`AttestationError::BasicConstraints`] |
//! | `{dac,pai,paa}.key_usage` | critical; DAC digitalSignature only; PAI/PAA keyCertSign and cRLSign (digitalSignature allowed) | [`AttestationError::KeyUsage`] |
//! | `dac.vid_pid` | VID and PID present, 4 upper-case hex digits | [`AttestationError::MissingVidPid`], [`AttestationError::InvalidVidPid`] |
//! | `pai.vid_pid` | VID present and equal to the DAC's; PID absent or equal to the DAC's | [`AttestationError::ChainVidMismatch`], [`AttestationError::ChainPidMismatch`] |
//! | `paa.vid_pid` | no PID; VID absent or equal to the PAI's | [`AttestationError::PaaHasPid`], [`AttestationError::ChainVidMismatch`] |
//! | `chain` | webpki: DAC issued by the PAI, PAI by a PAA of the trust store, signatures, webpki's own validity/constraint/EKU checks; key identifiers link | [`AttestationError::BadSignature`], [`AttestationError::UntrustedRoot`], [`AttestationError::ChainInvalid`] |
//! | `revocation.crl` | webpki CRL check of DAC and PAI | [`AttestationError::Revoked`], [`AttestationError::RevocationCheck`] |
//! | `revocation.denylist` | no certificate of the chain is denied | [`AttestationError::Revoked`] |
//! | `expected.vid`, `expected.pid` | the caller's expected VID/PID | [`AttestationError::VidMismatch`], [`AttestationError::PidMismatch`] |
//!
//! A rule is `skipped` when it does not apply (the PAA is unknown, no CRL
//! is configured, no VID was expected) or depends on a certificate that
//! could not be parsed. The PAA is the trust anchor webpki's path ends at;
//! when the path fails, the PAA rules use the trust-store root whose
//! subject is the PAI's issuer (and whose SKI is the PAI's AKI), if any.
//!
//! The verification time is always the caller's (an injected
//! [`WallClock`]), never the system clock; webpki gets the same time.
//!
//! # EKU
//!
//! webpki checks the extended key usage of the DAC and the PAI against a
//! `KeyUsage`. Matter attestation certificates carry no EKU, and webpki's
//! `KeyUsage::client_auth()` is *required if present*: a certificate
//! without EKU passes, one with an EKU must list id-kp-clientAuth (the DAC
//! authenticates a device to the hub). `KeyUsage::required(..)` would
//! refuse every real DAC, so it is not used.

use std::time::Duration;

use rustls_pki_types::{CertificateDer, SignatureVerificationAlgorithm, UnixTime};
use serde::Serialize;
use webpki::{
    ExpirationPolicy, KeyUsage, RevocationCheckDepth, RevocationOptionsBuilder, UnknownStatusPolicy,
};
use x509_parser::prelude::{FromDer, X509Certificate};

use super::cert::{ku, CertInfo, IdEncoding, OID_ECDSA_WITH_SHA256, OID_EC_PUBLIC_KEY, OID_P256};
use super::revocation::{CrlSet, Denylist, RevocationSource};
use super::trust_store::TrustStore;
use super::{ser_time, AttestationError, CertRole, ProductId, VendorId};
use crate::time::{UnixMillis, WallClock};

/// The only signature algorithm Matter attestation allows.
const SIG_ALGS: &[&dyn SignatureVerificationAlgorithm] = &[webpki::ring::ECDSA_P256_SHA256];

/// What the caller expects the device to be (both optional).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Expected {
    /// Expected Vendor ID.
    pub vid: Option<VendorId>,
    /// Expected Product ID.
    pub pid: Option<ProductId>,
}

/// Outcome of one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleStatus {
    /// Checked and satisfied.
    Ok,
    /// Checked and violated.
    Failed,
    /// Not applicable or not checkable (see the detail).
    Skipped,
}

/// One rule as checked.
#[derive(Debug, Clone, Serialize)]
pub struct RuleCheck {
    /// The rule's name (`dac.validity`, `chain`, ...).
    pub rule: &'static str,
    /// Its outcome.
    pub status: RuleStatus,
    /// What was found, in words.
    pub detail: String,
    /// The typed error when it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<AttestationError>,
}

/// One certificate of the chain, as shown in a verdict.
#[derive(Debug, Clone, Serialize)]
pub struct ChainEntry {
    /// DAC, PAI or PAA.
    pub role: CertRole,
    /// Subject DN.
    pub subject: String,
    /// Issuer DN.
    pub issuer: String,
    /// Serial number, lower-case hex.
    pub serial: String,
    /// Subject key identifier (`AA:BB:..`).
    pub ski: Option<String>,
    /// Authority key identifier (`AA:BB:..`).
    pub aki: Option<String>,
    /// notBefore.
    #[serde(serialize_with = "ser_time")]
    pub not_before: UnixMillis,
    /// notAfter.
    #[serde(serialize_with = "ser_time")]
    pub not_after: UnixMillis,
    /// VID in the subject, if readable.
    pub vid: Option<VendorId>,
    /// PID in the subject, if readable.
    pub pid: Option<ProductId>,
    /// How the VID/PID are encoded.
    pub vid_pid_encoding: IdEncoding,
    /// For the PAA: the trust store file it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trust_store_file: Option<String>,
}

impl ChainEntry {
    fn new(role: CertRole, c: &CertInfo, file: Option<String>) -> ChainEntry {
        let ids = c.ids.as_ref().ok();
        ChainEntry {
            role,
            subject: c.subject.clone(),
            issuer: c.issuer.clone(),
            serial: c.serial_hex(),
            ski: c.ski_hex(),
            aki: c.aki_hex(),
            not_before: c.not_before_ms(),
            not_after: c.not_after_ms(),
            vid: ids.and_then(|i| i.vid),
            pid: ids.and_then(|i| i.pid),
            vid_pid_encoding: ids.map(|i| i.encoding).unwrap_or(IdEncoding::None),
            trust_store_file: file,
        }
    }
}

/// The first failed rule.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    /// The rule's name.
    pub rule: &'static str,
    /// The error, in words.
    pub message: String,
    /// The typed error.
    pub error: AttestationError,
}

/// The result of verifying one device's attestation chain.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    /// Whether every rule passed (no rule failed).
    pub ok: bool,
    /// The verification time used.
    #[serde(serialize_with = "ser_time")]
    pub verified_at: UnixMillis,
    /// The DAC's VID, if readable.
    pub vid: Option<VendorId>,
    /// The DAC's PID, if readable.
    pub pid: Option<ProductId>,
    /// DAC, PAI and (when identified) PAA.
    pub chain: Vec<ChainEntry>,
    /// Every rule, in the documented order.
    pub rules: Vec<RuleCheck>,
    /// The first failed rule, if any.
    pub first_failure: Option<Failure>,
}

impl Verdict {
    /// The first failure's error, if any.
    pub fn error(&self) -> Option<&AttestationError> {
        self.first_failure.as_ref().map(|f| &f.error)
    }

    /// `Ok(())` when accepted, else the first failure's error.
    pub fn result(&self) -> Result<(), &AttestationError> {
        match self.error() {
            None => Ok(()),
            Some(e) => Err(e),
        }
    }

    /// The named rule's check, if it was listed.
    pub fn rule(&self, name: &str) -> Option<&RuleCheck> {
        self.rules.iter().find(|r| r.rule == name)
    }
}

type Check = Result<String, AttestationError>;

#[derive(Default)]
struct Rules(Vec<RuleCheck>);

impl Rules {
    fn check(&mut self, rule: &'static str, r: Check) {
        self.0.push(match r {
            Ok(detail) => RuleCheck {
                rule,
                status: RuleStatus::Ok,
                detail,
                error: None,
            },
            Err(e) => RuleCheck {
                rule,
                status: RuleStatus::Failed,
                detail: e.to_string(),
                error: Some(e),
            },
        });
    }

    fn skip(&mut self, rule: &'static str, why: impl Into<String>) {
        self.0.push(RuleCheck {
            rule,
            status: RuleStatus::Skipped,
            detail: why.into(),
            error: None,
        });
    }

    fn maybe(&mut self, rule: &'static str, r: Option<Check>, why: &str) {
        match r {
            Some(r) => self.check(rule, r),
            None => self.skip(rule, why),
        }
    }
}

/// Verifies attestation chains against a trust store, CRLs and a denylist.
#[derive(Debug, Default)]
pub struct AttestationVerifier {
    trust: TrustStore,
    crls: CrlSet,
    denylist: Denylist,
}

impl AttestationVerifier {
    /// A verifier trusting the PAAs of `trust`, with no CRL and no denylist.
    pub fn new(trust: TrustStore) -> AttestationVerifier {
        AttestationVerifier {
            trust,
            crls: CrlSet::empty(),
            denylist: Denylist::empty(),
        }
    }

    /// Uses these CRLs.
    pub fn with_crls(mut self, crls: CrlSet) -> AttestationVerifier {
        self.crls = crls;
        self
    }

    /// Uses this denylist.
    pub fn with_denylist(mut self, denylist: Denylist) -> AttestationVerifier {
        self.denylist = denylist;
        self
    }

    /// The trust store.
    pub fn trust_store(&self) -> &TrustStore {
        &self.trust
    }

    /// The CRLs consulted.
    pub fn crls(&self) -> &CrlSet {
        &self.crls
    }

    /// The denylist.
    pub fn denylist(&self) -> &Denylist {
        &self.denylist
    }

    /// Verifies at the time `clock` reads now.
    pub fn verify_with_clock(
        &self,
        dac_der: &[u8],
        pai_der: &[u8],
        clock: &dyn WallClock,
        expected: Expected,
    ) -> Verdict {
        self.verify(dac_der, pai_der, clock.now(), expected)
    }

    /// Verifies the chain DAC → PAI → trusted PAA at wall time `now`.
    pub fn verify(
        &self,
        dac_der: &[u8],
        pai_der: &[u8],
        now: UnixMillis,
        expected: Expected,
    ) -> Verdict {
        let mut rules = Rules::default();
        let dac = CertInfo::parse(dac_der);
        let pai = CertInfo::parse(pai_der);
        for (name, role, c) in [
            ("dac.format", CertRole::Dac, &dac),
            ("pai.format", CertRole::Pai, &pai),
        ] {
            rules.check(
                name,
                match c {
                    Ok(info) => check_format(role, info),
                    Err(reason) => Err(AttestationError::Malformed {
                        cert: role,
                        reason: reason.clone(),
                    }),
                },
            );
        }
        let (Ok(dac), Ok(pai)) = (dac, pai) else {
            for rule in LATER_RULES {
                rules.skip(rule, "not checked: a certificate could not be parsed");
            }
            let mut chain = Vec::new();
            return finish(now, None, &mut chain, rules);
        };

        // webpki first: the path it builds identifies the PAA. With CRLs,
        // one run checks path and revocation; only when it fails does a
        // second run without CRLs tell a bad chain from a revoked one.
        let (webpki_result, crl_result) = if self.crls.is_empty() {
            (self.run_webpki(dac_der, pai_der, now, false), None)
        } else {
            match self.run_webpki(dac_der, pai_der, now, true) {
                Ok(i) => (Ok(i), Some(Ok(()))),
                Err(revocation_err) => {
                    let plain = self.run_webpki(dac_der, pai_der, now, false);
                    let crl = plain.is_ok().then_some(Err(revocation_err));
                    (plain, crl)
                }
            }
        };
        let paa_index = match &webpki_result {
            Ok(i) => Some(*i),
            Err(_) => self.candidate_paa(&pai),
        };
        let paa = paa_index.map(|i| &self.trust.roots()[i]);
        let paa_info = paa.map(|r| r.info());
        let no_paa = "no PAA: no trust-store root issued the PAI";

        // Per-certificate rules.
        rules.check("dac.algorithm", check_algorithm(CertRole::Dac, &dac));
        rules.check("pai.algorithm", check_algorithm(CertRole::Pai, &pai));
        rules.maybe(
            "paa.algorithm",
            paa_info.map(|p| check_algorithm(CertRole::Paa, p)),
            no_paa,
        );
        rules.check("dac.validity", check_validity(CertRole::Dac, &dac, now));
        rules.check("pai.validity", check_validity(CertRole::Pai, &pai, now));
        rules.maybe(
            "paa.validity",
            paa_info.map(|p| check_validity(CertRole::Paa, p, now)),
            no_paa,
        );
        rules.check(
            "dac.basic_constraints",
            check_basic_constraints(CertRole::Dac, &dac),
        );
        rules.check(
            "pai.basic_constraints",
            check_basic_constraints(CertRole::Pai, &pai),
        );
        rules.maybe(
            "paa.basic_constraints",
            paa_info.map(|p| check_basic_constraints(CertRole::Paa, p)),
            no_paa,
        );
        rules.check("dac.key_usage", check_key_usage(CertRole::Dac, &dac));
        rules.check("pai.key_usage", check_key_usage(CertRole::Pai, &pai));
        rules.maybe(
            "paa.key_usage",
            paa_info.map(|p| check_key_usage(CertRole::Paa, p)),
            no_paa,
        );

        // VID/PID.
        let dac_ids = dac.ids.as_ref().ok().copied();
        let pai_ids = pai.ids.as_ref().ok().copied();
        rules.check("dac.vid_pid", check_dac_ids(&dac));
        rules.check("pai.vid_pid", check_pai_ids(&pai, dac_ids));
        rules.maybe(
            "paa.vid_pid",
            paa_info.map(|p| check_paa_ids(p, pai_ids)),
            no_paa,
        );

        // The chain itself.
        let chain_check = self.check_chain(&dac, &pai, paa, dac_der, pai_der, webpki_result);
        let chain_ok = chain_check.is_ok();
        rules.check("chain", chain_check);

        // Revocation.
        match crl_result {
            None if self.crls.is_empty() => rules.skip("revocation.crl", "no CRL configured"),
            Some(r) if chain_ok => rules.check("revocation.crl", self.check_crls(&dac, &pai, r)),
            _ => rules.skip("revocation.crl", "not checked: the chain does not verify"),
        }
        if self.denylist.is_empty() {
            rules.skip("revocation.denylist", "empty denylist");
        } else {
            rules.check(
                "revocation.denylist",
                self.check_denylist(&dac, &pai, paa_info),
            );
        }

        // What the caller expects.
        let dac_vid = dac_ids.and_then(|i| i.vid);
        let dac_pid = dac_ids.and_then(|i| i.pid);
        match (expected.vid, dac_vid) {
            (None, _) => rules.skip("expected.vid", "no VID expected"),
            (Some(_), None) => rules.skip("expected.vid", "the DAC carries no readable VID"),
            (Some(e), Some(got)) if e == got => {
                rules.check("expected.vid", Ok(format!("VID {got} as expected")))
            }
            (Some(e), Some(got)) => rules.check(
                "expected.vid",
                Err(AttestationError::VidMismatch { expected: e, got }),
            ),
        }
        match (expected.pid, dac_pid) {
            (None, _) => rules.skip("expected.pid", "no PID expected"),
            (Some(_), None) => rules.skip("expected.pid", "the DAC carries no readable PID"),
            (Some(e), Some(got)) if e == got => {
                rules.check("expected.pid", Ok(format!("PID {got} as expected")))
            }
            (Some(e), Some(got)) => rules.check(
                "expected.pid",
                Err(AttestationError::PidMismatch { expected: e, got }),
            ),
        }

        let mut chain = vec![
            ChainEntry::new(CertRole::Dac, &dac, None),
            ChainEntry::new(CertRole::Pai, &pai, None),
        ];
        if let Some(r) = paa {
            chain.push(ChainEntry::new(
                CertRole::Paa,
                r.info(),
                Some(r.origin().display().to_string()),
            ));
        }
        finish(now, dac_ids.map(|i| (i.vid, i.pid)), &mut chain, rules)
    }

    /// The trust-store root the PAI names as issuer (subject = PAI issuer;
    /// SKI = PAI AKI preferred).
    fn candidate_paa(&self, pai: &CertInfo) -> Option<usize> {
        let aki = pai.aki.as_ref().and_then(|a| a.value.clone());
        let by_name: Vec<usize> = self
            .trust
            .roots()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.info().subject_raw == pai.issuer_raw)
            .map(|(i, _)| i)
            .collect();
        by_name
            .iter()
            .copied()
            .find(|&i| {
                let ski = self.trust.roots()[i].info().ski.as_ref().map(|s| &s.value);
                aki.is_some() && ski == aki.as_ref()
            })
            .or_else(|| by_name.first().copied())
    }

    /// Runs webpki; returns the index of the trust anchor the path ends at.
    fn run_webpki(
        &self,
        dac_der: &[u8],
        pai_der: &[u8],
        now: UnixMillis,
        with_crls: bool,
    ) -> Result<usize, webpki::Error> {
        let dac = CertificateDer::from(dac_der);
        let ee = webpki::EndEntityCert::try_from(&dac)?;
        let intermediates = [CertificateDer::from(pai_der)];
        let anchors = self.trust.anchors();
        let secs = u64::try_from(now.as_secs()).unwrap_or(0);
        let time = UnixTime::since_unix_epoch(Duration::from_secs(secs));
        let crl_refs: Vec<&webpki::CertRevocationList<'static>> =
            self.crls.crls().iter().map(|c| &c.crl).collect();
        let revocation = if with_crls {
            RevocationOptionsBuilder::new(&crl_refs).ok().map(|b| {
                b.with_depth(RevocationCheckDepth::Chain)
                    .with_status_policy(UnknownStatusPolicy::Allow)
                    .with_expiration_policy(ExpirationPolicy::Ignore)
                    .build()
            })
        } else {
            None
        };
        let path = ee.verify_for_usage(
            SIG_ALGS,
            anchors,
            &intermediates,
            time,
            KeyUsage::client_auth(),
            revocation,
            None,
        )?;
        let anchor = path.anchor();
        anchors
            .iter()
            .position(|a| std::ptr::eq(a, anchor))
            .ok_or(webpki::Error::UnknownIssuer)
    }

    fn check_chain(
        &self,
        dac: &CertInfo,
        pai: &CertInfo,
        paa: Option<&super::trust_store::TrustedRoot>,
        dac_der: &[u8],
        pai_der: &[u8],
        webpki_result: Result<usize, webpki::Error>,
    ) -> Check {
        if dac.issuer_raw != pai.subject_raw {
            return Err(AttestationError::ChainInvalid {
                reason: format!(
                    "the DAC's issuer {:?} is not the PAI's subject {:?}",
                    dac.issuer, pai.subject
                ),
            });
        }
        if let Err(e) = webpki_result {
            return Err(map_webpki_error(e, pai, dac_der, pai_der));
        }
        let Some(paa) = paa else {
            return Err(AttestationError::UntrustedRoot {
                issuer: pai.issuer.clone(),
            });
        };
        let link =
            |child: &CertInfo, parent: &CertInfo, what: &str| -> Result<(), AttestationError> {
                let aki = child.aki.as_ref().and_then(|a| a.value.as_ref());
                let ski = parent.ski.as_ref().map(|s| &s.value);
                match (aki, ski) {
                    (Some(a), Some(s)) if a != s => Err(AttestationError::ChainInvalid {
                        reason: format!(
                            "{what}: authority key id {} is not the issuer's subject key id {}",
                            super::cert::colon_hex(a),
                            super::cert::colon_hex(s)
                        ),
                    }),
                    _ => Ok(()),
                }
            };
        link(dac, pai, "DAC")?;
        link(pai, paa.info(), "PAI")?;
        Ok(format!(
            "webpki: DAC ← PAI ← PAA {:?} ({}), ECDSA P-256/SHA-256 signatures verify",
            paa.subject(),
            paa.origin().display()
        ))
    }

    /// Interprets webpki's run with CRLs (the chain itself verified).
    fn check_crls(
        &self,
        dac: &CertInfo,
        pai: &CertInfo,
        with_crls: Result<(), webpki::Error>,
    ) -> Check {
        match with_crls {
            Ok(()) => Ok(format!(
                "{} CRL(s) consulted; DAC and PAI not listed",
                self.crls.len()
            )),
            Err(webpki::Error::CertRevoked) => {
                // webpki checks the PAI first, then the DAC.
                for (role, c) in [(CertRole::Pai, pai), (CertRole::Dac, dac)] {
                    if let Some(crl) = self.crls.listing(c) {
                        return Err(AttestationError::Revoked {
                            cert: role,
                            by: RevocationSource::Crl {
                                file: crl.origin.display().to_string(),
                            },
                        });
                    }
                }
                Err(AttestationError::RevocationCheck {
                    reason: "webpki reports a revoked certificate no CRL file lists".into(),
                })
            }
            Err(e) => Err(AttestationError::RevocationCheck {
                reason: format!("{e:?}"),
            }),
        }
    }

    fn check_denylist(&self, dac: &CertInfo, pai: &CertInfo, paa: Option<&CertInfo>) -> Check {
        let certs = [
            (CertRole::Dac, Some(dac)),
            (CertRole::Pai, Some(pai)),
            (CertRole::Paa, paa),
        ];
        for (role, c) in certs {
            if let Some(by) = c.and_then(|c| self.denylist.matching(c)) {
                return Err(AttestationError::Revoked { cert: role, by });
            }
        }
        Ok(format!(
            "{} entr{} checked; no certificate of the chain is denied",
            self.denylist.len(),
            if self.denylist.len() == 1 { "y" } else { "ies" }
        ))
    }
}

/// Rules listed after the format rules (skipped together when a
/// certificate does not parse).
const LATER_RULES: [&str; 20] = [
    "dac.algorithm",
    "pai.algorithm",
    "paa.algorithm",
    "dac.validity",
    "pai.validity",
    "paa.validity",
    "dac.basic_constraints",
    "pai.basic_constraints",
    "paa.basic_constraints",
    "dac.key_usage",
    "pai.key_usage",
    "paa.key_usage",
    "dac.vid_pid",
    "pai.vid_pid",
    "paa.vid_pid",
    "chain",
    "revocation.crl",
    "revocation.denylist",
    "expected.vid",
    "expected.pid",
];

fn finish(
    now: UnixMillis,
    ids: Option<(Option<VendorId>, Option<ProductId>)>,
    chain: &mut Vec<ChainEntry>,
    rules: Rules,
) -> Verdict {
    let first_failure = rules.0.iter().find_map(|r| {
        r.error.as_ref().map(|e| Failure {
            rule: r.rule,
            message: e.to_string(),
            error: e.clone(),
        })
    });
    Verdict {
        ok: first_failure.is_none(),
        verified_at: now,
        vid: ids.and_then(|i| i.0),
        pid: ids.and_then(|i| i.1),
        chain: std::mem::take(chain),
        rules: rules.0,
        first_failure,
    }
}

fn check_format(role: CertRole, c: &CertInfo) -> Check {
    let bad = |reason: String| AttestationError::Malformed { cert: role, reason };
    if c.version != 2 {
        return Err(bad(format!("X.509 version {}; must be v3", c.version + 1)));
    }
    if let Some(e) = c.extension_errors.first() {
        return Err(bad(e.clone()));
    }
    match &c.ski {
        None => return Err(bad("no subject key identifier".into())),
        Some(s) if s.critical => return Err(bad("subject key identifier is critical".into())),
        Some(s) if s.value.len() != 20 => {
            return Err(bad(format!(
                "subject key identifier is {} bytes; must be 20",
                s.value.len()
            )))
        }
        Some(_) => {}
    }
    match &c.aki {
        None if role == CertRole::Paa => {}
        None => return Err(bad("no authority key identifier".into())),
        Some(a) if a.critical => return Err(bad("authority key identifier is critical".into())),
        Some(a) => match &a.value {
            None => return Err(bad("authority key identifier has no keyIdentifier".into())),
            Some(k) if k.len() != 20 => {
                return Err(bad(format!(
                    "authority key identifier is {} bytes; must be 20",
                    k.len()
                )))
            }
            Some(_) => {}
        },
    }
    Ok("X.509 v3; 20-byte key identifiers".into())
}

fn oid_name(oid: &str) -> String {
    let name = match oid {
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512",
        "1.2.840.10045.2.1" => "id-ecPublicKey",
        "1.2.840.10045.3.1.7" => "P-256",
        "1.3.132.0.34" => "P-384",
        "1.3.132.0.35" => "P-521",
        "1.2.840.113549.1.1.1" => "rsaEncryption",
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.3.101.112" => "Ed25519",
        _ => return oid.to_owned(),
    };
    name.to_owned()
}

fn check_algorithm(role: CertRole, c: &CertInfo) -> Check {
    let bad = |found: String| AttestationError::UnsupportedAlgorithm { cert: role, found };
    if c.signature_algorithm != OID_ECDSA_WITH_SHA256 || c.signature_algorithm_params {
        return Err(bad(format!(
            "signature algorithm {}",
            oid_name(&c.signature_algorithm)
        )));
    }
    if c.tbs_signature_algorithm != c.signature_algorithm {
        return Err(bad(format!(
            "inner signature algorithm {} differs from the outer one",
            oid_name(&c.tbs_signature_algorithm)
        )));
    }
    if c.key_algorithm != OID_EC_PUBLIC_KEY {
        return Err(bad(format!("a {} key", oid_name(&c.key_algorithm))));
    }
    match c.key_curve.as_deref() {
        Some(OID_P256) => {}
        Some(other) => return Err(bad(format!("an EC key on {}", oid_name(other)))),
        None => return Err(bad("an EC key without a named curve".into())),
    }
    if c.public_key.len() != 65 || c.public_key.first() != Some(&4) {
        return Err(bad(format!(
            "a P-256 key that is not an uncompressed point ({} bytes)",
            c.public_key.len()
        )));
    }
    Ok("ECDSA with SHA-256, P-256 key".into())
}

fn check_validity(role: CertRole, c: &CertInfo, now: UnixMillis) -> Check {
    let t = now.as_secs();
    if t < c.not_before {
        return Err(AttestationError::NotYetValid {
            cert: role,
            now,
            not_before: c.not_before_ms(),
        });
    }
    if t > c.not_after {
        return Err(AttestationError::Expired {
            cert: role,
            now,
            not_after: c.not_after_ms(),
        });
    }
    Ok(format!(
        "valid from {} to {}",
        c.not_before_ms(),
        c.not_after_ms()
    ))
}

fn check_basic_constraints(role: CertRole, c: &CertInfo) -> Check {
    let bad = |reason: String| AttestationError::BasicConstraints { cert: role, reason };
    let Some(bc) = &c.basic_constraints else {
        return Err(bad("extension absent".into()));
    };
    if !bc.critical {
        return Err(bad("extension not marked critical".into()));
    }
    let (ca, pathlen) = bc.value;
    match role {
        CertRole::Dac if ca => Err(bad("a DAC must not be a CA".into())),
        CertRole::Dac if pathlen.is_some() => Err(bad("a DAC must not carry a pathlen".into())),
        CertRole::Dac => Ok("not a CA".into()),
        _ if !ca => Err(bad(format!("a {role} must be a CA"))),
        CertRole::Pai if pathlen != Some(0) => Err(bad(format!(
            "a PAI must have pathlen 0, found {}",
            pathlen.map_or("none".to_string(), |p| p.to_string())
        ))),
        CertRole::Pai => Ok("CA, pathlen 0".into()),
        _ if !matches!(pathlen, None | Some(1)) => Err(bad(format!(
            "a PAA must have pathlen 1 or none, found {}",
            pathlen.map_or("none".to_string(), |p| p.to_string())
        ))),
        _ => Ok(format!(
            "CA, pathlen {}",
            pathlen.map_or("absent".to_string(), |p| p.to_string())
        )),
    }
}

fn ku_names(flags: u16) -> String {
    const NAMES: [&str; 9] = [
        "digitalSignature",
        "nonRepudiation",
        "keyEncipherment",
        "dataEncipherment",
        "keyAgreement",
        "keyCertSign",
        "cRLSign",
        "encipherOnly",
        "decipherOnly",
    ];
    let v: Vec<&str> = NAMES
        .iter()
        .enumerate()
        .filter(|(i, _)| flags & (1 << i) != 0)
        .map(|(_, n)| *n)
        .collect();
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

fn check_key_usage(role: CertRole, c: &CertInfo) -> Check {
    let bad = |reason: String| AttestationError::KeyUsage { cert: role, reason };
    let Some(k) = &c.key_usage else {
        return Err(bad("extension absent".into()));
    };
    if !k.critical {
        return Err(bad("extension not marked critical".into()));
    }
    let flags = k.value;
    match role {
        CertRole::Dac if flags != ku::DIGITAL_SIGNATURE => Err(bad(format!(
            "a DAC must have digitalSignature only, found {}",
            ku_names(flags)
        ))),
        CertRole::Dac => Ok("digitalSignature".into()),
        _ => {
            let required = ku::KEY_CERT_SIGN | ku::CRL_SIGN;
            let allowed = required | ku::DIGITAL_SIGNATURE;
            if flags & required != required || flags & !allowed != 0 {
                Err(bad(format!(
                    "a {role} must have keyCertSign and cRLSign (digitalSignature allowed), found {}",
                    ku_names(flags)
                )))
            } else {
                Ok(ku_names(flags))
            }
        }
    }
}

fn encoding_note(e: IdEncoding) -> &'static str {
    match e {
        IdEncoding::Attributes => "Matter DN attributes",
        IdEncoding::LegacyCommonName => "legacy Mvid:/Mpid: common-name encoding",
        IdEncoding::None => "none",
    }
}

fn check_dac_ids(dac: &CertInfo) -> Check {
    let ids = dac
        .ids
        .as_ref()
        .map_err(|r| AttestationError::InvalidVidPid {
            cert: CertRole::Dac,
            reason: r.clone(),
        })?;
    let vid = ids.vid.ok_or(AttestationError::MissingVidPid {
        cert: CertRole::Dac,
        attribute: "VID",
    })?;
    let pid = ids.pid.ok_or(AttestationError::MissingVidPid {
        cert: CertRole::Dac,
        attribute: "PID",
    })?;
    Ok(format!(
        "VID {vid} PID {pid} ({})",
        encoding_note(ids.encoding)
    ))
}

fn check_pai_ids(pai: &CertInfo, dac: Option<super::cert::SubjectIds>) -> Check {
    let ids = pai
        .ids
        .as_ref()
        .map_err(|r| AttestationError::InvalidVidPid {
            cert: CertRole::Pai,
            reason: r.clone(),
        })?;
    let vid = ids.vid.ok_or(AttestationError::MissingVidPid {
        cert: CertRole::Pai,
        attribute: "VID",
    })?;
    let mut detail = format!("VID {vid}");
    match dac.and_then(|d| d.vid) {
        Some(dv) if dv != vid => {
            return Err(AttestationError::ChainVidMismatch {
                cert: CertRole::Pai,
                expected: dv,
                got: vid,
            })
        }
        Some(_) => detail.push_str(" = DAC VID"),
        None => detail.push_str(" (DAC VID unreadable, not compared)"),
    }
    match (ids.pid, dac.and_then(|d| d.pid)) {
        (None, _) => detail.push_str(", no PID"),
        (Some(p), Some(dp)) if p != dp => {
            return Err(AttestationError::ChainPidMismatch {
                expected: dp,
                got: p,
            })
        }
        (Some(p), Some(_)) => detail.push_str(&format!(", PID {p} = DAC PID")),
        (Some(p), None) => detail.push_str(&format!(", PID {p} (DAC PID unreadable)")),
    }
    Ok(detail)
}

fn check_paa_ids(paa: &CertInfo, pai: Option<super::cert::SubjectIds>) -> Check {
    let ids = paa
        .ids
        .as_ref()
        .map_err(|r| AttestationError::InvalidVidPid {
            cert: CertRole::Paa,
            reason: r.clone(),
        })?;
    if let Some(pid) = ids.pid {
        return Err(AttestationError::PaaHasPid { pid });
    }
    match (ids.vid, pai.and_then(|p| p.vid)) {
        (None, _) => Ok("no VID (non-VID-scoped PAA), no PID".into()),
        (Some(v), Some(pv)) if v != pv => Err(AttestationError::ChainVidMismatch {
            cert: CertRole::Paa,
            expected: pv,
            got: v,
        }),
        (Some(v), Some(_)) => Ok(format!("VID {v} = PAI VID, no PID")),
        (Some(v), None) => Ok(format!("VID {v} (PAI VID unreadable), no PID")),
    }
}

/// Which certificate's signature fails: the DAC's (by the PAI's key) if
/// it does not verify, else the PAI's.
fn bad_signature_on(dac_der: &[u8], pai_der: &[u8]) -> CertRole {
    let dac = X509Certificate::from_der(dac_der);
    let pai = X509Certificate::from_der(pai_der);
    match (dac, pai) {
        (Ok((_, d)), Ok((_, p))) if d.verify_signature(Some(p.public_key())).is_ok() => {
            CertRole::Pai
        }
        _ => CertRole::Dac,
    }
}

fn map_webpki_error(
    e: webpki::Error,
    pai: &CertInfo,
    dac_der: &[u8],
    pai_der: &[u8],
) -> AttestationError {
    use webpki::Error as W;
    match e {
        W::UnknownIssuer => AttestationError::UntrustedRoot {
            issuer: pai.issuer.clone(),
        },
        W::InvalidSignatureForPublicKey => AttestationError::BadSignature {
            cert: bad_signature_on(dac_der, pai_der),
            reason: "the signature does not verify with the issuer's public key".into(),
        },
        W::UnsupportedSignatureAlgorithmContext(_)
        | W::UnsupportedSignatureAlgorithmForPublicKeyContext(_) => {
            AttestationError::UnsupportedAlgorithm {
                cert: bad_signature_on(dac_der, pai_der),
                found: format!("{e:?}"),
            }
        }
        W::CaUsedAsEndEntity => AttestationError::BasicConstraints {
            cert: CertRole::Dac,
            reason: "webpki: a CA certificate used as the end entity".into(),
        },
        W::EndEntityUsedAsCa | W::PathLenConstraintViolated => AttestationError::BasicConstraints {
            cert: CertRole::Pai,
            reason: format!("webpki: {e:?}"),
        },
        other => AttestationError::ChainInvalid {
            reason: format!("webpki: {other:?}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attestation::cert::SubjectIds;

    const NOVID_PAA: &[u8] =
        include_bytes!("../../tests/fixtures/matter-test-pki/Chip-Test-PAA-NoVID-Cert.der");
    const FFF1_PAA: &[u8] =
        include_bytes!("../../tests/fixtures/matter-test-pki/Chip-Test-PAA-FFF1-Cert.der");
    const DAC: &[u8] =
        include_bytes!("../../tests/fixtures/matter-test-pki/Matter-Dev-DAC-FFF1-8001-Cert.der");

    fn pai_ids(vid: u16) -> Option<SubjectIds> {
        Some(SubjectIds {
            vid: Some(VendorId(vid)),
            pid: None,
            encoding: IdEncoding::Attributes,
        })
    }

    #[test]
    fn sdk_paas_pass_every_paa_rule() {
        for der in [NOVID_PAA, FFF1_PAA] {
            let paa = CertInfo::parse(der).unwrap();
            check_format(CertRole::Paa, &paa).unwrap();
            check_algorithm(CertRole::Paa, &paa).unwrap();
            check_basic_constraints(CertRole::Paa, &paa).unwrap();
            check_key_usage(CertRole::Paa, &paa).unwrap();
            check_validity(CertRole::Paa, &paa, UnixMillis(1_767_225_600_000)).unwrap();
            check_paa_ids(&paa, pai_ids(0xFFF1)).unwrap();
        }
        // The NoVID PAA may sign for any vendor; the FFF1 PAA only for FFF1.
        let novid = CertInfo::parse(NOVID_PAA).unwrap();
        assert!(check_paa_ids(&novid, pai_ids(0x1234)).is_ok());
        let fff1 = CertInfo::parse(FFF1_PAA).unwrap();
        assert_eq!(
            check_paa_ids(&fff1, pai_ids(0x1234)),
            Err(AttestationError::ChainVidMismatch {
                cert: CertRole::Paa,
                expected: VendorId(0x1234),
                got: VendorId(0xFFF1),
            })
        );
    }

    #[test]
    fn role_rules_are_not_interchangeable() {
        let dac = CertInfo::parse(DAC).unwrap();
        let paa = CertInfo::parse(FFF1_PAA).unwrap();
        // A DAC is no PAI/PAA, a PAA is no DAC/PAI.
        assert!(check_basic_constraints(CertRole::Pai, &dac).is_err());
        assert!(check_key_usage(CertRole::Paa, &dac).is_err());
        assert!(check_basic_constraints(CertRole::Dac, &paa).is_err());
        assert!(check_basic_constraints(CertRole::Pai, &paa).is_err()); // pathlen 1
        assert!(check_key_usage(CertRole::Dac, &paa).is_err());
        // A DAC without PID is refused.
        let mut no_pid = dac.clone();
        no_pid.ids = Ok(SubjectIds {
            vid: Some(VendorId(0xFFF1)),
            pid: None,
            encoding: IdEncoding::Attributes,
        });
        assert_eq!(
            check_dac_ids(&no_pid),
            Err(AttestationError::MissingVidPid {
                cert: CertRole::Dac,
                attribute: "PID"
            })
        );
        // A PAA with a PID is refused.
        let mut paa_pid = paa.clone();
        paa_pid.ids = Ok(SubjectIds {
            vid: Some(VendorId(0xFFF1)),
            pid: Some(ProductId(1)),
            encoding: IdEncoding::Attributes,
        });
        assert_eq!(
            check_paa_ids(&paa_pid, pai_ids(0xFFF1)),
            Err(AttestationError::PaaHasPid { pid: ProductId(1) })
        );
        // Missing SKI, non-critical key usage.
        let mut f = dac.clone();
        f.ski = None;
        assert!(matches!(
            check_format(CertRole::Dac, &f),
            Err(AttestationError::Malformed { .. })
        ));
        let mut k = dac;
        if let Some(ku) = k.key_usage.as_mut() {
            ku.critical = false;
        }
        assert!(check_key_usage(CertRole::Dac, &k).is_err());
    }
}
