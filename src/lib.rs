//! `gongbao` (公报) turns the text of Chinese government gazettes (政府公报)
//! and official documents into typed, serializable structures.
//!
//! The crate is built in layers; each is usable on its own:
//!
//! - [`text`]: decoding bytes (UTF-8, UTF-16, GB18030, Big5), [`Span`]s,
//!   width folding, lines and sentences.
//! - Primitives: [`numeral`] (Chinese numerals, both ways), [`date`]
//!   (dates, deadlines, periods and validity clauses, with chrono),
//!   [`docnum`] (发文字号 and decree numbers), [`quantity`] (amounts,
//!   shares, areas, durations, counts).
#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

pub mod date;
pub mod error;
pub mod numeral;
pub mod text;

pub use error::{Error, ErrorKind};
pub use text::Span;
