//! Paginators: a paged operation as a `Stream` of pages, or of the items
//! in them, fetched lazily one page at a time.
//!
//! Every generated client has, for each operation the metadata shows to be
//! paged, a `<operation>_paginator(request)` method returning a
//! [`Paginator`]:
//!
//! ```no_run
//! # use yun_core::paginate::{Fetch, PagedRequest, Paginator};
//! # async fn demo<R: PagedRequest, C: Fetch<R> + Send + 'static>(p: Paginator<R, C>) -> Result<(), yun_core::Error> {
//! use futures_util::TryStreamExt;
//! // let p = client.describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou").max_results(50));
//! let mut items = p.items();
//! while let Some(item) = items.try_next().await? {
//!     // one instance at a time, across every page
//! #   let _ = item;
//! }
//! # Ok(()) }
//! ```
//!
//! Three styles, as the metadata gives them: page number + page size
//! (`TotalCount` in the answer), offset + limit (`TotalCount`), and token +
//! max results (`NextToken` in and out). The page size the caller set is
//! kept; each page is one call with the client's usual retries.
//!
//! The stream ends, without another request, when: a page is empty; the
//! next token is absent or empty; page × size (or the offset) reaches
//! `TotalCount`; a page holds fewer items than the page size; or the cap
//! set with [`Paginator::max_pages`] is reached. A service that answers
//! with the token it was sent ends the stream with an error instead of
//! looping. An error is yielded once and ends the stream.

use crate::error::Error;
use crate::options::CallOptions;
use futures_core::Stream;
use std::collections::VecDeque;
use std::future::Future;

/// How an operation pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageStyle {
    /// `PageNumber` (from 1) and `PageSize`; `TotalCount` in the answer.
    PageNumber,
    /// `Offset` (from 0) and `Limit`; `TotalCount` in the answer.
    Offset,
    /// `NextToken` and `MaxResults`; `NextToken` in the answer.
    Token,
}

/// Where the next page starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Position<'a> {
    /// The page number to ask for.
    PageNumber(u64),
    /// The offset to ask for.
    Offset(u64),
    /// The token to send.
    Token(&'a str),
}

/// A paged operation's request, as the generator describes it: which
/// style, where the page goes, and how its answer reads.
pub trait PagedRequest: Clone + Send + Sync + 'static {
    /// The operation's response: one page.
    type Response: Send + 'static;
    /// One item of a page.
    type Item: Send + 'static;
    /// The operation's paging style.
    const STYLE: PageStyle;

    /// The page size the caller set, if any.
    fn page_size(&self) -> Option<u64>;
    /// Where the caller asked to start (page number, offset or token).
    fn start(&self) -> Option<Position<'_>>;
    /// Points the request at another page.
    fn set_position(&mut self, position: Position<'_>);
    /// `TotalCount` of a page (page-number and offset styles).
    fn total_count(page: &Self::Response) -> Option<u64> {
        let _ = page;
        None
    }
    /// `NextToken` of a page (token style).
    fn next_token(page: &Self::Response) -> Option<&str> {
        let _ = page;
        None
    }
    /// How many items a page holds.
    fn item_count(page: &Self::Response) -> usize;
    /// The items of a page.
    fn into_items(page: Self::Response) -> Vec<Self::Item>;
}

/// What fetches one page: a client that can call the operation. yun-core
/// implements it for its raw clients and every generated request type;
/// the call is instantiated only where a paginator is used, so paged
/// operations cost a generated crate almost nothing to compile.
pub trait Fetch<R: PagedRequest>: Sync {
    /// Calls the operation once, with the client's usual retries and the
    /// paginator's options.
    fn fetch<'a>(
        &'a self,
        request: R,
        options: &'a CallOptions,
    ) -> impl Future<Output = Result<R::Response, Error>> + Send + 'a;
}

impl<R> Fetch<R> for crate::aliyun::AliyunClient
where
    R: PagedRequest + crate::internal::AliyunCall,
    R::Response: crate::json::Decode,
{
    async fn fetch(&self, request: R, options: &CallOptions) -> Result<R::Response, Error> {
        crate::internal::aliyun_rpc_call(self, &R::OPERATION, &request)
            .options(options.clone())
            .await
    }
}

impl<R> Fetch<R> for crate::tencent::TencentClient
where
    R: PagedRequest + crate::internal::TencentCall,
    R::Response: crate::json::Decode,
{
    async fn fetch(&self, request: R, options: &CallOptions) -> Result<R::Response, Error> {
        crate::internal::tencent_call(self, &R::OPERATION, &request)
            .options(options.clone())
            .await
    }
}

