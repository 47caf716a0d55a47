//! Finds the code that fits a situation described in plain words.
//!
//! [`StatusCode::search`] ranks every code against a query such as "the
//! username is taken" and yields a [`Hit`] for each code that matched
//! something, best first. A hit gives its code, its score and, as
//! [`Match`]es, the reasons it matched: which word of the query was found
//! where ([`Source`]), in a form that reads well as text.
//!
//! ```
//! use statuscode::StatusCode;
//!
//! let best = StatusCode::search("the username is taken").next().unwrap();
//! assert_eq!(best.code(), StatusCode::Conflict);
//! let reasons: Vec<String> = best.matches().map(|reason| reason.to_string()).collect();
//! assert_eq!(reasons, ["term \"taken\""]);
//! ```
//!
//! # How it ranks
//!
//! The query is split into words at every character that is not an ASCII
//! letter or digit. Single letters (not single digits, for "HTTP/1.0")
//! and common words ("the", "is", "to", but not "no" and "not", which
//! phrases need) are dropped, and the rest
//! are reduced to a crude stem, without the endings of plurals, past
//! tenses, "-ing" and "-ly", so that "limited" finds "limit". Case does not
//! matter.
//!
//! Each code is then scored word by word. A word counts once per code, at
//! the heaviest place it occurs:
//!
//! | place | weight |
//! | --- | --- |
//! | the code's number | 10 |
//! | one of its [search terms](crate::Guidance::terms) | 8 |
//! | its reason phrase or its name | 6 |
//! | a reason phrase it had before RFC 9110 | 5 |
//! | a word of a search term, but not in a phrase of it (below) | 4 |
//! | the summary | 3 |
//! | the advice on receiving it | 2 |
//! | the advice on sending it, the pitfalls | 1 |
//!
//! The advice and the pitfalls weigh least because they explain the code
//! by the codes it is not ("send 409 instead"), and numbers of three
//! digits in the guidance texts, which name other codes, are not matched
//! at all. The weight is
//! multiplied by the word's rarity, `log2(1 + 62 / n)` in sixteenths,
//! where `n` is the number of codes the word occurs for anywhere, so that
//! "quota" counts for more than "server".
//!
//! Words in the order of a phrase count for more: when the query has two
//! or more consecutive words of a search term, of the reason phrase or of a
//! former phrase next to each other, each of them adds half its rarity,
//! and within a search term it has the term's full weight; a word the
//! query shares with a term of several words but not as a phrase weighs 4,
//! as "order" has little to do with "court order".
//!
//! The score is the sum. Among equal scores the codes that RFC 9110
//! defines come first, then the lower numbers, so the result is
//! deterministic.
//!
//! It allocates nothing: the ranking is an array with one entry per code,
//! sorted in place, and the reasons of a hit are found again when asked
//! for. A search reads every code's texts once, in about a millisecond
//! with optimizations. The first 16 distinct words of a query count;
//! later ones are ignored.

use core::fmt;
use core::iter::FusedIterator;

use crate::StatusCode;

/// The number of codes, the length of the ranking.
const COUNT: usize = StatusCode::ALL.len();

/// The weight of a word that the query shares with a search term of
/// several words, but not as a phrase.
const PART_OF_TERM: u32 = 4;

/// The most distinct words of a query that count.
const MAX_WORDS: usize = 16;

/// Words too common to say anything about a situation, in lower case and
/// in order (the search is binary), none longer than 8 letters.
const STOP_WORDS: &[&str] = &[
    "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "aren", "as", "at",
    "be", "because", "been", "before", "being", "but", "by", "can", "cannot", "could", "couldn",
    "did", "didn", "do", "does", "doesn", "doing", "don", "done", "each", "for", "from", "get",
    "gets", "got", "had", "has", "hasn", "have", "haven", "having", "he", "her", "here", "him",
    "his", "how", "if", "in", "into", "is", "isn", "it", "its", "itself", "just", "ll", "me",
    "more", "most", "my", "nor", "now", "of", "off", "on", "once", "one", "only", "or", "other",
    "our", "ours", "over", "re", "same", "she", "should", "shouldn", "so", "some", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "under", "until", "up", "ve", "very", "was", "wasn", "we", "were", "weren", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "won", "would", "wouldn",
    "you", "your", "yours",
];

