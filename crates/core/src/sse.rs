//! Server-sent events: answers of `Content-Type: text/event-stream`, read
//! as they arrive.
//!
//! The AI actions of both clouds stream their answer when asked to (a
//! request member `Stream: true`): each event's `data` holds one chunk of
//! the response object. [`EventStream`] yields them one at a time, decoded
//! into the operation's response type, while the connection stays open;
//! only the line being read is held in memory, however long the stream.
//!
//! The format (the WHATWG `text/event-stream` rules, as
//! tencentcloud-sdk-python and the Alibaba Cloud Tea runtime read it):
//! lines end with LF, CRLF or CR; a line starting with `:` is a comment;
//! `field: value` (one leading space of the value dropped) sets `data`
//! (several `data` lines are joined with `\n`), `event`, `id` or `retry`; a
//! blank line ends an event, and so does the end of the body.
//!
//! When the answer is not an event stream (an error as JSON, or a service
//! that ignored the flag) the call reports it as usual: a service error is
//! the call's error, a plain JSON answer the stream's one event.
//!
//! An event whose data is `[DONE]` (the end marker several AI streaming
//! APIs send) ends the stream cleanly; it is not delivered. A body that ends
//! inside an event (no blank line after it) whose data does not decode was
//! cut short: that is a transport error saying so, not a decoding error.

use crate::error::{Error, Vendor};
use crate::http::ChunkStream;
use crate::json::Decode;
use futures_core::Stream;
use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

/// One event as it came: its fields, `data` as text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RawEvent {
    /// The `event` field (the event's type), if sent.
    pub event: Option<String>,
    /// The `data` lines, joined with `\n`.
    pub data: String,
    /// The `id` field, if sent.
    pub id: Option<String>,
    /// The `retry` field (milliseconds), if sent.
    pub retry: Option<u64>,
}

/// One event, its `data` decoded into `T` (a generated operation's response
/// type, or `serde_json::Value`), the event as it came beside it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Event<T> {
    /// The event's `data`, decoded.
    pub data: T,
    /// The event as it came.
    pub raw: RawEvent,
}

/// Reads events from bytes as they come: feed chunks with
/// [`Parser::push`], take the events each completes, and call
/// [`Parser::finish`] at the end of the body for a last event that no
/// blank line ended.
#[derive(Debug, Default)]
pub struct Parser {
    /// The line being read (its start came in an earlier chunk).
    line: Vec<u8>,
    /// The last chunk ended with CR: an LF starting the next one belongs to it.
    after_cr: bool,
    /// The event being read.
    current: RawEvent,
    /// The event has at least one `data` line.
    has_data: bool,
}

impl Parser {
    /// A parser at the start of a stream.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Reads `chunk`, appending each event it completes to `out`.
    pub fn push(&mut self, chunk: &[u8], out: &mut VecDeque<RawEvent>) {
        let mut rest = chunk;
        if self.after_cr {
            self.after_cr = false;
            if let Some(after) = rest.strip_prefix(b"\n") {
                rest = after;
            }
        }
        while let Some(end) = rest.iter().position(|b| *b == b'\n' || *b == b'\r') {
            let line_end = &rest[..end];
            if self.line.is_empty() {
                self.field(line_end, out);
            } else {
                let mut whole = std::mem::take(&mut self.line);
                whole.extend_from_slice(line_end);
                self.field(&whole, out);
            }
            let cr = rest[end] == b'\r';
            rest = &rest[end + 1..];
            if cr {
                match rest.first() {
                    Some(b'\n') => rest = &rest[1..],
                    None => self.after_cr = true,
                    Some(_) => {}
                }
            }
        }
        self.line.extend_from_slice(rest);
    }

    /// The end of the body: the last line and event, if unfinished.
    pub fn finish(&mut self) -> Option<RawEvent> {
        let mut out = VecDeque::new();
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.field(&line, &mut out);
        }
        self.field(b"", &mut out);
        out.pop_front()
    }

    /// One line: a field, a comment, or the blank line that ends an event.
    fn field(&mut self, line: &[u8], out: &mut VecDeque<RawEvent>) {
        if line.is_empty() {
            if self.has_data {
                self.has_data = false;
                out.push_back(std::mem::take(&mut self.current));
            } else {
                // An event without data is not delivered (the format's
                // rule); its fields are dropped with it.
                self.current = RawEvent::default();
            }
            return;
        }
        if line[0] == b':' {
            return;
        }
        let line = String::from_utf8_lossy(line);
        let (name, value) = match line.split_once(':') {
            Some((name, value)) => (name, value.strip_prefix(' ').unwrap_or(value)),
            None => (line.as_ref(), ""),
        };
        match name {
            "data" => {
                if self.has_data {
                    self.current.data.push('\n');
                }
                self.current.data.push_str(value);
                self.has_data = true;
            }
            "event" => self.current.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => self.current.id = Some(value.to_owned()),
            "retry" => {
                if let Ok(ms) = value.parse() {
                    self.current.retry = Some(ms);
                }
            }
            _ => {}
        }
    }
}

