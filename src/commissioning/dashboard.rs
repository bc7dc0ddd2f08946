//! Who may use the web dashboard (docs/dashboard.md): its one-time login
//! links and its browser sessions, decided and audited here.
//!
//! A browser carries no client certificate. A user who holds one (or the
//! hub's local administrator) asks for a **login link**; the browser
//! trades it once for a **session**, held in an `HttpOnly`, `Secure`,
//! `SameSite=Strict` cookie. The session acts as its user, with the user's
//! role, on channel `dashboard`: every operation goes through the same core
//! calls, so the role table ([`Policy::may`](super::policy::Policy::may))
//! and the audit are those of the API.
//!
//! State machine, per secret (all in memory: a restart signs everyone out):
//!
//! ```text
//!  link:     issued --(redeemed within LINK_TTL)--> used (kept until its deadline, then forgotten)
//!               \----(LINK_TTL passed)------------> forgotten
//!  session:  live --(request within SESSION_IDLE, before SESSION_MAX)--> live (idle deadline moved)
//!               \--(logout | user revoked | idle | max | evicted)-----> ended
//! ```
//!
//! Rules:
//! * A user may ask for a link for themselves; only the local administrator
//!   (channel `local`: root or the daemon's uid on the admin socket) may ask
//!   for another enrolled user's. A revoked or unknown user gets none.
//! * A link is 32 random bytes from the core's generator, shown once; the
//!   core keeps only its SHA-256. It is valid for [`LINK_TTL`] and for one
//!   login: a second use is refused (`login_link_invalid`, detail `used`).
//! * A session id and its CSRF token are 32 random bytes each. Every form
//!   must carry the session's CSRF token ([`Commissioner::dashboard_form`]);
//!   a mismatch is refused and audited (`dashboard.csrf`).
//! * Revoking a user ends their sessions and their unused links at once.
//! * At most [`MAX_LINKS`] unused links and [`MAX_SESSIONS`] sessions: a new
//!   one ends the oldest, so no caller can grow the core's memory.
//! * Nothing here counts towards the pairing lock: a stale cookie or an old
//!   link is no attack on pairing, and an anonymous peer must never be able
//!   to deny pairing to others.
//! * A refused login is audited once per source (an IPv4 address or an IPv6
//!   /64) per [`REFUSAL_AUDIT_INTERVAL`]; the refusals held back meanwhile
//!   are counted in the next record's `held_back`. So a peer guessing links
//!   cannot fill the audit log (each record is a durable write), and it
//!   cannot hide either: its first refusal and the count are recorded.
#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use subtle::ConstantTimeEq;

use super::policy::Role;
use super::rng::RngError;
use super::{Actor, Commissioner};
use crate::audit::{AuditAction, AuditEvent, Outcome};
use crate::conn_limit::SourceKey;
use crate::refusal::Refusal;

/// The audit channel of dashboard sessions.
pub const CHANNEL: &str = "dashboard";
/// How long a login link may be used.
pub const LINK_TTL: Duration = Duration::from_secs(60);
/// A session ends after this long without a request.
pub const SESSION_IDLE: Duration = Duration::from_secs(30 * 60);
/// A session ends this long after its login, however busy.
pub const SESSION_MAX: Duration = Duration::from_secs(12 * 60 * 60);
/// Most unused links held; a new one ends the oldest.
pub const MAX_LINKS: usize = 32;
/// Most sessions held; a new one ends the oldest.
pub const MAX_SESSIONS: usize = 64;
/// At most one audited login refusal per source in this interval.
pub const REFUSAL_AUDIT_INTERVAL: Duration = Duration::from_secs(60);
/// Most sources whose login refusals are tallied; the stalest is dropped.
pub const MAX_REFUSAL_SOURCES: usize = 256;
/// The user id of the admin socket's administrator (the API's
/// `LOCAL_ADMIN`), who may ask for any user's link.
const LOCAL_CHANNEL: &str = "local";