/// The rarity of a word found in `n` codes, `log2(1 + COUNT / n)` in
/// sixteenths, for every `n` from 0 (unused) to `COUNT`.
const RARITY: [u32; COUNT + 1] = {
    let mut table = [0; COUNT + 1];
    let mut n = 1;
    while n <= COUNT {
        // (n + COUNT) / n in 16.16 fixed point.
        let ratio = (((n + COUNT) as u64) << 16) / n as u64;
        table[n] = log2_sixteenths(ratio);
        n += 1;
    }
    table
};

/// `log2(x / 65536)` in sixteenths, rounded down, for `x` of at least
/// 65536: the integer part from the position of the highest bit, and four
/// bits of fraction by squaring the mantissa.
const fn log2_sixteenths(x: u64) -> u32 {
    let top = x.ilog2();
    let mut result = (top - 16) << 4;
    // The mantissa, in [1, 2) in 16.16 fixed point.
    let mut mantissa = (x << 16) >> top;
    let mut bit = 4;
    while bit > 0 {
        bit -= 1;
        mantissa = (mantissa * mantissa) >> 16;
        if mantissa >= 2 << 16 {
            mantissa >>= 1;
            result |= 1 << bit;
        }
    }
    result
}

/// Where a word of the query was found in what the crate knows about a
/// code.
///
/// `Display` writes the place in words, as `"term"` or `"summary"`; a
/// [`Match`] adds the word.
///
/// New places may be added in a minor release, hence `#[non_exhaustive]`.
///
/// # Examples
///
/// ```
/// use statuscode::search::Source;
///
/// assert_eq!(Source::WhenReceived.to_string(), "when it arrives");
/// assert_eq!(Source::Term("rate limit").to_string(), "term");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Source {
    /// The code's number, as in "409".
    Code,
    /// One of the code's search terms, [`Guidance::terms`](crate::Guidance::terms).
    Term(&'static str),
    /// The reason phrase, [`StatusCode::reason_phrase`].
    ReasonPhrase,
    /// The constant-style name, [`StatusCode::name`].
    Name,
    /// A reason phrase the code had before RFC 9110, such as "Payload Too
    /// Large".
    FormerPhrase(&'static str),
    /// [`Guidance::summary`](crate::Guidance::summary).
    Summary,
    /// [`Guidance::use_when`](crate::Guidance::use_when).
    UseWhen,
    /// [`Guidance::when_received`](crate::Guidance::when_received).
    WhenReceived,
    /// [`Guidance::pitfalls`](crate::Guidance::pitfalls).
    Pitfalls,
}

impl Source {
    /// The place in words: `"code"`, `"term"`, `"reason phrase"`,
    /// `"name"`, `"former phrase"`, `"summary"`, `"when to send it"`,
    /// `"when it arrives"` or `"pitfalls"`, as the guidance's `Display`
    /// heads its parts.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::search::Source;
    ///
    /// assert_eq!(Source::UseWhen.as_str(), "when to send it");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Source::Code => "code",
            Source::Term(_) => "term",
            Source::ReasonPhrase => "reason phrase",
            Source::Name => "name",
            Source::FormerPhrase(_) => "former phrase",
            Source::Summary => "summary",
            Source::UseWhen => "when to send it",
            Source::WhenReceived => "when it arrives",
            Source::Pitfalls => "pitfalls",
        }
    }

    /// How much a word found here counts, before its rarity.
    const fn weight(self) -> u32 {
        match self {
            Source::Code => 10,
            Source::Term(_) => 8,
            Source::ReasonPhrase | Source::Name => 6,
            Source::FormerPhrase(_) => 5,
            Source::Summary => 3,
            Source::WhenReceived => 2,
            Source::UseWhen | Source::Pitfalls => 1,
        }
    }
}

