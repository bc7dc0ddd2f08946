SUMMARY = "Threshold: Thread border router and secure pairing daemon for smart-home hubs"
DESCRIPTION = "The threshold daemon drives a Thread radio co-processor \
               (Spinel RCP), runs the Thread network with OpenThread, admits \
               devices only through audited, expiring commissioning windows \
               with device attestation, and announces them on the LAN with \
               mDNS. One binary: the daemon (threshold run) and its admin CLI."
HOMEPAGE = "https://threshold.invalid/"
BUGTRACKER = "https://threshold.invalid/issues"
SECTION = "net"

# The project is Apache-2.0 (Cargo.toml, the only license statement of the
# source tree: there is no LICENSE file at its root yet). The binary also
# links, statically, the crates of Cargo.lock and the C code they build:
# `cargo tree --no-default-features -e normal -f '{l}'` reduces to Apache-2.0,
# MIT, BSD-3-Clause (OpenThread, subtle, domain, octseq), ISC (ring,
# rustls-webpki, untrusted) and public domain (SQLite, bundled by
# libsqlite3-sys). Dual-licensed crates are taken under Apache-2.0 or MIT.
LICENSE = "Apache-2.0 & BSD-3-Clause & ISC & MIT & PD"
LIC_FILES_CHKSUM = "file://Cargo.toml;beginline=7;endline=7;md5=2507bd5f0713f05419cd2f22fa06fe62"

# The build script of openthread-sys (vendor/openthread-sys/build.rs and
# gen/builder.rs) builds OpenThread from source and generates its bindings:
# * cmake-native: it runs CMake through the cmake crate (the default
#   "Unix Makefiles" generator; make is a host tool, ninja is not used);
# * clang-native: OpenThread's C/C++ is compiled with clang unless the
#   crate's use-gcc feature is on (it is off), and bindgen loads libclang
#   (clang-sys, at run time: LIBCLANG_PATH below). oe-core has clang since
#   walnascar; no meta-clang.
# libsqlite3-sys (bundled) and ring compile their C with the cross compiler
# the cargo class provides, and need nothing else. clang-cross: see
# CLANG_PATH below.
DEPENDS += "clang-cross-${TARGET_ARCH} clang-native cmake-native"

PV = "0.1.0+git"

# SRC_URI and SRCREV, shared with ot-rcp-sim-native (same source tree).
require threshold-source.inc

# Every crates.io package of Cargo.lock, written by scripts/yocto-crates.py
# (the same file `bitbake -c update_crates threshold` writes).
require threshold-crates.inc

SRC_URI += "file://threshold.toml \
            file://threshold-tmpfiles.conf"

inherit cargo cargo-update-recipe-crates systemd useradd ptest-cargo

export LIBCLANG_PATH = "${STAGING_LIBDIR_NATIVE}"
# OpenThread is cross-compiled by the clang that knows the target from its
# name (clang-cross), with the crate's own headers (-nostdinc++ --sysroot of
# the crate); a bare "clang" would build for the build host.
export CLANG_PATH = "${STAGING_BINDIR_TOOLCHAIN}/${TARGET_PREFIX}clang"

# The hub's binary leaves out the developer's tools (Cargo.toml [features],
# README "Firmware build"). The release profile is the project's firmware
# profile (opt-level z, fat LTO, one codegen unit, panic = "abort"; the
# repository's .cargo/config.toml trims the bundled SQLite and build.rs
# links with DT_RELR, without unwind tables and with the daemon's functions
# placed first (link/*.ld; an image whose core dumps a debugger should
# unwind exports THRESHOLD_UNWIND_TABLES = "1"), all read by this build
# too) but for its strip = true:
# the packaging strips the binary itself and keeps the symbols in
# threshold-dbg (an already-stripped binary is a QA error).
CARGO_BUILD_FLAGS:append = " --no-default-features"
export CARGO_PROFILE_RELEASE_STRIP = "false"

