#
# SPDX-License-Identifier: Apache-2.0
#
# oeqa runtime tests of the threshold daemon (meta-threshold). Run with
# `bitbake threshold-image-test -c testimage` (TEST_SUITES of that image);
# yocto/README.md says how.
#
# The CLI talks to the daemon over its admin socket (root or the daemon's
# uid may use it, docs/api.md), so every check runs `threshold ...` on the
# target over ssh: no client certificate is needed.

import json
import os
import socket
import subprocess
import time

from oeqa.core.decorator.depends import OETestDepends
from oeqa.runtime.case import OERuntimeTestCase
from oeqa.runtime.decorator.package import OEHasPackage

CONFIG = '/etc/threshold/threshold.toml'
CLI = 'threshold thread status --config %s --json' % CONFIG


def wait_until(what, deadline_s, probe, step_s=2):
    """Calls probe() until it returns a true value or the deadline passes;
    returns its last value (the caller asserts on it)."""
    end = time.monotonic() + deadline_s
    while True:
        value = probe()
        if value or time.monotonic() >= end:
            return value
        time.sleep(step_s)


class ThresholdTest(OERuntimeTestCase):
    """The daemon on the image, with OpenThread's simulated RCP (on the
    build host) as its radio on an extra serial port of QEMU.

    The unit is Type=notify and reports ready only once the RCP answered
    (config/threshold.service), so the RCP is attached first, in
    setUpClass: until then the service keeps restarting (its start times
    out), and the next start after the attach succeeds."""

    rcp = None
    rcp_missing = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        td = cls.td
        # testdata.json holds paths below TOPDIR relative to it.
        bindir = os.path.join(td.get('TOPDIR', ''), td.get('STAGING_BINDIR_NATIVE', ''))
        ot_rcp = os.path.join(bindir, 'ot-rcp')
        sock_path = td.get('THRESHOLD_RCP_SOCKET', '')
        if not os.access(ot_rcp, os.X_OK) or not sock_path:
            cls.rcp_missing = ('no simulated RCP (%s, socket %r): run the threshold-image-test image'
                               % (ot_rcp, sock_path))
            return
        # QEMU listens on the socket (TEST_QEMUPARAMS of threshold-image-test);
        # ot-rcp speaks Spinel over HDLC on its standard input and output.
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(sock_path)
        cls.rcp = subprocess.Popen([ot_rcp, '1'], stdin=sock.fileno(), stdout=sock.fileno(),
                                   stderr=subprocess.DEVNULL)
        sock.close()

    @classmethod
    def tearDownClass(cls):
        if cls.rcp is not None:
            cls.rcp.terminate()
            try:
                cls.rcp.wait(timeout=10)
            except subprocess.TimeoutExpired:
                cls.rcp.kill()
        super().tearDownClass()

    def status(self):
        """(exit status, parsed JSON or None, raw output) of `thread status`."""
        status, output = self.target.run(CLI)
        try:
            return status, json.loads(output), output
        except ValueError:
            return status, None, output

    def journal(self):
        return self.target.run('systemctl status --full --no-pager threshold.service; '
                               'journalctl -b --no-pager -u threshold.service | tail -n 60')[1]

    @OETestDepends(['ssh.SSHTest.test_ssh'])
    @OEHasPackage(['threshold'])
    def test_threshold_service_active(self):
        if self.rcp_missing:
            self.skipTest(self.rcp_missing)
        # A start without the RCP times out after 90 s (TimeoutStartSec),
        # the restart follows 5 s later: allow for one such cycle.
        active = wait_until('threshold.service active', 240,
                            lambda: self.target.run('systemctl is-active threshold.service')[1].strip() == 'active')
        if not active:
            self.fail('threshold.service is not active:\n%s' % self.journal())

    @OETestDepends(['threshold.ThresholdTest.test_threshold_service_active'])
    def test_threshold_runs_unprivileged(self):
        status, pid = self.target.run('systemctl show --property MainPID --value threshold.service')
        self.assertEqual(status, 0, pid)
        pid = pid.strip()
        self.assertNotIn(pid, ('', '0'), 'threshold.service has no main process')
        status, uid = self.target.run("awk '/^Uid:/ {print $2, $3, $4, $5}' /proc/%s/status" % pid)
        self.assertEqual(status, 0, uid)
        status, want = self.target.run('id -u threshold')
        self.assertEqual(status, 0, want)
        # real, effective, saved and file-system uid: all the daemon's user
        self.assertEqual(uid.split(), [want.strip()] * 4)
        self.assertNotEqual(want.strip(), '0')
        # its state directory is its own, mode 0700, on the data partition
        status, out = self.target.run('stat -c "%U %a" /var/lib/threshold')
        self.assertEqual((status, out.strip()), (0, 'threshold 700'))
        status, out = self.target.run('grep -w /var/lib/threshold /proc/mounts')
        self.assertEqual(status, 0, 'no data partition mounted at /var/lib/threshold')
        status, out = self.target.run("awk '$2 == \"/\" {print $4}' /proc/mounts")
        self.assertIn('ro', out.split(','), 'the root file system is not mounted read-only: %s' % out)

    @OETestDepends(['threshold.ThresholdTest.test_threshold_service_active'])
    def test_threshold_api_answers(self):
        status, st, output = self.status()
        self.assertEqual(status, 0, output)
        self.assertIsNotNone(st, 'not JSON: %s' % output)
        for key in ('role', 'radio_url', 'ot_version'):
            self.assertIn(key, st, output)

    @OETestDepends(['threshold.ThresholdTest.test_threshold_api_answers'])
    def test_threshold_thread_leader_with_simulated_rcp(self):
        # Alone on its simulated radio, the hub forms a network: leader.
        def leader():
            _, st, _ = self.status()
            return st if st and st.get('role') == 'leader' else None
        st = wait_until('leader', 120, leader)
        if not st:
            _, _, output = self.status()
            self.fail('no leader with the simulated RCP: %s\n%s' % (output, self.journal()))
        self.assertTrue(st.get('rcp_version'), 'the RCP version is unknown: %s' % st)
        self.assertTrue(st.get('radio_url', '').startswith('spinel+hdlc+uart://'), st)