/// Writes [`Source::as_str`].
impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One reason a code matched a query: a word of the query and where it
/// was found.
///
/// `Display` writes it for a person to read: `term "rate limit"` for a
/// search term (the whole term, which says more than the word),
/// `former phrase "Payload Too Large"`, `code 413`, and otherwise the place
/// and the word, as `summary: quota`.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
/// use statuscode::search::Source;
///
/// let hit = StatusCode::search("rate limited").next().unwrap();
/// assert_eq!(hit.code(), StatusCode::TooManyRequests);
/// let reason = hit.matches().next().unwrap();
/// assert_eq!(reason.word(), "rate");
/// assert_eq!(reason.source(), Source::Term("rate limit"));
/// assert_eq!(reason.to_string(), "term \"rate limit\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Match<'q> {
    word: &'q str,
    source: Source,
}

impl<'q> Match<'q> {
    /// The word of the query, as it was written there.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let hit = StatusCode::search("Quota exceeded").next().unwrap();
    /// assert_eq!(hit.matches().next().unwrap().word(), "Quota");
    /// ```
    #[must_use]
    pub const fn word(&self) -> &'q str {
        self.word
    }

    /// Where the word was found.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    /// use statuscode::search::Source;
    ///
    /// let hit = StatusCode::search("conflict").next().unwrap();
    /// assert_eq!(hit.matches().next().unwrap().source(), Source::ReasonPhrase);
    /// ```
    #[must_use]
    pub const fn source(&self) -> Source {
        self.source
    }
}

impl fmt::Display for Match<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.source {
            Source::Term(text) | Source::FormerPhrase(text) => {
                write!(f, "{} \"{text}\"", self.source)
            }
            Source::Code => write!(f, "code {}", self.word),
            source => write!(f, "{source}: {}", self.word),
        }
    }
}

/// A code that matched a query: the code, its score, and the reasons.
///
/// From [`StatusCode::search`].
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let hit = StatusCode::search("upload too big").next().unwrap();
/// assert_eq!(hit.code(), StatusCode::ContentTooLarge);
/// assert!(hit.score() > 0);
/// assert!(hit.matches().any(|reason| reason.to_string() == "term \"too big\""));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hit<'q> {
    code: StatusCode,
    score: u32,
    query: &'q str,
}

impl<'q> Hit<'q> {
    /// The code.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let hit = StatusCode::search("captive portal").next().unwrap();
    /// assert_eq!(hit.code(), StatusCode::NetworkAuthenticationRequired);
    /// ```
    #[must_use]
    pub const fn code(&self) -> StatusCode {
        self.code
    }

    /// How well the code matched, higher is better; always above zero.
    ///
    /// Scores compare the codes of one query; they mean nothing across
    /// queries.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let mut hits = StatusCode::search("too many requests");
    /// let first = hits.next().unwrap();
    /// assert!(hits.all(|hit| hit.score() <= first.score()));
    /// ```
    #[must_use]
    pub const fn score(&self) -> u32 {
        self.score
    }

    /// The reasons the code matched: each distinct word of the query that
    /// was found, in the order of the query, at the heaviest place it was
    /// found (and of those, in the longest phrase). Consecutive words found
    /// in the same search term or former phrase give one reason.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let hit = StatusCode::search("client exceeded its quota").next().unwrap();
    /// assert_eq!(hit.code(), StatusCode::TooManyRequests);
    /// assert!(hit.matches().any(|reason| reason.to_string() == "term \"quota\""));
    /// ```
    #[must_use]
    pub fn matches(&self) -> Matches<'q> {
        let query = Query::new(self.query);
        // The heaviest place of each word, and of those the longest phrase.
        let mut best = [(None, 0, 0); MAX_WORDS];
        each_match(self.code, &query, |found| {
            if let Some(best) = best.get_mut(found.index) {
                if (found.weight, found.phrase) > (best.1, best.2) {
                    *best = (Some(found.source), found.weight, found.phrase);
                }
            }
        });
        Matches {
            query,
            best: best.map(|(source, _, _)| source),
            next: 0,
            last_phrase: None,
        }
    }
}