type Digest = [u8; 32];

fn digest(secret: &str) -> Digest {
    let d = ring::digest::digest(&ring::digest::SHA256, secret.as_bytes());
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

/// A login link's secret, shown once (64 hex digits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginLink {
    /// The secret the browser presents.
    pub secret: String,
    /// The user it signs in.
    pub user: String,
    /// How long it may be used.
    pub valid_for: Duration,
}

/// A new session: the cookie's value and the forms' CSRF token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// The session id (the cookie's value, 64 hex digits).
    pub id: String,
    /// Who it acts as.
    pub actor: Actor,
    /// Its longest life (the cookie's `Max-Age`).
    pub max_age: Duration,
}

/// A live session, as a request sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveSession {
    /// Who it acts as (channel `dashboard`).
    pub actor: Actor,
    /// The token every form of this session carries (64 hex digits).
    pub csrf: String,
}

/// The user a link is asked for, as the store knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// The user id asked for.
    pub user: String,
    /// The stored role and whether the user is revoked; `None`: no such
    /// user.
    pub row: Option<(Role, bool)>,
}

/// Why a dashboard request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DashboardRefusal {
    /// A user asked for another user's link.
    #[error("only the hub's local administrator may ask for another user's login link")]
    NotPermitted,
    /// No such user.
    #[error("no user {0:?}")]
    NoSuchUser(String),
    /// The user is revoked.
    #[error("user {0} was revoked")]
    UserRevoked(String),
    /// The link is unknown, used or expired (`why`: `unknown`, `used`,
    /// `expired`).
    #[error("this login link is {0}; ask for a new one (`threshold dashboard login`)")]
    LinkInvalid(&'static str),
    /// No live session for this cookie.
    #[error("not signed in, or the session ended; ask for a new login link")]
    SessionInvalid,
    /// A form without its session's CSRF token.
    #[error("the form does not carry this session's CSRF token")]
    CsrfMismatch,
    /// The random generator failed.
    #[error("the random generator failed")]
    Rng,
}

impl DashboardRefusal {
    /// The refusal answered and audited.
    pub fn refusal(&self) -> Refusal {
        match self {
            DashboardRefusal::NotPermitted => Refusal::NotPermitted,
            DashboardRefusal::NoSuchUser(_) => Refusal::NoSuchUser,
            DashboardRefusal::UserRevoked(_) => Refusal::UserRevoked,
            DashboardRefusal::LinkInvalid(_) => Refusal::LoginLinkInvalid,
            DashboardRefusal::SessionInvalid => Refusal::SessionInvalid,
            DashboardRefusal::CsrfMismatch => Refusal::CsrfMismatch,
            DashboardRefusal::Rng => Refusal::Internal,
        }
    }
}

impl From<RngError> for DashboardRefusal {
    fn from(_: RngError) -> Self {
        DashboardRefusal::Rng
    }
}

#[derive(Debug, Clone)]
struct Link {
    user: String,
    role: Role,
    issued: Instant,
    used: bool,
}

#[derive(Debug, Clone)]
struct Session {
    user: String,
    role: Role,
    csrf: String,
    started: Instant,
    last_seen: Instant,
}

impl Session {
    fn live(&self, now: Instant) -> bool {
        now.saturating_duration_since(self.last_seen) < SESSION_IDLE
            && now.saturating_duration_since(self.started) < SESSION_MAX
    }

    fn actor(&self) -> Actor {
        Actor {
            user: self.user.clone(),
            role: self.role,
            channel: CHANNEL,
        }
    }
}

/// Login refusals of one source since its last audited one.
#[derive(Debug, Clone, Copy)]
struct Refusals {
    audited: Instant,
    held_back: u64,
}

/// The links and sessions the core holds.
#[derive(Debug, Default, Clone)]
pub struct WebSessions {
    links: HashMap<Digest, Link>,
    sessions: HashMap<Digest, Session>,
    refusals: HashMap<SourceKey, Refusals>,
}

