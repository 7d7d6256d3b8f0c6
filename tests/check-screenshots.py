#!/usr/bin/env python3
"""Checks the metainfo's screenshots: each has a caption, one is the
default, and each is a PNG in docs/screenshots that build-aux/screenshots
makes from the running app, so that the store shows the app as it is."""

import pathlib
import re
import sys
import xml.etree.ElementTree as ElementTree

root = pathlib.Path(sys.argv[1])
metainfo = ElementTree.parse(sys.argv[2]).getroot()
script = (root / 'build-aux' / 'screenshots').read_text(encoding='utf-8')
made = set(re.findall(r'\bshot ([a-z0-9-]+) ', script))

problems = []
screenshots = metainfo.findall('./screenshots/screenshot')
if not screenshots:
    problems.append('the metainfo has no screenshots')
if sum(1 for shot in screenshots if shot.get('type') == 'default') != 1:
    problems.append('exactly one screenshot must be the default')

for shot in screenshots:
    image = shot.findtext('image', '').strip()
    name = image.rsplit('/', 1)[-1]
    if not image.startswith('https://') or '/docs/screenshots/' not in image:
        problems.append(f'{image}: not a screenshot of docs/screenshots')
    path = root / 'docs' / 'screenshots' / name
    if not path.is_file() or not path.read_bytes().startswith(b'\x89PNG'):
        problems.append(f'{name}: no such PNG in docs/screenshots')
    if name.removesuffix('.png') not in made:
        problems.append(f'{name}: build-aux/screenshots does not make it')
    if not shot.findtext('caption', '').strip():
        problems.append(f'{name}: no caption')

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
