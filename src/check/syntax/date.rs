//! `HTTP-date` ([RFC 9110, Section 5.6.7]): the preferred IMF-fixdate and
//! the two obsolete forms, RFC 850 and asctime.
//!
//! The grammar is case-sensitive and its spacing exact: a sender must not
//! generate whitespace beyond the `SP`s of the grammar, so `Sun,  06 Nov`
//! is an error, and so is `sun, 06 Nov`. Values that cannot be a time are
//! errors too: day 31 of November, 29 February of a year that is not a
//! leap year, hour 24, minute 60, second 61 (60 is a leap second). A day
//! name that disagrees with the date is not a grammar error.
//!
//! [RFC 9110, Section 5.6.7]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.7

use super::{Cursor, SyntaxError};

/// Which of the three forms of [RFC 9110, Section 5.6.7] a date was
/// written in. A sender must generate [`DateForm::ImfFixdate`]; a recipient
/// must accept all three.
///
/// [RFC 9110, Section 5.6.7]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.7
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateForm {
    /// `Sun, 06 Nov 1994 08:49:37 GMT`, the preferred form.
    ImfFixdate,
    /// `Sunday, 06-Nov-94 08:49:37 GMT`, obsolete, with a two-digit year.
    Rfc850,
    /// `Sun Nov  6 08:49:37 1994`, ANSI C's `asctime()`, obsolete.
    Asctime,
}

/// A day of the week, as the day names of an HTTP-date spell them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weekday {
    /// `Mon`, `Monday`.
    Monday,
    /// `Tue`, `Tuesday`.
    Tuesday,
    /// `Wed`, `Wednesday`.
    Wednesday,
    /// `Thu`, `Thursday`.
    Thursday,
    /// `Fri`, `Friday`.
    Friday,
    /// `Sat`, `Saturday`.
    Saturday,
    /// `Sun`, `Sunday`.
    Sunday,
}

/// The days in the order of [`DAY_NAMES`] and [`LONG_DAY_NAME_TAILS`].
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
    Weekday::Saturday,
    Weekday::Sunday,
];

/// `day-name`.
const DAY_NAMES: [&[u8; 3]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];

/// What `day-name-l` adds to `day-name`: `Mon` + `day`.
const LONG_DAY_NAME_TAILS: [&[u8]; 7] = [
    b"day", b"sday", b"nesday", b"rsday", b"day", b"urday", b"day",
];

/// `month`, January first.
const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// A timestamp as an HTTP-date writes it: the form, and each field as
/// written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HttpDate {
    form: DateForm,
    /// The day of the week the date names, which may disagree with the
    /// date.
    weekday: Weekday,
    /// The year as written: four digits, but only the last two (`0..=99`)
    /// in the RFC 850 form.
    year: u16,
    /// The month, 1 for January to 12 for December.
    month: u8,
    /// The day of the month, from 1.
    day: u8,
    /// The hour, 0 to 23.
    hour: u8,
    /// The minute, 0 to 59.
    minute: u8,
    /// The second, 0 to 60 (60 for a leap second).
    second: u8,
}

impl HttpDate {
    /// The form the date was written in.
    #[must_use]
    pub(crate) const fn form(&self) -> DateForm {
        self.form
    }
}

