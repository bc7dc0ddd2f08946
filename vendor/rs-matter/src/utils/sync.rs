/*
 *
 *    Copyright (c) 2024-2026 Project CHIP Authors
 *
 *    Licensed under the Apache License, Version 2.0 (the "License");
 *    you may not use this file except in compliance with the License.
 *    You may obtain a copy of the License at
 *
 *        http://www.apache.org/licenses/LICENSE-2.0
 *
 *    Unless required by applicable law or agreed to in writing, software
 *    distributed under the License is distributed on an "AS IS" BASIS,
 *    WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 *    See the License for the specific language governing permissions and
 *    limitations under the License.
 */

pub use mutex::*;
pub use notification::*;
pub use signal::*;

pub mod blocking;

mod mutex;
mod notification;
mod signal;

/// A trait that all other `rs-matter` `dyn` traits should extend from.
///
/// When feature `sync-mutex` is enabled, this trait extends `Send + Sync` so that all `dyn` traits are `Send + Sync`.
#[cfg(feature = "sync-mutex")]
pub trait DynBase: Send + Sync {}

/// A trait that all other `rs-matter` `dyn` traits should extend from.
///
/// When feature `sync-mutex` is disabled, this trait is empty and does not require `Send + Sync`.
#[cfg(not(feature = "sync-mutex"))]
pub trait DynBase {}

impl<T> DynBase for &T where T: DynBase {}

impl DynBase for () {}
