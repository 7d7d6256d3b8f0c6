#!/usr/bin/python3
"""Uses the built app with the real Orca screen reader, by keys alone.

    check-orca.py APP CONTENT

Starts Orca with a speech server of our own (tests/orca/cramp_speech.py)
that writes what Orca says to a file, starts the app, and walks it as a
blind user would: Tab to the drawing, select the tarsal tunnel and hear its
page, open a cause and hear its evidence grade, step through its mechanism,
search for "magnesium", complete the self-check to urgent advice and hear
its concern, and answer two quiz questions. It fails on a key press that
Orca answers with silence, and on anything spoken that is a toolkit type
name ("GtkImage") rather than words.

Run it with Debian's orca and python3-pyatspi, on an X server and a session
bus (tests/run-gui-test gives both). Prints TAP, with each walk's transcript
as comments.
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import time

from gui_test import Content, Tap, press, type_text


HERE = pathlib.Path(__file__).resolve().parent
# What Orca says when it cannot find a better name: a type name.
TYPE_NAME = re.compile(r'\b(Gtk|Adw|Cramp)[A-Z][A-Za-z]+\b')


class Transcript:
    """What Orca has said, read from the speech server's file."""

    def __init__(self, path):
        self.path = path
        self.seen = 0

    def lines(self):
        try:
            text = self.path.read_text(encoding='utf-8')
        except FileNotFoundError:
            return []
        return [line.split('\t', 2)[2] for line in text.splitlines() if line.count('\t') >= 2]

    def new(self, settle=0.6, timeout=6.0):
        """Waits until Orca has said something and then stopped for a moment;
        returns what it said since the last call."""
        end = time.monotonic() + timeout
        count = len(self.lines())
        quiet_since = time.monotonic()
        while time.monotonic() < end:
            time.sleep(0.05)
            now = len(self.lines())
            if now != count:
                count = now
                quiet_since = time.monotonic()
            elif count > self.seen and time.monotonic() - quiet_since >= settle:
                break
        said = self.lines()[self.seen:count]
        self.seen = count
        return said


def words(texts):
    """What was said, one utterance from the next set apart by " | "."""
    return ' | '.join(' '.join(text.split()) for text in texts)


def starts(text):
    """A pattern for an utterance that starts with text."""
    return r'(?:^|\| )' + re.escape(text)


def orca_major():
    version = subprocess.run(['orca', '--version'], capture_output=True, text=True).stdout
    found = re.search(r'(\d+)\.', version)
    return int(found.group(1)) if found else 0


ORCA_MAJOR = orca_major()
# Orca 43 calls a button a push button; Orca 49 and later, a button.
BUTTON = r' (?:push )?button'



class Walk:
    """One walk through the app; every key press must be answered."""

    def __init__(self, tap, transcript, name):
        self.tap = tap
        self.transcript = transcript
        self.name = name
        self.heard = []
        self.silent = []
        # A walk that has lost its way stops looking after a while.
        self.deadline = time.monotonic() + 180

    def key(self, combo, settle=0.6, may_be_silent=False):
        press(combo)
        # Under the sanitizers, on a busy machine, a page can take seconds
        # to open before Orca has anything to say.
        said = self.transcript.new(settle=settle, timeout=2.0 if may_be_silent else 15.0)
        self.heard.append('[%s] %s' % (combo, ' | '.join(said)))
        if not said and not may_be_silent:
            self.silent.append(combo)
        return words(said)

    def type(self, text):
        type_text(text)
        said = self.transcript.new(settle=1.5)
        self.heard.append('[type %s] %s' % (text, ' | '.join(said)))
        return words(said)

    def until(self, combo, pattern, limit=40):
        """Presses combo until Orca says something matching pattern."""
        for _ in range(limit):
            if time.monotonic() > self.deadline:
                return False
            if re.search(pattern, self.key(combo), re.I):
                return True
        return False

    def expect(self, ok, what):
        return self.tap.check(ok, '%s: %s' % (self.name, what), '\n'.join(self.heard[-8:]))

    def end(self):
        self.tap.check(not self.silent, '%s: no key press is met with silence' % self.name,
                       'silent after: %s' % ', '.join(self.silent))
        typed = [line for line in self.heard if TYPE_NAME.search(line)]
        self.tap.check(not typed, '%s: nothing is read as a type name' % self.name, '\n'.join(typed))
        self.tap.note('%s, as Orca said it:' % self.name)
        self.tap.note('\n'.join(self.heard))


KEYFILE = """[org/gnome/orca/default/speech]
enable=true
speech-server-factory='cramp_speech'
speak-widget-mnemonic=false
speak-tutorial-messages=false

[org/gnome/orca/default/braille]
enabled=false

[org/gnome/orca/default/sound]
enabled=false

[org/gnome/orca/default/typing-echo]
key-echo=false
character-echo=false
"""