/// The reasons a [`Hit`] matched, from [`Hit::matches`].
///
/// # Examples
///
/// ```
/// use statuscode::search::Source;
/// use statuscode::StatusCode;
///
/// let hit = StatusCode::search("Request-URI Too Long").next().unwrap();
/// let mut reasons = hit.matches();
/// assert_eq!(
///     reasons.next().map(|reason| reason.source()),
///     Some(Source::FormerPhrase("Request-URI Too Long"))
/// );
/// ```
#[derive(Clone, Debug)]
pub struct Matches<'q> {
    query: Query<'q>,
    /// The most telling place of each word of the query, if any.
    best: [Option<Source>; MAX_WORDS],
    next: usize,
    /// The last reason given for a search term or a former phrase.
    last_phrase: Option<Source>,
}

impl<'q> Iterator for Matches<'q> {
    type Item = Match<'q>;

    fn next(&mut self) -> Option<Match<'q>> {
        while let Some(word) = self.query.words().get(self.next).copied() {
            let best = self.best.get(self.next).copied().flatten();
            self.next += 1;
            let Some(source) = best else {
                continue;
            };
            // Several words of one term or former phrase give one reason.
            if let Source::Term(_) | Source::FormerPhrase(_) = source {
                if self.last_phrase == Some(source) {
                    continue;
                }
                self.last_phrase = Some(source);
            }
            return Some(Match {
                word: word.text,
                source,
            });
        }
        None
    }
}

impl FusedIterator for Matches<'_> {}

/// The codes that match a query, best first, from [`StatusCode::search`].
///
/// An `ExactSizeIterator`: `len()` says how many codes matched.
///
/// # Examples
///
/// ```
/// use statuscode::StatusCode;
///
/// let search = StatusCode::search("gateway timed out");
/// assert!(search.len() > 1);
/// assert_eq!(search.map(|hit| hit.code()).next(), Some(StatusCode::GatewayTimeout));
/// assert_eq!(StatusCode::search("xyzzy").len(), 0);
/// ```
#[derive(Clone, Debug)]
pub struct Search<'q> {
    query: &'q str,
    ranking: [(StatusCode, u32); COUNT],
    len: usize,
    next: usize,
}

impl<'q> Iterator for Search<'q> {
    type Item = Hit<'q>;

