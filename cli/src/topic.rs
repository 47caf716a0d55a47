//! What an argument of `explain` names: a code, a number nobody
//! registered, or a class.

use std::str::FromStr;

use statuscode::{AnyStatusCode, StatusClass, StatusCode};

/// A code, an unregistered number, or a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Topic {
    /// A registered code.
    Code(StatusCode),
    /// Three digits from 100 to 999 that nobody registered.
    Unregistered(AnyStatusCode),
    /// A class, whose codes are listed.
    Class(StatusClass),
}

impl FromStr for Topic {
    type Err = String;

    /// Three digits (`409`, `499`, `999`), a class by its digit (`4xx`) or
    /// by its name (`client-error`, `client error`).
    fn from_str(argument: &str) -> Result<Topic, String> {
        if let Ok(code) = argument.parse::<AnyStatusCode>() {
            return Ok(match code.known() {
                Some(known) => Topic::Code(known),
                None => Topic::Unregistered(code),
            });
        }
        if let Ok(class) = parse_class(argument) {
            return Ok(Topic::Class(class));
        }
        Err(format!(
            "{argument:?} is neither a status code (three digits from 100 to 999, such as 404) \
             nor a class (4xx, client-error)"
        ))
    }
}

/// A class by its digit (`4xx`, `4XX`) or its name, with a hyphen or a space
/// between the words (`client-error`, `Client Error`); `successful`, RFC
/// 9110's word, is accepted for `success`.
pub(crate) fn parse_class(argument: &str) -> Result<StatusClass, String> {
    let normal = argument.trim().to_ascii_lowercase().replace('-', " ");
    let by_digit = |digit: u8| {
        StatusClass::ALL
            .get(usize::from(digit.wrapping_sub(b'1')))
            .copied()
    };
    let found = match normal.as_bytes() {
        [digit @ b'1'..=b'5', b'x', b'x'] => by_digit(*digit),
        _ if normal == "successful" => Some(StatusClass::Success),
        _ => StatusClass::ALL
            .into_iter()
            .find(|class| class.to_string() == normal),
    };
    found.ok_or_else(|| {
        format!(
            "{argument:?} is not a class: use 1xx to 5xx, or informational, success, \
             redirection, client-error or server-error"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_name_codes_numbers_and_classes() {
        assert_eq!("409".parse(), Ok(Topic::Code(StatusCode::Conflict)));
        let unregistered = AnyStatusCode::from_u16(499).unwrap();
        assert_eq!("499".parse(), Ok(Topic::Unregistered(unregistered)));
        assert_eq!("4xx".parse(), Ok(Topic::Class(StatusClass::ClientError)));
        assert_eq!("4XX".parse(), Ok(Topic::Class(StatusClass::ClientError)));
        assert_eq!(
            "client-error".parse(),
            Ok(Topic::Class(StatusClass::ClientError))
        );
        assert_eq!(
            "Server Error".parse(),
            Ok(Topic::Class(StatusClass::ServerError))
        );
        assert_eq!("successful".parse(), Ok(Topic::Class(StatusClass::Success)));
        for bad in ["abc", "1000", "42", "6xx", "0xx", "", "4x", "client"] {
            let error = bad.parse::<Topic>().unwrap_err();
            assert!(error.starts_with(&format!("{bad:?} is neither")), "{error}");
        }
    }
}
