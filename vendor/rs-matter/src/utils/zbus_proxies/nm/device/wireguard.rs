/*
 *
 *    Copyright (c) 2025 Project CHIP Authors
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

//! # D-Bus interface proxy for: `org.freedesktop.NetworkManager.Device.WireGuard`

use zbus::proxy;

#[proxy(
    interface = "org.freedesktop.NetworkManager.Device.WireGuard",
    default_service = "org.freedesktop.NetworkManager"
)]
pub trait WireGuard {
    /// PublicKey property
    #[zbus(property)]
    fn public_key(&self) -> zbus::Result<Vec<u8>>;

    /// ListenPort property
    #[zbus(property)]
    fn listen_port(&self) -> zbus::Result<u16>;

    /// FwMark property
    #[zbus(property)]
    fn fw_mark(&self) -> zbus::Result<u32>;
}