    fn next(&mut self) -> Option<Hit<'q>> {
        let &(code, score) = self.ranking.get(self.next..self.len)?.first()?;
        self.next += 1;
        Some(Hit {
            code,
            score,
            query: self.query,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.len.saturating_sub(self.next);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Search<'_> {}

impl FusedIterator for Search<'_> {}

impl StatusCode {
    /// The codes that fit a situation described in plain words, best first.
    ///
    /// Every code is scored against the words of `query`: where each word
    /// occurs among the code's [search terms](crate::Guidance::terms), its
    /// reason phrase, name and former phrases and its guidance texts, and
    /// how rare the word is among the codes. Only codes that matched
    /// something are yielded, with the reasons they matched; a query
    /// without a telling word yields nothing. The [`search`](crate::search)
    /// module describes the ranking.
    ///
    /// It allocates nothing and is deterministic.
    ///
    /// # Examples
    ///
    /// ```
    /// use statuscode::StatusCode;
    ///
    /// let codes: Vec<u16> = StatusCode::search("client exceeded its quota")
    ///     .take(3)
    ///     .map(|hit| hit.code().as_u16())
    ///     .collect();
    /// assert_eq!(codes[0], 429);
    ///
    /// for hit in StatusCode::search("page moved for good").take(2) {
    ///     println!("{} ({})", hit.code(), hit.score());
    ///     for reason in hit.matches() {
    ///         println!("  {reason}");
    ///     }
    /// }
    ///
    /// assert_eq!(StatusCode::search("the of and").len(), 0);
    /// ```
    #[must_use]
    pub fn search(query: &str) -> Search<'_> {
        let words = Query::new(query);
        let mut places = [[0_u32; MAX_WORDS]; COUNT];
        let mut found_in = [0_usize; MAX_WORDS];
        for (places, &code) in places.iter_mut().zip(StatusCode::ALL) {
            each_match(code, &words, |found| {
                if let Some(place) = places.get_mut(found.index) {
                    *place = (*place).max(found.weight);
                }
            });
            for (count, place) in found_in.iter_mut().zip(places.iter()) {
                if *place > 0 {
                    *count += 1;
                }
            }
        }
        let rarity = found_in.map(|count| RARITY.get(count).copied().unwrap_or(0));

        let mut ranking = [(StatusCode::Ok, 0_u32); COUNT];
        let mut len = 0;
        for (places, &code) in places.iter().zip(StatusCode::ALL) {
            let score = places
                .iter()
                .zip(rarity)
                .map(|(place, rarity)| place * rarity)
                .sum::<u32>()
                + phrase_bonus(code, &words, &rarity);
            if score > 0 {
                ranking[len] = (code, score);
                len += 1;
            }
        }
        // Ties go to the codes of HTTP's core specification, then to the
        // lower number.
        let elsewhere = |code: StatusCode| !code.reference().starts_with("RFC 9110");
        ranking[..len].sort_unstable_by(|a, b| {
            (b.1.cmp(&a.1))
                .then(elsewhere(a.0).cmp(&elsewhere(b.0)))
                .then(a.0.cmp(&b.0))
        });
        Search {
            query,
            ranking,
            len,
            next: 0,
        }
    }
}

/// A distinct word of a query: as written, and its stem.
#[derive(Clone, Copy, Debug, Default)]
struct Word<'q> {
    text: &'q str,
    stem: &'q str,
}

/// The words of a query that count: the distinct ones, and the sequence of
/// all of them for finding phrases.
#[derive(Clone, Debug)]
struct Query<'q> {
    words: [Word<'q>; MAX_WORDS],
    count: usize,
    /// The index in `words` of each word of the query, in order.
    sequence: [u8; MAX_WORDS * 2],
    sequence_len: usize,
}

impl<'q> Query<'q> {
    fn new(query: &'q str) -> Query<'q> {
        let mut this = Query {
            words: [Word::default(); MAX_WORDS],
            count: 0,
            sequence: [0; MAX_WORDS * 2],
            sequence_len: 0,
        };
        for text in tokens(query).filter(|token| !is_stop_word(token)) {
            let stem = stem(text);
            let index = match this.words().iter().position(|word| word.stem == stem) {
                Some(index) => index,
                None if this.count < MAX_WORDS => {
                    this.words[this.count] = Word { text, stem };
                    this.count += 1;
                    this.count - 1
                }
                None => continue,
            };
            if let Some(slot) = this.sequence.get_mut(this.sequence_len) {
                #[allow(clippy::cast_possible_truncation, reason = "below MAX_WORDS")]
                let index = index as u8;
                *slot = index;
                this.sequence_len += 1;
            }
        }
        this
    }

    /// The distinct words, in the order they first occur.
    fn words(&self) -> &[Word<'q>] {
        &self.words[..self.count]
    }

    /// The index of the word with stem `stem`, if the query has it.
    fn find(&self, stem: &str) -> Option<usize> {
        self.words()
            .iter()
            .position(|word| word.stem.eq_ignore_ascii_case(stem))
    }

    /// Whether the query has the word of stem `first` right before the
    /// word of stem `second`.
    fn has_pair(&self, first: &str, second: &str) -> bool {
        let stem = |index: &u8| {
            self.words
                .get(usize::from(*index))
                .map_or("", |word| word.stem)
        };
        self.sequence[..self.sequence_len].windows(2).any(|pair| {
            stem(&pair[0]).eq_ignore_ascii_case(first)
                && stem(&pair[1]).eq_ignore_ascii_case(second)
        })
    }
}

/// The most words of a phrase (a search term or a reason phrase) that
/// count.
const MAX_PHRASE_WORDS: usize = 8;

/// The stems of a phrase's words, without its stop words, and which of
/// them (as bits, by position) the query has as part of the phrase: next
/// to the phrase's word before or after it, in the same order.
fn phrase<'t>(text: &'t str, query: &Query<'_>) -> ([&'t str; MAX_PHRASE_WORDS], usize, u32) {
    let mut stems = [""; MAX_PHRASE_WORDS];
    let mut len = 0;
    let words = tokens(text).filter(|token| !is_stop_word(token));
    for (slot, token) in stems.iter_mut().zip(words) {
        *slot = stem(token);
        len += 1;
    }
    let mut found = 0;
    for (position, pair) in stems[..len].windows(2).enumerate() {
        if query.has_pair(pair[0], pair[1]) {
            found |= 0b11 << position;
        }
    }
    (stems, len, found)
}

