/*
 *
 *    Copyright (c) 2026 Project CHIP Authors
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

//! Credential verification for Matter device attestation.
//!
//! This module provides controller-side verification logic for device attestation
//! during commissioning. It includes:
//!
//! - [`cd`]: Certification Declaration (CD) parsing, signature verification, and
//!   content validation per Matter Spec.
//! - [`cd_keys`]: Well-known CSA CD signing key trust store.

pub mod cd;
pub mod cd_keys;
pub mod trust_store;

#[cfg(test)]
pub mod test_paa;
