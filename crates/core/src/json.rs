//! The JSON reader generated types decode with.
//!
//! Every response passes through here, so it is built for one job: read a
//! body once, front to back, straight into the generated types, with the
//! tolerances real answers need and nothing else. Compared with serde over
//! serde_json it skips the visitor layers, matches member names without
//! allocating, validates UTF-8 once for the whole body, and skips unknown
//! members with a byte search.
//!
//! A service writes an object's members in the same order every time, so a
//! generated type remembers, in a static per type, which member followed
//! which ([`member_order`]); reading the next member first checks the name
//! expected there, in place, and searches only when it is wrong. Any order
//! reads correctly; a new one costs a search per member until learned.
//!
//! Tolerances (the same as [`crate::response::from_json`] for serde types):
//! integer and float fields accept numbers written as strings, `10.0` for an
//! integer, and booleans as 0/1; text fields accept numbers and booleans as
//! written, and objects or lists as their compact JSON text; boolean fields
//! accept `"true"`/`"false"` (any case) and 0/1; optional fields read `null`
//! as absent, and `""` too unless they hold text (`""` in a text member is an
//! empty string, as the service sent it); unknown members are skipped, a
//! repeated member's last value wins. Integers never pass through `f64`.
//!
//! Lists: a list member that arrives as a single value (a scalar, or an
//! object where a list of objects is declared, as older Alibaba Cloud APIs
//! send one item) reads as a list of that one value; a list written as JSON
//! text (`"[1,2]"`) reads as the list it holds.
//!
//! A member whose value fits no reading of its declared type (a fraction
//! where an integer is declared, text where an object is) does not fail the
//! answer: that member reads as absent, every other member is kept, and a
//! `WARN` event of target `yun_core::decode` names the member path and what
//! arrived (never a secret's value). Only a body that is not JSON at all
//! (cut short, malformed) fails the decoding. The raw clients give the
//! answer as it came when a member is needed that the metadata mistypes.
//!
//! Errors say where: the member path (`Instances.Instance[3].Cpu`) is worked
//! out from the byte offset only when an error happens.

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicU16, Ordering};

/// A value that can be read from JSON with the tolerances above.
/// Generated types implement it; so do the scalars, `Vec`, `Option` and
/// `serde_json::Value`.
pub trait Decode: Sized {
    /// Reads one value at the reader's position.
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError>;

    /// Reads an optional value: `null` and `""` are absent. Text types
    /// override this: for them `""` is a value.
    fn decode_optional(r: &mut Reader<'_>) -> Result<Option<Self>, DecodeError> {
        if r.absent()? {
            Ok(None)
        } else {
            Self::decode(r).map(Some)
        }
    }
}

/// Decodes a whole body: one JSON value and nothing after it but
/// whitespace. The body is checked to be UTF-8 once, here.
pub fn from_slice<T: Decode>(body: &[u8]) -> Result<T, DecodeError> {
    let text = std::str::from_utf8(body)
        .map_err(|e| DecodeError::new("the body is not UTF-8".into(), body, e.valid_up_to()))?;
    let mut r = Reader::new(text);
    let value = T::decode(&mut r)?;
    r.skip_ws();
    if r.pos < r.input.len() {
        return Err(r.error("trailing characters after the JSON value"));
    }
    Ok(value)
}

/// Why a body did not decode, and where.
///
/// Boxed so that a `Result` of a small value stays small: every member
/// read returns one, and a large error type would send each of them
/// through memory.
#[derive(Clone, PartialEq, Eq)]
pub struct DecodeError(Box<Failure>);

#[derive(Clone, PartialEq, Eq)]
struct Failure {
    message: Cow<'static, str>,
    /// Byte offset of the value that did not fit.
    offset: usize,
    /// Member path to that value.
    path: String,
}

impl DecodeError {
    /// An error at `offset` of `body`, with the member path to it (worked
    /// out only now, by a second walk over the body up to there).
    #[cold]
    fn new(message: Cow<'static, str>, body: &[u8], offset: usize) -> Self {
        let path = path_to(body, offset);
        DecodeError(Box::new(Failure {
            message: if holds_secret(&path) {
                Cow::Borrowed(SECRET_VALUE)
            } else {
                message
            },
            offset,
            path,
        }))
    }

    /// The byte offset in the body where decoding stopped.
    pub fn offset(&self) -> usize {
        self.0.offset
    }