/// Reads a streamed body's events one at a time: at most one chunk and
/// the line it ends in are held.
pub(crate) struct EventReader {
    body: ChunkStream,
    parser: Parser,
    ready: VecDeque<RawEvent>,
    done: bool,
    /// The body ended inside an event (no blank line closed it): that last
    /// event may be cut short.
    pub(crate) unfinished: bool,
    /// Body bytes read so far.
    pub(crate) bytes: u64,
}

impl EventReader {
    pub(crate) fn new(body: ChunkStream) -> Self {
        EventReader {
            body,
            parser: Parser::new(),
            ready: VecDeque::new(),
            done: false,
            unfinished: false,
            bytes: 0,
        }
    }

    /// The next event; `None` at the end of the body.
    pub(crate) async fn next(&mut self) -> Result<Option<RawEvent>, Error> {
        use futures_util::StreamExt;
        loop {
            if let Some(event) = self.ready.pop_front() {
                return Ok(Some(event));
            }
            if self.done {
                return Ok(None);
            }
            match self.body.next().await {
                Some(Ok(chunk)) => {
                    self.bytes += chunk.len() as u64;
                    self.parser.push(&chunk, &mut self.ready);
                }
                Some(Err(e)) => {
                    self.done = true;
                    return Err(e);
                }
                None => {
                    self.done = true;
                    let last = self.parser.finish();
                    self.unfinished = last.is_some();
                    self.ready.extend(last);
                }
            }
        }
    }
}

/// How an event's `data` becomes a value, or the service error it holds.
pub(crate) type DecodeEvent<T> = fn(Vendor, &RawEvent) -> Result<T, Error>;

/// A streamed answer's events, decoded into `T`, as they arrive.
///
/// A `Stream` (`futures_util::StreamExt::next`, `TryStreamExt::try_next`)
/// of `Result<Event<T>, Error>`: an error ends it (a connection cut in the
/// middle, the read timeout between two events, an error the service sent
/// as an event). Dropping it closes the connection without reading the rest.
pub struct EventStream<T> {
    inner: Pin<Box<dyn Stream<Item = Result<Event<T>, Error>> + Send>>,
}

impl<T> EventStream<T> {
    pub(crate) fn new(inner: impl Stream<Item = Result<Event<T>, Error>> + Send + 'static) -> Self {
        EventStream {
            inner: Box::pin(inner),
        }
    }
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream").finish_non_exhaustive()
    }
}