def start(app, content_file, speech_file):
    home = pathlib.Path(tempfile.mkdtemp(prefix='cramp-orca-'))
    settings = {
        'general': {
            'speechServerFactory': 'cramp_speech', 'speechFactoryModules': ['cramp_speech'],
            'enableSpeech': True, 'enableBraille': False, 'enableSound': False, 'firstStart': False,
            'enableEchoByCharacter': False, 'enableKeyEcho': False, 'enableTutorialMessages': False,
            'onlySpeakDisplayedText': False, 'enableMnemonicSpeaking': False,
        },
        'profiles': {'default': {'profile': ['Default', 'default']}},
        'keybindings': {}, 'pronunciations': {},
    }
    (home / '.local' / 'share' / 'orca').mkdir(parents=True)
    (home / '.local' / 'share' / 'orca' / 'user-settings.conf').write_text(json.dumps(settings))
    # Orca 49 and later read their settings from GSettings: here a key file.
    (home / '.config' / 'glib-2.0' / 'settings').mkdir(parents=True)
    (home / '.config' / 'glib-2.0' / 'settings' / 'keyfile').write_text(KEYFILE)
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / '.local' / 'share'),
               XDG_CONFIG_HOME=str(home / '.config'), CRAMP_SPEECH_FILE=str(speech_file),
               PYTHONPATH=str(HERE / 'orca'), PYTHONDONTWRITEBYTECODE='1', LC_ALL='C.UTF-8',
               GTK_A11Y='atspi')
    env.pop('NO_AT_BRIDGE', None)
    # Orca is a program of its own: GLib's warnings made fatal for the app
    # are not for it.
    orca_env = dict(env, GSETTINGS_BACKEND='keyfile')
    orca_env.pop('G_DEBUG', None)
    orca = subprocess.Popen(['/usr/bin/python3', str(HERE / 'orca' / 'run_orca.py')], env=orca_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return env, orca


def focus_window(search):
    try:
        subprocess.run(['xdotool', 'search', '--sync'] + search + ['windowfocus', '--sync'], timeout=15, check=False)
    except subprocess.TimeoutExpired:
        pass


def wait_for_frame(timeout=30.0):
    import pyatspi

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and 'cramp' in (app.name or '').lower() and app.childCount > 0:
                return True
        time.sleep(0.2)
    return False


def main(app, content_file):
    tap = Tap()
    content = Content(content_file)
    speech_file = pathlib.Path(tempfile.mkdtemp(prefix='cramp-speech-')) / 'speech.txt'
    transcript = Transcript(speech_file)
    env, orca = start(app, content_file, speech_file)
    process = None
    try:
        ready = transcript.new(timeout=60)
        if not tap.check(any('Screen reader on' in line for line in ready), 'Orca starts and speaks'):
            return tap.finish()
        # The pointer rests off the window, which would otherwise take the
        # focus as it maps, before Orca has heard of it.
        subprocess.run(['xdotool', 'mousemove', '1919', '1079'], check=True)
        process = subprocess.Popen([app, '--content', content_file], env=env)
        launch = Walk(tap, transcript, 'launch')
        # Without a window manager, the new window gets the keyboard's focus
        # from xdotool, as a window manager would give it, once the window is
        # on the accessibility bus for Orca to hear of it; again, from the
        # root window, if Orca missed it.
        wait_for_frame()
        said = ''
        for attempt in range(3):
            if attempt > 0:
                focus_window(['--maxdepth', '0', '--name', ''])
            focus_window(['--name', '^Cramp Atlas$'])
            said = words(transcript.new(timeout=10, settle=1.5))
            if said:
                break
        launch.heard.append('[launch] ' + said)
        launch.expect('Cramp Atlas' in said or 'Why Feet and Ankles Cramp heading' in said,
                      'Orca names the window, or reads the heading of the welcome page the focus is on')
        walks(tap, transcript, content)
        launch.end()
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=10)
        orca.terminate()
        try:
            orca.wait(timeout=10)
        except subprocess.TimeoutExpired:
            orca.kill()
    return tap.finish()


def walk_region(tap, transcript, content):
    walk = Walk(tap, transcript, 'the drawing')
    name, summary = content.regions['tarsal-tunnel']
    walk.expect(walk.until('Tab', r'Drawing of the foot'), 'Tab reaches the drawing')
    walk.expect(walk.until('Right', starts(name) + r'\b', limit=12), 'the arrows reach the tarsal tunnel')
    said = walk.key('Return', settle=1.0)
    walk.expect(re.search(r'%s heading' % re.escape(name), said), 'selecting it reads its page\'s heading')
    walk.expect(summary[:40] in said, 'selecting it reads its page\'s summary')
    walk.end()


