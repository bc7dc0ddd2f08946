//! The codec against byte vectors written from the kernel's uapi layout
//! (linux/netlink.h, rtnetlink.h, if_link.h, if_addr.h). Netlink headers
//! are in host byte order: the vectors are little-endian, as on every
//! target Threshold ships for.
#![cfg(target_endian = "little")]

use super::*;
use proptest::prelude::*;

const PORT: u32 = 0x04d2; // 1234
const P: [u8; 4] = [0xd2, 0x04, 0, 0];

fn v6(s: &str) -> Ipv6Addr {
    s.parse().unwrap()
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

#[test]
fn get_link_by_name() {
    let r = get_link("wpan0").unwrap();
    #[rustfmt::skip]
    let want: &[u8] = &[
        // nlmsghdr: len 44, RTM_GETLINK, NLM_F_REQUEST | NLM_F_ACK, seq 0, pid 0
        44, 0, 0, 0, 18, 0, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // ifinfomsg: AF_UNSPEC, index 0, flags 0, change 0
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // IFLA_IFNAME "wpan0\0" (len 10, padded to 12)
        10, 0, 3, 0, b'w', b'p', b'a', b'n', b'0', 0, 0, 0,
    ];
    assert_eq!(r.bytes(), want);
    assert!(matches!(
        get_link("a-name-too-long-x"),
        Err(Error::NameTooLong)
    ));
}

#[test]
fn del_link_by_index() {
    #[rustfmt::skip]
    let want: &[u8] = &[
        32, 0, 0, 0, 17, 0, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    assert_eq!(del_link(7).bytes(), want);
}

#[test]
fn set_link_down_mtu_multicast_no_addr_gen() {
    let r = set_link(
        7,
        &LinkChange {
            up: Some(false),
            multicast: Some(true),
            mtu: Some(1280),
            addr_gen_mode_none: true,
        },
    );
    #[rustfmt::skip]
    let want: &[u8] = &[
        // len 56, RTM_SETLINK, REQUEST | ACK
        56, 0, 0, 0, 19, 0, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // ifinfomsg: index 7, flags IFF_MULTICAST, change IFF_UP | IFF_MULTICAST
        0, 0, 0, 0, 7, 0, 0, 0, 0, 0x10, 0, 0, 0x01, 0x10, 0, 0,
        // IFLA_MTU 1280
        8, 0, 4, 0, 0x00, 0x05, 0, 0,
        // IFLA_AF_SPEC { AF_INET6 { IFLA_INET6_ADDR_GEN_MODE: NONE } }
        16, 0, 26, 0, 12, 0, 10, 0, 5, 0, 8, 0, 1, 0, 0, 0,
    ];
    assert_eq!(r.bytes(), want);
    // Up only: flags and change IFF_UP, no attribute.
    let up = set_link(
        7,
        &LinkChange {
            up: Some(true),
            ..LinkChange::default()
        },
    );
    assert_eq!(&up.bytes()[..4], &[32, 0, 0, 0]);
    assert_eq!(&up.bytes()[24..32], &[1, 0, 0, 0, 1, 0, 0, 0]);
}

#[test]
fn add_and_delete_an_ipv6_address() {
    let r = add_address(&NewAddress {
        index: 7,
        address: v6("fd00::1"),
        prefix_len: 64,
        flags: IFA_F_NODAD | IFA_F_NOPREFIXROUTE,
        preferred: 0,
        valid: u32::MAX,
    });
    let a = v6("fd00::1").octets();
    let want = cat(&[
        // len 92, RTM_NEWADDR, REQUEST | ACK | REPLACE | CREATE
        &[92, 0, 0, 0, 20, 0, 0x05, 0x05, 0, 0, 0, 0, 0, 0, 0, 0],
        // ifaddrmsg: AF_INET6, /64, flags 0, scope 0, index 7
        &[10, 64, 0, 0, 7, 0, 0, 0],
        &[20, 0, 1, 0],
        &a,
        &[20, 0, 2, 0],
        &a,
        // IFA_FLAGS nodad | noprefixroute
        &[8, 0, 8, 0, 0x02, 0x02, 0, 0],
        // IFA_CACHEINFO: preferred 0, valid forever, cstamp, tstamp
        &[20, 0, 6, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff],
        &[0; 8],
    ]);
    assert_eq!(r.bytes(), &want[..]);
    let d = del_address(7, v6("fd00::1"), 64);
    let want = cat(&[
        &[64, 0, 0, 0, 21, 0, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        &[10, 64, 0, 0, 7, 0, 0, 0],
        &[20, 0, 1, 0],
        &a,
        &[20, 0, 2, 0],
        &a,
    ]);
    assert_eq!(d.bytes(), &want[..]);
}

#[test]
fn routes() {
    let r4 = add_route(&Route {
        dst: IpAddr::V4("192.168.255.0".parse().unwrap()),
        prefix_len: 24,
        oif: 7,
        scope: RT_SCOPE_LINK,
    });
    #[rustfmt::skip]
    let want: &[u8] = &[
        44, 0, 0, 0, 24, 0, 0x05, 0x05, 0, 0, 0, 0, 0, 0, 0, 0,
        // rtmsg: AF_INET, dst /24, src 0, tos 0, main, static, link, unicast, flags 0
        2, 24, 0, 0, 254, 4, 253, 1, 0, 0, 0, 0,
        8, 0, 1, 0, 192, 168, 255, 0,
        8, 0, 4, 0, 7, 0, 0, 0,
    ];
    assert_eq!(r4.bytes(), want);
    let r6 = del_route(&Route {
        dst: IpAddr::V6(v6("fd11:22::")),
        prefix_len: 64,
        oif: 7,
        scope: RT_SCOPE_UNIVERSE,
    });
    let want = cat(&[
        &[56, 0, 0, 0, 25, 0, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        &[10, 64, 0, 0, 254, 4, 0, 1, 0, 0, 0, 0],
        &[20, 0, 1, 0],
        &v6("fd11:22::").octets(),
        &[8, 0, 4, 0, 7, 0, 0, 0],
    ]);
    assert_eq!(r6.bytes(), &want[..]);
}

#[test]
fn dump_request() {
    #[rustfmt::skip]
    let want: &[u8] = &[
        24, 0, 0, 0, 22, 0, 0x01, 0x03, 0, 0, 0, 0, 0, 0, 0, 0,
        10, 0, 0, 0, 0, 0, 0, 0,
    ];
    assert_eq!(dump_addresses(AF_INET6).bytes(), want);
}

/// NLMSG_ERROR for request `seq` with `error` (the request's header
/// echoed, payload capped).
fn error(seq: u8, error: i32) -> Vec<u8> {
    cat(&[
        // len 36, NLMSG_ERROR, NLM_F_CAPPED
        &[36, 0, 0, 0, 2, 0, 0x00, 0x01, seq, 0, 0, 0],
        &P,
        &error.to_le_bytes(),
        &[44, 0, 0, 0, 18, 0, 0x05, 0, seq, 0, 0, 0],
        &P,
    ])
}

/// RTM_NEWLINK of `wpan0`, index 5, kind tun.
fn newlink(seq: u8) -> Vec<u8> {
    cat(&[
        &[64, 0, 0, 0, 16, 0, 0, 0, seq, 0, 0, 0],
        &P,
        // ifinfomsg: AF_UNSPEC, ARPHRD_NONE, index 5, flags, change
        &[0, 0, 0xfe, 0xff, 5, 0, 0, 0, 0x90, 0x10, 0, 0, 0, 0, 0, 0],
        &[10, 0, 3, 0, b'w', b'p', b'a', b'n', b'0', 0, 0, 0],
        &[8, 0, 4, 0, 0x00, 0x05, 0, 0],
        // IFLA_LINKINFO { IFLA_INFO_KIND "tun" }
        &[12, 0, 18, 0, 8, 0, 1, 0, b't', b'u', b'n', 0],
    ])
}

/// RTM_NEWADDR of an IPv6 address (part of a dump).
fn newaddr6(seq: u8, index: u8, a: &str, len: u8) -> Vec<u8> {
    cat(&[
        &[72, 0, 0, 0, 20, 0, 0x02, 0, seq, 0, 0, 0],
        &P,
        &[10, len, 0x80, 0, index, 0, 0, 0],
        &[20, 0, 1, 0],
        &v6(a).octets(),
        // IFA_CACHEINFO
        &[20, 0, 6, 0],
        &[0xff; 8],
        &[0x10, 0, 0, 0, 0x10, 0, 0, 0],
        // IFA_FLAGS: permanent | nodad
        &[8, 0, 8, 0, 0x82, 0, 0, 0],
    ])
}

/// RTM_NEWADDR of an IPv4 address with label (IFA_LOCAL and IFA_ADDRESS).
fn newaddr4(seq: u8) -> Vec<u8> {
    cat(&[
        &[56, 0, 0, 0, 20, 0, 0x02, 0, seq, 0, 0, 0],
        &P,
        &[2, 8, 0x80, 0xfe, 1, 0, 0, 0],
        &[8, 0, 1, 0, 127, 0, 0, 1],
        &[8, 0, 2, 0, 127, 0, 0, 1],
        &[7, 0, 3, 0, b'l', b'o', 0, 0],
        &[8, 0, 8, 0, 0x80, 0, 0, 0],
    ])
}

fn done(seq: u8, error: i32) -> Vec<u8> {
    cat(&[
        &[20, 0, 0, 0, 3, 0, 0x02, 0, seq, 0, 0, 0],
        &P,
        &error.to_le_bytes(),
    ])
}

#[test]
fn acks_and_errors() {
    let m = parse(&error(1, 0)).unwrap();
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].payload, Payload::Ack);
    assert_eq!(
        m[0].header,
        Header {
            len: 36,
            ty: NLMSG_ERROR,
            flags: 0x100,
            seq: 1,
            pid: PORT
        }
    );
    assert_eq!(
        parse(&error(1, -17)).unwrap()[0].payload,
        Payload::Error(17)
    );
    // Not a negative errno: malformed, and no overflow on i32::MIN.
    assert!(parse(&error(1, 5)).is_err());
    assert!(parse(&error(1, i32::MIN)).is_err());
}

#[test]
fn a_link() {
    let m = parse(&newlink(1)).unwrap();
    assert_eq!(
        m[0].payload,
        Payload::Link(Link {
            index: 5,
            name: Some("wpan0".into()),
            kind: Some("tun".into()),
        })
    );
}

#[test]
fn addresses_of_both_families() {
    let d = cat(&[&newaddr4(2), &newaddr6(2, 5, "fd00::1", 64)]);
    let m = parse(&d).unwrap();
    assert_eq!(
        m[0].payload,
        Payload::Address(Some(Address {
            index: 1,
            family: AF_INET,
            prefix_len: 8,
            address: IpAddr::V4("127.0.0.1".parse().unwrap()),
            flags: 0x80,
        }))
    );
    assert_eq!(
        m[1].payload,
        Payload::Address(Some(Address {
            index: 5,
            family: AF_INET6,
            prefix_len: 64,
            address: IpAddr::V6(v6("fd00::1")),
            flags: 0x82,
        }))
    );
}

#[test]
fn an_acknowledged_lookup() {
    let mut req = get_link("wpan0").unwrap();
    let mut ex = Exchange::stamp(&mut req, 1, PORT);
    assert_eq!(&req.bytes()[8..12], &[1, 0, 0, 0]);
    assert_eq!(ex.feed(&newlink(1)).unwrap(), Step::More);
    let Step::Done(r) = ex.feed(&error(1, 0)).unwrap() else {
        panic!("not done")
    };
    assert!(matches!(&r[..], [Reply::Link(l)] if l.index == 5));
}

#[test]
fn stale_and_foreign_replies_are_skipped() {
    let mut req = del_link(5);
    let mut ex = Exchange::stamp(&mut req, 3, PORT);
    // An earlier request's late error, and one for another port.
    assert_eq!(ex.feed(&error(2, -19)).unwrap(), Step::More);
    let mut other = error(3, -1);
    other[12] = 0x99;
    assert_eq!(ex.feed(&other).unwrap(), Step::More);
    // Both in one datagram with ours last.
    let d = cat(&[&error(2, -19), &error(3, 0)]);
    assert_eq!(ex.feed(&d).unwrap(), Step::Done(vec![]));
}

#[test]
fn a_refusal_carries_its_errno() {
    let mut req = del_link(5);
    let mut ex = Exchange::stamp(&mut req, 1, PORT);
    let e = ex.feed(&error(1, -3)).unwrap_err();
    assert_eq!(e.errno(), Some(3));
    assert_eq!(e.to_string(), io::Error::from_raw_os_error(3).to_string());
    assert_eq!(Error::Truncated.errno(), None);
}

#[test]
fn a_dump_over_two_datagrams() {
    let mut req = dump_addresses(AF_INET6);
    let mut ex = Exchange::stamp(&mut req, 4, PORT);
    let first = cat(&[&newaddr6(4, 1, "::1", 128), &newaddr6(4, 5, "fd00::1", 64)]);
    assert_eq!(ex.feed(&first).unwrap(), Step::More);
    let Step::Done(r) = ex.feed(&done(4, 0)).unwrap() else {
        panic!("not done")
    };
    assert_eq!(r.len(), 2);
    assert!(matches!(r[1], Reply::Address(a) if a.index == 5 && a.prefix_len == 64));
    // A dump that ends in an error.
    let mut ex = Exchange::stamp(&mut req, 5, PORT);
    assert_eq!(ex.feed(&done(5, -4)).unwrap_err().errno(), Some(4));
    // NLMSG_DONE without a payload (older kernels) ends it too.
    let mut ex = Exchange::stamp(&mut req, 6, PORT);
    let mut short = done(6, 0);
    short.truncate(16);
    short[0] = 16;
    assert_eq!(ex.feed(&short).unwrap(), Step::Done(vec![]));
}

fn valid_replies() -> Vec<Vec<u8>> {
    vec![
        error(1, 0),
        error(1, -17),
        newlink(1),
        newaddr4(1),
        newaddr6(1, 5, "fd00::1", 64),
        done(1, 0),
    ]
}

#[test]
fn every_truncation_is_an_error() {
    for v in valid_replies() {
        assert!(parse(&v).is_ok());
        for n in 0..v.len() {
            assert!(parse(&v[..n]).is_err(), "{v:?} cut to {n} parsed");
        }
    }
    // Several messages: a cut inside one is an error; at a boundary the
    // datagram is shorter but whole.
    let d = cat(&[&newaddr4(1), &newaddr6(1, 5, "fd00::1", 64), &done(1, 0)]);
    let bounds = [56, 56 + 72, d.len()];
    for n in 0..d.len() {
        match bounds.iter().position(|&b| b == n) {
            Some(i) => assert_eq!(parse(&d[..n]).unwrap().len(), i + 1),
            None => assert!(parse(&d[..n]).is_err(), "cut to {n} parsed"),
        }
    }
}

#[test]
fn malformed_replies_are_errors() {
    // nlmsg_len below the header.
    let mut v = error(1, 0);
    v[0] = 8;
    assert!(parse(&v).is_err());
    // nlmsg_len beyond the datagram.
    let mut v = newlink(1);
    v[0] = 200;
    assert!(parse(&v).is_err());
    // An attribute shorter than its header, or longer than the message.
    let mut v = newlink(1);
    v[32] = 2;
    assert!(parse(&v).is_err());
    let mut v = newlink(1);
    v[32] = 100;
    assert!(parse(&v).is_err());
    // A nested attribute overrunning its parent.
    let mut v = newlink(1);
    v[56] = 12;
    assert!(parse(&v).is_err());
    // An IPv6 address of 15 bytes.
    let mut v = newaddr6(1, 5, "fd00::1", 64);
    v[24] = 19;
    assert!(parse(&v).is_err());
    // An ifinfomsg cut short inside its message.
    let mut v = newlink(1);
    v.truncate(24);
    v[0] = 24;
    assert!(parse(&v).is_err());
    assert!(parse(&[]).is_err());
}

#[test]
fn an_exchange_never_finishes_on_a_cut_reply() {
    let whole = cat(&[&newlink(1), &error(1, 0)]);
    for n in 0..whole.len() {
        let mut req = get_link("wpan0").unwrap();
        let mut ex = Exchange::stamp(&mut req, 1, PORT);
        match ex.feed(&whole[..n]) {
            Ok(Step::More) | Err(_) => {}
            Ok(Step::Done(r)) => panic!("done on {n} bytes: {r:?}"),
        }
    }
}

proptest! {
    #[test]
    fn parse_never_panics(b in proptest::collection::vec(any::<u8>(), 0..256)) {
        let _ = parse(&b);
        let mut req = del_link(1);
        let _ = Exchange::stamp(&mut req, 1, PORT).feed(&b);
    }

    #[test]
    fn mutated_replies_never_panic(
        which in 0usize..6,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6),
        cut in any::<usize>(),
    ) {
        let mut v = valid_replies().swap_remove(which);
        for (at, b) in edits {
            let i = at % v.len();
            v[i] = b;
        }
        let keep = cut % (v.len() + 1);
        v.truncate(keep);
        let _ = parse(&v);
    }
}
