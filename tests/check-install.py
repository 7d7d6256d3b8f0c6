#!/usr/bin/env python3
"""Installs the build into a temporary DESTDIR and checks that a desktop
gets everything it needs: the executable, the desktop file, the metainfo,
the icons, the GSettings schema and the translations, each valid; and
that the executable opens librsvg itself rather than linking to it."""

import os
import pathlib
import subprocess
import sys
import tempfile

build, source, app_id, prefix, bindir, datadir, localedir = sys.argv[1:8]


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True)
    return done.returncode, (done.stdout + done.stderr).strip()


with tempfile.TemporaryDirectory() as destdir:
    status, output = run('meson', 'install', '-C', build, '--destdir', destdir, '--no-rebuild', '--quiet')
    if status != 0:
        sys.exit(f'meson install failed: {output}')

    root = pathlib.Path(destdir + prefix)
    data = root / datadir
    languages = [line.strip() for line in (pathlib.Path(source) / 'po' / 'LINGUAS').read_text().splitlines()
                 if line.strip() and not line.startswith('#')]
    expected = {
        'executable': root / bindir / 'cramp-atlas',
        'desktop file': data / 'applications' / f'{app_id}.desktop',
        'metainfo': data / 'metainfo' / f'{app_id}.metainfo.xml',
        'scalable icon': data / 'icons' / 'hicolor' / 'scalable' / 'apps' / f'{app_id}.svg',
        'symbolic icon': data / 'icons' / 'hicolor' / 'symbolic' / 'apps' / f'{app_id}-symbolic.svg',
        'schema': data / 'glib-2.0' / 'schemas' / f'{app_id}.gschema.xml',
    }
    for language in languages:
        expected[f'{language} translation'] = root / localedir / language / 'LC_MESSAGES' / 'cramp-atlas.mo'

    problems = [f'no {what} at {path.relative_to(destdir)}' for what, path in expected.items() if not path.is_file()]
    if expected['executable'].is_file() and not os.access(expected['executable'], os.X_OK):
        problems.append('the executable cannot be run')

    validators = [
        ('desktop-file-validate', str(expected['desktop file'])),
        ('appstreamcli', 'validate', '--no-net', str(expected['metainfo'])),
        ('glib-compile-schemas', '--strict', '--dry-run', str(expected['schema'].parent)),
    ]
    for command in validators:
        if pathlib.Path(command[-1]).exists():
            status, output = run(*command)
            if status != 0:
                problems.append(f'{command[0]} failed: {output}')

    # The app opens librsvg in the thread that reads the first drawing
    # (src/gui/drawing/cramp-rsvg.c); linked to it, start-up would wait
    # while the dynamic linker relocates it before main().
    if expected['executable'].is_file():
        status, output = run('readelf', '--dynamic', str(expected['executable']))
        if status != 0:
            problems.append(f'readelf failed: {output}')
        elif 'librsvg' in output:
            problems.append('the executable is linked to librsvg, which it should open itself')

    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)
