#!/usr/bin/python3
"""Uses the built app by keys alone, as a sighted keyboard user does.

    check-keyboard.py APP CONTENT [WALK...]

WALK is one of launch, region, page, cause, search, check and quiz, to run
only some, as while working on one.

Starts the app, presses real keys with xdotool and, after each key, asks
over AT-SPI what has the focus: its role, its name, and whether it is on
screen, inside the window and every scrolled area around it. It walks what
the Orca test walks: from the welcome heading to the drawing, the arrows to
the tarsal tunnel and its page, Tab round that page and the window back to
its heading, a cause to its evidence grade, a mechanism stepped through with
its buttons, a search for "magnesium", the self-check to urgent advice and
two quiz questions. It fails on a key that should move the focus and does
not (a trap), on focus that lands nowhere, on something without a name, or
on something off screen, naming the keys pressed and what had the focus.

Run it with Debian's python3-pyatspi, on an X server and a session bus
(tests/run-gui-test gives both). Prints TAP, with each walk's focus moves
as comments.
"""

import os
import re
import subprocess
import sys
import time
import traceback

import pyatspi
from gi.repository import GLib

from gui_test import Content, Tap, press, type_text

# GTK 4.8 and later GTK name some roles differently: a button is a "push
# button" in 4.8, a region a radio button in 4.8 and a toggle button later,
# a group a panel in 4.8 and a grouping later.
BUTTONS = frozenset({pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON})
GROUPS = frozenset({pyatspi.ROLE_PANEL, pyatspi.ROLE_GROUPING})
ANSWERS = frozenset({pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON})
ENTRIES = frozenset({pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT})
LABELS = frozenset({pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC})
SCROLLED = frozenset({pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_VIEWPORT})
# How GTK 4.8 names what has no name: its type, as "GtkButton".
TYPE_NAME = re.compile(r'^(Gtk|Adw|Cramp)[A-Z]\w*$')
# How much of the focused thing must be on screen, in pixels each way.
MIN_SHOWN = 4


def role(node, roles):
    return node is not None and node.getRole() in roles


# The application under test, where a node's ancestors end.
APPLICATION = None


def ancestors(node):
    """node's parents, nearest first, up to the application's windows."""
    found = []
    parent = node.parent
    while parent is not None and parent != APPLICATION and len(found) < 100:
        found.append(parent)
        parent = parent.parent
    return found


def extents(node):
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return box.x, box.y, box.width, box.height


def clip(a, b):
    x, y = max(a[0], b[0]), max(a[1], b[1])
    return x, y, min(a[0] + a[2], b[0] + b[2]) - x, min(a[1] + a[3], b[1] + b[3]) - y


def describe(node):
    if node is None:
        return 'nothing'
    try:
        return '%s "%s"' % (node.getRoleName(), ' '.join((node.name or '').split())[:90])
    except Exception:
        return 'something that went away'


class Focus:
    """What has the keyboard's focus, as AT-SPI tells it."""

    def __init__(self):
        self.node = None
        self.showing = False
        self.events = []
        self.context = GLib.MainContext.default()
        pyatspi.Registry.registerEventListener(self.changed_cb, 'object:state-changed:focused')

    def changed_cb(self, event):
        if event.detail1:
            self.events.append(event.source)

    def pump(self):
        while self.context.iteration(False):
            pass

    def wait(self, timeout, settle=0.08):
        """Waits for the focus to move and come to rest; returns whether it moved."""
        end = time.monotonic() + timeout
        count = 0
        quiet_since = time.monotonic()
        while time.monotonic() < end:
            self.pump()
            if len(self.events) != count:
                count = len(self.events)
                quiet_since = time.monotonic()
            elif count and time.monotonic() - quiet_since >= settle:
                break
            time.sleep(0.01)
        moved = bool(self.events)
        if moved:
            self.node = self.events[-1]
        self.events = []
        return moved

    def find(self, root):
        """Looks for the focused node in the tree, as at launch, before any
        event."""
        self.node = next((node for node in descendants(root) if has_state(node, pyatspi.STATE_FOCUSED)), None)
        return self.node


