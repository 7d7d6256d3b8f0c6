#!/usr/bin/env python3
"""Checks that xgettext, with the project's ITS rules, extracts exactly the
reader-facing text of the content file: every element that holds text, and
no ids, references or source titles. The elements are found in the file, not
listed here, so that a new kind of text cannot be left out of translation.
Only the elements that the ITS rules name one by one as not to be translated
(//latin: Latin names are the same in every language) are left out."""

import os
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

root = pathlib.Path(sys.argv[1])
content = root / 'resources' / 'content' / 'atlas.xml'
rules = root / 'resources' / 'content' / 'its' / 'cramp-atlas.its'
ITS = '{http://www.w3.org/2005/11/its}'


def untranslated_elements():
    """The elements that a translateRule with translate="no" names as
    //ELEMENT; the rule for the whole file, /atlas, is not one of them."""
    names = set()
    for rule in ElementTree.parse(rules).iter(f'{ITS}translateRule'):
        if rule.get('translate') != 'no':
            continue
        for selector in rule.get('selector').split('|'):
            match = re.fullmatch(r'//([A-Za-z][\w-]*)', selector.strip())
            if match:
                names.add(match.group(1))
    return names


def expected_strings(untranslated):
    strings = set()
    for element in ElementTree.parse(content).iter():
        text = ' '.join(''.join(element.itertext()).split())
        if len(element) == 0 and text and element.tag not in untranslated:
            strings.add(text)
    return strings


def unquote(line):
    return bytes(line[line.index('"') + 1:line.rindex('"')], 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8')


def extracted_strings():
    with tempfile.TemporaryDirectory() as tmp:
        pot = pathlib.Path(tmp) / 'atlas.pot'
        env = dict(os.environ, GETTEXTDATADIRS=str(root / 'resources' / 'content'))
        subprocess.run(['xgettext', '--from-code=UTF-8', '-o', str(pot), str(content)],
                       check=True, env=env)
        lines = pot.read_text(encoding='utf-8').splitlines()

    strings, current = set(), None
    for line in lines:
        if line.startswith('msgid '):
            current = unquote(line)
        elif line.startswith('"') and current is not None:
            current += unquote(line)
        else:
            if current:
                strings.add(current)
            current = None
    return strings


untranslated = untranslated_elements()
expected = expected_strings(untranslated)
extracted = extracted_strings()
for text in sorted(expected - extracted):
    print(f'not extracted: {text[:70]}')
for text in sorted(extracted - expected):
    print(f'extracted but not reader text: {text[:70]}')
print(f'{len(extracted)} strings extracted, {len(expected)} expected; '
      f'not translated: {", ".join(sorted(untranslated)) or "nothing"}')
sys.exit(0 if expected == extracted else 1)
