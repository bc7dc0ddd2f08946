SUMMARY = "Threshold hub image for tests: ptests, ssh, simulated RCP"
DESCRIPTION = "threshold-image plus what the oeqa runtime tests need: an ssh \
               server, the ptest packages, and OpenThread's simulated RCP \
               (ot-rcp) built for the build host, which the tests attach to \
               an extra QEMU serial port as the hub's radio."
HOMEPAGE = "https://threshold.invalid/"
BUGTRACKER = "https://threshold.invalid/issues"
SECTION = "images"
LICENSE = "MIT"

# ot-rcp for the build host: in this image's native sysroot, where the
# oeqa test (lib/oeqa/runtime/cases/threshold.py) finds it through
# STAGING_BINDIR_NATIVE.
DEPENDS += "ot-rcp-sim-native"

require threshold-image.inc

# A test image by design: never a product (root logs in over ssh without
# a password: oeqa runs its commands that way).
# nooelint: oelint.var.badimagefeature.ptest-pkgs,oelint.var.badimagefeature.allow-empty-password,oelint.var.badimagefeature.empty-root-password,oelint.var.badimagefeature.allow-root-login
IMAGE_FEATURES += "ssh-server-dropbear ptest-pkgs \
                   allow-empty-password empty-root-password allow-root-login"

# The simulated RCP reaches the guest through a Unix socket that QEMU
# listens on (it boots without waiting; the test connects ot-rcp to it).
# testimage's own two serial ports (tcpserial) come first, so on
# qemux86-64 this is the third 16550 UART, /dev/ttyS2. qemuarm64 has one
# PL011 only: there the RCP is a second virtio console, /dev/hvc1.
THRESHOLD_RCP_SOCKET ?= "/tmp/threshold-ot-rcp-${MACHINE}.sock"
THRESHOLD_RCP_CHARDEV = "-chardev socket,id=otrcp,path=${THRESHOLD_RCP_SOCKET},server=on,wait=off"
THRESHOLD_RCP_QEMU_OPT = "${THRESHOLD_RCP_CHARDEV} -serial chardev:otrcp"
THRESHOLD_RCP_QEMU_OPT:qemuarm64 = "${THRESHOLD_RCP_CHARDEV} -device virtio-serial-pci,id=otrcpbus -device virtconsole,chardev=otrcp,bus=otrcpbus.0"
THRESHOLD_RCP_DEVICE = "/dev/ttyS2"
THRESHOLD_RCP_DEVICE:qemuarm64 = "/dev/hvc1"
TEST_QEMUPARAMS:append = " ${THRESHOLD_RCP_QEMU_OPT}"

# threshold before systemd: its tests attach the simulated RCP, without
# which the daemon's start (Type=notify, ready once the RCP answered) keeps
# timing out and restarting.
TEST_SUITES = "ping ssh threshold systemd ptest"

# The hub's configuration names the dongle (/dev/ttyACM0); under QEMU the
# radio is the extra serial port above. The unit's device policy allows
# serial ports by class (ttyACM, ttyUSB, ttyS): a drop-in adds this one,
# which qemuarm64's virtio console (hvc) needs.
threshold_test_radio() {
    conf=${IMAGE_ROOTFS}${sysconfdir}/threshold/threshold.toml
    sed -i -e 's#^radio_url = .*#radio_url = "spinel+hdlc+uart://${THRESHOLD_RCP_DEVICE}?uart-baudrate=115200"#' $conf
    grep -q '^radio_url = "spinel+hdlc+uart://${THRESHOLD_RCP_DEVICE}?' $conf
    install -d ${IMAGE_ROOTFS}${sysconfdir}/systemd/system/threshold.service.d
    printf '[Service]\nDeviceAllow=%s rw\n' ${THRESHOLD_RCP_DEVICE} \
        > ${IMAGE_ROOTFS}${sysconfdir}/systemd/system/threshold.service.d/qemu-rcp.conf
}
threshold_test_radio[doc] = "Points the daemon's radio_url at QEMU's serial port for the simulated RCP"
ROOTFS_POSTPROCESS_COMMAND += "threshold_test_radio"