def descendants(node):
    yield node
    node.clearCache()
    for child in node:
        if child is not None:
            yield from descendants(child)


def has_state(node, state):
    try:
        node.clearCache()
        return node.getState().contains(state)
    except Exception:
        return False


class Lost(Exception):
    """A walk has lost its way: what it would check next means nothing."""


class Walk:
    """One walk through the app, by keys; every focus must be seen and named."""

    def __init__(self, tap, focus, frame, name):
        self.tap = tap
        self.focus = focus
        self.frame = frame
        self.name = name
        self.log = []
        self.problems = []
        self.failed = False

    @property
    def node(self):
        return self.focus.node

    def key(self, combo, moves=True, timeout=1.5):
        """Presses combo, which moves the focus or keeps it where it is, and
        checks where the focus is then."""
        self.focus.events = []
        press(combo)
        before = self.node
        moved = self.focus.wait(timeout if moves else 0.25)
        told = ''
        if not moved and moves and not has_state(before, pyatspi.STATE_FOCUSED):
            # GTK 4.24 tells nothing as a search entry shown for the first
            # time takes the focus; the entry says it has it.
            moved = self.focus.find(self.frame) not in (None, before)
            told = ' (no focus event)' if moved else ''
        where = self.problem()
        # A page scrolls to the focus once it has moved: give it a moment.
        end = time.monotonic() + 1.0
        while where and where.startswith('is off screen') and time.monotonic() < end:
            time.sleep(0.05)
            where = self.problem()
        self.log.append('[%s] %s%s%s%s' % (combo, describe(self.node), '' if moved else ' (stays)', told,
                                           ' -- it ' + where if where else ''))
        if moves and not moved:
            self.problems.append('%s: the focus stays on %s' % (combo, describe(self.node)))
        elif where:
            self.problems.append('%s: the focus is on %s, which %s' % (combo, describe(self.node), where))
        return moved

    def type(self, text):
        type_text(text, delay=40)
        self.focus.wait(0.6)
        self.log.append('[type %s] %s' % (text, describe(self.node)))

    def problem(self):
        """What is wrong with the focus as a sighted user would see it, or None."""
        node = self.node
        if node is None:
            return 'is nothing'
        try:
            if not has_state(node, pyatspi.STATE_FOCUSED):
                return 'has lost it again'
            if not has_state(node, pyatspi.STATE_VISIBLE):
                return 'is hidden'
            if self.focus.showing and not has_state(node, pyatspi.STATE_SHOWING):
                return 'is not showing'
            name = ' '.join((node.name or '').split())
            if not name or TYPE_NAME.match(name):
                return 'has no name'
            parents = ancestors(node)
            if self.frame not in parents and not any(role(parent, {pyatspi.ROLE_WINDOW}) for parent in parents):
                return 'is not in the window'
            # What shows of it is what every box around it shows.
            shown = extents(node)
            for parent in parents:
                try:
                    shown = clip(shown, extents(parent))
                except NotImplementedError:  # A node with no place of its own.
                    pass
            if shown[2] < MIN_SHOWN or shown[3] < MIN_SHOWN:
                return 'is off screen (%d×%d of it shows)' % (max(shown[2], 0), max(shown[3], 0))
        except Exception as error:
            return 'went away (%r)' % error
        return None

    def at(self, roles, pattern=None):
        """Whether the focus is on a node of one of roles whose name matches pattern."""
        try:
            return role(self.node, roles) and (pattern is None or
                                               re.search(pattern, ' '.join((self.node.name or '').split())))
        except Exception:
            return False

    def until(self, combo, roles, pattern=None, limit=30):
        """Presses combo until the focus is on what roles and pattern say."""
        for _ in range(limit):
            if self.at(roles, pattern):
                return True
            if not self.key(combo):
                break
        return self.at(roles, pattern)

    @staticmethod
    def inside_of(node, container):
        try:
            return container in ancestors(node)
        except Exception:
            return False

    def check(self, ok, what):
        """A check the walk goes on after, whether it passes or not."""
        if not ok:
            self.failed = True
        detail = 'keys and the focus after each, last first:\n' + '\n'.join(reversed(self.log[-10:]))
        return self.tap.check(bool(ok), '%s: %s' % (self.name, what), '' if ok else detail)

    def expect(self, ok, what):
        """A check the rest of the walk needs."""
        if not self.check(ok, what):
            raise Lost()

    def end(self):
        self.failed |= bool(self.problems)
        self.tap.check(not self.problems, '%s: every key moves the focus to something named and on screen'
                       % self.name, '\n'.join(self.problems))
        self.tap.note('%s, key by key:' % self.name)
        self.tap.note('\n'.join(self.log))