impl WebSessions {
    fn forget_old(&mut self, now: Instant) {
        self.links
            .retain(|_, l| now.saturating_duration_since(l.issued) < LINK_TTL);
        self.sessions.retain(|_, s| s.live(now));
    }

    /// Live sessions (for the metrics and the tests).
    pub fn sessions(&self) -> usize {
        self.sessions.len()
    }

    /// Whether a login refusal from `addr` is audited now, and how many
    /// were held back before it; `None`: held back (counted).
    fn refusal_to_audit(&mut self, now: Instant, addr: IpAddr) -> Option<u64> {
        let key = SourceKey::from(addr);
        if let Some(r) = self.refusals.get_mut(&key) {
            if now.saturating_duration_since(r.audited) < REFUSAL_AUDIT_INTERVAL {
                r.held_back += 1;
                return None;
            }
            let held = r.held_back;
            *r = Refusals {
                audited: now,
                held_back: 0,
            };
            return Some(held);
        }
        if self.refusals.len() >= MAX_REFUSAL_SOURCES {
            let stalest = self
                .refusals
                .iter()
                .min_by_key(|(_, r)| r.audited)
                .map(|(k, _)| *k);
            if let Some(k) = stalest {
                self.refusals.remove(&k);
            }
        }
        self.refusals.insert(
            key,
            Refusals {
                audited: now,
                held_back: 0,
            },
        );
        Some(0)
    }
}

fn random_hex(c: &mut Commissioner) -> Result<String, RngError> {
    let mut b = [0u8; 32];
    c.rng.fill(&mut b)?;
    Ok(hex::encode(b))
}

fn anonymous(addr: IpAddr) -> String {
    format!("anonymous:{}", addr.to_canonical())
}

impl Commissioner {
    /// A one-time login link for `target` (module docs: for oneself, or
    /// any enrolled user when asked on the admin socket). Audited
    /// (`dashboard.link`): issued, or refused with the reason.
    pub fn dashboard_link(
        &mut self,
        now: Instant,
        actor: &Actor,
        target: LinkTarget,
    ) -> Result<LoginLink, DashboardRefusal> {
        self.dashboard.forget_old(now);
        let subject = format!("user:{}", target.user);
        let checked = match target.row {
            _ if actor.channel != LOCAL_CHANNEL && actor.user != target.user => {
                Err(DashboardRefusal::NotPermitted)
            }
            None => Err(DashboardRefusal::NoSuchUser(target.user.clone())),
            Some((_, true)) => Err(DashboardRefusal::UserRevoked(target.user.clone())),
            Some((role, false)) => Ok(role),
        };
        let role = match checked {
            Ok(r) => r,
            Err(e) => {
                let ev = actor.event(
                    AuditAction::DashboardLink,
                    subject,
                    Outcome::Denied,
                    e.refusal().as_str(),
                );
                self.audit(ev);
                return Err(e);
            }
        };
        let secret = random_hex(self)?;
        if self.dashboard.links.len() >= MAX_LINKS {
            let oldest = self
                .dashboard
                .links
                .iter()
                .min_by_key(|(_, l)| l.issued)
                .map(|(k, _)| *k);
            if let Some(k) = oldest {
                self.dashboard.links.remove(&k);
            }
        }
        self.dashboard.links.insert(
            digest(&secret),
            Link {
                user: target.user.clone(),
                role,
                issued: now,
                used: false,
            },
        );
        self.audit(
            actor
                .event(AuditAction::DashboardLink, subject, Outcome::Success, "ok")
                .with("valid_secs", LINK_TTL.as_secs()),
        );
        Ok(LoginLink {
            secret,
            user: target.user,
            valid_for: LINK_TTL,
        })
    }

