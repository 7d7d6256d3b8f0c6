#!/usr/bin/python3
"""Counts what the built app writes to dconf, the real settings backend.

    check-settings.py APP SCHEMA_DIR

Each run starts the app with GSettings on dconf, under a home, a config
folder and a session bus of its own, so that dconf-service writes only
there: launching and quitting must write nothing, not even create the
user's dconf file; turning one layer on must write once.

Run it on an X server (tests/run-gui-test gives one); it makes its own
session bus with dbus-run-session. Prints TAP.
"""

import os
import subprocess
import sys
import tempfile
import time

APP_ID = 'io.github.crampatlas.CrampAtlas'
APP_PATH = '/io/github/crampatlas/CrampAtlas'
TIMEOUT = 20.0


def inner(app, scenario):
    """On the private bus: runs the app once and prints the writes seen."""
    from gi.repository import Gio, GLib

    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    writes = []

    def notified(connection, sender, path, interface, signal, parameters):
        prefix, keys, _tag = parameters.unpack()
        writes.append(prefix + ','.join(keys))

    bus.signal_subscribe(None, 'ca.desrt.dconf.Writer', 'Notify', None, None,
                         Gio.DBusSignalFlags.NONE, notified)

    def call(path, interface, method, args, reply=None):
        return bus.call_sync(APP_ID, path, interface, method, args,
                             GLib.VariantType(reply) if reply else None,
                             Gio.DBusCallFlags.NONE, 5000, None)

    def pump(seconds):
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            context.iteration(False)
            time.sleep(0.01)

    def window_ready():
        try:
            call(APP_PATH + '/window/1', 'org.gtk.Actions', 'List', None, '(as)')
            return True
        except GLib.Error:
            return False

    process = subprocess.Popen([app], stdout=subprocess.DEVNULL)
    end = time.monotonic() + TIMEOUT
    while not window_ready():
        if process.poll() is not None or time.monotonic() > end:
            print('the window never appeared', file=sys.stderr)
            process.kill()
            return 2
        pump(0.05)

    # Let the first frames draw, and anything written at start-up arrive.
    pump(1.0)
    if scenario == 'toggle':
        call(APP_PATH + '/window/1/drawing', 'org.gtk.Actions', 'Activate',
             GLib.Variant('(sava{sv})', ('layer-nerves', [], {})))
        pump(0.5)

    call(APP_PATH, 'org.gtk.Actions', 'Activate', GLib.Variant('(sava{sv})', ('quit', [], {})))
    try:
        process.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        print('the app did not quit', file=sys.stderr)
        process.kill()
        return 2
    pump(0.5)

    for write in writes:
        print('write ' + write)
    return process.returncode


def run(app, schema_dir, scenario):
    """Runs one scenario in a fresh home; returns the writes and the dconf file's state."""
    with tempfile.TemporaryDirectory(prefix='cramp-settings-') as home:
        env = dict(os.environ)
        runtime = os.path.join(home, 'run')
        os.mkdir(runtime, 0o700)
        env.update({
            'HOME': home,
            'XDG_CONFIG_HOME': os.path.join(home, 'config'),
            'XDG_DATA_HOME': os.path.join(home, 'data'),
            'XDG_CACHE_HOME': os.path.join(home, 'cache'),
            'XDG_RUNTIME_DIR': runtime,
            'GSETTINGS_BACKEND': 'dconf',
            'GSETTINGS_SCHEMA_DIR': schema_dir,
            'GDK_BACKEND': 'x11',
            'GSK_RENDERER': 'cairo',
            'GDK_DEBUG': 'gl-disable',
            'GTK_A11Y': 'none',
            'G_DEBUG': 'fatal-criticals',
        })
        result = subprocess.run(['dbus-run-session', '--', sys.executable, __file__, '--inner', app, scenario],
                                env=env, stdout=subprocess.PIPE, text=True, timeout=120)
        writes = [line[6:] for line in result.stdout.splitlines() if line.startswith('write ')]
        user_file = os.path.join(home, 'config', 'dconf', 'user')
        return result.returncode, writes, os.path.exists(user_file)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == '--inner':
        return inner(sys.argv[2], sys.argv[3])

    app, schema_dir = sys.argv[1], sys.argv[2]
    failed = 0

    status, writes, has_file = run(app, schema_dir, 'launch')
    ok = status == 0 and not writes and not has_file
    failed += not ok
    print('%s 1 - launching and quitting writes nothing' % ('ok' if ok else 'not ok'))
    print('# exit status %d, %d writes %s, user dconf file %s' %
          (status, len(writes), writes, 'made' if has_file else 'not made'))

    status, writes, has_file = run(app, schema_dir, 'toggle')
    ok = status == 0 and writes == [APP_PATH + '/visible-layers'] and has_file
    failed += not ok
    print('%s 2 - one layer turned on is one write' % ('ok' if ok else 'not ok'))
    print('# exit status %d, %d writes %s' % (status, len(writes), writes))

    print('1..2')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