    /// The member path to the value that did not fit (`Instances.Instance[3].Cpu`),
    /// empty for the top level.
    pub fn path(&self) -> &str {
        &self.0.path
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Failure {
            message,
            offset,
            path,
        } = &*self.0;
        if message == SECRET_VALUE {
            return write!(f, "the value of {path} {message} (at byte {offset})");
        }
        if !path.is_empty() {
            write!(f, "{path}: ")?;
        }
        write!(f, "{message} (at byte {offset})")
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for DecodeError {}

/// Nesting deeper than this is refused rather than risk the stack.
const MAX_DEPTH: u32 = 128;

/// A cursor over a JSON body.
pub struct Reader<'a> {
    /// The body as text, for slicing out what is kept...
    text: &'a str,
    /// ...and as bytes, for scanning.
    input: &'a [u8],
    pos: usize,
    depth: u32,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            input: text.as_bytes(),
            pos: 0,
            depth: 0,
        }
    }

    /// `text[start..end]`; both ends sit next to ASCII delimiters, so they
    /// are character boundaries.
    #[inline]
    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or_default()
    }

    /// Where the next `"` or `\\` is, from `from`: eight bytes at a time
    /// for the short strings most members hold, a vectorised search past
    /// that.
    #[inline]
    fn quote_or_escape(&self, from: usize) -> Option<usize> {
        let rest = self.input.get(from..)?;
        let head = rest.len().min(64);
        match find_quote_or_escape(&rest[..head]) {
            Some(n) => Some(from + n),
            None => memchr::memchr2(b'"', b'\\', &rest[head..]).map(|n| from + head + n),
        }
    }

    /// An error at the current position.
    #[cold]
    fn error(&self, message: impl Into<Cow<'static, str>>) -> DecodeError {
        DecodeError::new(message.into(), self.input, self.pos)
    }

    /// An error naming what was expected and what is here instead.
    #[cold]
    fn unexpected(&self, expected: &str) -> DecodeError {
        let found = match self.input.get(self.pos) {
            None => "the end of the body".to_owned(),
            Some(b'"') => "text".to_owned(),
            Some(b'{') => "an object".to_owned(),
            Some(b'[') => "a list".to_owned(),
            Some(b't' | b'f') => "a boolean".to_owned(),
            Some(b'n') => "null".to_owned(),
            Some(b'-' | b'0'..=b'9') => "a number".to_owned(),
            Some(&b) => format!("{:?}", char::from(b)),
        };
        self.error(format!("expected {expected}, found {found}"))
    }

    #[inline]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.input.get(self.pos) {
            self.pos += 1;
            // Indentation comes in runs of spaces: eight at a time.
            while self.input.get(self.pos..self.pos + 8) == Some(b"        ") {
                self.pos += 8;
            }
        }
    }

    /// The next byte that is not whitespace, not consumed.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.input.get(self.pos).copied()
    }

    #[inline]
    fn eat(&mut self, byte: u8, expected: &str) -> Result<(), DecodeError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(expected))
        }
    }

    fn literal(&mut self, word: &'static [u8]) -> Result<(), DecodeError> {
        if self.input[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.error("invalid literal"))
        }
    }

    #[inline]
    fn enter(&mut self) -> Result<(), DecodeError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested deeper than 128 levels"));
        }
        self.pos += 1;
        Ok(())
    }

    /// Reads the next value as `T`.
    pub fn decode<T: Decode>(&mut self) -> Result<T, DecodeError> {
        T::decode(self)
    }

    /// True (and consumed) when the next value is `null` or `""`, which
    /// optional fields read as absent.
    #[inline]
    pub fn absent(&mut self) -> Result<bool, DecodeError> {
        match self.peek() {
            Some(b'n') => self.literal(b"null").map(|()| true),
            Some(b'"') if self.input.get(self.pos + 1) == Some(&b'"') => {
                self.pos += 2;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Starts reading an object; call [`Members::next`] for each member.
    #[inline]
    pub fn object(&mut self) -> Result<Members, DecodeError> {
        if self.peek() != Some(b'{') {
            return Err(self.unexpected("an object"));
        }
        self.enter()?;
        Ok(Members {
            first: true,
            last: None,
        })
    }

    /// True (and the name consumed) when a member name equal to `name`,
    /// written without escapes, stands here.
    #[inline]
    fn at_name(&mut self, name: &str) -> bool {
        let start = self.pos + 1;
        let end = start + name.len();
        let here = self.input.get(self.pos) == Some(&b'"')
            && self.input.get(end) == Some(&b'"')
            && self.input.get(start..end) == Some(name.as_bytes());
        if here {
            self.pos = end + 1;
        }
        here
    }

    /// A JSON string's contents, unescaped; borrowed when it has no escapes.
    #[inline]
    fn string(&mut self) -> Result<Cow<'a, str>, DecodeError> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("text"));
        }
        self.string_here()
    }

    /// [`Reader::string`] once the reader stands on the opening `"`.
    #[inline]
    fn string_here(&mut self) -> Result<Cow<'a, str>, DecodeError> {
        let start = self.pos + 1;
        match self.quote_or_escape(start) {
            Some(end) if self.input.get(end) == Some(&b'"') => {
                self.pos = end + 1;
                Ok(Cow::Borrowed(self.slice(start, end)))
            }
            Some(end) => self.escaped_string(start, end - start).map(Cow::Owned),
            None => {
                self.pos = start;
                Err(self.error("unterminated text"))
            }
        }
    }

    /// The slow path of [`Reader::string`]: `clean` bytes from `start` have
    /// no escapes.
    fn escaped_string(&mut self, start: usize, clean: usize) -> Result<String, DecodeError> {
        let mut out = String::with_capacity(clean + 16);
        out.push_str(self.slice(start, start + clean));
        self.pos = start + clean;
        loop {
            let Some(end) = self.quote_or_escape(self.pos) else {
                return Err(self.error("unterminated text"));
            };
            out.push_str(self.slice(self.pos, end));
            self.pos = end + 1;
            if self.input[end] == b'"' {
                return Ok(out);
            }
            let escape = self.input.get(self.pos).copied();
            self.pos += 1;
            out.push(match escape {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => self.unicode_escape()?,
                _ => return Err(self.error("invalid escape in text")),
            });
        }
    }

    /// `\uXXXX`, and its low half when it is a surrogate pair; a lone
    /// surrogate becomes U+FFFD as serde_json's lossy readers do.
    fn unicode_escape(&mut self) -> Result<char, DecodeError> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return Ok(char::from_u32(high).unwrap_or('\u{fffd}'));
        }
        if self.input[self.pos..].starts_with(b"\\u") {
            self.pos += 2;
            let low = self.hex4()?;
            if (0xDC00..0xE000).contains(&low) {
                let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
        }
        Ok('\u{fffd}')
    }

    fn hex4(&mut self) -> Result<u32, DecodeError> {
        let digits = self
            .input
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("invalid \\u escape in text"))?;
        self.pos += 4;
        Ok(digits)
    }

    /// A number as written (`-12`, `1.5e3`), not yet parsed.
    fn number_text(&mut self) -> &'a str {
        let start = self.pos;
        while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = self.input.get(self.pos) {
            self.pos += 1;
        }
        self.slice(start, self.pos)
    }

    /// What a numeric field reads: a number, a string holding one, or a
    /// boolean as 0/1. `None` for anything else (not consumed).
    fn numeric(&mut self) -> Result<Option<Cow<'a, str>>, DecodeError> {
        Ok(match self.peek() {
            Some(b'-' | b'0'..=b'9') => Some(Cow::Borrowed(self.number_text())),
            Some(b'"') => Some(self.string()?),
            Some(b't') => self.literal(b"true").map(|()| Some(Cow::Borrowed("1")))?,
            Some(b'f') => self.literal(b"false").map(|()| Some(Cow::Borrowed("0")))?,
            _ => None,
        })
    }

    /// Reads an integer of any width, exactly; `10.0` is 10.
    fn integer<T: TryFrom<i64> + TryFrom<u64>>(&mut self, kind: &str) -> Result<T, DecodeError> {
        let start = self.pos;
        let Some(text) = self.numeric()? else {
            return Err(self.unexpected(kind));
        };
        let t = text.trim();
        let value = if let Ok(i) = t.parse::<i64>() {
            T::try_from(i).ok()
        } else if let Ok(u) = t.parse::<u64>() {
            T::try_from(u).ok()
        } else {
            match t.parse::<f64>() {
                Ok(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => T::try_from(f as i64).ok(),
                Ok(_) => None,
                Err(_) => {
                    self.pos = start;
                    return Err(self.error(format!("expected {kind}, found {text:?}")));
                }
            }
        };
        value.ok_or_else(|| {
            self.pos = start;
            self.error(format!("{t} does not fit {kind}"))
        })
    }

    fn float(&mut self) -> Result<f64, DecodeError> {
        let start = self.pos;
        let Some(text) = self.numeric()? else {
            return Err(self.unexpected("a number"));
        };
        match text.trim().parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(f),
            _ => {
                self.pos = start;
                Err(self.error(format!("expected a number, found {text:?}")))
            }
        }
    }

    fn boolean(&mut self) -> Result<bool, DecodeError> {
        let start = self.pos;
        let value = match self.peek() {
            Some(b't') => self.literal(b"true").map(|()| Some(true))?,
            Some(b'f') => self.literal(b"false").map(|()| Some(false))?,
            Some(b'-' | b'0'..=b'9') => {
                let n = self.number_text();
                n.parse::<f64>().ok().map(|f| f != 0.0)
            }
            Some(b'"') => {
                let text = self.string()?;
                match text.trim() {
                    t if t.eq_ignore_ascii_case("true") || t == "1" => Some(true),
                    t if t.eq_ignore_ascii_case("false") || t == "0" => Some(false),
                    _ => None,
                }
            }
            _ => return Err(self.unexpected("a boolean")),
        };
        value.ok_or_else(|| {
            self.pos = start;
            self.error("expected a boolean")
        })
    }

    /// What a text field reads: text, a number or boolean as written, or an
    /// object or list as compact JSON text.
    pub fn text(&mut self) -> Result<Cow<'a, str>, DecodeError> {
        match self.peek() {
            Some(b'"') => self.string_here(),
            Some(b'-' | b'0'..=b'9') => Ok(Cow::Borrowed(self.number_text())),
            Some(b't') => self.literal(b"true").map(|()| Cow::Borrowed("true")),
            Some(b'f') => self.literal(b"false").map(|()| Cow::Borrowed("false")),
            Some(b'{' | b'[') => {
                let raw = self.raw_value()?;
                Ok(Cow::Owned(compact(raw)))
            }
            _ => Err(self.unexpected("text")),
        }
    }

    /// What an optional text field reads: as [`Reader::text`], with `null`
    /// absent; `""` is an empty text, as the service sent it. Generated
    /// string enums read through this too.
    #[inline]
    pub fn optional_text(&mut self) -> Result<Option<Cow<'a, str>>, DecodeError> {
        match self.peek() {
            Some(b'"') => self.string_here().map(Some),
            Some(b'n') => self.literal(b"null").map(|()| None),
            _ => self.text().map(Some),
        }
    }

    /// Reads an optional member; a value that does not fit `T` reads as
    /// absent (see the module docs), the reader placed after it. Only a
    /// value that is not JSON at all is an error. Generic per member type,
    /// so kept small: the recovery is [`Reader::recover`].
    #[inline]
    fn tolerant<T: Decode>(&mut self) -> Result<Option<T>, DecodeError> {
        self.skip_ws();
        let (start, depth) = (self.pos, self.depth);
        match T::decode_optional(self) {
            Ok(value) => Ok(value),
            Err(error) => self.recover(start, depth, error).map(|()| None),
        }
    }

    /// After a value at `start` did not fit its type: steps over it and
    /// reports it (a `WARN` naming the member), or returns `error` when the
    /// value is not JSON at all.
    #[cold]
    #[inline(never)]
    fn recover(&mut self, start: usize, depth: u32, error: DecodeError) -> Result<(), DecodeError> {
        self.pos = start;
        self.depth = depth;
        if self.skip().is_err() {
            return Err(error);
        }
        tracing::warn!(
            target: "yun_core::decode",
            member = error.path(),
            problem = %error,
            "a member of the answer does not fit its declared type; read as absent"
        );
        Ok(())
    }

    /// A list written as JSON text (`"[1,2]"`), read as the list it holds;
    /// `None` (nothing consumed) when the text here is not such a list.
    fn list_in_text<T: Decode>(&mut self) -> Option<Vec<T>> {
        let start = self.pos;
        let text = self.string().ok()?;
        let inner = text.trim();
        let list = if inner.starts_with('[') {
            from_slice::<Vec<T>>(inner.as_bytes()).ok()
        } else {
            None
        };
        if list.is_none() {
            self.pos = start;
        }
        list
    }

    /// Skips one value of any kind, checking its shape.
    pub fn skip(&mut self) -> Result<(), DecodeError> {
        match self.peek() {
            Some(b'"') => {
                self.pos += 1;
                loop {
                    match self.quote_or_escape(self.pos) {
                        Some(end) if self.input[end] == b'"' => {
                            self.pos = end + 1;
                            return Ok(());
                        }
                        // An escape: step over it and the character it escapes.
                        Some(end) => self.pos = end + 2,
                        None => return Err(self.error("unterminated text")),
                    }
                }
            }
            Some(b'{') => {
                let mut members = self.object()?;
                while members.next(self)?.is_some() {
                    self.skip()?;
                }
                Ok(())
            }
            Some(b'[') => {
                let mut items = self.list()?;
                while items.next(self)? {
                    self.skip()?;
                }
                Ok(())
            }
            Some(b'-' | b'0'..=b'9') => {
                self.number_text();
                Ok(())
            }
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            _ => Err(self.unexpected("a value")),
        }
    }

    /// Skips one value and returns its bytes as written.
    fn raw_value(&mut self) -> Result<&'a [u8], DecodeError> {
        self.skip_ws();
        let start = self.pos;
        self.skip()?;
        Ok(&self.input[start..self.pos])
    }

    /// Starts reading a list; call [`Items::next`] before each item.
    #[inline]
    pub fn list(&mut self) -> Result<Items, DecodeError> {
        if self.peek() != Some(b'[') {
            return Err(self.unexpected("a list"));
        }
        self.enter()?;
        Ok(Items { first: true })
    }

    /// Steps to the next member or item of an object or list: false (and
    /// the object or list left) at `close`, else past the `,` that must
    /// separate it from the one before.
    #[inline]
    fn another(
        &mut self,
        first: &mut bool,
        close: u8,
        expected: &str,
    ) -> Result<bool, DecodeError> {
        match self.peek() {
            Some(b) if b == close => {
                self.pos += 1;
                self.depth -= 1;
                return Ok(false);
            }
            Some(b',') if !*first => self.pos += 1,
            _ if *first => {}
            _ => return Err(self.unexpected(expected)),
        }
        *first = false;
        Ok(true)
    }

    /// An error for a required member the object did not have.
    pub fn missing(&self, member: &str) -> DecodeError {
        self.error(format!("missing required member `{member}`"))
    }
}