impl<T> Stream for EventStream<T> {
    type Item = Result<Event<T>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// Decodes an event's `data` as `T`, after looking for an error in it:
/// `{"Response": {"Error": …}}` or `{"Error": {"Code": …}}` (Tencent
/// Cloud), `{"Code": …, "Message": …}` without other members (Alibaba
/// Cloud). A `{"Response": {…}}` envelope is taken off.
pub(crate) fn decode_event<T: Decode>(vendor: Vendor, raw: &RawEvent) -> Result<T, Error> {
    let data = raw.data.trim();
    if let Some(error) = service_error_in(vendor, data) {
        return Err(error);
    }
    let inner = unwrap_response(data).unwrap_or(data);
    crate::json::from_slice(inner.as_bytes()).map_err(|e| {
        Error::decode(
            200,
            format!("an event's data does not fit the response type: {e}"),
            data.as_bytes(),
        )
    })
}

/// The object inside `{"Response": {…}}`, when `data` is exactly that.
fn unwrap_response(data: &str) -> Option<&str> {
    let rest = data.strip_prefix('{')?.trim_start();
    let rest = rest.strip_prefix("\"Response\"")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let inner = rest.strip_suffix('}')?.trim_end();
    inner.starts_with('{').then_some(inner)
}

/// The service error an event's data holds, if it is one.
fn service_error_in(vendor: Vendor, data: &str) -> Option<Error> {
    // Cheap test first: most events are chunks of an answer.
    if !(data.contains("\"Error\"") || data.contains("\"Code\"")) {
        return None;
    }
    let value: serde_json::Value = serde_json::from_str(data).ok()?;
    let object = value.get("Response").unwrap_or(&value);
    let text = |v: Option<&serde_json::Value>| match v {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let (code, message) = match object.get("Error") {
        Some(error) => (text(error.get("Code"))?, text(error.get("Message"))),
        // A bare {"Code", "Message"(, "RequestId")} object is an error; an
        // answer that merely has a `Code` member among others is not.
        None => {
            let members = object.as_object()?;
            let only_error_members = members.keys().all(|k| {
                matches!(
                    k.as_str(),
                    "Code" | "Message" | "RequestId" | "Recommend" | "HostId"
                )
            });
            if !only_error_members || !members.contains_key("Message") {
                return None;
            }
            (text(object.get("Code"))?, text(object.get("Message")))
        }
    };
    Some(Error::from(crate::error::ServiceError {
        access_denied: None,
        vendor,
        code,
        message: message.unwrap_or_default(),
        request_id: text(object.get("RequestId")),
        http_status: 200,
        recommend: None,
        host_id: None,
        note: Some("sent as an event of the stream".to_owned()),
        client_token: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_in_pieces(input: &str, piece: usize) -> Vec<RawEvent> {
        let mut parser = Parser::new();
        let mut out = VecDeque::new();
        for chunk in input.as_bytes().chunks(piece) {
            parser.push(chunk, &mut out);
        }
        out.extend(parser.finish());
        out.into()
    }

    fn event(data: &str) -> RawEvent {
        RawEvent {
            data: data.to_owned(),
            ..RawEvent::default()
        }
    }

    #[test]
    fn fields_comments_and_line_ends_in_any_split() {
        let input = ": a comment\r\n\
                     event: delta\r\n\
                     id: 7\r\n\
                     retry: 3000\r\n\
                     data: {\"a\":\r\n\
                     data:1}\r\n\
                     \r\n\
                     data: second\r\r\
                     data\n\
                     data:  two spaces\n\
                     \n\
                     event: ignored without data\n\
                     \n\
                     data: last, no blank line";
        let want = vec![
            RawEvent {
                event: Some("delta".into()),
                data: "{\"a\":\n1}".into(),
                id: Some("7".into()),
                retry: Some(3000),
            },
            event("second"),
            event("\n two spaces"),
            event("last, no blank line"),
        ];
        for piece in [1, 2, 3, 5, 7, 64, 4096] {
            assert_eq!(parse_in_pieces(input, piece), want, "chunks of {piece}");
        }
    }

    #[test]
    fn a_cr_at_a_chunk_end_joins_the_lf_of_the_next() {
        let mut parser = Parser::new();
        let mut out = VecDeque::new();
        parser.push(b"data: a\r", &mut out);
        parser.push(b"\n\r", &mut out);
        parser.push(b"\ndata: b\n\n", &mut out);
        assert_eq!(Vec::from(out), vec![event("a"), event("b")]);
        assert_eq!(parser.finish(), None);
    }

    #[test]
    fn errors_inside_the_stream_are_service_errors() {
        let tencent = event(
            r#"{"Response":{"Error":{"Code":"LimitExceeded","Message":"too many"},"RequestId":"r-1"}}"#,
        );
        let e = decode_event::<serde_json::Value>(Vendor::Tencent, &tencent).unwrap_err();
        assert_eq!(e.code(), Some("LimitExceeded"));
        assert_eq!(e.request_id(), Some("r-1"));
        let aliyun = event(r#"{"Code":"Throttling","Message":"slow down","RequestId":"a-1"}"#);
        let e = decode_event::<serde_json::Value>(Vendor::Aliyun, &aliyun).unwrap_err();
        assert_eq!(e.code(), Some("Throttling"));
        // An answer with a `Code` member among others is data.
        let data = event(r#"{"Code":"ok","Message":"hi","Choices":[]}"#);
        assert!(decode_event::<serde_json::Value>(Vendor::Aliyun, &data).is_ok());
        let wrapped = event(r#"{"Response": {"Id": "x"}}"#);
        let v = decode_event::<serde_json::Value>(Vendor::Tencent, &wrapped).unwrap();
        assert_eq!(v, serde_json::json!({"Id": "x"}));
    }
}
