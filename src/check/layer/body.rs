//! [`InspectedBody`], the body of a response whose content the layer read:
//! the frames it read, then whatever the inner body still has.

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::vec::Vec;
use core::fmt;
use core::pin::Pin;
use core::task::{Context, Poll};

use bytes::Buf;
use http_body::{Body, Frame, SizeHint};
use pin_project_lite::pin_project;

pin_project! {
    /// The body of a response that went through a
    /// [`ConformanceLayer`](super::ConformanceLayer) with
    /// [`inspect_content`](super::ConformanceLayer::inspect_content):
    /// the body the service made, unread, or the frames the layer read from
    /// it, yielded again in the same order, trailers and errors included.
    ///
    /// # Examples
    ///
    /// ```
    /// use http::{Request, Response};
    /// use http_body_util::BodyExt;
    /// use statuscode::check::{ConformanceLayer, Level};
    /// use tower::{ServiceExt, service_fn};
    /// use tower::Layer;
    ///
    /// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
    /// let inner = service_fn(|_: Request<String>| async {
    ///     Ok::<_, std::convert::Infallible>(Response::new(String::from("hello")))
    /// });
    /// let service = ConformanceLayer::strict(Level::Must).inspect_content(1024).layer(inner);
    /// let response = service.oneshot(Request::new(String::new())).await.unwrap();
    /// let bytes = response.into_body().collect().await.unwrap().to_bytes();
    /// assert_eq!(bytes, "hello");
    /// # });
    /// ```
    pub struct InspectedBody<B: Body> {
        #[pin]
        kind: Kind<B>,
    }
}

pin_project! {
    #[project = KindProjection]
    enum Kind<B: Body> {
        /// The body the service made, which the layer did not read.
        Unread {
            #[pin]
            body: B,
        },
        /// The frames the layer read, the error that ended them if one
        /// did, and the rest of the body if it did not end.
        Replay {
            frames: VecDeque<Frame<B::Data>>,
            remaining: u64,
            error: Option<B::Error>,
            rest: Option<Pin<Box<B>>>,
        },
    }
}

impl<B: Body> InspectedBody<B> {
    pub(super) const fn unread(body: B) -> InspectedBody<B> {
        InspectedBody {
            kind: Kind::Unread { body },
        }
    }

    pub(super) const fn replay(
        frames: VecDeque<Frame<B::Data>>,
        length: u64,
        error: Option<B::Error>,
        rest: Option<Pin<Box<B>>>,
    ) -> InspectedBody<B> {
        InspectedBody {
            kind: Kind::Replay {
                frames,
                remaining: length,
                error,
                rest,
            },
        }
    }
}

impl<B: Body> Body for InspectedBody<B> {
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<B::Data>, B::Error>>> {
        match self.project().kind.project() {
            KindProjection::Unread { body } => body.poll_frame(cx),
            KindProjection::Replay {
                frames,
                remaining,
                error,
                rest,
            } => {
                if let Some(frame) = frames.pop_front() {
                    if let Some(data) = frame.data_ref() {
                        *remaining = remaining.saturating_sub(data.remaining() as u64);
                    }
                    return Poll::Ready(Some(Ok(frame)));
                }
                if let Some(error) = error.take() {
                    return Poll::Ready(Some(Err(error)));
                }
                match rest {
                    Some(body) => body.as_mut().poll_frame(cx),
                    None => Poll::Ready(None),
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.kind {
            Kind::Unread { body } => body.is_end_stream(),
            Kind::Replay {
                frames,
                error,
                rest,
                ..
            } => {
                frames.is_empty()
                    && error.is_none()
                    && rest.as_ref().is_none_or(|body| B::is_end_stream(body))
            }
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.kind {
            Kind::Unread { body } => body.size_hint(),
            Kind::Replay {
                remaining, rest, ..
            } => match rest {
                None => SizeHint::with_exact(*remaining),
                Some(body) => {
                    let rest = body.size_hint();
                    let mut hint = SizeHint::new();
                    hint.set_lower(rest.lower().saturating_add(*remaining));
                    if let Some(upper) = rest.upper() {
                        hint.set_upper(upper.saturating_add(*remaining));
                    }
                    hint
                }
            },
        }
    }
}

impl<B: Body + fmt::Debug> fmt::Debug for InspectedBody<B>
where
    B::Data: fmt::Debug,
    B::Error: fmt::Debug,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Unread { body } => f.debug_tuple("Unread").field(body).finish(),
            Kind::Replay {
                frames,
                error,
                rest,
                ..
            } => f
                .debug_struct("Replay")
                .field("frames", frames)
                .field("error", error)
                .field("rest", rest)
                .finish(),
        }
    }
}

/// The bytes of the data frames, `length` of them in all, for `check`:
/// borrowed from the only frame when there is one, copied into one buffer
/// otherwise. `None` when a frame holds its bytes in several pieces (a
/// `Buf` may), which no body of a web framework does; the caller then
/// checks the length alone.
pub(super) fn with_bytes<D: Buf>(
    frames: &VecDeque<Frame<D>>,
    length: u64,
    check: impl FnOnce(Option<&[u8]>),
) {
    let whole = |data: &D| data.chunk().len() == data.remaining();
    if !frames.iter().filter_map(Frame::data_ref).all(whole) {
        return check(None);
    }
    let mut data = frames.iter().filter_map(Frame::data_ref);
    match (data.next(), data.next()) {
        (None, _) => check(Some(&[])),
        (Some(only), None) => check(Some(only.chunk())),
        _ => {
            let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
            for data in frames.iter().filter_map(Frame::data_ref) {
                bytes.extend_from_slice(data.chunk());
            }
            check(Some(&bytes));
        }
    }
}