/// The members of an object being read.
pub struct Members {
    first: bool,
    /// The index of the last member [`Members::next_known`] found.
    last: Option<usize>,
}

impl Members {
    /// The next member's name, with the reader placed at its value (which
    /// the caller must read or [`Reader::skip`]); `None` after the last.
    #[inline]
    pub fn next<'a>(&mut self, r: &mut Reader<'a>) -> Result<Option<Cow<'a, str>>, DecodeError> {
        if !r.another(&mut self.first, b'}', "`,` or `}`")? {
            return Ok(None);
        }
        let key = r.string()?;
        r.eat(b':', "`:`")?;
        Ok(Some(key))
    }

    /// The next member of a type whose members are `names`: its index in
    /// `names`, or `usize::MAX` for a member the type does not have, with
    /// the reader placed at its value; `None` after the last.
    ///
    /// Answers from one service list their members in the same order every
    /// time, so `order` remembers which member followed which, and the
    /// name expected next is checked in place. When that guess is wrong,
    /// the search looks outwards from it: a member missing from one object,
    /// or an order other than the one learned, usually puts the answer a
    /// step or two away.
    #[inline]
    pub fn next_known(
        &mut self,
        r: &mut Reader<'_>,
        names: &[&str],
        order: &[AtomicU16],
    ) -> Result<Option<usize>, DecodeError> {
        let order = MemberOrder(order);
        if !r.another(&mut self.first, b'}', "`,` or `}`")? {
            return Ok(None);
        }
        let expected = order.after(self.last);
        r.skip_ws();
        let found = match names.get(expected) {
            Some(name) if r.at_name(name) => expected,
            _ => {
                let found = position_near(names, &r.string()?, expected);
                if found != usize::MAX {
                    order.learn(self.last, found);
                }
                found
            }
        };
        r.eat(b':', "`:`")?;
        if found != usize::MAX {
            self.last = Some(found);
        }
        Ok(Some(found))
    }
}

