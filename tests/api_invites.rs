//! `GET /v1/invites` and `DELETE /v1/invites/{id}` end to end (issue 11,
//! item 3): a real daemon in-process, real TLS on 127.0.0.1:0, a real
//! SQLite store. Owners and admins list and cancel; a revoked admin's
//! invites die with them, and redeeming one is refused and audited.

mod common;
use common::hub::*;

use serde_json::json;
use threshold::api::types::{InviteInfo, InviteResponse};
use threshold::audit::Outcome;
use threshold::commissioning::policy::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owners_and_admins_list_and_cancel_invites_and_a_revoked_admins_invite_is_refused() {
    let mut hub = Hub::start().await;
    let owner = hub.owner().await;
    let (admin_me, admin) = hub.invited(&owner, "admin", "Ada").await;
    let (_, member) = hub.invited(&admin, "member", "Bob").await;

    let for_admin: InviteResponse =
        ok(post(&owner, "/v1/invites", &json!({"role": "admin"})).await);
    let by_admin: InviteResponse = ok(post(&admin, "/v1/invites", &json!({"role": "guest"})).await);
    assert_eq!(by_admin.id.len(), 16);
    assert!(!by_admin.code.contains(&by_admin.id));

    // Members may neither list nor cancel.
    assert_eq!(
        refused(get(&member, "/v1/invites").await),
        (403, "not_permitted".into())
    );
    let path = |id: &str| format!("/v1/invites/{id}");
    assert_eq!(
        refused(delete(&member, &path(&by_admin.id)).await),
        (403, "not_permitted".into())
    );

    // Owner and admin see both pending invites (never their codes).
    for who in [&owner, &admin] {
        let list: Vec<InviteInfo> = ok(get(who, "/v1/invites").await);
        let ids: Vec<&str> = list.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, vec![for_admin.id.as_str(), by_admin.id.as_str()]);
        assert_eq!(list[1].role, Role::Guest);
        assert_eq!(list[1].created_by, admin_me.user_id);
        assert_eq!(list[1].cancelled, None);
    }
    let raw = get(&owner, "/v1/invites").await;
    let body = String::from_utf8_lossy(&raw.body).into_owned();
    assert!(!body.contains(&by_admin.code) && !body.contains(&for_admin.code));

    // An admin may not cancel an admin invite; the owner may.
    assert_eq!(
        refused(delete(&admin, &path(&for_admin.id)).await),
        (403, "not_permitted".into())
    );
    let gone: InviteInfo = ok(delete(&owner, &path(&for_admin.id)).await);
    assert_eq!(gone.id, for_admin.id);
    assert!(gone.cancelled.is_some());
    assert_eq!(
        refused(delete(&owner, &path(&for_admin.id)).await),
        (409, "invite_not_pending".into())
    );
    assert_eq!(
        refused(delete(&owner, &path("0123456789abcdef")).await),
        (404, "no_such_invite".into())
    );
    let e = hub
        .enroll(&for_admin.code, "Mallory")
        .await
        .expect_err("cancelled");
    assert_eq!(e.code, "code_cancelled");

    // Revoking the admin cancels the invite they issued.
    ok::<serde_json::Value>(
        post(
            &owner,
            &format!("/v1/users/{}/revoke", admin_me.user_id),
            &json!({}),
        )
        .await,
    );
    let list: Vec<InviteInfo> = ok(get(&owner, "/v1/invites").await);
    assert!(list.is_empty(), "{list:?}");
    let e = hub.enroll(&by_admin.code, "Eve").await.expect_err("dead");
    assert_eq!(e.code, "code_cancelled");

    let audit = hub.audit().await;
    let find = |action: &str, reason: &str| {
        audit
            .iter()
            .filter(|r| r.event.action == action && r.event.reason == reason)
            .collect::<Vec<_>>()
    };
    let cascade = find("enroll.invite_cancel", "creator_revoked");
    assert_eq!(cascade.len(), 1);
    assert_eq!(cascade[0].event.subject, format!("invite:{}", by_admin.id));
    assert_eq!(cascade[0].event.outcome, Outcome::Success);
    let redeemed = find("enroll.redeem", "code_cancelled");
    assert_eq!(redeemed.len(), 2, "both refusals audited");
    assert!(redeemed.iter().all(|r| r.event.outcome == Outcome::Denied));
    assert_eq!(find("enroll.invite_list", "not_permitted").len(), 1);
    assert_eq!(find("enroll.invite_cancel", "not_permitted").len(), 2);
    assert_eq!(find("enroll.invite_cancel", "invite_not_pending").len(), 1);
    assert_eq!(find("enroll.invite_cancel", "no_such_invite").len(), 1);

    // The cancellation survives a restart: the store holds it.
    let dir = hub.dir.path().to_owned();
    hub.stop().await;
    let store = threshold::store::Store::open(&dir.join("state")).expect("store");
    let rows = store
        .list_codes_expiring_after(threshold::time::UnixMillis(0))
        .expect("codes");
    let cancelled: Vec<_> = rows
        .iter()
        .filter(|r| r.record.cancelled.is_some())
        .map(|r| r.record.id().to_owned())
        .collect();
    assert_eq!(cancelled, vec![for_admin.id.clone(), by_admin.id.clone()]);
    assert!(rows
        .iter()
        .filter(|r| r.record.cancelled.is_some())
        .all(|r| r
            .cancelled_by
            .as_deref()
            .is_some_and(|b| b.starts_with("user:u-"))));
}