/// A word of the query found for a code: the index of the word, where it
/// was found, its weight there, and how many words of the phrase it was
/// found in the query has as a phrase.
#[derive(Clone, Copy, Debug)]
struct Found {
    index: usize,
    source: Source,
    weight: u32,
    phrase: u32,
}

/// Calls `f` for every occurrence of a word of the query in what the crate
/// knows about `code`.
///
/// A word of a search term weighs most when the term is one word, or when
/// the query has it as part of a phrase of the term's words; a word that
/// the query shares with a longer term but not as a phrase weighs less, as
/// "order" shares little with "court order".
fn each_match(code: StatusCode, query: &Query<'_>, mut f: impl FnMut(Found)) {
    // `token` is a word of the code's texts, or with `stemmed` already its
    // stem. A stem is a start of its word, so a word that does not start
    // with a stem of the query cannot match it, and most are not stemmed.
    let mut found = |token: &str, stemmed: bool, source: Source, weight: u32, phrase: u32| {
        let mut token_stem = stemmed.then_some(token);
        for (index, word) in query.words().iter().enumerate() {
            let start = token.get(..word.stem.len());
            if !start.is_some_and(|start| start.eq_ignore_ascii_case(word.stem)) {
                continue;
            }
            let token_stem = *token_stem.get_or_insert_with(|| stem(token));
            if token_stem.eq_ignore_ascii_case(word.stem) {
                f(Found {
                    index,
                    source,
                    weight,
                    phrase,
                });
            }
        }
    };
    found(code.as_str(), true, Source::Code, Source::Code.weight(), 0);
    for term in code.guidance().terms() {
        let (stems, len, phrase) = phrase(term, query);
        for (position, stem) in stems[..len].iter().enumerate() {
            let weight = if len == 1 || phrase & (1 << position) != 0 {
                Source::Term(term).weight()
            } else {
                PART_OF_TERM
            };
            found(stem, true, Source::Term(term), weight, phrase.count_ones());
        }
    }
    let names = [
        (Source::ReasonPhrase, code.reason_phrase()),
        (Source::Name, code.name()),
    ];
    let former = code
        .former_phrases()
        .iter()
        .map(|phrase| (Source::FormerPhrase(phrase), *phrase));
    for (source, text) in names.into_iter().chain(former) {
        for token in tokens(text) {
            found(token, false, source, source.weight(), 0);
        }
    }
    let guidance = code.guidance();
    for (source, text) in [
        (Source::Summary, guidance.summary()),
        (Source::WhenReceived, guidance.when_received()),
        (Source::UseWhen, guidance.use_when()),
        (Source::Pitfalls, guidance.pitfalls()),
    ] {
        for token in tokens(text).filter(|token| !is_code_number(token)) {
            found(token, false, source, source.weight(), 0);
        }
    }
}