/// The index of `name` in `names`, looking outwards from `from` (after it
/// and before it in turns: a service that writes its members in another
/// order than the one learned is usually a step or two away either way);
/// `usize::MAX` when absent.
fn position_near(names: &[&str], name: &str, from: usize) -> usize {
    let (mut after, mut before) = (from.min(names.len()), from.min(names.len()));
    loop {
        let mut looked = false;
        if let Some(&here) = names.get(after) {
            if here == name {
                return after;
            }
            (after, looked) = (after + 1, true);
        }
        if let Some(i) = before.checked_sub(1) {
            if names[i] == name {
                return i;
            }
            (before, looked) = (i, true);
        }
        if !looked {
            return usize::MAX;
        }
    }
}

/// Which member of a type followed which in the objects read so far, for
/// [`Members::next_known`]: a type with `n` members keeps `n + 1` slots in
/// a static, one per member and one for the start of an object, each
/// holding the index (plus one) of the member that came next, zero while
/// nothing is known. Shared by all readers: a wrong guess only costs a
/// search.
pub const fn member_order<const N: usize>() -> [AtomicU16; N] {
    [const { AtomicU16::new(0) }; N]
}

/// The slots of [`member_order`].
struct MemberOrder<'s>(&'s [AtomicU16]);

impl MemberOrder<'_> {
    /// The member expected after `last` (`None`: at the start): the one
    /// seen there before, else the next in declared order.
    #[inline]
    fn after(&self, last: Option<usize>) -> usize {
        match self.slot(last).map(|s| s.load(Ordering::Relaxed)) {
            // Zero is "nothing learned yet" (stored values are index + 1).
            Some(0) | None => last.map_or(0, |i| i + 1),
            Some(next) => usize::from(next) - 1,
        }
    }

    #[inline]
    fn learn(&self, last: Option<usize>, found: usize) {
        if let (Some(s), Ok(next)) = (self.slot(last), u16::try_from(found + 1)) {
            s.store(next, Ordering::Relaxed);
        }
    }

    /// The slot of what followed `last`; the start of an object has the
    /// last slot.
    #[inline]
    fn slot(&self, last: Option<usize>) -> Option<&AtomicU16> {
        self.0.get(last.unwrap_or(self.0.len().saturating_sub(1)))
    }
}

