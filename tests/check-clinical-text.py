#!/usr/bin/env python3
"""Fails if a clinical sentence is written in the code or the interface.

    check-clinical-text.py SOURCE_ROOT

Every sentence a reader takes as medical advice or a medical claim lives in
the content file, where a clinician reviews it with the rest. So a
translatable string in src/ or ui/ that reads as a sentence (five words or
more) and speaks of clinicians, diagnosis, symptoms, evidence, harm or
urgency is an error; labels and titles of a few words are interface.
"""

import pathlib
import re
import sys

CLINICAL = re.compile(r'\b(clinician|doctor|diagnos\w*|medical|emergency|urgent\w*|harmless|harm|'
                      r'symptoms?|evidence|trials?|physiology|studies|treat\w*|seek)\b', re.I)
# What the app is, as the about window and the metainfo say it: no claim.
ABOUT_THE_APP = {
    'Learn why feet and ankles cramp: the anatomy, the causes and how strong the evidence for each one is.',
}
C_STRING = re.compile(r'\b(?:N?_|C_\s*\(\s*"[^"]*"\s*,)\s*\(?\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')
UI_STRING = re.compile(r'translatable="yes"[^>]*>([^<]*)<')


def c_strings(text):
    for match in C_STRING.finditer(text):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))
        yield text.count('\n', 0, match.start()) + 1, ''.join(parts)


def ui_strings(text):
    for match in UI_STRING.finditer(text):
        yield text.count('\n', 0, match.start()) + 1, match.group(1)


def main(root):
    root = pathlib.Path(root)
    found = []
    files = [(p, c_strings) for p in sorted((root / 'src').rglob('*.c'))]
    files += [(p, ui_strings) for p in sorted((root / 'ui').glob('*.ui'))]
    for path, strings in files:
        for line, string in strings(path.read_text(encoding='utf-8')):
            if len(string.split()) >= 5 and string.rstrip().endswith(('.', '!', '?')) and \
               CLINICAL.search(string) and string not in ABOUT_THE_APP:
                found.append(f'{path.relative_to(root)}:{line}: “{string}”')
    for item in found:
        print(item)
    print(f'{len(files)} files checked, {len(found)} clinical sentences outside the content')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