/// A paged operation, ready to list. Build one with a generated client's
/// `<operation>_paginator(request)`; nothing is sent until the stream is
/// polled.
///
/// It owns a clone of the client (clients are cheap to clone and share
/// their connections), so a paginator and its streams are `'static` and
/// `Send`: store them, or move them into a spawned task.
pub struct Paginator<R: PagedRequest, C> {
    request: R,
    client: C,
    max_pages: Option<u64>,
    options: CallOptions,
}

impl<R: PagedRequest, C> std::fmt::Debug for Paginator<R, C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("style", &R::STYLE)
            .field("max_pages", &self.max_pages)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<R: PagedRequest, C: Fetch<R> + Send + 'static> Paginator<R, C> {
    /// A paginator over `request`, fetching each page from `client`.
    pub fn new(client: C, request: R) -> Self {
        Paginator {
            request,
            client,
            max_pages: None,
            options: CallOptions::default(),
        }
    }

    /// Options for every page's call (time limits, retries, headers, query
    /// parameters, interceptors; see [`crate::options`]).
    pub fn options(mut self, options: CallOptions) -> Self {
        self.options = options;
        self
    }

    /// Stops after `n` pages, however many there are.
    pub fn max_pages(mut self, n: u64) -> Self {
        self.max_pages = Some(n);
        self
    }

    /// The pages, one response each.
    pub fn pages(self) -> Pages<R::Response> {
        let state = State {
            cursor: Cursor::new(self.request),
            client: self.client,
            max_pages: self.max_pages,
            options: self.options,
            pages: 0,
            failed: None,
        };
        Pages(Box::pin(futures_util::stream::unfold(
            state,
            |mut state| async move { state.next_page().await.map(|page| (page, state)) },
        )))
    }

    /// The items of every page, in order.
    pub fn items(self) -> Items<R::Item> {
        let pages = self.pages();
        Items(Box::pin(futures_util::stream::unfold(
            (pages, VecDeque::new()),
            |(mut pages, mut buffered)| async move {
                use futures_util::StreamExt;
                loop {
                    if let Some(item) = buffered.pop_front() {
                        return Some((Ok(item), (pages, buffered)));
                    }
                    match pages.next().await? {
                        Ok(page) => buffered.extend(R::into_items(page)),
                        Err(e) => return Some((Err(e), (pages, buffered))),
                    }
                }
            },
        )))
    }

    /// Every item of every page, collected; the first error ends it.
    pub async fn collect_items(self) -> Result<Vec<R::Item>, Error> {
        use futures_util::TryStreamExt;
        self.items().try_collect().await
    }
}

/// The pages of a [`Paginator`], as a `Stream` of `Result<page, Error>`:
/// `'static`, `Send` and `Unpin`, so it can be stored, named in a struct
/// field, or moved into a task.
pub struct Pages<T>(std::pin::Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>);

/// The items of every page of a [`Paginator`], as a `Stream` of
/// `Result<item, Error>`; `'static`, `Send` and `Unpin` like [`Pages`].
pub struct Items<T>(std::pin::Pin<Box<dyn Stream<Item = Result<T, Error>> + Send>>);

macro_rules! boxed_stream {
    ($($name:ident),*) => {$(
        impl<T> Stream for $name<T> {
            type Item = Result<T, Error>;

            fn poll_next(
                mut self: std::pin::Pin<&mut Self>,
                cx: &mut std::task::Context<'_>,
            ) -> std::task::Poll<Option<Self::Item>> {
                self.0.as_mut().poll_next(cx)
            }
        }

        impl<T> std::fmt::Debug for $name<T> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name)).finish_non_exhaustive()
            }
        }
    )*};
}

boxed_stream!(Pages, Items);

struct State<R: PagedRequest, C> {
    cursor: Cursor<R>,
    client: C,
    max_pages: Option<u64>,
    options: CallOptions,
    pages: u64,
    /// An error to yield after the page that revealed it.
    failed: Option<Error>,
}

impl<R: PagedRequest, C: Fetch<R>> State<R, C> {
    async fn next_page(&mut self) -> Option<Result<R::Response, Error>> {
        if let Some(e) = self.failed.take() {
            self.cursor.done = true;
            return Some(Err(e));
        }
        if self.cursor.done || self.max_pages.is_some_and(|m| self.pages >= m) {
            return None;
        }
        self.pages += 1;
        match self
            .client
            .fetch(self.cursor.request.clone(), &self.options)
            .await
        {
            Err(e) => {
                self.cursor.done = true;
                Some(Err(e))
            }
            Ok(page) => {
                if let Err(e) = self.cursor.advance(&page) {
                    self.failed = Some(e);
                }
                Some(Ok(page))
            }
        }
    }
}

/// The request and where the next page starts: the termination rules.
struct Cursor<R> {
    request: R,
    /// The page size in force: the caller's, else the first page's length.
    size: Option<u64>,
    /// Page number or offset of the page just fetched.
    at: u64,
    done: bool,
}