def drawing_of(node):
    return next((parent for parent in ancestors(node) if role(parent, GROUPS) and
                 (parent.name or '').startswith('Drawing of the foot')), None)


# Groups known to hold a heading: pages, whose content may change but
# which stay pages.
PAGES = set()


def page_of(node):
    """The page node is on: the nearest group that holds a heading."""
    parents = ancestors(node)
    known = [parent for parent in parents if parent in PAGES]
    if known:
        return known[0]
    for parent in parents:
        if role(parent, GROUPS) and any(role(child, {pyatspi.ROLE_HEADING}) for child in descendants(parent)):
            PAGES.add(parent)
            return parent
    return None


def shows(walk, text):
    """Whether a text on show on the focus's page, or in the window, says text."""
    root = page_of(walk.node) or walk.frame
    return any(text in (node.name or '') for node in descendants(root)
               if role(node, LABELS | {pyatspi.ROLE_HEADING, pyatspi.ROLE_ALERT}) and
               has_state(node, pyatspi.STATE_VISIBLE))


def walk_nodes(node):
    return list(descendants(node))


def heading(name):
    return {pyatspi.ROLE_HEADING}, '^%s$' % re.escape(name)


def in_drawing(walk):
    return role(walk.node, BUTTONS) and drawing_of(walk.node) is not None


def launch(walk, content):
    walk.log.append('[launch] %s' % describe(walk.node))
    walk.check(walk.at(*heading('Why Feet and Ankles Cramp')), 'the focus starts on the welcome page\'s heading')
    where = walk.problem()
    walk.check(where is None, 'the heading is on screen' + (': it %s' % where if where else ''))


def to_region(walk, name):
    """The arrows through the drawing to the region, and Enter."""
    walk.expect(walk.until('Right', BUTTONS, '^%s$' % re.escape(name), limit=12) and in_drawing(walk),
                'the arrows reach the region "%s"' % name)
    walk.key('Return')
    walk.expect(walk.at(*heading(name)), 'Enter moves the focus to the page\'s heading "%s"' % name)


def region(walk, content):
    for _ in range(30):
        if in_drawing(walk):
            break
        walk.key('Tab')
    walk.expect(in_drawing(walk), 'Tab reaches a region of the drawing')
    # Round the window's areas and back to the drawing with F6.
    start = walk.node
    walk.key('F6')
    walk.check(not in_drawing(walk), 'F6 leaves the drawing')
    for _ in range(3):
        if in_drawing(walk):
            break
        walk.key('F6')
    walk.expect(in_drawing(walk) and walk.node == start, 'F6 comes back round to the drawing, on the same region')
    to_region(walk, content.regions['tarsal-tunnel'][0])


def on_region_page(walk, content):
    """Where the tab round and the cause start: the tarsal tunnel's page,
    reached again from the drawing when a walk before lost its way."""
    name = content.regions['tarsal-tunnel'][0]
    if not walk.at(*heading(name)):
        walk.until('F6', BUTTONS, limit=3)
        to_region(walk, name)


def focusable(walk, root):
    """The controls under root a key can reach: focusable, and on show."""
    def on_show(node):
        if walk.focus.showing:
            return has_state(node, pyatspi.STATE_SHOWING)
        try:
            return has_state(node, pyatspi.STATE_VISIBLE) and extents(node)[2] > 0
        except NotImplementedError:
            return False

    return [node for node in descendants(root) if has_state(node, pyatspi.STATE_FOCUSABLE) and
            on_show(node) and not role(node, GROUPS | SCROLLED)]