/// The bonus of `code` for the words of its search terms, its reason
/// phrase and its former phrases that the query has as phrases: half the
/// rarity of each.
fn phrase_bonus(code: StatusCode, query: &Query<'_>, rarity: &[u32; MAX_WORDS]) -> u32 {
    let terms = code.guidance().terms().iter().copied();
    let phrases = terms
        .chain([code.reason_phrase()])
        .chain(code.former_phrases().iter().copied());
    let mut bonus = 0;
    for text in phrases {
        let (stems, len, phrase) = phrase(text, query);
        for (position, stem) in stems[..len].iter().enumerate() {
            if phrase & (1 << position) != 0 {
                if let Some(index) = query.find(stem) {
                    bonus += rarity[index] / 2;
                }
            }
        }
    }
    bonus
}

/// The words of `text`: its runs of ASCII letters and digits, without
/// single letters (single digits stay, for "HTTP/1.0").
fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, at: 0 }
}

/// The iterator of [`tokens`], which reads bytes: every byte that is not
/// an ASCII letter or digit separates words, the bytes of other characters
/// included, so a word is always whole characters.
struct Tokens<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Iterator for Tokens<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let bytes = self.text.as_bytes();
        loop {
            let rest = bytes.get(self.at..)?;
            let start = self.at + rest.iter().position(u8::is_ascii_alphanumeric)?;
            let len = bytes[start..]
                .iter()
                .position(|byte| !byte.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - start);
            self.at = start + len;
            if len > 1 || bytes[start].is_ascii_digit() {
                return self.text.get(start..start + len);
            }
        }
    }
}

/// Whether `token` is one of the [`STOP_WORDS`], in any case.
fn is_stop_word(token: &str) -> bool {
    let lower = || token.bytes().map(|byte| byte.to_ascii_lowercase());
    token.len() <= 8
        && STOP_WORDS
            .binary_search_by(|stop| stop.bytes().cmp(lower()))
            .is_ok()
}

/// Whether `token` is three digits, as the guidance texts name other codes.
fn is_code_number(token: &str) -> bool {
    token.len() == 3 && token.bytes().all(|byte| byte.is_ascii_digit())
}

/// `word` without the ending `suffix`, in any case, if it has it and at
/// least `keep` characters remain.
fn without<'a>(word: &'a str, suffix: &str, keep: usize) -> Option<&'a str> {
    let end = word.len().checked_sub(suffix.len())?;
    let (stem, ending) = (word.get(..end)?, word.get(end..)?);
    (end >= keep && ending.eq_ignore_ascii_case(suffix)).then_some(stem)
}

/// The stem of an ASCII word: the word without the endings of plurals,
/// past tenses, "-ing" and "-ly", a final "e" or "y", and the "-is" or
/// "-iz" of "-ise" and "-ize", so that "limits", "limited" and "limiting"
/// share "limit", "caches" and "cached" share "cach", and "recognise" and
/// "recognized" share "recogn". Crude, but the same on both sides of every
/// comparison.
fn stem(word: &str) -> &str {
    // "policies", "denied", "temporarily": a final "y" is dropped below.
    if let Some(stem) = ["ies", "ied", "ily"]
        .iter()
        .find_map(|ending| without(word, ending, 3))
    {
        return stem;
    }
    let ends = |suffix: &str| without(word, suffix, 0).is_some();
    // Plurals, but not "access", "status" or "analysis".
    let mut word = if ["sses", "ches", "shes", "xes"].iter().any(|end| ends(end))
        || (word.len() > 5 && ends("uses"))
    {
        without(word, "es", 2).unwrap_or(word)
    } else if ["ss", "us", "is"].iter().any(|end| ends(end)) {
        word
    } else {
        without(word, "s", 3).unwrap_or(word)
    };
    // Verb endings, with a doubled final consonant undone: "stopped".
    if let Some(stem) = without(word, "ing", 3)
        .or_else(|| without(word, "ed", 3))
        .or_else(|| without(word, "ly", 4))
    {
        word = undouble(stem);
    }
    word = without(word, "e", 3)
        .or_else(|| without(word, "y", 3))
        .unwrap_or(word);
    without(word, "is", 4)
        .or_else(|| without(word, "iz", 4))
        .unwrap_or(word)
}