/// The items of a list being read.
pub struct Items {
    first: bool,
}

impl Items {
    /// True when another item follows, with the reader placed at it.
    #[inline]
    pub fn next(&mut self, r: &mut Reader<'_>) -> Result<bool, DecodeError> {
        r.another(&mut self.first, b']', "`,` or `]`")
    }
}

/// The first `"` or `\\` in `bytes`, testing a word at a time: a byte
/// equal to the target becomes zero after XOR, and `(x - 0x01..) & !x &
/// 0x80..` marks the lowest zero byte exactly.
#[inline]
fn find_quote_or_escape(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let hits = zero_byte(word ^ (ONES * u64::from(b'"')))
            | zero_byte(word ^ (ONES * u64::from(b'\\')));
        if hits != 0 {
            return Some(at + (hits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let tail = chunks.remainder();
    tail.iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|n| at + n)
}

/// JSON text without the whitespace between tokens.
fn compact(raw: &[u8]) -> String {
    let mut out = Vec::with_capacity(raw.len());
    let mut in_string = false;
    let mut escaped = false;
    for &b in raw {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            in_string = b == b'"';
            out.push(b);
        }
    }
    // The raw value was checked by `skip`; strings were left untouched.
    String::from_utf8_lossy(&out).into_owned()
}

/// What an error says of a value that did not fit when its member holds a
/// secret: messages quote the value otherwise.
const SECRET_VALUE: &str = "does not fit (not shown: the member holds a secret)";

/// True when the member at the end of `path` (`A.B[2].Password`) holds a
/// secret, by [`crate::redact`]'s rule.
fn holds_secret(path: &str) -> bool {
    let last = path.rsplit('.').next().unwrap_or(path);
    crate::redact::is_secret_name(last.split('[').next().unwrap_or(last))
}

/// A serde_json error on `body` described as [`DecodeError`] describes its
/// own: the member path first, and no quoted value for a secret member.
pub(crate) fn describe_serde_error(body: &[u8], e: &serde_json::Error) -> String {
    let offset = offset_of(body, e.line(), e.column());
    let path = path_to(body, offset);
    match (path.is_empty(), holds_secret(&path)) {
        (true, _) => e.to_string(),
        (false, true) => format!("the value of {path} {SECRET_VALUE}"),
        (false, false) => format!("{path}: {e}"),
    }
}

/// The byte offset of a 1-based line and column.
fn offset_of(body: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match body[start..].iter().position(|b| *b == b'\n') {
            Some(p) => start += p + 1,
            None => return body.len(),
        }
    }
    (start + column.saturating_sub(1)).min(body.len())
}

