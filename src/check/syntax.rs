//! Strict, allocation-free parsers of the field values the rules read.