/// Whether `year` (four digits) is a leap year of the Gregorian calendar.
const fn is_leap_year(year: u16) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// How many days `month` (1 to 12) has, in a leap year if `leap`.
const fn days_in_month(month: u8, leap: bool) -> u8 {
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Parses an `HTTP-date` ([RFC 9110, Section 5.6.7]) in any of its three
/// forms, after trimming the OWS around the value.
///
/// # Errors
///
/// Where the value stops matching the grammar, for instance "a day name
/// such as Sun" at the start of `sunday`, "a space after the comma" after
/// `Sun,` in `Sun,06 Nov 1994 08:49:37 GMT`, and where a field holds a
/// value no date has, "a day that exists in that month" at the day of
/// `Sun, 31 Nov 1994 08:49:37 GMT`.
///
/// [RFC 9110, Section 5.6.7]: https://www.rfc-editor.org/rfc/rfc9110.html#section-5.6.7
pub(crate) fn http_date(value: &[u8]) -> Result<HttpDate, SyntaxError> {
    match exact_imf_fixdate(value) {
        Some(date) => Ok(date),
        None => any_http_date(value),
    }
}

/// Whether `value` is an IMF-fixdate with nothing around it: the test
/// [`http_date`] starts with, without building the date.
#[inline]
pub(crate) fn is_imf_fixdate(value: &[u8]) -> bool {
    exact_imf_fixdate(value).is_some()
}

/// [`http_date`] without its shortcut: the grammar, read with a cursor.
fn any_http_date(value: &[u8]) -> Result<HttpDate, SyntaxError> {
    let mut cursor = Cursor::trimmed(value);
    let date = http_date_at(&mut cursor)?;
    cursor.finish("the end of the value")?;
    Ok(date)
}

/// The date, when `value` is an IMF-fixdate with nothing around it, read
/// at the fixed offsets of that form: the common case, taken without the
/// cursor. Anything else, valid or not, is `None`, and left to the full
/// parser, which also says what is wrong.
///
/// The punctuation and the digits are checked eight bytes at a time, in
/// four words that cover the 29 bytes (the last two overlap).
#[inline]
fn exact_imf_fixdate(value: &[u8]) -> Option<HttpDate> {
    let bytes: &[u8; FIXDATE.len()] = value.try_into().ok()?;
    let word = |at: usize| {
        value
            .get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |word| u64::from_le_bytes(*word))
    };
    let valid = FIXDATE_SHAPES
        .iter()
        .fold(true, |valid, (at, shape)| valid & shape.matches(word(*at)));
    if !valid {
        return None;
    }
    let &[
        d1,
        d2,
        d3,
        _,
        _,
        day1,
        day2,
        _,
        m1,
        m2,
        m3,
        _,
        y1,
        y2,
        y3,
        y4,
        _,
        h1,
        h2,
        _,
        mi1,
        mi2,
        _,
        s1,
        s2,
        _,
        _,
        _,
        _,
    ] = bytes;
    // The names, compared as numbers with those of the grammar's lists.
    let weekday = DAY_NAMES
        .iter()
        .position(|name| three(**name) == three([d1, d2, d3]))
        .and_then(|at| WEEKDAYS.get(at).copied())?;
    let month = MONTHS
        .iter()
        .position(|name| three(**name) == three([m1, m2, m3]))
        .and_then(|at| u8::try_from(at).ok())?
        .wrapping_add(1);
    // Every byte read here is a digit, so none of this overflows.
    let two = |tens: u8, units: u8| {
        tens.wrapping_sub(b'0')
            .wrapping_mul(10)
            .wrapping_add(units.wrapping_sub(b'0'))
    };
    let (day, hour, minute, second) = (two(day1, day2), two(h1, h2), two(mi1, mi2), two(s1, s2));
    let year = u16::from(two(y1, y2))
        .wrapping_mul(100)
        .wrapping_add(u16::from(two(y3, y4)));
    if check_day(0, day, month, is_leap_year(year)).is_err()
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    Some(HttpDate {
        form: DateForm::ImfFixdate,
        weekday,
        year,
        month,
        day,
        hour,
        minute,
        second,
    })
}

/// The shape of an IMF-fixdate: `0` stands for a digit, `A` for a letter
/// of a day or month name (read by name afterwards), and every other byte
/// for itself.
const FIXDATE: &[u8] = b"AAA, 00 AAA 0000 00:00:00 GMT";

/// The four words of [`exact_imf_fixdate`]: where each starts, and what
/// it must hold. The last ends at the end, and overlaps the one before.
const FIXDATE_SHAPES: [(usize, Shape); 4] = [
    (0, Shape::of(0)),
    (8, Shape::of(8)),
    (16, Shape::of(16)),
    (FIXDATE.len() - 8, Shape::of(FIXDATE.len() - 8)),
];

