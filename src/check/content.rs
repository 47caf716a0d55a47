//! Allocation-free scanners of response content: JSON, XML, multipart
//! bodies and stack traces.
