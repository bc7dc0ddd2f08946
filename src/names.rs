//! Name syntax shared by several layers: DNS host names, single DNS labels
//! and DNS-SD instance names.
//!
//! This is a leaf module (it uses nothing else in the crate), so the
//! configuration, the hub CA and mDNS can all check names the same way
//! without importing one another. Each function only answers whether a
//! string is well formed; the callers decide what a refusal means.
#![forbid(unsafe_code)]

/// The longest DNS label (RFC 1035 section 2.3.4).
pub const MAX_LABEL: usize = 63;

/// The longest DNS name in text form (RFC 1035 section 2.3.4, without the
/// final dot).
const MAX_NAME: usize = 253;

/// Whether `s` is a DNS host name: 1 to 253 characters, dot-separated
/// labels that are each a [host label](is_host_label).
pub fn is_dns_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_NAME && s.split('.').all(is_host_label)
}

/// `true` if `s` is a host label: 1..=63 of `[A-Za-z0-9-]`, no leading or
/// trailing `-`.
pub fn is_host_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_LABEL
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// `true` if `s` is a DNS-SD instance name: 1..=63 bytes of UTF-8 with no
/// control character (RFC 6763 section 4.1.1).
pub fn is_instance_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_LABEL && !s.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_names() {
        for ok in [
            "threshold.local",
            "localhost",
            "a",
            "hub-1.example.com",
            "0a1b",
        ] {
            assert!(is_dns_name(ok), "{ok}");
        }
        let long_label = "a".repeat(64);
        let name = |last: usize| format!("{0}.{0}.{0}.{1}", "a".repeat(63), "a".repeat(last));
        let (longest, long_name) = (name(61), name(62));
        assert_eq!((longest.len(), long_name.len()), (253, 254));
        assert!(is_dns_name(&longest));
        for bad in [
            "",
            "a b",
            "a..b",
            ".a",
            "a.",
            "-a.b",
            "a-.b",
            "a_b",
            "hé.local",
            long_label.as_str(),
            long_name.as_str(),
        ] {
            assert!(!is_dns_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn host_labels() {
        assert!(is_host_label("threshold-0a1b2c3d"));
        assert!(is_host_label(&"a".repeat(63)));
        for bad in ["", "-hub", "hub-", "hub.local", "a b", &"a".repeat(64)] {
            assert!(!is_host_label(bad), "{bad:?}");
        }
    }

    #[test]
    fn instance_names() {
        assert!(is_instance_name("Threshold Hub 0a1b2c3d"));
        assert!(is_instance_name("Küche. Licht (2)"));
        for bad in ["", "a\nb", "a\u{7f}", &"x".repeat(64)] {
            assert!(!is_instance_name(bad), "{bad:?}");
        }
    }
}
