//! A call whose answer streams (server-sent events): the same attempts,
//! signing and retry rules as any call, up to the first event; from there
//! the events go to the caller as they arrive, and a failure ends the
//! stream instead of being retried (the caller has already seen part of
//! the answer).

use super::{call_span, checked, signed, Built, Check, LastAnswer, Target};
use crate::config::Config;
use crate::credentials::Credential;
use crate::error::{Error, Vendor};
use crate::options::CallOptions;
use crate::retry::{prepare, RetryFacts};
use crate::sse::{DecodeEvent, Event, EventReader, EventStream, RawEvent};
use bytes::Bytes;
use std::sync::atomic::Ordering;
use std::time::Instant;
use tracing::Instrument;

/// How a streamed call turns what came back into values.
pub(crate) struct Decoders<T> {
    /// An answer that was not an event stream: read with the call's usual
    /// check (a service error is the call's error) …
    pub(crate) check: Check<Bytes>,
    /// … then decoded as the stream's one value.
    pub(crate) whole: fn(&[u8]) -> Result<T, Error>,
    /// Each event's data.
    pub(crate) event: DecodeEvent<T>,
}

/// What one attempt opened.
enum Opened {
    /// An event stream, its first event read (`None`: it had none).
    Events {
        first: Option<RawEvent>,
        reader: Box<EventReader>,
    },
    /// A whole answer that was not an event stream.
    Whole(Bytes),
}

/// Sends `request` with retries until its answer starts (its first event,
/// or a whole answer), then returns its events as a stream.
pub(crate) async fn send_events<R, B, T>(
    config: &Config,
    target: Target<'_>,
    request: &R,
    build: B,
    decoders: Decoders<T>,
    options: &CallOptions,
) -> Result<EventStream<T>, Error>
where
    R: RetryFacts,
    B: Fn(&R, &Credential, u64) -> Result<Built, Error>,
    T: Send + 'static,
{
    let retry = options.retry_config(&config.retry);
    let request = prepare(&retry, request);
    let call = request.call();
    let span = call_span(config, target, &call);
    let last = LastAnswer {
        wanted: !span.is_disabled(),
        ..LastAnswer::default()
    };
    let started = Instant::now();
    let opened = retry
        .run(&config.state, &call, || {
            last.attempts.fetch_add(1, Ordering::Relaxed);
            open(config, &*request, &build, decoders.check, &last, options)
        })
        .instrument(span.clone())
        .await
        .map_err(|e| e.with_client_token(call.token.as_deref()));
    if opened.is_err() {
        super::close_span(&span, &last, started, &opened);
    }
    let opened = opened?;
    span.record("attempts", last.attempts.load(Ordering::Relaxed));
    span.record("http_status", last.http_status.load(Ordering::Relaxed));
    let mut state = State {
        span: Closing {
            span,
            started,
            events: 0,
            bytes: 0,
            outcome: None,
        },
        vendor: target.vendor,
        decode: decoders.event,
        first: None,
        reader: None,
    };
    match opened {
        Opened::Whole(body) => {
            state.span.bytes = body.len() as u64;
            let one = (decoders.whole)(&body).map(|data| Event {
                data,
                raw: RawEvent {
                    data: String::from_utf8_lossy(&body).into_owned(),
                    ..RawEvent::default()
                },
            });
            state.span.events = u64::from(one.is_ok());
            state.span.outcome = Some(if one.is_ok() { "ok" } else { "decode" });
            Ok(EventStream::new(futures_util::stream::iter([one])))
        }
        Opened::Events { first, reader } => {
            state.first = first;
            state.reader = Some(reader);
            Ok(EventStream::new(futures_util::stream::unfold(
                state,
                |mut state| async move { state.next().await.map(|item| (item, state)) },
            )))
        }
    }
}

