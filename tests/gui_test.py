"""What the scripts that drive the built app share: TAP output, keys
pressed as the keyboard would press them, with xdotool, and the content's
words that they expect to hear or see."""

import ctypes
import re
import subprocess
import xml.etree.ElementTree as ET


class Content:
    """The words of a content file, by id; a region's are its name and summary."""

    def __init__(self, path):
        root = ET.parse(path).getroot()
        text = lambda element, tag: ' '.join((element.findtext(tag) or '').split())
        self.regions = {r.get('id'): (text(r, 'name'), text(r, 'summary')) for r in root.iter('region')}
        self.factors = {f.get('id'): (text(f, 'name'), f.get('evidence')) for f in root.iter('factor')}
        self.steps = {}
        for step in root.iter('step'):
            self.steps.setdefault(step.get('factor'), []).append(text(step, 'caption'))
        self.answers = {a.get('id'): text(a, 'text') for a in root.iter('answer')}
        self.flags = {f.get('id'): text(f, 'concern') for f in root.iter('red-flag')}
        self.answer_flags = {a.get('id'): a.get('flag') for a in root.iter('answer')}
        self.advice = {tier.get('id'): text(tier, 'title') for tier in root.iter('tier')}


class Tap:
    def __init__(self):
        self.count = 0
        self.failed = 0

    def check(self, ok, what, detail=''):
        self.count += 1
        if not ok:
            self.failed += 1
        print('%s %d - %s' % ('ok' if ok else 'not ok', self.count, what), flush=True)
        if not ok and detail:
            for line in str(detail).splitlines():
                print('# ' + line, flush=True)
        return ok

    def note(self, text):
        for line in text.splitlines():
            print('#   ' + line, flush=True)

    def finish(self):
        print('1..%d' % self.count, flush=True)
        return 1 if self.failed else 0


def keycode(name):
    """The key that sends the keysym name at its first level."""
    x11 = ctypes.CDLL('libX11.so.6')
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XStringToKeysym.restype = ctypes.c_ulong
    display = ctypes.c_void_p(x11.XOpenDisplay(None))
    code = x11.XKeysymToKeycode(display, ctypes.c_ulong(x11.XStringToKeysym(name.encode())))
    x11.XCloseDisplay(display)
    return code


def press(combo):
    """Presses a key, such as "Tab", "shift+Tab" or "ctrl+f", as the keyboard would.

    A function key goes by its keycode: given its name, xdotool picks a
    level of the key that needs Alt with the keyboard data of Debian
    testing, so that F6 would arrive as Alt+F6."""
    *modifiers, key = combo.split('+')
    if not re.fullmatch(r'F\d+', key):
        subprocess.run(['xdotool', 'key', '--clearmodifiers', combo], check=True)
        return
    code = str(keycode(key))
    steps = [('keydown', m) for m in modifiers] + [('keydown', code), ('keyup', code)] + \
        [('keyup', m) for m in reversed(modifiers)]
    subprocess.run(['xdotool'] + [word for step in steps for word in step], check=True)


def type_text(text, delay=60):
    subprocess.run(['xdotool', 'type', '--delay', str(delay), text], check=True)
