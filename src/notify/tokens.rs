//! Signed, expiring tokens for the links in mails (confirm, unsubscribe, manage).
//!
//! A token is `purpose.subscriber.expiry.signature`, the signature an
//! HMAC-SHA256 of the rest under the service's secret, checked in constant
//! time. Nothing else is needed to check one: no token is stored.

use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Confirm,
    Unsubscribe,
    Manage,
}

impl Purpose {
    fn tag(self) -> &'static str {
        match self {
            Purpose::Confirm => "c",
            Purpose::Unsubscribe => "u",
            Purpose::Manage => "m",
        }
    }

    /// How long a link stays good: a confirmation a week, links in mails a year
    /// (a digest read late must still let its reader leave).
    pub fn lifetime(self) -> Duration {
        match self {
            Purpose::Confirm => Duration::days(7),
            Purpose::Unsubscribe | Purpose::Manage => Duration::days(365),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("this link is not valid: it may have been cut short or altered")]
    Malformed,
    #[error("this link is not valid: its signature does not match")]
    BadSignature,
    #[error("this link has expired")]
    Expired,
    #[error("this link is meant for another page")]
    WrongPurpose,
}

/// Signs and checks tokens with one secret.
#[derive(Clone)]
pub struct Signer {
    key: Vec<u8>,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer(<redacted>)")
    }
}

impl Signer {
    pub fn new(secret: &str) -> Signer {
        Signer {
            key: secret.as_bytes().to_vec(),
        }
    }

    fn mac(&self) -> HmacSha256 {
        // HMAC takes a key of any length; this cannot fail.
        <HmacSha256 as Mac>::new_from_slice(&self.key)
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"))
    }

    pub fn sign(&self, purpose: Purpose, subscriber: i64, now: DateTime<Utc>) -> String {
        let expiry = (now + purpose.lifetime()).timestamp();
        let payload = format!("{}.{subscriber}.{expiry}", purpose.tag());
        let mut mac = self.mac();
        mac.update(payload.as_bytes());
        format!("{payload}.{}", hex::encode(mac.finalize().into_bytes()))
    }

    /// The subscriber a token names, if it is genuine, unexpired and for `purpose`.
    pub fn verify(
        &self,
        token: &str,
        purpose: Purpose,
        now: DateTime<Utc>,
    ) -> Result<i64, TokenError> {
        self.verify_issued(token, purpose, now).map(|(id, _)| id)
    }

    /// Like [`Signer::verify`], also giving when the token was signed (to
    /// the second), so a link older than a later change of heart is refused.
    pub fn verify_issued(
        &self,
        token: &str,
        purpose: Purpose,
        now: DateTime<Utc>,
    ) -> Result<(i64, DateTime<Utc>), TokenError> {
        let (payload, sig) = token.trim().rsplit_once('.').ok_or(TokenError::Malformed)?;
        let sig = hex::decode(sig).map_err(|_| TokenError::Malformed)?;
        let mut mac = self.mac();
        mac.update(payload.as_bytes());
        mac.verify_slice(&sig)
            .map_err(|_| TokenError::BadSignature)?;
        let mut parts = payload.split('.');
        let (Some(tag), Some(sub), Some(expiry), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(TokenError::Malformed);
        };
        if tag != purpose.tag() {
            return Err(TokenError::WrongPurpose);
        }
        let expiry: i64 = expiry.parse().map_err(|_| TokenError::Malformed)?;
        if now.timestamp() > expiry {
            return Err(TokenError::Expired);
        }
        let issued = DateTime::<Utc>::from_timestamp(expiry, 0)
            .and_then(|e| e.checked_sub_signed(purpose.lifetime()))
            .ok_or(TokenError::Malformed)?;
        let id = sub.parse().map_err(|_| TokenError::Malformed)?;
        Ok((id, issued))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_checks_out_only_unaltered_unexpired_and_for_its_purpose() {
        let s = Signer::new("a secret of some length");
        let now = Utc::now();
        let t = s.sign(Purpose::Unsubscribe, 42, now);
        assert_eq!(s.verify(&t, Purpose::Unsubscribe, now), Ok(42));
        assert_eq!(
            s.verify(&t, Purpose::Confirm, now),
            Err(TokenError::WrongPurpose)
        );
        let forged = t.replacen(".42.", ".43.", 1);
        assert_eq!(
            s.verify(&forged, Purpose::Unsubscribe, now),
            Err(TokenError::BadSignature)
        );
        assert_eq!(
            s.verify("garbage", Purpose::Unsubscribe, now),
            Err(TokenError::Malformed)
        );
        let later = now + Duration::days(366);
        assert_eq!(
            s.verify(&t, Purpose::Unsubscribe, later),
            Err(TokenError::Expired)
        );
        let other = Signer::new("another secret");
        assert_eq!(
            other.verify(&t, Purpose::Unsubscribe, now),
            Err(TokenError::BadSignature)
        );
    }
}
