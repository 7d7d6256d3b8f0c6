#!/usr/bin/env python3
"""Checks that po/POTFILES lists exactly the files with translatable strings."""

import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])

C_MARKS = re.compile(r'\b(?:N?C?_|g_dngettext|ngettext)\s*\(')
RULES = [
    ('src/**/*.c', lambda text: C_MARKS.search(text)),
    ('ui/*.ui', lambda text: 'translatable="yes"' in text),
    ('resources/*.desktop.in', lambda text: True),
    ('resources/*.metainfo.xml.in', lambda text: True),
    ('resources/*.gschema.xml', lambda text: '<summary>' in text),
    ('resources/content/*.xml', lambda text: '<atlas ' in text),
]

wanted = set()
for pattern, has_strings in RULES:
    for path in root.glob(pattern):
        if has_strings(path.read_text(encoding='utf-8')):
            wanted.add(path.relative_to(root).as_posix())

listed = set()
for line in (root / 'po' / 'POTFILES').read_text(encoding='utf-8').splitlines():
    line = line.strip()
    if line and not line.startswith('#'):
        listed.add(line)

missing = sorted(wanted - listed)
extra = sorted(listed - wanted)
for path in missing:
    print(f'po/POTFILES does not list {path}, which has translatable strings')
for path in extra:
    print(f'po/POTFILES lists {path}, which is missing or has nothing to translate')

print(f'{len(listed)} files listed, {len(wanted)} with translatable strings')
sys.exit(1 if missing or extra else 0)