def walk_cause(tap, transcript, content):
    walk = Walk(tap, transcript, 'a cause')
    name, evidence = content.factors['tarsal-tunnel-syndrome']
    walk.expect(walk.until('Tab', starts(name) + r'\b'), 'Tab reaches the cause "%s" on the page' % name)
    said = walk.key('Return')
    walk.expect('expanded' in said, 'Enter opens its row')
    walk.expect(walk.until('Tab', 'More About ' + re.escape(name), limit=6), 'Tab reaches "More About"')
    said = walk.key('Return', settle=1.0)
    walk.expect('%s heading' % name in said, 'opening it reads its title')
    walk.expect(walk.until('Tab', 'Show Step by Step', limit=6), 'Tab reaches "Show Step by Step"')
    captions = content.steps['tarsal-tunnel-syndrome']
    said = walk.key('Return', settle=1.0)
    walk.expect('Step 1 of %d' % len(captions) in said and captions[0][:40] in said, 'the first step is read')
    said = walk.key('Page_Down', settle=1.0)
    walk.expect('Step 2 of %d' % len(captions) in said and captions[1][:40] in said, 'Page Down reads the next step')
    walk.expect(walk.until('Tab', 'Evidence: ' + evidence, limit=6), 'Tab reaches its evidence grade, "%s"' % evidence)
    walk.end()


def walk_search(tap, transcript, content):
    walk = Walk(tap, transcript, 'search')
    # Orca 49 and later say nothing as the search bar opens with the focus
    # in its entry; what is typed there is answered.
    said = walk.key('ctrl+f', may_be_silent=ORCA_MAJOR >= 49)
    walk.expect('Search' in said or ORCA_MAJOR >= 49, 'Ctrl+F reaches the search entry')
    said = walk.type('magnesium')
    walk.expect(re.search(r'\b\d+ results?\b', said), 'the number of results is read')
    said = walk.key('Return', settle=1.0)
    walk.expect('Magnesium heading' in said, 'Enter opens the best result, "Magnesium"')
    # Back to the whole list: the query emptied, and the search closed.
    walk.key('ctrl+f')
    walk.key('BackSpace', may_be_silent=True)
    walk.key('Escape', may_be_silent=True)
    walk.end()


# A man over 65 with one swollen, warm calf.
URGENT_WALK = ['emergency-none', 'age-65-or-over', 'sex-male', 'injury-none', 'infection-none',
               'onset-days', 'sides-one', 'where-lower-calf', 'when-any', 'duration-short',
               'frequency-rarely', 'activity-usual', 'shoes-supportive', 'fluids-enough',
               'medicines-none', 'conditions-none', 'clot-risk-none', 'smoking-no', 'sensation-none',
               'feet-none', 'calf-yes', 'self-care-untried']


def to_list_row(walk, title):
    """F6 to the list, and the arrow keys to the row."""
    walk.until('F6', r'list|List', limit=3)
    return walk.until('Down', starts(title) + r'\b', limit=40)


def walk_check(tap, transcript, content):
    walk = Walk(tap, transcript, 'the self-check')
    walk.expect(to_list_row(walk, 'Check My Symptoms'), 'F6 and the arrows reach "Check My Symptoms" in the list')
    said = walk.key('Return', settle=1.0)
    walk.expect('Check Your Symptoms heading' in said, 'Enter opens the self-check')
    walk.expect(walk.until('Tab', starts('Start') + BUTTON, limit=15), 'Tab reaches Start')
    said = walk.key('Return', settle=1.0)
    walk.expect(re.search(r'Question 1 of \d+', said), 'the first question is read with its number')
    read = []
    for number, answer in enumerate(URGENT_WALK, 1):
        text = content.answers[answer]
        read.append(re.search(r'Question %d of \d+' % number, said) is not None)
        # The focus comes to the first answer; Tab goes on through them.
        if not re.search(starts(text[:30]), said) and not walk.until('Tab', starts(text[:30]), limit=15):
            walk.expect(False, 'question %d: the answer "%s" is reached' % (number, text))
            break
        walk.key('space')
        said = walk.key('alt+n', settle=1.0)
    walk.expect(all(read), 'every question is read with its number',)
    walk.expect('Get Medical Help Today' in said, 'the advice is read: Get Medical Help Today')
    concern = content.flags[content.answer_flags['calf-yes']]
    walk.expect(walk.until('Tab', re.escape(concern[:40]), limit=10), 'the concern is read: %s' % concern)
    walk.end()


def walk_quiz(tap, transcript, content):
    walk = Walk(tap, transcript, 'the quiz')
    walk.expect(to_list_row(walk, 'Take a Quiz'), 'F6 and the arrows reach "Take a Quiz"')
    said = walk.key('Return', settle=1.0)
    for number in (1, 2):
        walk.expect(re.search(r'Question %d of \d+' % number, said), 'question %d is read' % number)
        # The options are a list, named by what a question of its kind asks.
        walk.expect(walk.until('Tab', r'List with \d+ items', limit=6),
                    'Tab reaches the options of question %d' % number)
        said = walk.key('Return', settle=1.0)
        walk.expect(re.search(starts('Next') + BUTTON + r'.*(Right|Not quite)', said),
                    'the result of question %d is read with Next' % number)
        said = walk.key('Return', settle=1.0)
    walk.end()


def walks(tap, transcript, content):
    for walk in (walk_region, walk_cause, walk_search, walk_check, walk_quiz):
        try:
            walk(tap, transcript, content)
        except Exception as error:  # A failure in one walk should not hide the others.
            tap.check(False, '%s runs to the end' % walk.__name__, repr(error))


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:3]))