/// Eight bytes of [`FIXDATE`], as masks to test a little-endian word with.
#[derive(Clone, Copy)]
struct Shape {
    /// 0xFF at each byte that must be a given one.
    fixed: u64,
    /// Those bytes.
    bytes: u64,
    /// 0x01 at each byte that must be a digit.
    digits: u64,
}

impl Shape {
    #[allow(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        reason = "run at compile time, where a fault fails the build"
    )]
    const fn of(at: usize) -> Shape {
        let mut shape = Shape {
            fixed: 0,
            bytes: 0,
            digits: 0,
        };
        let mut i = 0;
        while i < 8 {
            let shift = 8 * i;
            match FIXDATE[at + i] {
                b'0' => shape.digits |= 1 << shift,
                b'A' => {}
                byte => {
                    shape.fixed |= 0xFF << shift;
                    shape.bytes |= (byte as u64) << shift;
                }
            }
            i += 1;
        }
        shape
    }

    /// Whether `word` has the given bytes and a digit at each digit's
    /// place: a digit's high half is 3, and its low half plus 6 does not
    /// carry into the next half.
    #[allow(
        clippy::arithmetic_side_effects,
        reason = "each byte of the sum is at most 0x0F + 0x06, with no carry out"
    )]
    const fn matches(&self, word: u64) -> bool {
        let digits = self.digits;
        word & self.fixed == self.bytes
            && word & (digits * 0xF0) == digits * 0x30
            && ((word & (digits * 0x0F)) + digits * 0x06) & (digits * 0x10) == 0
    }
}

/// A three-letter name as one number, which [`exact_imf_fixdate`]
/// compares.
const fn three(name: [u8; 3]) -> u32 {
    u32::from_le_bytes([name[0], name[1], name[2], 0])
}

/// Moves past an HTTP-date that starts at the cursor.
fn http_date_at(cursor: &mut Cursor<'_>) -> Result<HttpDate, SyntaxError> {
    let weekday = day_name(cursor)?;
    match cursor.peek() {
        Some(b',') => {
            cursor.bump();
            cursor.expect(b' ', "a space after the comma")?;
            imf_fixdate(cursor, weekday)
        }
        Some(b' ') => {
            cursor.bump();
            asctime(cursor, weekday)
        }
        Some(b'a'..=b'z') => {
            let tail = LONG_DAY_NAME_TAILS
                .get(weekday as usize)
                .copied()
                .unwrap_or_default();
            for &byte in tail {
                cursor.expect(byte, "the full day name, such as Sunday")?;
            }
            cursor.expect(b',', "a comma after the day name")?;
            cursor.expect(b' ', "a space after the comma")?;
            rfc850(cursor, weekday)
        }
        _ => Err(cursor.error("a comma or a space after the day name")),
    }
}

/// `date1 SP time-of-day SP GMT`, after `day-name "," SP`.
fn imf_fixdate(cursor: &mut Cursor<'_>, weekday: Weekday) -> Result<HttpDate, SyntaxError> {
    let day_at = cursor.pos;
    let day = two_digits(cursor, "the day as two digits")?;
    cursor.expect(b' ', "a space after the day")?;
    let month = month(cursor)?;
    cursor.expect(b' ', "a space after the month")?;
    let year = four_digits(cursor, "the year as four digits")?;
    check_day(day_at, day, month, is_leap_year(year))?;
    cursor.expect(b' ', "a space after the year")?;
    let (hour, minute, second) = time_of_day(cursor)?;
    cursor.expect(b' ', "a space after the time")?;
    gmt(cursor)?;
    Ok(HttpDate {
        form: DateForm::ImfFixdate,
        weekday,
        year,
        month,
        day,
        hour,
        minute,
        second,
    })
}