/// The member path (`A.B[2].C`) to the value at `offset`, for error
/// messages: a second, simple walk over the body up to that point.
fn path_to(input: &[u8], offset: usize) -> String {
    enum Level {
        Object(Option<String>),
        List(usize),
    }
    let mut stack: Vec<Level> = Vec::new();
    let mut i = 0;
    let end = offset.min(input.len());
    while i < end {
        match input[i] {
            b'{' => stack.push(Level::Object(None)),
            b'[' => stack.push(Level::List(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => {
                if let Some(Level::List(n)) = stack.last_mut() {
                    *n += 1;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < input.len() && input[j] != b'"' {
                    j += if input[j] == b'\\' { 2 } else { 1 };
                }
                let text = input.get(start..j.min(input.len())).unwrap_or_default();
                i = j;
                // A string followed by `:` inside an object is a member name.
                let mut k = j + 1;
                while k < end && input[k].is_ascii_whitespace() {
                    k += 1;
                }
                if k < end && input[k] == b':' {
                    if let Some(Level::Object(name)) = stack.last_mut() {
                        *name = Some(String::from_utf8_lossy(text).into_owned());
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for level in &stack {
        match level {
            Level::Object(Some(name)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(name);
            }
            Level::Object(None) => {}
            Level::List(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

macro_rules! integers {
    ($($ty:ty => $kind:literal),*) => {
        $(impl Decode for $ty {
            fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
                r.integer($kind)
            }
        })*
    };
}

integers!(i8 => "an 8-bit integer", i16 => "a 16-bit integer", i32 => "a 32-bit integer",
    i64 => "a 64-bit integer", u8 => "an unsigned 8-bit integer",
    u16 => "an unsigned 16-bit integer", u32 => "an unsigned 32-bit integer",
    u64 => "an unsigned 64-bit integer");

impl Decode for f64 {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.float()
    }
}

impl Decode for f32 {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.float().map(|f| f as f32)
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.boolean()
    }
}

impl Decode for String {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.text().map(Cow::into_owned)
    }

    fn decode_optional(r: &mut Reader<'_>) -> Result<Option<Self>, DecodeError> {
        Ok(r.optional_text()?.map(Cow::into_owned))
    }
}

impl Decode for crate::Text {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.text().map(crate::Text::from)
    }

    fn decode_optional(r: &mut Reader<'_>) -> Result<Option<Self>, DecodeError> {
        Ok(r.optional_text()?.map(crate::Text::from))
    }
}

/// An optional member: absent for `null`, and for a value that fits no
/// reading of `T` (see the module docs).
impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.tolerant()
    }
}

/// A list; a single value where the list was expected reads as a list of
/// one, and JSON text holding a list as that list.
impl<T: Decode> Decode for Vec<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        match r.peek() {
            Some(b'[') => {}
            Some(b'"') => {
                if let Some(list) = r.list_in_text() {
                    return Ok(list);
                }
                return T::decode(r).map(|one| vec![one]);
            }
            _ => return T::decode(r).map(|one| vec![one]),
        }
        let mut items = r.list()?;
        let mut out = Vec::new();
        while items.next(r)? {
            out.push(T::decode(r)?);
        }
        Ok(out)
    }
}

/// An object with any member names (`additionalProperties` in the
/// metadata); a repeated name keeps the last value.
impl<T: Decode> Decode for std::collections::BTreeMap<String, T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let mut out = std::collections::BTreeMap::new();
        let mut members = r.object()?;
        while let Some(key) = members.next(r)? {
            let key = key.into_owned();
            out.insert(key, T::decode(r)?);
        }
        Ok(out)
    }
}

impl<T: Decode> Decode for Box<T> {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        T::decode(r).map(Box::new)
    }
}