    /// Trades a login link for a session (browser at `addr`). Audited
    /// (`dashboard.login`): signed in, or refused (`login_link_invalid`,
    /// detail `why`: `unknown`, `used`, `expired`).
    pub fn dashboard_login(
        &mut self,
        now: Instant,
        secret: &str,
        addr: IpAddr,
    ) -> Result<NewSession, DashboardRefusal> {
        // Expiry is told apart from "unknown" before the sweep forgets it.
        let key = digest(secret);
        let why = match self.dashboard.links.get(&key) {
            None => Some("unknown"),
            Some(l) if l.used => Some("used"),
            Some(l) if now.saturating_duration_since(l.issued) >= LINK_TTL => Some("expired"),
            Some(_) => None,
        };
        self.dashboard.forget_old(now);
        if let Some(why) = why {
            let e = DashboardRefusal::LinkInvalid(why);
            if let Some(held_back) = self.dashboard.refusal_to_audit(now, addr) {
                self.audit(
                    AuditEvent::new(
                        anonymous(addr),
                        AuditAction::DashboardLogin,
                        "dashboard",
                        CHANNEL,
                        Outcome::Denied,
                        e.refusal().as_str(),
                    )
                    .with("why", why)
                    .with("addr", addr.to_canonical().to_string())
                    .with("held_back", held_back),
                );
            }
            return Err(e);
        }
        let id = random_hex(self)?;
        let csrf = random_hex(self)?;
        let Some(link) = self.dashboard.links.get_mut(&key) else {
            return Err(DashboardRefusal::LinkInvalid("unknown"));
        };
        link.used = true;
        let session = Session {
            user: link.user.clone(),
            role: link.role,
            csrf,
            started: now,
            last_seen: now,
        };
        if self.dashboard.sessions.len() >= MAX_SESSIONS {
            let oldest = self
                .dashboard
                .sessions
                .iter()
                .min_by_key(|(_, s)| s.last_seen)
                .map(|(k, s)| (*k, s.user.clone()));
            if let Some((k, user)) = oldest {
                self.dashboard.sessions.remove(&k);
                self.audit(
                    AuditEvent::new(
                        format!("user:{user}"),
                        AuditAction::DashboardLogout,
                        "dashboard",
                        CHANNEL,
                        Outcome::Success,
                        "evicted",
                    )
                    .with("sessions", 1),
                );
            }
        }
        let actor = session.actor();
        self.audit(
            actor
                .event(
                    AuditAction::DashboardLogin,
                    "dashboard",
                    Outcome::Success,
                    "ok",
                )
                .with("addr", addr.to_canonical().to_string())
                .with("role", actor.role.as_str()),
        );
        self.dashboard.sessions.insert(digest(&id), session);
        Ok(NewSession {
            id,
            actor,
            max_age: SESSION_MAX,
        })
    }

    /// The live session of a cookie (not audited: every page view asks);
    /// a request moves its idle deadline.
    pub fn dashboard_session(
        &mut self,
        now: Instant,
        id: &str,
    ) -> Result<LiveSession, DashboardRefusal> {
        self.dashboard.forget_old(now);
        let s = self
            .dashboard
            .sessions
            .get_mut(&digest(id))
            .ok_or(DashboardRefusal::SessionInvalid)?;
        s.last_seen = now;
        Ok(LiveSession {
            actor: s.actor(),
            csrf: s.csrf.clone(),
        })
    }

    /// The session of a form, once its CSRF token `csrf` matches (compared
    /// in constant time). A mismatch is audited (`dashboard.csrf`, denied,
    /// `csrf_mismatch`) and changes nothing.
    pub fn dashboard_form(
        &mut self,
        now: Instant,
        id: &str,
        csrf: Option<&str>,
        subject: &str,
    ) -> Result<Actor, DashboardRefusal> {
        let live = self.dashboard_session(now, id)?;
        let ok = csrf.is_some_and(|t| bool::from(t.as_bytes().ct_eq(live.csrf.as_bytes())));
        if ok {
            return Ok(live.actor);
        }
        let e = DashboardRefusal::CsrfMismatch;
        let ev = live
            .actor
            .event(
                AuditAction::DashboardCsrf,
                subject,
                Outcome::Denied,
                e.refusal().as_str(),
            )
            .with("token", if csrf.is_some() { "wrong" } else { "missing" });
        self.audit(ev);
        Err(e)
    }

