//! The words of official Chinese texts: one list per concept, in one place.
//!
//! Organ-name endings, conjunctions, the roles of a responsible-unit list,
//! 文种 (genres), colophon labels: every module that needs such a word asks
//! this module instead of keeping a list of its own, so that a word added
//! here is known to every rule at once. A module that needs a narrower or
//! derived view (a sorted table of first characters, say) builds it from
//! these lists or tests its copy against them.
//!
//! The lexicon depends on nothing, so every layer may use it, the text
//! layer included.
//!
//! ```
//! use gongbao::lexicon::{ends_like_organ, CONJUNCTIONS};
//! assert!(ends_like_organ("市经济信息化委"));
//! assert!(ends_like_organ("中国人民银行上海分行"));
//! assert!(!ends_like_organ("贯彻执行"));
//! assert!(CONJUNCTIONS.contains(&"暨") && CONJUNCTIONS.contains(&"以及"));
//! ```

mod genres;
mod labels;
mod organs;
mod roles;
mod verbs;
mod words;

pub use genres::GENRES;
pub use labels::{
    COLOPHON_LABELS, ColophonField, METADATA_LABELS, MetadataField, SITE_COUNTER_LABELS, colophon_field, metadata_field,
};
pub use organs::{ADMIN_LEVELS, COLLECTIVES, GENERIC_NOUNS, LEVEL_SUFFIXES, ORGAN_ENDINGS, ends_like_organ};
pub use roles::{LABEL_ROLES, LEAD_MARKS, NOTE_PHRASES, ROLE_ADVERBS, ROLE_VERBS};
pub use verbs::ISSUING_VERBS;
pub use words::{CONJUNCTIONS, FUNCTION_WORDS, NOT_IN_NAMES};
