SUMMARY = "OpenThread's simulated radio co-processor (ot-rcp), for the build host"
DESCRIPTION = "OpenThread's ot-rcp for the simulation platform: a Spinel RCP \
               speaking HDLC on its standard input and output, whose radio \
               is UDP multicast on 127.0.0.1. The test image's oeqa tests run \
               it on the build host and attach it to an extra QEMU serial \
               port, as the hub's radio."
HOMEPAGE = "https://openthread.io/"
BUGTRACKER = "https://github.com/openthread/openthread/issues"
SECTION = "net"
# OpenThread (BSD-3-Clause) with its bundled MbedTLS (Apache-2.0 chosen).
LICENSE = "BSD-3-Clause & Apache-2.0"
LIC_FILES_CHKSUM = "file://vendor/openthread-sys/openthread/LICENSE;md5=543b6fe90ec5901a683320a36390c65f"

PV = "0.1.0+git"

# The OpenThread source shipped inside the openthread-sys crate copy of the
# Threshold source tree (vendor/openthread-sys/openthread): the same
# OpenThread the daemon links. SRC_URI and SRCREV are the daemon's.
require recipes-connectivity/threshold/threshold-source.inc

inherit cmake
inherit_defer native

OECMAKE_SOURCEPATH = "${S}/vendor/openthread-sys/openthread"

# The simulation platform, the RCP alone. BUILD_TESTING=OFF because the
# crate copy leaves out OpenThread's unit-test folder.
EXTRA_OECMAKE = "-DBUILD_TESTING=OFF \
                 -DOT_PLATFORM=simulation \
                 -DOT_COMPILE_WARNING_AS_ERROR=OFF \
                 -DOT_APP_CLI=OFF -DOT_APP_NCP=OFF -DOT_APP_RCP=ON \
                 -DOT_FTD=OFF -DOT_MTD=OFF -DOT_RCP=ON"
OECMAKE_TARGET_COMPILE = "ot-rcp"

do_install() {
    install -d ${D}${bindir}
    install -m 0755 ${B}/examples/apps/ncp/ot-rcp ${D}${bindir}/ot-rcp
}
