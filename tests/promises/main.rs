//! tidings' promises, one module per promise, each test named for what it checks.
//! Everything here is real: a fixture site over HTTP on 127.0.0.1:0, a real
//! SQLite file, the real binary, our real HTTP server.

mod bad_input;
mod browser;
mod channels;
mod common;
mod crash;
mod deadlines;
mod deploy;
mod filters;
mod fresh_feeds;
mod hostile;
mod mail;
mod once_and_only_once;
mod properties;
mod real_feeds;
mod receiver;
mod running;
mod smtp;
mod snapshots;
mod suggest;