/// `date2 SP time-of-day SP GMT`, after `day-name-l "," SP`.
fn rfc850(cursor: &mut Cursor<'_>, weekday: Weekday) -> Result<HttpDate, SyntaxError> {
    let day_at = cursor.pos;
    let day = two_digits(cursor, "the day as two digits")?;
    cursor.expect(b'-', "'-' after the day")?;
    let month = month(cursor)?;
    cursor.expect(b'-', "'-' after the month")?;
    let year = two_digits(cursor, "the year as two digits")?;
    // Either century may be meant; 00 reads as 2000, a leap year.
    check_day(day_at, day, month, year % 4 == 0)?;
    cursor.expect(b' ', "a space after the year")?;
    let (hour, minute, second) = time_of_day(cursor)?;
    cursor.expect(b' ', "a space after the time")?;
    gmt(cursor)?;
    Ok(HttpDate {
        form: DateForm::Rfc850,
        weekday,
        year: u16::from(year),
        month,
        day,
        hour,
        minute,
        second,
    })
}

/// `date3 SP time-of-day SP year`, after `day-name SP`.
fn asctime(cursor: &mut Cursor<'_>, weekday: Weekday) -> Result<HttpDate, SyntaxError> {
    let month = month(cursor)?;
    cursor.expect(b' ', "a space after the month")?;
    let day_at = cursor.pos;
    let day = if cursor.eat(b' ') {
        digit(cursor, "a digit after the space, or the day as two digits")?
    } else {
        two_digits(cursor, "the day as two digits, or a space and one digit")?
    };
    // The year comes last: rule out what no year allows now.
    check_day(day_at, day, month, true)?;
    cursor.expect(b' ', "a space after the day")?;
    let (hour, minute, second) = time_of_day(cursor)?;
    cursor.expect(b' ', "a space after the time")?;
    let year = four_digits(cursor, "the year as four digits")?;
    check_day(day_at, day, month, is_leap_year(year))?;
    Ok(HttpDate {
        form: DateForm::Asctime,
        weekday,
        year,
        month,
        day,
        hour,
        minute,
        second,
    })
}

/// Moves past a `day-name`, `Mon` to `Sun`, case-sensitive.
fn day_name(cursor: &mut Cursor<'_>) -> Result<Weekday, SyntaxError> {
    let found =
        three_letters(cursor, &DAY_NAMES).ok_or_else(|| cursor.error("a day name such as Sun"))?;
    WEEKDAYS
        .get(found)
        .copied()
        .ok_or_else(|| cursor.error("a day name such as Sun"))
}

/// Moves past a `month`, `Jan` to `Dec`, case-sensitive, and gives its
/// number, 1 to 12.
fn month(cursor: &mut Cursor<'_>) -> Result<u8, SyntaxError> {
    let found =
        three_letters(cursor, &MONTHS).ok_or_else(|| cursor.error("a month name such as Jan"))?;
    u8::try_from(found)
        .ok()
        .and_then(|index| index.checked_add(1))
        .ok_or_else(|| cursor.error("a month name such as Jan"))
}

/// Moves past the three bytes at the cursor if they are one of `names`,
/// and gives its index.
fn three_letters(cursor: &mut Cursor<'_>, names: &[&[u8; 3]]) -> Option<usize> {
    let found = [cursor.peek()?, cursor.peek_at(1)?, cursor.peek_at(2)?];
    let index = names.iter().position(|name| **name == found)?;
    for _ in 0..3 {
        cursor.bump();
    }
    Some(index)
}

/// `time-of-day = hour ":" minute ":" second`, each in its range.
fn time_of_day(cursor: &mut Cursor<'_>) -> Result<(u8, u8, u8), SyntaxError> {
    let hour_at = cursor.pos;
    let hour = two_digits(cursor, "the hour as two digits")?;
    if hour > 23 {
        return Err(SyntaxError::new(hour_at, "an hour from 00 to 23"));
    }
    cursor.expect(b':', "':' after the hour")?;
    let minute_at = cursor.pos;
    let minute = two_digits(cursor, "the minute as two digits")?;
    if minute > 59 {
        return Err(SyntaxError::new(minute_at, "a minute from 00 to 59"));
    }
    cursor.expect(b':', "':' after the minute")?;
    let second_at = cursor.pos;
    let second = two_digits(cursor, "the second as two digits")?;
    if second > 60 {
        return Err(SyntaxError::new(second_at, "a second from 00 to 60"));
    }
    Ok((hour, minute, second))
}

