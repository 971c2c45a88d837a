//! Programs written against the generated crates as a user writes them,
//! with nothing but constructors and setters, run as tests against servers
//! on 127.0.0.1 (see `tests/`). Not published.