/// One attempt: send, and read until the answer has started.
async fn open<R, B>(
    config: &Config,
    request: &R,
    build: &B,
    check: Check<Bytes>,
    last: &LastAnswer,
    options: &CallOptions,
) -> Result<Opened, Error>
where
    R: RetryFacts,
    B: Fn(&R, &Credential, u64) -> Result<Built, Error>,
{
    let Built {
        request: http,
        canonical_request,
        string_to_sign,
        stream,
    } = signed(config, request, build, options).await?;
    if stream.is_some() {
        // The clients refuse file bodies before they get here.
        return Err(Error::invalid_input(
            "a streamed answer is read only for requests whose body is in memory",
        ));
    }
    let (head, body) = config.transport.send_streaming(http).await?.into_parts();
    last.http_status
        .store(head.status.as_u16(), Ordering::Relaxed);
    let events = head
        .headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.trim_start().starts_with("text/event-stream"));
    if !(head.status.is_success() && events) {
        let body = read_whole(body).await?;
        super::answered(config, options, request, &head, &body);
        return checked(
            config,
            &head,
            body,
            check,
            &canonical_request,
            &string_to_sign,
        )
        .map(Opened::Whole);
    }
    // A stream's events are read later, by the caller: its head only.
    super::answered(config, options, request, &head, &[]);
    config.state.clock.observe(&head.headers, false);
    let mut reader = EventReader::new(body);
    let first = reader.next().await?;
    Ok(Opened::Events {
        first,
        reader: Box::new(reader),
    })
}

/// A whole answer that is not an event stream (an error, most often).
async fn read_whole(mut body: crate::http::ChunkStream) -> Result<Bytes, Error> {
    use futures_util::StreamExt;
    let mut whole = Vec::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        if whole.len() + chunk.len() > crate::http::MAX_RESPONSE_BODY {
            // As for any whole answer: a transport fault, like a body cut short.
            return Err(Error::Transport {
                message: format!(
                    "the answer (not an event stream) is larger than {} MiB",
                    crate::http::MAX_RESPONSE_BODY >> 20
                ),
                connect: false,
                source: None,
                client_token: None,
            });
        }
        whole.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(whole))
}

/// The stream's state between events.
struct State<T> {
    span: Closing,
    vendor: Vendor,
    decode: DecodeEvent<T>,
    /// The first event, read while opening.
    first: Option<RawEvent>,
    /// `None` once the stream has ended.
    reader: Option<Box<EventReader>>,
}

impl<T> State<T> {
    async fn next(&mut self) -> Option<Result<Event<T>, Error>> {
        let reader = self.reader.as_mut()?;
        let next = match self.first.take() {
            Some(first) => Ok(Some(first)),
            None => reader.next().await,
        };
        self.span.bytes = reader.bytes;
        let item = match next {
            // The end marker of several AI streaming APIs: a clean end.
            Ok(Some(raw)) if raw.data.trim() == "[DONE]" => {
                self.end("ok");
                return None;
            }
            Ok(Some(raw)) => {
                self.span.events += 1;
                match (self.decode)(self.vendor, &raw) {
                    Ok(data) => Ok(Event { data, raw }),
                    // The body ended inside this event: it was cut short.
                    Err(Error::Decode { .. }) if reader.unfinished => Err(Error::Transport {
                        message: format!(
                            "the event stream was cut in the middle of an event \
                             (after {} events, {} bytes; the last event's data, {} bytes, \
                             has no end)",
                            self.span.events - 1,
                            reader.bytes,
                            raw.data.len()
                        ),
                        connect: false,
                        source: None,
                        client_token: None,
                    }),
                    Err(e) => Err(e),
                }
            }
            Ok(None) => {
                self.end("ok");
                return None;
            }
            Err(e) => Err(e),
        };
        if let Err(e) = &item {
            self.end(e.label());
        }
        Some(item)
    }

    fn end(&mut self, outcome: &'static str) {
        self.reader = None;
        self.span.outcome = Some(outcome);
    }
}

/// Records the stream's totals on the call span when the stream ends or is
/// dropped.
struct Closing {
    span: tracing::Span,
    started: Instant,
    events: u64,
    bytes: u64,
    outcome: Option<&'static str>,
}

impl Drop for Closing {
    fn drop(&mut self) {
        let span = &self.span;
        span.record("events", self.events);
        span.record("bytes", self.bytes);
        span.record("elapsed_ms", self.started.elapsed().as_millis() as u64);
        span.record("outcome", self.outcome.unwrap_or("dropped"));
    }
}