# openthread-sys pipes its generated bindings through rustfmt and fails when
# rustfmt cannot be started; rust-native does not install rustfmt (only the
# target and nativesdk rust do). The bindings are correct unformatted: give
# the build script a rustfmt that leaves the file as it is.
do_compile:prepend() {
    mkdir -p ${WORKDIR}/rustfmt-shim
    printf '#!/bin/sh\nexit 0\n' > ${WORKDIR}/rustfmt-shim/rustfmt
    chmod 0755 ${WORKDIR}/rustfmt-shim/rustfmt
    export PATH="${WORKDIR}/rustfmt-shim:$PATH"
}

# `bitbake -c update_crates threshold` reads the root Cargo.lock only: the
# crate copies under vendor/ ship their own Cargo.lock, which the build
# does not use (the workspace's Cargo.lock decides).
CARGO_LOCK_SRC_DIR = "${WORKDIR}/update-crates"
threshold_root_lock() {
    rm -rf ${CARGO_LOCK_SRC_DIR}
    mkdir -p ${CARGO_LOCK_SRC_DIR}
    cp ${S}/Cargo.lock ${CARGO_LOCK_SRC_DIR}/
}
threshold_root_lock[doc] = "Gives do_update_crates the root Cargo.lock alone"
do_update_crates[prefuncs] += "threshold_root_lock"

USERADD_PACKAGES = "${PN}"
# A system user with no login shell; group dialout opens the RCP's serial
# device (/dev/ttyACM0).
USERADD_PARAM:${PN} = "--system --user-group --groups dialout \
                       --home-dir ${localstatedir}/lib/threshold --no-create-home \
                       --shell ${base_sbindir}/nologin threshold"

SYSTEMD_SERVICE:${PN} = "threshold.service"

do_install:append() {
    install -d -m 0755 ${D}${sysconfdir}/threshold
    install -m 0644 ${UNPACKDIR}/threshold.toml ${D}${sysconfdir}/threshold/threshold.toml

    # The state directory, 0700, the daemon's own. On the image it is the
    # mount point of the data partition: the tmpfiles.d entry sets owner
    # and mode on the mounted file system at every boot.
    install -d -m 0700 -o threshold -g threshold ${D}${localstatedir}/lib/threshold
    install -d -m 0755 ${D}${nonarch_libdir}/tmpfiles.d
    install -m 0644 ${UNPACKDIR}/threshold-tmpfiles.conf ${D}${nonarch_libdir}/tmpfiles.d/threshold.conf

    # The unit is part of the source tree (config/threshold.service).
    install -d -m 0755 ${D}${systemd_system_unitdir}
    install -m 0644 ${S}/config/threshold.service ${D}${systemd_system_unitdir}/threshold.service
}

FILES:${PN} += "${localstatedir}/lib/threshold \
                ${nonarch_libdir}/tmpfiles.d/threshold.conf"
CONFFILES:${PN} = "${sysconfdir}/threshold/threshold.toml"

# The Thread network interface (TUN) and the nRF52840 dongle (CDC ACM):
# built in on some kernels, modules on others.
RRECOMMENDS:${PN} += "kernel-module-tun kernel-module-cdc-acm"

# ptest: the crate's unit tests (the bottom of each source file, in the
# library's and the binary's test executables). The integration tests of
# tests/ need the development host's tools (network namespaces, OpenThread's
# simulated nodes, Python peers, avahi) and are not installed. Like the
# image build, the tests are built with --no-default-features.
python threshold_ptest_unit_only() {
    import os, re
    path = d.getVar('CARGO_TEST_BINARIES_FILES')
    with open(path) as f:
        bins = [l.strip() for l in f if l.strip()]
    keep = [b for b in bins if re.fullmatch(r'threshold-[0-9a-f]+', os.path.basename(b))]
    if not keep:
        bb.fatal("no unit test binary of the threshold crate among %s" % bins)
    with open(path, 'w') as f:
        f.writelines(b + '\n' for b in keep)
}
threshold_ptest_unit_only[doc] = "Keeps the crate's unit test binaries in the ptest list"
do_compile_ptest_cargo[postfuncs] += "threshold_ptest_unit_only"