    /// Ends a session (sign out). Audited (`dashboard.logout`) when there
    /// was one.
    pub fn dashboard_logout(&mut self, now: Instant, id: &str) {
        self.dashboard.forget_old(now);
        if let Some(s) = self.dashboard.sessions.remove(&digest(id)) {
            let ev = s
                .actor()
                .event(
                    AuditAction::DashboardLogout,
                    "dashboard",
                    Outcome::Success,
                    "ok",
                )
                .with("sessions", 1);
            self.audit(ev);
        }
    }

    /// Ends `user`'s sessions and unused links (the user was revoked by
    /// `by`); audited (`dashboard.logout`, reason `user_revoked`) when any
    /// session ended.
    pub(super) fn dashboard_end_user(&mut self, user: &str, by: &Actor) {
        self.dashboard.links.retain(|_, l| l.user != user);
        let before = self.dashboard.sessions.len();
        self.dashboard.sessions.retain(|_, s| s.user != user);
        let ended = before - self.dashboard.sessions.len();
        if ended > 0 {
            let ev = by
                .event(
                    AuditAction::DashboardLogout,
                    format!("user:{user}"),
                    Outcome::Success,
                    "user_revoked",
                )
                .with("sessions", ended as u64);
            self.audit(ev);
        }
    }

    /// Live dashboard sessions.
    pub fn dashboard_sessions(&self) -> usize {
        self.dashboard.sessions()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commissioning::test_support::{core, drain};

    fn local() -> Actor {
        Actor {
            user: "local-admin".into(),
            role: Role::Owner,
            channel: "local",
        }
    }

    fn user(id: &str, role: Role) -> Actor {
        Actor {
            user: id.into(),
            role,
            channel: "api",
        }
    }

    fn target(id: &str, role: Role) -> LinkTarget {
        LinkTarget {
            user: id.into(),
            row: Some((role, false)),
        }
    }

    fn addr() -> IpAddr {
        "192.0.2.7".parse().expect("addr")
    }

    fn actions(c: &mut Commissioner) -> Vec<(String, String, String)> {
        drain(c)
            .0
            .into_iter()
            .map(|e| (e.action.as_str().to_owned(), e.actor, e.reason))
            .collect()
    }

    #[test]
    fn a_link_signs_in_once_within_its_minute() {
        let (mut c, now) = core();
        drain(&mut c);
        let link = c
            .dashboard_link(now, &user("ann", Role::Member), target("ann", Role::Member))
            .expect("link for oneself");
        assert_eq!(link.secret.len(), 64);
        let s = c
            .dashboard_login(now + Duration::from_secs(59), &link.secret, addr())
            .expect("login");
        assert_eq!(s.actor.user, "ann");
        assert_eq!(s.actor.role, Role::Member);
        assert_eq!(s.actor.channel, "dashboard");
        let again = c.dashboard_login(now + Duration::from_secs(59), &link.secret, addr());
        assert_eq!(again, Err(DashboardRefusal::LinkInvalid("used")));
        let live = c
            .dashboard_session(now + Duration::from_secs(60), &s.id)
            .expect("live");
        assert_eq!(live.actor.user, "ann");
        assert_eq!(
            actions(&mut c),
            [
                ("dashboard.link".into(), "user:ann".into(), "ok".into()),
                ("dashboard.login".into(), "user:ann".into(), "ok".into()),
                (
                    "dashboard.login".into(),
                    "anonymous:192.0.2.7".into(),
                    "login_link_invalid".into()
                ),
            ]
        );
    }

    #[test]
    fn an_expired_or_unknown_link_is_refused_and_changes_nothing() {
        let (mut c, now) = core();
        let link = c
            .dashboard_link(now, &local(), target("own", Role::Owner))
            .expect("local admin may ask for anyone");
        let late = now + LINK_TTL;
        assert_eq!(
            c.dashboard_login(late, &link.secret, addr()),
            Err(DashboardRefusal::LinkInvalid("expired"))
        );
        assert_eq!(
            c.dashboard_login(late, &"0".repeat(64), addr()),
            Err(DashboardRefusal::LinkInvalid("unknown"))
        );
        assert_eq!(c.dashboard_sessions(), 0);
    }

    #[test]
    fn only_the_local_admin_asks_for_someone_else_and_never_for_a_revoked_user() {
        let (mut c, now) = core();
        drain(&mut c);
        let owner = user("own", Role::Owner);
        assert_eq!(
            c.dashboard_link(now, &owner, target("ann", Role::Member)),
            Err(DashboardRefusal::NotPermitted)
        );
        let revoked = LinkTarget {
            user: "bob".into(),
            row: Some((Role::Admin, true)),
        };
        assert_eq!(
            c.dashboard_link(now, &local(), revoked),
            Err(DashboardRefusal::UserRevoked("bob".into()))
        );
        let nobody = LinkTarget {
            user: "zed".into(),
            row: None,
        };
        assert_eq!(
            c.dashboard_link(now, &local(), nobody),
            Err(DashboardRefusal::NoSuchUser("zed".into()))
        );
        let reasons: Vec<String> = actions(&mut c).into_iter().map(|a| a.2).collect();
        assert_eq!(reasons, ["not_permitted", "user_revoked", "no_such_user"]);
    }

    #[test]
    fn sessions_end_when_idle_at_their_maximum_on_logout_and_on_revocation() {
        let (mut c, now) = core();
        let login = |c: &mut Commissioner, id: &str, at: Instant| {
            let l = c
                .dashboard_link(at, &local(), target(id, Role::Admin))
                .expect("link");
            c.dashboard_login(at, &l.secret, addr()).expect("login").id
        };
        let idle = login(&mut c, "a", now);
        assert_eq!(
            c.dashboard_session(now + SESSION_IDLE, &idle),
            Err(DashboardRefusal::SessionInvalid)
        );
        // Busy, but not past its maximum.
        let busy = login(&mut c, "a", now);
        let mut t = now;
        while t + SESSION_IDLE / 2 < now + SESSION_MAX {
            t += SESSION_IDLE / 2;
            c.dashboard_session(t, &busy).expect("still live");
        }
        assert_eq!(
            c.dashboard_session(now + SESSION_MAX, &busy),
            Err(DashboardRefusal::SessionInvalid)
        );
        let t = now + SESSION_MAX;
        let out = login(&mut c, "b", t);
        c.dashboard_logout(t, &out);
        assert_eq!(
            c.dashboard_session(t, &out),
            Err(DashboardRefusal::SessionInvalid)
        );
        let gone = login(&mut c, "b", t);
        let unused = c
            .dashboard_link(t, &local(), target("b", Role::Admin))
            .expect("link");
        drain(&mut c);
        c.revoke_user(t, &local(), "b", Some((Role::Admin, false)))
            .expect("revoke");
        assert_eq!(
            c.dashboard_session(t, &gone),
            Err(DashboardRefusal::SessionInvalid)
        );
        assert_eq!(
            c.dashboard_login(t, &unused.secret, addr()),
            Err(DashboardRefusal::LinkInvalid("unknown"))
        );
        let a = drain(&mut c).0;
        assert!(
            a.iter()
                .any(|e| e.action == "dashboard.logout" && e.reason == "user_revoked"),
            "{a:?}"
        );
    }

    #[test]
    fn a_form_needs_its_sessions_csrf_token() {
        let (mut c, now) = core();
        let l = c
            .dashboard_link(now, &local(), target("m", Role::Member))
            .expect("link");
        let s = c.dashboard_login(now, &l.secret, addr()).expect("login");
        let live = c.dashboard_session(now, &s.id).expect("live");
        drain(&mut c);
        assert_eq!(
            c.dashboard_form(now, &s.id, None, "device:x"),
            Err(DashboardRefusal::CsrfMismatch)
        );
        let wrong = "f".repeat(64);
        assert_eq!(
            c.dashboard_form(now, &s.id, Some(&wrong), "device:x"),
            Err(DashboardRefusal::CsrfMismatch)
        );
        let a = drain(&mut c).0;
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].action, "dashboard.csrf");
        assert_eq!(a[0].details["token"], "missing");
        assert_eq!(a[1].details["token"], "wrong");
        let actor = c
            .dashboard_form(now, &s.id, Some(&live.csrf), "device:x")
            .expect("form");
        assert_eq!(actor.user, "m");
        // Another session's token is not this one's.
        let l2 = c
            .dashboard_link(now, &local(), target("n", Role::Member))
            .expect("link");
        let s2 = c.dashboard_login(now, &l2.secret, addr()).expect("login");
        assert_eq!(
            c.dashboard_form(now, &s2.id, Some(&live.csrf), "device:x"),
            Err(DashboardRefusal::CsrfMismatch)
        );
    }

    #[test]
    fn refused_logins_are_audited_once_a_minute_per_source_with_a_count() {
        let (mut c, now) = core();
        drain(&mut c);
        let bad = "0".repeat(64);
        let other: IpAddr = "2001:db8:1:2::5".parse().expect("addr");
        let same64: IpAddr = "2001:db8:1:2::6".parse().expect("addr");
        for i in 0..10u64 {
            let at = now + Duration::from_secs(i);
            let r = c.dashboard_login(at, &bad, addr());
            assert_eq!(r, Err(DashboardRefusal::LinkInvalid("unknown")));
        }
        c.dashboard_login(now, &bad, other).expect_err("refused");
        c.dashboard_login(now, &bad, same64).expect_err("refused");
        let a = drain(&mut c).0;
        assert_eq!(a.len(), 2, "one per source: {a:?}");
        assert_eq!(a[0].details["held_back"], 0);
        let later = now + REFUSAL_AUDIT_INTERVAL;
        c.dashboard_login(later, &bad, addr()).expect_err("refused");
        let a = drain(&mut c).0;
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].details["held_back"], 9, "the nine held back");
        assert_eq!(a[0].actor, "anonymous:192.0.2.7");
        // Many sources: the tally stays bounded.
        for i in 0..(MAX_REFUSAL_SOURCES as u32 + 10) {
            let src = IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + i));
            c.dashboard_login(later, &bad, src).expect_err("refused");
        }
        assert!(c.dashboard.refusals.len() <= MAX_REFUSAL_SOURCES);
    }

    #[test]
    fn links_and_sessions_are_bounded() {
        let (mut c, now) = core();
        let mut first = None;
        for i in 0..=MAX_LINKS {
            let l = c
                .dashboard_link(
                    now + Duration::from_millis(i as u64),
                    &local(),
                    target("o", Role::Owner),
                )
                .expect("link");
            first.get_or_insert(l.secret);
        }
        assert_eq!(c.dashboard.links.len(), MAX_LINKS);
        let first = first.expect("one");
        assert_eq!(
            c.dashboard_login(now, &first, addr()),
            Err(DashboardRefusal::LinkInvalid("unknown"))
        );
        for _ in 0..MAX_SESSIONS + 3 {
            let l = c
                .dashboard_link(now, &local(), target("o", Role::Owner))
                .expect("link");
            c.dashboard_login(now, &l.secret, addr()).expect("login");
        }
        assert_eq!(c.dashboard_sessions(), MAX_SESSIONS);
    }
}