def tab_round(walk, what):
    """Tabs from the heading the focus is on through every control of its
    page, out into the rest of the window and round to the heading again;
    then the same way back with Shift+Tab."""
    start = walk.node
    page = page_of(start)
    walk.expect(page is not None, '%s: the heading is on a page' % what)
    controls = focusable(walk, page)
    visited = [start]
    wrapped = False
    for _ in range(60):
        if not walk.key('Tab'):
            break
        wrapped = walk.node == start
        if wrapped:
            break
        visited.append(walk.node)
    walk.expect(wrapped, '%s: Tab goes round the window and back to the heading' % what)
    on_page = [node for node in visited if node == start or walk.inside_of(node, page)]
    walk.check(on_page == visited[:len(on_page)], '%s: Tab leaves the page once, after its last control' % what)
    # A control is reached when it or what it holds takes the focus.
    reached = lambda control: any(node == control or walk.inside_of(node, control) for node in on_page)
    walk.check(controls and reached(controls[-1]) and
               (on_page[-1] == controls[-1] or walk.inside_of(on_page[-1], controls[-1])),
               '%s: the last Tab on the page reaches its last control, %s'
               % (what, describe(controls[-1] if controls else None)))
    missed = [describe(control) for control in controls if not reached(control)]
    walk.check(not missed, '%s: Tab reaches every control of the page%s'
               % (what, ' (missed: %s)' % ', '.join(missed) if missed else ''))
    backwards = [start]
    for _ in range(len(visited)):
        if not walk.key('shift+Tab'):
            break
        backwards.append(walk.node)
    walk.expect(backwards == [start] + visited[:0:-1] + [start],
                '%s: Shift+Tab goes the same way back to the heading' % what)


def page(walk, content):
    on_region_page(walk, content)
    tab_round(walk, content.regions['tarsal-tunnel'][0])


def cause(walk, content):
    on_region_page(walk, content)
    name, evidence = content.factors['tarsal-tunnel-syndrome']
    walk.expect(walk.until('Tab', {pyatspi.ROLE_LIST_ITEM}, '^%s$' % re.escape(name), limit=8),
                'Tab reaches the cause "%s" on the page' % name)
    row = walk.node
    walk.key('Return', moves=False)
    walk.check(any(has_state(node, pyatspi.STATE_EXPANDED) for node in [row] + ancestors(row)[:3]),
               'Enter opens its row')
    more = '^More About %s$' % re.escape(name)
    walk.expect(walk.until('Tab', BUTTONS | {pyatspi.ROLE_LIST_ITEM}, more, limit=6),
                'Tab reaches "More About %s"' % name)
    walk.key('Return')
    walk.expect(walk.at(*heading(name)), 'Enter moves the focus to the heading "%s"' % name)
    tab_round(walk, name)
    captions = content.steps['tarsal-tunnel-syndrome']
    count = len(captions)
    walk.expect(walk.until('Tab', BUTTONS, '^Show Step by Step$', limit=8), 'Tab reaches "Show Step by Step"')
    walk.key('Return')
    walk.check(shows(walk, 'Step 1 of %d' % count), 'Enter shows step 1')
    walk.expect(walk.at(BUTTONS, '^Next$'), 'the focus moves to "Next"')
    for number in range(2, count + 1):
        walk.key('Return', moves=number == count)
        walk.check(shows(walk, 'Step %d of %d' % (number, count)) and shows(walk, captions[number - 1][:40]),
                   'Enter on "Next" shows step %d' % number)
    walk.expect(walk.at(BUTTONS, '^Done$'), 'at the last step the focus moves to "Done", as "Next" goes')
    walk.expect(walk.until('shift+Tab', BUTTONS, '^Back$', limit=2), 'Shift+Tab reaches "Back"')
    walk.key('Return', moves=False)
    walk.check(shows(walk, 'Step %d of %d' % (count - 1, count)), 'Enter on "Back" shows the step before')
    walk.expect(walk.until('Tab', BUTTONS, '^(Next|Done)$', limit=2), 'Tab reaches "Next"')
    walk.key('Return', moves=False)
    walk.expect(walk.until('Tab', BUTTONS, '^Done$', limit=2), 'Tab reaches "Done"')
    walk.key('Return')
    walk.expect(walk.at(BUTTONS, '^Show Step by Step$'), '"Done" gives the focus back to "Show Step by Step"')
    walk.check(walk.until('Tab', LABELS, '(?i)^Evidence: %s$' % re.escape(evidence), limit=6),
               'Tab reaches its evidence grade, "%s"' % evidence)