impl<R: PagedRequest> Cursor<R> {
    fn new(request: R) -> Self {
        let at = match (R::STYLE, request.start()) {
            (PageStyle::PageNumber, Some(Position::PageNumber(n))) => n.max(1),
            (PageStyle::PageNumber, _) => 1,
            (PageStyle::Offset, Some(Position::Offset(n))) => n,
            _ => 0,
        };
        Cursor {
            size: request.page_size().filter(|s| *s > 0),
            request,
            at,
            done: false,
        }
    }

    /// Moves to the page after `page`, or marks the end.
    fn advance(&mut self, page: &R::Response) -> Result<(), Error> {
        let n = R::item_count(page) as u64;
        let size = *self.size.get_or_insert(n);
        if n == 0 {
            self.done = true;
            return Ok(());
        }
        match R::STYLE {
            PageStyle::Token => {
                let Some(next) = R::next_token(page).filter(|t| !t.is_empty()) else {
                    self.done = true;
                    return Ok(());
                };
                if self.request.start() == Some(Position::Token(next)) {
                    self.done = true;
                    return Err(Error::decode(
                        200,
                        format!(
                            "paging stopped: the service answered with the NextToken it was sent \
                             ({next:?}); fetching again would loop"
                        ),
                        b"",
                    ));
                }
                let next = next.to_owned();
                self.request.set_position(Position::Token(&next));
            }
            PageStyle::PageNumber => {
                let total = R::total_count(page);
                if n < size || total.is_some_and(|t| self.at.saturating_mul(size) >= t) {
                    self.done = true;
                    return Ok(());
                }
                self.at += 1;
                self.request.set_position(Position::PageNumber(self.at));
            }
            PageStyle::Offset => {
                self.at += n;
                if n < size || R::total_count(page).is_some_and(|t| self.at >= t) {
                    self.done = true;
                    return Ok(());
                }
                self.request.set_position(Position::Offset(self.at));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::sync::{Arc, Mutex};

    /// A request of any style; `sent` records every position asked for.
    #[derive(Clone)]
    struct Req {
        style_token: Option<String>,
        number: Option<u64>,
        size: Option<u64>,
    }

    /// A page: items, total and next token.
    struct Page {
        items: Vec<u32>,
        total: Option<u64>,
        next: Option<String>,
    }

    macro_rules! style {
        ($name:ident, $style:expr) => {
            #[derive(Clone)]
            struct $name(Req);
            impl PagedRequest for $name {
                type Response = Page;
                type Item = u32;
                const STYLE: PageStyle = $style;
                fn page_size(&self) -> Option<u64> {
                    self.0.size
                }
                fn start(&self) -> Option<Position<'_>> {
                    match $style {
                        PageStyle::Token => self.0.style_token.as_deref().map(Position::Token),
                        PageStyle::PageNumber => self.0.number.map(Position::PageNumber),
                        _ => self.0.number.map(Position::Offset),
                    }
                }
                fn set_position(&mut self, position: Position<'_>) {
                    match position {
                        Position::Token(t) => self.0.style_token = Some(t.to_owned()),
                        Position::PageNumber(n) | Position::Offset(n) => self.0.number = Some(n),
                    }
                }
                fn total_count(page: &Page) -> Option<u64> {
                    page.total
                }
                fn next_token(page: &Page) -> Option<&str> {
                    page.next.as_deref()
                }
                fn item_count(page: &Page) -> usize {
                    page.items.len()
                }
                fn into_items(page: Page) -> Vec<u32> {
                    page.items
                }
            }
        };
    }
    style!(ByNumber, PageStyle::PageNumber);
    style!(ByOffset, PageStyle::Offset);
    style!(ByToken, PageStyle::Token);

    fn req(size: Option<u64>) -> Req {
        Req {
            style_token: None,
            number: None,
            size,
        }
    }

    /// Serves pages from `serve(request)` and records each request.
    type Serve<R> = Box<dyn Fn(&R) -> Result<Page, Error> + Send + Sync>;

    struct Server<R> {
        serve: Serve<R>,
        asked: Arc<Mutex<Vec<R>>>,
    }

    impl<R: PagedRequest<Response = Page>> Fetch<R> for Server<R> {
        fn fetch<'a>(
            &'a self,
            request: R,
            _: &'a CallOptions,
        ) -> impl Future<Output = Result<Page, Error>> + Send + 'a {
            self.asked.lock().unwrap().push(request.clone());
            let page = (self.serve)(&request);
            async move { page }
        }
    }

    fn server<R: PagedRequest<Response = Page>>(
        serve: impl Fn(&R) -> Result<Page, Error> + Send + Sync + 'static,
        asked: Arc<Mutex<Vec<R>>>,
    ) -> Server<R> {
        Server {
            serve: Box::new(serve),
            asked,
        }
    }