/// `GMT`, case-sensitive.
fn gmt(cursor: &mut Cursor<'_>) -> Result<(), SyntaxError> {
    let at = cursor.pos;
    for byte in *b"GMT" {
        if !cursor.eat(byte) {
            return Err(SyntaxError::new(at, "GMT"));
        }
    }
    Ok(())
}

/// Fails at `at` unless `day` is a day of `month`.
const fn check_day(at: usize, day: u8, month: u8, leap: bool) -> Result<(), SyntaxError> {
    if day == 0 || day > days_in_month(month, leap) {
        return Err(SyntaxError::new(at, "a day that exists in that month"));
    }
    Ok(())
}

/// Moves past one `DIGIT`.
fn digit(cursor: &mut Cursor<'_>, expected: &'static str) -> Result<u8, SyntaxError> {
    match cursor.peek() {
        Some(byte @ b'0'..=b'9') => {
            cursor.bump();
            Ok(byte.wrapping_sub(b'0'))
        }
        _ => Err(cursor.error(expected)),
    }
}

/// Moves past `2DIGIT`.
fn two_digits(cursor: &mut Cursor<'_>, expected: &'static str) -> Result<u8, SyntaxError> {
    let tens = digit(cursor, expected)?;
    let units = digit(cursor, expected)?;
    Ok(tens.wrapping_mul(10).wrapping_add(units))
}

/// Moves past `4DIGIT`.
fn four_digits(cursor: &mut Cursor<'_>, expected: &'static str) -> Result<u16, SyntaxError> {
    let high = two_digits(cursor, expected)?;
    let low = two_digits(cursor, expected)?;
    Ok(u16::from(high)
        .wrapping_mul(100)
        .wrapping_add(u16::from(low)))
}