def search(walk, content):
    walk.key('ctrl+f')
    walk.expect(walk.at(ENTRIES, '^Search'), 'Ctrl+F moves the focus to the search entry')
    walk.type('magnesium')
    walk.key('Down')
    walk.expect(walk.at({pyatspi.ROLE_LIST_ITEM}, '^Magnesium'), 'Down moves the focus to the result "Magnesium"')
    walk.key('Return')
    walk.expect(walk.at(*heading('Magnesium')), 'Enter opens it, the focus on its heading')
    # Back to the whole list: the query emptied, and the search closed.
    walk.key('ctrl+f')
    walk.expect(walk.at(ENTRIES, '^Search'), 'Ctrl+F moves the focus to the search entry again')
    walk.key('BackSpace', moves=False)
    walk.key('Escape')
    walk.check(not walk.at(ENTRIES), 'Escape closes the search, and the focus leaves the entry')


# A man over 65 with one swollen, warm calf.
URGENT_WALK = ['emergency-none', 'age-65-or-over', 'sex-male', 'injury-none', 'infection-none',
               'onset-days', 'sides-one', 'where-lower-calf', 'when-any', 'duration-short',
               'frequency-rarely', 'activity-usual', 'shoes-supportive', 'fluids-enough',
               'medicines-none', 'conditions-none', 'clot-risk-none', 'smoking-no', 'sensation-none',
               'feet-none', 'calf-yes', 'self-care-untried']


SIDEBAR = 'Regions, causes and guidance'


def to_list_row(walk, title):
    """F6 to the sidebar's list, and the arrows to the row."""
    in_list = lambda: walk.at({pyatspi.ROLE_LIST_ITEM}) and any(
        role(parent, {pyatspi.ROLE_LIST}) and parent.name == SIDEBAR for parent in ancestors(walk.node)[:3])
    for _ in range(3):
        if in_list():
            break
        walk.key('F6')
    walk.expect(in_list(), 'F6 reaches the list "%s"' % SIDEBAR)
    row = {pyatspi.ROLE_LIST_ITEM}, '^%s$' % re.escape(title)
    walk.expect(walk.until('Down', *row, limit=40) or walk.until('Up', *row, limit=40),
                'F6 and the arrows reach "%s" in the list' % title)


def check(walk, content):
    to_list_row(walk, 'Check My Symptoms')
    walk.key('Return')
    walk.expect(walk.at(*heading('Check Your Symptoms')), 'Enter opens the self-check, the focus on its heading')
    walk.expect(walk.until('Tab', BUTTONS, '^Start$', limit=15), 'Tab reaches Start')
    walk.key('Return')
    for number, answer in enumerate(URGENT_WALK, 1):
        text = content.answers[answer]
        walk.expect(shows(walk, 'Question %d of %d' % (number, len(URGENT_WALK))), 'question %d is on show' % number)
        walk.expect(walk.until('Tab', ANSWERS, '^%s$' % re.escape(text), limit=15),
                    'question %d: Tab reaches the answer "%s"' % (number, text))
        walk.key('space', moves=False)
        walk.expect(has_state(walk.node, pyatspi.STATE_CHECKED), 'question %d: Space checks it' % number)
        walk.key('alt+n')
    advice = content.advice['urgent']
    walk.expect(walk.at(*heading(advice)), 'the focus moves to the advice, "%s"' % advice)
    concern = content.flags[content.answer_flags['calf-yes']]
    says = lambda: any(concern in ' '.join(((node.name or '') + ' ' + (node.description or '')).split())
                       for node in descendants(walk.node))
    for _ in range(10):
        if says():
            break
        walk.key('Tab')
    walk.check(says(), 'Tab reaches the concern: %s' % concern)