    fn paginator<R: PagedRequest<Response = Page>>(
        request: R,
        serve: impl Fn(&R) -> Result<Page, Error> + Send + Sync + 'static,
        asked: Arc<Mutex<Vec<R>>>,
    ) -> Paginator<R, Server<R>> {
        Paginator::new(server(serve, asked), request)
    }

    fn block<F: Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    fn collect<R: PagedRequest<Item = u32, Response = Page>>(
        p: Paginator<R, Server<R>>,
    ) -> (Vec<u32>, Option<String>) {
        block(async move {
            let mut items = Vec::new();
            let mut error = None;
            let stream = p.items();
            futures_util::pin_mut!(stream);
            while let Some(r) = stream.next().await {
                match r {
                    Ok(i) => items.push(i),
                    Err(e) => error = Some(e.to_string()),
                }
            }
            (items, error)
        })
    }

    #[test]
    fn page_numbers_stop_when_page_times_size_reaches_the_total() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let p = paginator(
            ByNumber(req(Some(3))),
            |r| {
                let page = r.0.number.unwrap_or(1) as u32;
                Ok(Page {
                    items: (1..=3).map(|i| page * 10 + i).collect(),
                    total: Some(9),
                    next: None,
                })
            },
            asked.clone(),
        );
        let (items, error) = collect(p);
        assert_eq!(items, vec![11, 12, 13, 21, 22, 23, 31, 32, 33]);
        assert_eq!(error, None);
        let pages: Vec<_> = asked.lock().unwrap().iter().map(|r| r.0.number).collect();
        assert_eq!(
            pages,
            vec![None, Some(2), Some(3)],
            "the last page is full: no fourth request"
        );
    }

    #[test]
    fn offsets_advance_by_the_items_received_and_a_short_page_ends() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let p = paginator(
            ByOffset(req(None)),
            |r| {
                let at = r.0.number.unwrap_or(0) as u32;
                let n = if at >= 4 { 1 } else { 2 };
                Ok(Page {
                    items: (at..at + n).collect(),
                    total: None,
                    next: None,
                })
            },
            asked.clone(),
        );
        let (items, _) = collect(p);
        assert_eq!(items, vec![0, 1, 2, 3, 4]);
        let offsets: Vec<_> = asked.lock().unwrap().iter().map(|r| r.0.number).collect();
        assert_eq!(offsets, vec![None, Some(2), Some(4)]);
    }

    #[test]
    fn tokens_end_when_absent_and_a_repeated_token_is_an_error() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let p = paginator(
            ByToken(req(Some(2))),
            |r| {
                Ok(match r.0.style_token.as_deref() {
                    None => Page {
                        items: vec![1, 2],
                        total: None,
                        next: Some("t2".into()),
                    },
                    Some("t2") => Page {
                        items: vec![3, 4],
                        total: None,
                        next: Some(String::new()),
                    },
                    _ => unreachable!(),
                })
            },
            asked.clone(),
        );
        assert_eq!(collect(p), (vec![1, 2, 3, 4], None));

        let p = paginator(
            ByToken(req(Some(2))),
            |_| {
                Ok(Page {
                    items: vec![7, 8],
                    total: None,
                    next: Some("same".into()),
                })
            },
            Arc::new(Mutex::new(Vec::new())),
        );
        let (items, error) = collect(p);
        assert_eq!(items, vec![7, 8, 7, 8]);
        assert!(error.unwrap().contains("NextToken it was sent"));
    }

    #[test]
    fn an_error_is_yielded_once_and_ends_the_stream_and_the_cap_holds() {
        let p = paginator(
            ByNumber(req(Some(1))),
            |r| match r.0.number {
                None => Ok(Page {
                    items: vec![1],
                    total: Some(100),
                    next: None,
                }),
                _ => Err(Error::invalid_input("boom")),
            },
            Arc::new(Mutex::new(Vec::new())),
        );
        let pages: Vec<_> = block(p.pages().collect::<Vec<_>>());
        assert_eq!(pages.len(), 2);
        assert!(pages[1].is_err());

        let asked = Arc::new(Mutex::new(Vec::new()));
        let p = paginator(
            ByNumber(req(Some(1))),
            |_| {
                Ok(Page {
                    items: vec![1],
                    total: Some(100),
                    next: None,
                })
            },
            asked.clone(),
        )
        .max_pages(4);
        assert_eq!(collect(p).0.len(), 4);
        assert_eq!(asked.lock().unwrap().len(), 4);
    }

    #[test]
    fn an_empty_page_ends_the_stream() {
        let p = paginator(
            ByNumber(req(None)),
            |_| {
                Ok(Page {
                    items: vec![],
                    total: Some(100),
                    next: None,
                })
            },
            Arc::new(Mutex::new(Vec::new())),
        );
        assert_eq!(collect(p), (vec![], None));
    }
}