impl Decode for serde_json::Value {
    fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let start = r.pos;
        let raw = r.raw_value()?;
        serde_json::from_slice(raw).map_err(|e| {
            r.pos = start;
            r.error(e.to_string())
        })
    }

    /// Any JSON holds text: `""` is kept (as the official SDKs keep it);
    /// only `null` is absent.
    fn decode_optional(r: &mut Reader<'_>) -> Result<Option<Self>, DecodeError> {
        if r.peek() == Some(b'n') {
            r.literal(b"null")?;
            return Ok(None);
        }
        Self::decode(r).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a generated type's `Decode` looks like.
    #[derive(Debug, Default, PartialEq)]
    struct T {
        n: Option<i32>,
        big: Option<i64>,
        u: Option<u64>,
        s: Option<String>,
        b: Option<bool>,
        f: Option<f64>,
        l: Option<Vec<T>>,
        any: Option<serde_json::Value>,
    }

    impl Decode for T {
        fn decode(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
            let mut out = T::default();
            let mut members = r.object()?;
            const NAMES: &[&str] = &["N", "Big", "U", "S", "B", "F", "L", "Any"];
            static ORDER: [AtomicU16; 9] = member_order();
            while let Some(member) = members.next_known(r, NAMES, &ORDER)? {
                match member {
                    0 => out.n = r.decode()?,
                    1 => out.big = r.decode()?,
                    2 => out.u = r.decode()?,
                    3 => out.s = r.decode()?,
                    4 => out.b = r.decode()?,
                    5 => out.f = r.decode()?,
                    6 => out.l = r.decode()?,
                    7 => out.any = r.decode()?,
                    _ => r.skip()?,
                }
            }
            Ok(out)
        }
    }

    fn decode(json: &str) -> Result<T, DecodeError> {
        from_slice(json.as_bytes())
    }

    /// Members are found whatever their order, whether or not it matches
    /// the one learned from earlier objects: the same values come out of
    /// every permutation, read again and again, with some members missing,
    /// unknown ones between, a name written with escapes, and a repeat.
    #[test]
    fn any_json_keeps_empty_text_and_reads_null_as_absent() {
        let t: T = from_slice(br#"{"Any": ""}"#).unwrap();
        assert_eq!(t.any, Some(serde_json::Value::String(String::new())));
        let t: T = from_slice(br#"{"Any": null}"#).unwrap();
        assert_eq!(t.any, None);
    }

    #[test]
    fn members_are_found_in_any_order() {
        let members = [
            r#""N":1"#,
            r#""Big":2"#,
            r#""S":"s""#,
            r#""B":true"#,
            r#""L":[{"N":3},{"Big":4,"N":5}]"#,
        ];
        let expected = T {
            n: Some(1),
            big: Some(2),
            s: Some("s".into()),
            b: Some(true),
            l: Some(vec![
                T {
                    n: Some(3),
                    ..T::default()
                },
                T {
                    n: Some(5),
                    big: Some(4),
                    ..T::default()
                },
            ]),
            ..T::default()
        };
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for round in 0..300 {
            let mut order: Vec<&str> = members.to_vec();
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            // Compact, or with whitespace around every member.
            let mut body = order.join(if round % 3 == 0 { ",\n    " } else { "," });
            match round % 4 {
                // Unknown names, some a prefix of a known one or the reverse.
                1 => body.push_str(r#","Other":{"N":9},"Bi":[1],"BigX":2,"N\"":3"#),
                2 => body.insert_str(0, r#""Other":"N","#),
                3 => body = body.replace(r#""S":"#, r#""\u0053":"#),
                _ => {}
            }
            let t = decode(&format!("{{{body}}}")).unwrap();
            assert_eq!(t, expected, "{body}");
            // Without a member, as read in the written order; and with
            // one repeated (the last wins).
            let rest: Vec<&str> = members
                .iter()
                .filter(|&&m| m != order[0])
                .copied()
                .collect();
            let without = decode(&format!("{{{}}}", order[1..].join(","))).unwrap();
            assert_eq!(without, decode(&format!("{{{}}}", rest.join(","))).unwrap());
            assert_ne!(without, expected);
            let t = decode(&format!(r#"{{{body},"N":7}}"#)).unwrap();
            assert_eq!(t.n, Some(7), "{body}");
        }
    }

    #[test]
    fn the_search_for_a_name_looks_both_ways_from_the_guess() {
        let names = ["A", "B", "C", "D"];
        for from in 0..6 {
            for (i, name) in names.iter().enumerate() {
                assert_eq!(position_near(&names, name, from), i, "{name} from {from}");
            }
            assert_eq!(position_near(&names, "E", from), usize::MAX);
            assert_eq!(position_near(&[], "A", from), usize::MAX);
        }
    }

    #[test]
    fn coerces_scalars_both_ways() {
        let t = decode(
            r#"{"N":"10","Big":"9007199254740993","S":42,"B":"TRUE","F":"1.5","X":{"ignored":[1,"}"]}}"#,
        )
        .unwrap();
        assert_eq!(t.n, Some(10));
        assert_eq!(t.big, Some(9_007_199_254_740_993));
        assert_eq!(t.s.as_deref(), Some("42"));
        assert_eq!(t.b, Some(true));
        assert_eq!(t.f, Some(1.5));
        let t = decode(
            r#" { "N" : 10.0 , "S" : { "a" : [ 1 , "x y" ] } , "B" : 0 , "L" : [ {"N":"1"} , {"S":true} ] } "#,
        )
        .unwrap();
        assert_eq!(t.n, Some(10));
        assert_eq!(t.s.as_deref(), Some(r#"{"a":[1,"x y"]}"#));
        assert_eq!(t.b, Some(false));
        let l = t.l.unwrap();
        assert_eq!((l[0].n, l[1].s.as_deref()), (Some(1), Some("true")));
    }

    #[test]
    fn null_is_absent_and_empty_text_is_kept_and_big_integers_are_exact() {
        let t = decode(r#"{"N":"","Big":null,"S":"","L":"","Any":{"k":18446744073709551615}}"#)
            .unwrap();
        assert_eq!((t.n, t.big, t.l), (None, None, None));
        assert_eq!(t.s.as_deref(), Some(""));
        assert_eq!(decode(r#"{"S":null}"#).unwrap().s, None);
        assert_eq!(t.any.unwrap()["k"].as_u64(), Some(u64::MAX));
        let t = decode(r#"{"Big":9223372036854775807,"U":18446744073709551615}"#).unwrap();
        assert_eq!((t.big, t.u), (Some(i64::MAX), Some(u64::MAX)));
        // Numbers keep how they were written when read as text.
        assert_eq!(decode(r#"{"S":1.50}"#).unwrap().s.as_deref(), Some("1.50"));
        let empty: Vec<Option<crate::Text>> = from_slice(br#"["", null]"#).unwrap();
        assert_eq!(empty[0].as_deref(), Some(""));
        assert!(empty[1].is_none());
    }

    #[test]
    fn a_single_value_or_json_text_where_a_list_is_declared_reads_as_the_list() {
        // An object where a list of objects is declared: a list of one.
        let t = decode(r#"{"L":{"N":3}}"#).unwrap();
        assert_eq!(t.l.unwrap()[0].n, Some(3));
        let one: Vec<i64> = from_slice(b"7").unwrap();
        assert_eq!(one, [7]);
        let one: Vec<String> = from_slice(br#""a,b""#).unwrap();
        assert_eq!(one, ["a,b"]);
        // A list written as JSON text.
        let floats: Vec<f64> = from_slice(br#""[0.1, 0.08,0.15]""#).unwrap();
        assert_eq!(floats, [0.1, 0.08, 0.15]);
        let nested: Vec<Vec<i64>> = from_slice(br#"["[542,200]", [1]]"#).unwrap();
        assert_eq!(nested, [vec![542, 200], vec![1]]);
        // Text that only looks like a list is one item.
        let text: Vec<String> = from_slice(br#""[not json""#).unwrap();
        assert_eq!(text, ["[not json"]);
    }

    #[test]
    fn a_member_that_fits_no_reading_is_absent_and_the_rest_is_kept() {
        let t = decode(
            r#"{"N":0.95,"S":"kept","L":[{"N":1,"Big":"x"},{"N":{"a":[1]},"S":"y"}],"B":"maybe","F":[1],"Big":5}"#,
        )
        .unwrap();
        assert_eq!((t.n, t.b, t.f, t.big), (None, None, None, Some(5)));
        assert_eq!(t.s.as_deref(), Some("kept"));
        let l = t.l.unwrap();
        assert_eq!((l[0].n, l[0].big), (Some(1), None));
        assert_eq!((l[1].n, l[1].s.as_deref()), (None, Some("y")));
        // A value that is not JSON still fails, naming where.
        let e = decode(r#"{"S":"kept","L":[{"N":1},{"N":tru}]}"#).unwrap_err();
        assert_eq!(e.path(), "L[1].N", "{e}");
    }

    #[test]
    fn text_reads_what_string_reads() {
        let long = "x".repeat(40);
        for value in [
            r#""i-bp67acfmxazb4p****""#.to_owned(),
            format!("\"{long}\""),
            r#""a\"b\u00e9\ud83d\ude00 华东1""#.to_owned(),
            "1.50".to_owned(),
            "true".to_owned(),
            r#" { "a" : [ 1 , "x y" ] } "#.to_owned(),
            r#""""#.to_owned(),
            "null".to_owned(),
        ] {
            let body = format!("[{value}]");
            let string: Vec<Option<String>> = from_slice(body.as_bytes()).unwrap();
            let text: Vec<Option<crate::Text>> = from_slice(body.as_bytes()).unwrap();
            assert_eq!(text[0].as_deref(), string[0].as_deref(), "{value}");
        }
        let e = from_slice::<Vec<crate::Text>>(br#"["a", "b]"#).unwrap_err();
        assert_eq!(e.to_string(), "[1]: unterminated text (at byte 7)");
    }

    #[test]
    fn escapes_and_non_ascii_text() {
        let t = decode(r#"{"S":"a\"b\\c\/\n\u00e9\ud83d\ude00 华东1"}"#).unwrap();
        assert_eq!(t.s.as_deref(), Some("a\"b\\c/\né😀 华东1"));
        // An escaped member name still matches.
        assert_eq!(decode(r#"{"\u004e":5}"#).unwrap().n, Some(5));
        // Escapes inside skipped values are stepped over.
        assert_eq!(decode(r#"{"X":"\"}{","N":1}"#).unwrap().n, Some(1));
    }

    #[test]
    fn the_word_search_finds_the_first_quote_or_backslash() {
        for text in [&b""[..], b"abc", b"abcdefgh", b"abcdefghijklmnop"] {
            assert_eq!(find_quote_or_escape(text), None);
        }
        for n in 0..20 {
            for target in [b'"', b'\\'] {
                let mut text = vec![b'x'; 20];
                text[n] = target;
                text[19] = b'"';
                assert_eq!(find_quote_or_escape(&text), Some(n));
            }
        }
        // Bytes just around the targets' values are not hits.
        assert_eq!(find_quote_or_escape(b"!#[]\x01\xff\xa2\xdc"), None);
    }

    /// Bodies cut short or with bytes changed anywhere decode or fail, and
    /// never panic (a fixed-seed walk over thousands of damaged bodies).
    #[test]
    fn damaged_bodies_never_panic() {
        let good = br#"{"N":"10","Big":-9007199254740993,"S":"a\"b\u00e9","B":true,"F":1.5e3,
            "L":[{"N":1,"L":[]},{"S":{"x":[null,false]}}],"Any":{"k":[1,{"z":"\ud83d\ude00"}]},"X":"\/"}"#;
        assert!(from_slice::<T>(good).is_ok());
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b"{}[]\",:\\u0123456789.eE+-ntfr \x80\xff";
        for _ in 0..20_000 {
            let mut body = good.to_vec();
            for _ in 0..1 + next() % 3 {
                let at = (next() % body.len() as u64) as usize;
                match next() % 3 {
                    0 => body[at] = alphabet[(next() % alphabet.len() as u64) as usize],
                    1 => body.truncate(at),
                    _ => {
                        body.remove(at);
                    }
                }
                if body.is_empty() {
                    break;
                }
            }
            let _ = from_slice::<T>(&body);
        }
    }

    #[test]
    fn a_repeated_member_keeps_the_last_value() {
        assert_eq!(decode(r#"{"N":1,"N":2}"#).unwrap().n, Some(2));
    }

    #[test]
    fn errors_name_the_path_and_never_panic() {
        // Outside an optional member, a misfit is the error.
        let e = from_slice::<Vec<Vec<i32>>>(br#"[[1],[2,"ten"]]"#).unwrap_err();
        assert_eq!(e.path(), "[1][1]");
        assert!(e.to_string().contains("expected a 32-bit integer"), "{e}");
        let e = from_slice::<Vec<i32>>(b"[3000000000]").unwrap_err();
        assert!(
            e.to_string().starts_with("[0]: 3000000000 does not fit"),
            "{e}"
        );
        for bad in [
            "{",
            r#""text""#,
            r#"{"N":1}x"#,
            r#"{"S":"\ud800"#,
            r#"{"S":"abc"#,
            r#"{"N" 1}"#,
            r#"{"N":1,}"#,
            r#"{"X":[1 2]}"#,
            r#"{"S":nul}"#,
            "",
        ] {
            assert!(decode(bad).is_err(), "{bad}");
        }
        let deep = "[".repeat(10_000);
        assert!(decode(&format!(r#"{{"X":{deep}}}"#)).is_err());
        let e = from_slice::<T>(b"{\"S\":\"\xff\"}").unwrap_err();
        assert!(e.to_string().contains("not UTF-8"), "{e}");
    }
}