def quiz(walk, content):
    to_list_row(walk, 'Take a Quiz')
    walk.key('Return')
    for number in (1, 2):
        walk.expect(walk.at({pyatspi.ROLE_HEADING}) and shows(walk, 'Question %d of' % number),
                    'the focus is on question %d\'s heading' % number)
        walk.expect(walk.until('Tab', {pyatspi.ROLE_LIST_ITEM}, limit=6),
                    'Tab reaches the options of question %d' % number)
        walk.key('Return')
        walk.check(walk.at(BUTTONS, '^Next$'), 'the answer to question %d moves the focus to Next' % number)
        walk.check(shows(walk, 'Right: ') or shows(walk, 'Not quite. '), 'the result of question %d is on show' % number)
        walk.key('Return')


def start_app(app, content_file, focus):
    """Starts the app, any warning fatal, gives its window the keyboard's
    focus as a window manager would, and finds it over AT-SPI."""
    env = dict(os.environ, LC_ALL='C.UTF-8', G_DEBUG='fatal-warnings')
    env.pop('NO_AT_BRIDGE', None)
    # The pointer rests off the window, where hovering changes nothing.
    subprocess.run(['xdotool', 'mousemove', '1919', '1079'], check=True)
    process = subprocess.Popen([app, '--content', content_file], env=env)

    global APPLICATION

    def window():
        global APPLICATION
        for application in pyatspi.Registry.getDesktop(0):
            if application is None or application.name != 'cramp-atlas':
                continue
            for node in application:
                if role(node, {pyatspi.ROLE_FRAME}):
                    APPLICATION = application
                    return node
        return None

    frame = None
    end = time.monotonic() + 30
    while frame is None and time.monotonic() < end:
        try:
            frame = window()
        except Exception:  # The tree changes under us as the app starts.
            pass
        time.sleep(0.1)
    subprocess.run(['xdotool', 'search', '--sync', '--name', '^Cramp Atlas$', 'windowfocus', '--sync'],
                   timeout=30, check=False)
    # The first page is drawn, with the focus on its heading.
    time.sleep(1.0)
    if frame is not None:
        # GTK 4.8 says of no widget that it is showing; later GTK says so of
        # those that are, and then the focus must be on one.
        focus.showing = has_state(focus.find(frame), pyatspi.STATE_SHOWING)
    return process, frame


def stop_app(tap, process):
    tap.check(process.poll() is None, 'the app ran to the end of the walk without a warning',
              'it ended with status %s' % process.returncode)
    process.terminate()
    process.wait()


# Each walk goes on from where the one before left the app, as the Orca
# test's do; after a walk that lost its way, the app starts again.
WALKS = [('launch', launch), ('the drawing', region), ('Tab round the page', page), ('a cause', cause),
         ('search', search), ('the self-check', check), ('the quiz', quiz)]


def main(app, content_file, only=None):
    tap = Tap()
    content = Content(content_file)
    focus = Focus()
    process = None
    for name, steps in WALKS:
        if only and name not in only and steps.__name__ not in only:
            continue
        started = time.monotonic()
        if process is None:
            process, frame = start_app(app, content_file, focus)
            if not tap.check(frame is not None, 'the app shows its window over AT-SPI'):
                stop_app(tap, process)
                return tap.finish()
        walk = Walk(tap, focus, frame, name)
        try:
            steps(walk, content)
        except Lost:
            pass
        except Exception:  # A failure in one walk should not hide the others.
            walk.failed = True
            tap.check(False, '%s: the walk runs to the end' % name, traceback.format_exc())
        walk.end()
        tap.note('(%s took %.1f s)' % (name, time.monotonic() - started))
        if walk.failed:
            stop_app(tap, process)
            process = None
    if process is not None:
        stop_app(tap, process)
    return tap.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
