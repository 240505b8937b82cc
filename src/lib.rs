//! tidings: watches news pages, keeps every item once, publishes feeds, and
//! tells people by email about what is new and what is due.
//!
//! Data flows one way: [`fetch`] → [`extract`] → [`store`], and out through
//! [`publish`] and [`web`]. See README's "Architecture" for the code map.

pub mod budget;
pub mod cli;
pub mod config;
pub mod deadlines;
pub mod demo;
pub mod extract;
pub mod fetch;
pub mod filter;
pub mod intern;
pub mod lang;
pub mod metrics;
pub mod notify;
pub mod publish;
pub mod reload;
pub mod schedule;
pub mod scrape;
pub mod service;
pub mod sources;
pub mod store;
pub mod suggest;
mod templates;
pub mod web;