/// `stem` with a doubled final consonant made single ("stopp" to "stop"),
/// for the consonants that double before "-ed" and "-ing".
fn undouble(stem: &str) -> &str {
    match stem.as_bytes() {
        [.., a, b] if a.eq_ignore_ascii_case(b) && b"bgmnpt".contains(&b.to_ascii_lowercase()) => {
            stem.get(..stem.len() - 1).unwrap_or(stem)
        }
        _ => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::{Query, RARITY, STOP_WORDS, is_stop_word, log2_sixteenths, phrase, stem, tokens};

    #[test]
    fn the_forms_of_a_word_share_a_stem() {
        for forms in [
            &["limit", "limits", "limited", "limiting"][..],
            &["cache", "caches", "cached", "caching"],
            &["match", "matches", "matched", "matching"],
            &["delete", "deleted", "deletes", "deleting"],
            &["policy", "policies"],
            &["deny", "denied", "denies"],
            &["stop", "stopped", "stopping", "stops"],
            &["temporary", "temporarily"],
            &["permanent", "permanently"],
            &["recognise", "recognize", "recognised", "recognized"],
            &["status", "statuses"],
            &["access", "accesses"],
            &["Quota", "quotas", "QUOTA"],
        ] {
            for form in forms {
                assert!(
                    stem(form).eq_ignore_ascii_case(stem(forms[0])),
                    "{form:?} is {:?}, {:?} is {:?}",
                    stem(form),
                    forms[0],
                    stem(forms[0])
                );
            }
        }
        // Short words keep their endings.
        assert_eq!(stem("use"), "use");
        assert_eq!(stem("is"), "is");
        assert_eq!(stem("add"), "add");
        assert_eq!(stem("added"), "add");
    }

    #[test]
    fn rarity_is_log2_of_one_plus_the_codes_per_code_found() {
        assert_eq!(log2_sixteenths(1 << 16), 0);
        assert_eq!(log2_sixteenths(2 << 16), 16);
        assert_eq!(log2_sixteenths(3 << 16), 25); // 1.585
        assert_eq!(log2_sixteenths(63 << 16), 95); // 5.977
        assert_eq!(RARITY[62], 16);
        assert_eq!(RARITY[1], 95);
        assert!(RARITY[1..].windows(2).all(|pair| pair[0] >= pair[1]));
    }

    #[test]
    fn stop_words_are_in_order_and_short() {
        assert!(STOP_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(STOP_WORDS.iter().all(|word| word.len() <= 8));
        assert!(is_stop_word("THE") && is_stop_word("yours") && is_stop_word("about"));
        assert!(!is_stop_word("not") && !is_stop_word("quota"));
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_without_single_letters() {
        let mut words = tokens("I'm a teapot: HTTP/1.0, 0-RTT, a.b");
        for expected in ["teapot", "HTTP", "1", "0", "0", "RTT"] {
            assert_eq!(words.next(), Some(expected));
        }
        assert_eq!(words.next(), None);
    }

    #[test]
    fn a_phrase_is_found_in_order_without_stop_words() {
        let query = Query::new("the site is down for maintenance");
        let (stems, len, found) = phrase("down for maintenance", &query);
        assert_eq!(&stems[..len], ["down", "maintenanc"]);
        assert_eq!(found, 0b11);
        let (_, _, found) = phrase("maintenance down", &query);
        assert_eq!(found, 0);
        let query = Query::new("page moved for good");
        let (_, len, found) = phrase("moved permanently", &query);
        assert_eq!((len, found), (2, 0));
    }
}
