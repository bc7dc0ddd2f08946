//! The sans-IO commissioning core.
pub mod policy;