/// The year, month (1 to 12) and day of the month of the day `days` after
/// 1970-01-01, in the proleptic Gregorian calendar, for any day from
/// 0000-03-01 on: Howard Hinnant's `civil_from_days`. Days are counted
/// from 0000-03-01, so that a leap day ends its year, in eras of 400 years
/// (146,097 days).
#[cfg(any(test, feature = "axum"))]
#[allow(
    clippy::arithmetic_side_effects,
    reason = "below 2^63 days the era is below 2^47 and every other term below 146,097, \
              and each subtraction takes away less than it keeps"
)]
pub(crate) fn civil_from_days(days: i64) -> (u64, u64, u64) {
    let z = u64::try_from(days.saturating_add(719_468)).unwrap_or(0);
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;
    use std::format;
    use std::prelude::rust_2024::*;

    use super::*;

    fn date(
        form: DateForm,
        weekday: Weekday,
        (year, month, day): (u16, u8, u8),
        (hour, minute, second): (u8, u8, u8),
    ) -> HttpDate {
        HttpDate {
            form,
            weekday,
            year,
            month,
            day,
            hour,
            minute,
            second,
        }
    }

    #[test]
    fn the_three_forms_of_the_rfc() {
        let sunday = |form, year| date(form, Weekday::Sunday, (year, 11, 6), (8, 49, 37));
        let cases: [(&[u8], HttpDate); 3] = [
            (
                b"Sun, 06 Nov 1994 08:49:37 GMT",
                sunday(DateForm::ImfFixdate, 1994),
            ),
            (
                b"Sunday, 06-Nov-94 08:49:37 GMT",
                sunday(DateForm::Rfc850, 94),
            ),
            (b"Sun Nov  6 08:49:37 1994", sunday(DateForm::Asctime, 1994)),
        ];
        for (value, expected) in cases {
            assert_eq!(http_date(value), Ok(expected), "{}", value.escape_ascii());
        }
    }

    #[test]
    fn valid_dates() {
        let cases: [(&[u8], HttpDate); 10] = [
            // Whitespace around the value belongs to the field line.
            (
                b" \tFri, 31 Dec 1999 23:59:59 GMT\t ",
                date(
                    DateForm::ImfFixdate,
                    Weekday::Friday,
                    (1999, 12, 31),
                    (23, 59, 59),
                ),
            ),
            (
                b"Thu, 01 Jan 1970 00:00:00 GMT",
                date(
                    DateForm::ImfFixdate,
                    Weekday::Thursday,
                    (1970, 1, 1),
                    (0, 0, 0),
                ),
            ),
            // Leap years, and a leap second.
            (
                b"Tue, 29 Feb 2000 12:00:00 GMT",
                date(
                    DateForm::ImfFixdate,
                    Weekday::Tuesday,
                    (2000, 2, 29),
                    (12, 0, 0),
                ),
            ),
            (
                b"Sat, 31 Dec 2016 23:59:60 GMT",
                date(
                    DateForm::ImfFixdate,
                    Weekday::Saturday,
                    (2016, 12, 31),
                    (23, 59, 60),
                ),
            ),
            (
                b"Mon, 29 Feb 2016 00:00:00 GMT",
                date(
                    DateForm::ImfFixdate,
                    Weekday::Monday,
                    (2016, 2, 29),
                    (0, 0, 0),
                ),
            ),
            (
                b"Wed, 09 Sep 9999 23:59:59 GMT",
                date(
                    DateForm::ImfFixdate,
                    Weekday::Wednesday,
                    (9999, 9, 9),
                    (23, 59, 59),
                ),
            ),
            (
                b"Wednesday, 29-Feb-00 01:02:03 GMT",
                date(DateForm::Rfc850, Weekday::Wednesday, (0, 2, 29), (1, 2, 3)),
            ),
            (
                b"Thursday, 30-Apr-15 10:00:00 GMT",
                date(DateForm::Rfc850, Weekday::Thursday, (15, 4, 30), (10, 0, 0)),
            ),
            (
                b"Sat Jan 17 10:00:00 1998",
                date(
                    DateForm::Asctime,
                    Weekday::Saturday,
                    (1998, 1, 17),
                    (10, 0, 0),
                ),
            ),
            // asctime may also write a day below 10 with two digits.
            (
                b"Tue Jun 02 01:00:00 1982",
                date(DateForm::Asctime, Weekday::Tuesday, (1982, 6, 2), (1, 0, 0)),
            ),
        ];
        for (value, expected) in cases {
            assert_eq!(http_date(value), Ok(expected), "{}", value.escape_ascii());
        }
    }

    /// Checks that each value fails at the offset with the phrase.
    fn assert_errors(cases: &[(&str, usize, &'static str)]) {
        for &(value, at, expected) in cases {
            assert_eq!(
                http_date(value.as_bytes()),
                Err(SyntaxError::new(at, expected)),
                "{value}"
            );
        }
    }

    #[test]
    fn invalid_imf_fixdates() {
        assert_errors(&[
            ("", 0, "a day name such as Sun"),
            ("sun, 06 Nov 1994 08:49:37 GMT", 0, "a day name such as Sun"),
            ("SUN, 06 Nov 1994 08:49:37 GMT", 0, "a day name such as Sun"),
            ("Sun,06 Nov 1994 08:49:37 GMT", 4, "a space after the comma"),
            ("Sun,  06 Nov 1994 08:49:37 GMT", 5, "the day as two digits"),
            ("Sun, 6 Nov 1994 08:49:37 GMT", 6, "the day as two digits"),
            (
                "Sun, 06 nov 1994 08:49:37 GMT",
                8,
                "a month name such as Jan",
            ),
            (
                "Sun, 06 November 1994 08:49:37 GMT",
                11,
                "a space after the month",
            ),
            ("Sun, 06 Nov 94 08:49:37 GMT", 14, "the year as four digits"),
            ("Sun, 06 Nov 1994 8:49:37 GMT", 18, "the hour as two digits"),
            ("Sun, 06 Nov 1994 08.49.37 GMT", 19, "':' after the hour"),
            ("Sun, 06 Nov 1994 08:49.37 GMT", 22, "':' after the minute"),
            ("Sun, 06 Nov 1994 08:49:37 UTC", 26, "GMT"),
            ("Sun, 06 Nov 1994 08:49:37 gmt", 26, "GMT"),
            ("Sun, 06 Nov 1994 08:49:37 +0000", 26, "GMT"),
            ("Sun, 06 Nov 1994 08:49:37", 25, "a space after the time"),
            (
                "Sun, 06 Nov 1994 08:49:37 GMT, x",
                29,
                "the end of the value",
            ),
            (
                "Sun, 06 Nov 1994  08:49:37 GMT",
                17,
                "the hour as two digits",
            ),
            (
                "Sun 06 Nov 1994 08:49:37 GMT",
                4,
                "a month name such as Jan",
            ),
            (
                "Sun; 06 Nov 1994 08:49:37 GMT",
                3,
                "a comma or a space after the day name",
            ),
        ]);
    }

    #[test]
    fn impossible_values() {
        let no_such_day = "a day that exists in that month";
        assert_errors(&[
            ("Sun, 31 Nov 1994 08:49:37 GMT", 5, no_such_day),
            ("Sun, 00 Nov 1994 08:49:37 GMT", 5, no_such_day),
            ("Sun, 32 Jan 1994 08:49:37 GMT", 5, no_such_day),
            ("Sun, 29 Feb 1900 08:49:37 GMT", 5, no_such_day),
            ("Sun, 29 Feb 2023 08:49:37 GMT", 5, no_such_day),
            ("Sun, 06 Nov 1994 24:00:00 GMT", 17, "an hour from 00 to 23"),
            (
                "Sun, 06 Nov 1994 08:60:00 GMT",
                20,
                "a minute from 00 to 59",
            ),
            (
                "Sun, 06 Nov 1994 08:49:61 GMT",
                23,
                "a second from 00 to 60",
            ),
            ("Sunday, 29-Feb-95 08:49:37 GMT", 8, no_such_day),
            (
                "Sunday, 06-Nov-94 99:49:37 GMT",
                18,
                "an hour from 00 to 23",
            ),
            ("Sun Feb 30 08:49:37 1996", 8, no_such_day),
            ("Sun Feb 29 08:49:37 1994", 8, no_such_day),
            ("Sun Nov  0 08:49:37 1994", 8, no_such_day),
        ]);
    }

    #[test]
    fn invalid_obsolete_dates() {
        assert_errors(&[
            (
                "Sunda, 06-Nov-94 08:49:37 GMT",
                5,
                "the full day name, such as Sunday",
            ),
            (
                "Sunday 06-Nov-94 08:49:37 GMT",
                6,
                "a comma after the day name",
            ),
            (
                "Sunday,06-Nov-94 08:49:37 GMT",
                7,
                "a space after the comma",
            ),
            ("Sunday, 06 Nov 94 08:49:37 GMT", 10, "'-' after the day"),
            ("Sunday, 06-Nov 94 08:49:37 GMT", 14, "'-' after the month"),
            (
                "Sunday, 06-Nov-1994 08:49:37 GMT",
                17,
                "a space after the year",
            ),
            ("Sunday, 06-Nov-94 08:49:37", 26, "a space after the time"),
            (
                "Sun Nov 6 08:49:37 1994",
                9,
                "the day as two digits, or a space and one digit",
            ),
            (
                "Sun Nov  x 08:49:37 1994",
                9,
                "a digit after the space, or the day as two digits",
            ),
            ("Sun Nov  16 08:49:37 1994", 10, "a space after the day"),
            ("Sun Nov  6 08:49:37 94", 22, "the year as four digits"),
            ("Sun Nov  6 08:49:37 1994 GMT", 24, "the end of the value"),
            ("Sun  Nov  6 08:49:37 1994", 4, "a month name such as Jan"),
        ]);
    }

    #[test]
    fn a_day_name_that_disagrees_is_not_a_grammar_error() {
        let wrong = http_date(b"Mon, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(wrong.map(|date| date.weekday), Ok(Weekday::Monday));
    }

    /// The date the proptest writes, and the form it writes it in.
    fn written(date: &HttpDate) -> String {
        let weekday = date.weekday as usize;
        let short = core::str::from_utf8(DAY_NAMES[weekday]).unwrap();
        let month = core::str::from_utf8(MONTHS[usize::from(date.month - 1)]).unwrap();
        let (day, hour, minute, second) = (date.day, date.hour, date.minute, date.second);
        match date.form {
            DateForm::ImfFixdate => format!(
                "{short}, {day:02} {month} {:04} {hour:02}:{minute:02}:{second:02} GMT",
                date.year
            ),
            DateForm::Rfc850 => {
                let long = core::str::from_utf8(LONG_DAY_NAME_TAILS[weekday]).unwrap();
                format!(
                    "{short}{long}, {day:02}-{month}-{:02} {hour:02}:{minute:02}:{second:02} GMT",
                    date.year
                )
            }
            DateForm::Asctime => format!(
                "{short} {month} {day:>2} {hour:02}:{minute:02}:{second:02} {:04}",
                date.year
            ),
        }
    }

    fn any_date() -> impl Strategy<Value = HttpDate> {
        (
            prop_oneof![
                Just(DateForm::ImfFixdate),
                Just(DateForm::Rfc850),
                Just(DateForm::Asctime)
            ],
            0..7_usize,
            0..=9999_u16,
            1..=12_u8,
            1..=31_u8,
            (0..=23_u8, 0..=59_u8, 0..=60_u8),
        )
            .prop_map(
                |(form, weekday, year, month, day, (hour, minute, second))| {
                    let year = if form == DateForm::Rfc850 {
                        year % 100
                    } else {
                        year
                    };
                    let leap = if form == DateForm::Rfc850 {
                        year % 4 == 0
                    } else {
                        is_leap_year(year)
                    };
                    let day = day.min(days_in_month(month, leap));
                    date(
                        form,
                        WEEKDAYS[weekday],
                        (year, month, day),
                        (hour, minute, second),
                    )
                },
            )
    }

    proptest! {
        #[test]
        fn never_panics(value in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = http_date(&value);
        }

        #[test]
        fn the_shortcut_agrees_with_the_grammar(
            date in any_date(),
            at in 0..29_usize,
            byte in any::<u8>(),
            mutate in any::<bool>(),
        ) {
            // A valid date, or one byte of it changed to anything.
            let mut text = written(&date).into_bytes();
            if mutate {
                if let Some(target) = text.get_mut(at) {
                    *target = byte;
                }
            }
            let full = any_http_date(&text);
            match exact_imf_fixdate(&text) {
                Some(shortcut) => prop_assert_eq!(full, Ok(shortcut)),
                None => prop_assert!(
                    !full.is_ok_and(|date| date.form == DateForm::ImfFixdate),
                    "the shortcut missed {:?}",
                    text.escape_ascii().to_string()
                ),
            }
        }

        #[test]
        fn valid_dates_parse(date in any_date()) {
            let text = written(&date);
            prop_assert_eq!(http_date(text.as_bytes()), Ok(date), "{}", text);
        }

        #[test]
        fn every_day_of_the_calendar_parses(days in -719_162_i64..2_932_896) {
            // From 0001-01-01 to 9999-12-31: compute the civil date, write
            // it with its real weekday, and parse it back.
            let (year, month, day) = civil_from_days(days);
            let (year, month, day) = (
                u16::try_from(year).unwrap(),
                u8::try_from(month).unwrap(),
                u8::try_from(day).unwrap(),
            );
            let weekday = WEEKDAYS[usize::try_from((days + 3).rem_euclid(7)).unwrap()];
            let expected = date(DateForm::ImfFixdate, weekday, (year, month, day), (0, 0, 0));
            let text = written(&expected);
            prop_assert_eq!(http_date(text.as_bytes()), Ok(expected), "{}", text);
        }
    }
}
