SUMMARY = "Threshold hub image: systemd, the threshold daemon, read-only root"
DESCRIPTION = "A minimal systemd image running the threshold border-router \
               daemon. The root file system is read-only; the daemon's \
               state lives on an ext4 data partition mounted at \
               /var/lib/threshold (files/wic/threshold-MACHINE.wks)."
HOMEPAGE = "https://threshold.invalid/"
BUGTRACKER = "https://threshold.invalid/issues"
SECTION = "images"
LICENSE = "MIT"

require threshold-image.inc
