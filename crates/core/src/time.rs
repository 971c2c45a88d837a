//! UTC calendar formatting for signatures, without a date-time dependency.
//!
//! Signers take the clock as an input (seconds since the Unix epoch), so tests
//! are exact; these helpers render it the way each protocol wants.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch, now.
pub fn now_unix() -> u64 {
    unix_secs(SystemTime::now())
}

/// Seconds since the Unix epoch at `t` (0 before it).
pub(crate) fn unix_secs(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The service's clock as a client has learned it: an offset from the local
/// clock, learned when the service rejects a timestamp and refined by the
/// `Date` header of later answers. Requests are signed with [`ServerClock::now`].
#[derive(Debug, Default)]
pub(crate) struct ServerClock {
    offset: AtomicI64,
    learned: AtomicBool,
}

impl ServerClock {
    /// The time to sign with: the local clock plus the learned offset.
    pub(crate) fn now(&self) -> u64 {
        now_unix().saturating_add_signed(self.offset.load(Ordering::Relaxed))
    }

    /// Takes note of an answer's `Date` header: after a timestamp rejection
    /// it sets the offset; on any other answer it refines an offset already
    /// learned (a client whose clock is right never starts tracking).
    pub(crate) fn observe(&self, headers: &http::HeaderMap, rejected: bool) {
        if !rejected && !self.learned.load(Ordering::Relaxed) {
            return;
        }
        let Some(server) = headers
            .get(http::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_http_date)
        else {
            return;
        };
        let offset = server as i64 - now_unix() as i64;
        let was = self.offset.swap(offset, Ordering::Relaxed);
        if rejected {
            tracing::warn!(
                offset_seconds = offset,
                "the service rejected the request's timestamp; signing with its clock (from its Date header) from now on"
            );
        } else if was != offset {
            tracing::trace!(
                offset_seconds = offset,
                "clock offset refined from a Date header"
            );
        }
        self.learned.store(true, Ordering::Relaxed);
    }
}

/// Parses an HTTP date, `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110's
/// preferred form, the one servers send).
pub(crate) fn parse_http_date(s: &str) -> Option<u64> {
    let rest = s.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: u32 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut hms = parts.next()?.split(':');
    let mut num = |max: u32| -> Option<u32> { hms.next()?.parse().ok().filter(|n| *n <= max) };
    let (hour, minute, second) = (num(23)?, num(59)?, num(60)?);
    if parts.next()? != "GMT" || parts.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    Civil {
        year,
        month,
        day,
        hour,
        minute,
        second,
    }
    .to_unix()
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` for Unix seconds (the test server's `Date`).
pub fn http_date(secs: u64) -> String {
    let c = Civil::from_unix(secs);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(secs / 86_400 % 7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(c.month - 1) as usize];
    format!(
        "{weekday}, {:02} {month} {:04} {:02}:{:02}:{:02} GMT",
        c.day, c.year, c.hour, c.minute, c.second
    )
}

/// A civil UTC date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl Civil {
    /// Splits Unix seconds into a UTC calendar date and time
    /// (Howard Hinnant's days-from-civil algorithm, inverted).
    pub(crate) fn from_unix(secs: u64) -> Civil {
        let days = (secs / 86_400) as i64;
        let rem = secs % 86_400;
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Civil {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
        }
    }

    /// Inverse of [`Civil::from_unix`]; `None` before 1970.
    pub(crate) fn to_unix(self) -> Option<u64> {
        let y = self.year - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        let secs = days * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second);
        u64::try_from(secs).ok()
    }
}

/// `2026-11-23T08:05:09Z`, as Alibaba Cloud's `Timestamp` and `x-acs-date` want.
pub fn iso8601(secs: u64) -> String {
    let c = Civil::from_unix(secs);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

/// `2026-11-23`, the date in Tencent Cloud's TC3 credential scope.
pub(crate) fn date(secs: u64) -> String {
    let c = Civil::from_unix(secs);
    format!("{:04}-{:02}-{:02}", c.year, c.month, c.day)
}

/// Parses `YYYY-MM-DDTHH:MM:SSZ` (fractions and offsets `Z`/`+00:00` allowed),
/// the form STS and metadata services use for expiry times.
pub fn parse_iso8601(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> { s.get(r)?.parse().ok() };
    let civil = Civil {
        year: i64::from(num(0..4)?),
        month: num(5..7)?,
        day: num(8..10)?,
        hour: num(11..13)?,
        minute: num(14..16)?,
        second: num(17..19)?,
    };
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        rest = frac.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let offset: i64 = match rest {
        "" | "Z" | "z" => 0,
        _ => {
            let (sign, hm) = match rest.as_bytes().first()? {
                b'+' => (1, &rest[1..]),
                b'-' => (-1, &rest[1..]),
                _ => return None,
            };
            let hm = hm.replace(':', "");
            if hm.len() != 4 {
                return None;
            }
            let h: i64 = hm[..2].parse().ok()?;
            let m: i64 = hm[2..].parse().ok()?;
            sign * (h * 3600 + m * 60)
        }
    };
    if !(1..=12).contains(&civil.month) || !(1..=31).contains(&civil.day) || civil.hour > 23 {
        return None;
    }
    let unix = civil.to_unix()? as i64 - offset;
    u64::try_from(unix).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_round_trip_and_garbage_is_refused() {
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784111777)
        );
        assert_eq!(http_date(784111777), "Sun, 06 Nov 1994 08:49:37 GMT");
        for secs in (0..4_000_000_000u64).step_by(7_654_321) {
            assert_eq!(parse_http_date(&http_date(secs)), Some(secs));
        }
        for bad in [
            "",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "06 Nov 1994 08:49:37 GMT",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso8601(1_779_523_509), "2026-05-23T08:05:09Z");
        assert_eq!(date(4_102_444_799), "2099-12-31");
    }

    #[test]
    fn round_trips_every_day_for_centuries() {
        let mut t = 0;
        while t < 6_000_000_000 {
            assert_eq!(parse_iso8601(&iso8601(t)), Some(t), "{t}");
            t += 86_400 * 7 + 3_661;
        }
    }

    #[test]
    fn parses_variants_and_rejects_garbage() {
        assert_eq!(parse_iso8601("1970-01-01T00:00:10.123Z"), Some(10));
        assert_eq!(parse_iso8601("1970-01-01T08:00:00+08:00"), Some(0));
        assert_eq!(parse_iso8601("1970-01-01 00:00:05"), Some(5));
        for bad in [
            "",
            "2026",
            "2026-13-01T00:00:00Z",
            "not a dateeeeeeeeeee",
            "2026-01-01T00:00:00Q",
        ] {
            assert_eq!(parse_iso8601(bad), None, "{bad}");
        }
    }
}
