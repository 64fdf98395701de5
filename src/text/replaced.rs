//! What the parser replaced in a text it reads through (page furniture
//! blanked, HTML markup read as layout), to be put back afterwards.

/// Pieces of a text each replaced by as many bytes: where each stands and
/// what stood there.
#[derive(Debug, Default)]
pub(crate) struct Replaced(Vec<(usize, String)>);

impl Replaced {
    /// Replaces the bytes of `text` at `at` by `with` (as many bytes),
    /// keeping what stood there.
    pub(crate) fn replace(&mut self, text: &mut String, at: usize, with: &str) {
        let end = at + with.len();
        self.0.push((at, text[at..end].to_string()));
        text.replace_range(at..end, with);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each piece's offset and what stood there, in the order replaced.
    pub(crate) fn pieces(&self) -> impl Iterator<Item = (usize, &str)> {
        self.0.iter().map(|(at, was)| (*at, was.as_str()))
    }

    /// Puts every piece back, last first should two overlap: the text is
    /// again the one given.
    pub(crate) fn restore(&self, text: &mut String) {
        for (at, was) in self.0.iter().rev() {
            text.replace_range(*at..at + was.len(), was);
        }
    }
}
