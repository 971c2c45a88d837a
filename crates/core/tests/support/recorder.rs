//! A `tracing` layer that keeps every span, field and event at every
//! level as one line each, for tests that look at what yun shows.

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::Layer;

/// Every line any span or event produced.
#[derive(Clone, Default)]
pub struct Recorder(Arc<Mutex<Vec<String>>>);

struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        let _ = write!(self.0, " {}={value}", field.name());
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Recorder {
    fn on_new_span(&self, attrs: &Attributes<'_>, _: &Id, _: Context<'_, S>) {
        let mut fields = Fields(format!(
            "SPAN {} {}",
            attrs.metadata().level(),
            attrs.metadata().name()
        ));
        attrs.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let name = ctx.span(id).map_or("?", |s| s.name());
        let mut fields = Fields(format!("RECORD {name}"));
        values.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let scope = ctx
            .event_scope(event)
            .map(|s| s.map(|span| span.name()).collect::<Vec<_>>().join("<"))
            .unwrap_or_default();
        let mut fields = Fields(format!(
            "EVENT {} {} [{scope}]",
            event.metadata().level(),
            event.metadata().target()
        ));
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
}

impl Recorder {
    pub fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }

    /// The lines that contain every one of `parts`.
    pub fn having(&self, parts: &[&str]) -> Vec<String> {
        self.lines()
            .into_iter()
            .filter(|l| parts.iter().all(|p| l.contains(p)))
            .collect()
    }

    pub fn assert_has(&self, parts: &[&str]) {
        assert!(
            !self.having(parts).is_empty(),
            "no line with {parts:?} in:\n{}",
            self.lines().join("\n")
        );
    }
}
