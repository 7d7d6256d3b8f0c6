#!/usr/bin/python3
"""Drives the built app over AT-SPI, as a screen reader does.

    check-atspi.py APP CONTENT            the whole walk, in English
    check-atspi.py APP CONTENT LOCALE     the region names in LOCALE

The walk finds every region of the drawing by name in each view and
activates it, reads the causes its page lists, activates a structure by
name and reads its page, completes the self-check to
urgent advice and reads its concern, and on each screen checks that every
control has a real name.
With a locale it starts the app in that language and finds each region's
translated name, as the translation catalogue gives it, on the drawing.

Run it with Debian's python3-pyatspi, on an X server and a session bus
(tests/run-gui-test gives both). Prints TAP.

GTK 4.8 and newer GTK name some roles differently: a button reads as "push
button" in 4.8 and as "button" or "toggle button" later, and a group as
"panel" in 4.8 and as "grouping" later. The walk accepts either.
"""

import gettext
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET

import pyatspi
from gui_test import Tap

TIMEOUT = 20.0

# Roles a person acts on; each needs a name of its own.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_ENTRY, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_LINK,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LIST,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TABLE_CELL,
}
# GTK 4.8 has no toggle button role for a widget of the app's own: regions
# and views that stay pressed are radio buttons there, checked when pressed.
BUTTONS = frozenset({pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON})
GROUPS = frozenset({pyatspi.ROLE_PANEL, pyatspi.ROLE_GROUPING})
# How GTK 4.8 names what has no name: its type, as "GtkButton".
TYPE_NAME = re.compile(r'^(Gtk|Adw|Cramp)[A-Z]\w*$')
MNEMONIC = re.compile(r'(^|\s)_\w')
TAB = 0xff09
UP = 0xff52
DOWN = 0xff54
SPACE = 0x20


def wait_for(what, timeout=TIMEOUT):
    """Polls what() until it returns something true, or None at the timeout."""
    end = time.monotonic() + timeout
    while True:
        try:
            result = what()
        except Exception:  # The tree changes under us while the app works.
            result = None
        if result or time.monotonic() > end:
            return result
        time.sleep(0.05)


def children(node):
    """The children of node; a child can come back as None, or go away."""
    try:
        node.clearCache()
        return [child for child in node if child is not None]
    except Exception:
        return []


def walk(node):
    if node is None:
        return
    yield node
    for child in children(node):
        yield from walk(child)


def matches(node, role, name, test):
    """Whether node has role (one, or any of a set), name and passes test."""
    try:
        roles = role if isinstance(role, frozenset) else {role}
        return ((role is None or node.getRole() in roles)
                and (name is None or node.name == name)
                and (test is None or test(node)))
    except Exception:  # The node went away while we looked.
        return False


def find_all(root, role=None, name=None, test=None):
    return [node for node in walk(root) if matches(node, role, name, test)]


def find(root, role=None, name=None, test=None):
    found = find_all(root, role, name, test)
    return found[0] if found else None


def text_of(root):
    """Everything a screen reader could read out under root, in order."""
    parts = []
    for node in walk(root):
        if node.name:
            parts.append(node.name)
        try:
            text = node.queryText()
            parts.append(text.getText(0, text.characterCount))
        except NotImplementedError:
            pass
    return '\n'.join(parts)


def do_action(node, preferred=('click', 'region.select')):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for name in preferred:
        if name in names:
            return action.doAction(names.index(name))
    raise AssertionError('%s "%s" has no action to activate it: %s'
                         % (node.getRoleName(), node.name, names))


def key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def has_state(node, state):
    node.clearCache()
    return node.getState().contains(state)


def focus_with_tab(node, limit=40):
    """Moves the focus with Tab until it is on node, as a keyboard user does.

    Radio buttons take one Tab stop as a group; the arrows move within it."""
    radio = node.getRole() == pyatspi.ROLE_RADIO_BUTTON
    group = node
    while radio and group is not None and group.getRole() != pyatspi.ROLE_LIST:
        group = group.parent
    on = (lambda: any(has_state(button, pyatspi.STATE_FOCUSED) for button in
                      find_all(group, pyatspi.ROLE_RADIO_BUTTON))) if radio else \
        (lambda: has_state(node, pyatspi.STATE_FOCUSED))
    for _ in range(limit):
        if wait_for(on, timeout=0.3):
            break
        key(TAB)
    for arrow in (DOWN, UP) if radio else ():
        for _ in range(limit):
            if wait_for(lambda: has_state(node, pyatspi.STATE_FOCUSED), timeout=0.3):
                break
            key(arrow)
    return has_state(node, pyatspi.STATE_FOCUSED)


def actions(node):
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        return []


def is_control(node):
    """Whether a person acts on node: its role says so, or it takes the focus
    and is more than a box that passes the focus on to what it holds (as the
    list of libadwaita 1.10's expander row header, whose role is generic, so
    that it cannot have a name)."""
    role = node.getRole()
    if role in CONTROL_ROLES:
        return True
    if role == pyatspi.ROLE_SCROLL_PANE or not node.getState().contains(pyatspi.STATE_FOCUSABLE):
        return False
    return role != pyatspi.ROLE_PANEL or bool(actions(node))


def unnamed_controls(root):
    """Controls in the tree under root that a screen reader could not name."""
    bad = []
    for node in walk(root):
        try:
            control = is_control(node)
            name = node.name or ''
        except Exception:
            continue
        if not control:
            continue
        if not name.strip() or TYPE_NAME.match(name) or MNEMONIC.search(name):
            bad.append('%s "%s"' % (node.getRoleName(), name))
    return bad


def check_names(tap, frame, where):
    bad = unnamed_controls(frame)
    tap.check(not bad, '%s: every control has a name' % where, '\n'.join(bad))


def start_app(app, env, args=(), ready=lambda window: find(window, pyatspi.ROLE_LIST_ITEM)):
    """Starts the app, any warning fatal, and finds its window once ready
    says it shows what it should."""
    process = subprocess.Popen([app, *args], env=dict(env, G_DEBUG='fatal-warnings'))

    def frame():
        for application in pyatspi.Registry.getDesktop(0):
            if application is None or application.name != 'cramp-atlas':
                continue
            for window in children(application):
                if window.getRole() == pyatspi.ROLE_FRAME and ready(window):
                    return window
        return None

    return process, wait_for(frame)


def stop_app(tap, process):
    tap.check(process.poll() is None, 'the app ran to the end without a warning',
              'it ended with status %s' % process.returncode)
    process.terminate()
    process.wait()


class Content:
    """What the content file says the screens must show."""

    def __init__(self, path, translate=lambda text: text):
        root = ET.parse(path).getroot()
        clean = lambda element: translate(' '.join(element.findtext('name').split()))
        self.views = [clean(view) for view in root.iter('view')]
        self.regions = {region.get('id'): clean(region) for region in root.iter('region')}
        self.factors_of = {id: [] for id in self.regions}
        for factor in root.iter('factor'):
            for concerns in factor.iter('concerns'):
                self.factors_of[concerns.get('region')].append(clean(factor))
        words = lambda element, tag: translate(' '.join(element.findtext(tag).split()))
        self.answers = {answer.get('id'): answer for answer in root.iter('answer')}
        self.answer_text = {id: words(answer, 'text') for id, answer in self.answers.items()}
        self.concerns = {flag.get('id'): words(flag, 'concern') for flag in root.iter('red-flag')
                         if flag.find('concern') is not None}
        self.advice = {tier.get('id'): words(tier, 'title') for tier in root.iter('tier')}
        self.structures = {structure.get('id'): {
            'name': clean(structure),
            'latin': ' '.join(structure.findtext('latin').split()),
            'regions': [self.regions[concerns.get('region')] for concerns in structure.iter('concerns')],
        } for structure in root.iter('structure')}


def drawing(frame):
    return find(frame, GROUPS, test=lambda node: (node.name or '').startswith('Drawing of the foot'))


def regions_in_view(frame, tap, view):
    switch = find(frame, GROUPS, 'Views of the foot')
    if not tap.check(switch is not None, 'the view switcher is named "Views of the foot"'):
        return []
    button = find(switch, BUTTONS, view)
    if not tap.check(button is not None, 'the view switcher offers the %s view' % view):
        return []
    do_action(button)
    shown = wait_for(lambda: drawing(frame).name.endswith(view) and drawing(frame))
    tap.check(shown is not None, 'the %s view is on show' % view)
    return [node.name for node in find_all(shown, BUTTONS)]


def visit_region(frame, tap, content, view, region_id):
    name = content.regions[region_id]
    button = find(drawing(frame), BUTTONS, name)
    if not tap.check(button is not None, '%s (%s view): its region is a button' % (name, view)):
        return
    do_action(button)
    # A page is named by its kind, and read from its heading.
    page = wait_for(lambda: find(frame, GROUPS, 'Part of the Foot',
                                 test=lambda node: node.getIndexInParent() >= 0 and
                                 find(node, pyatspi.ROLE_HEADING, name)))
    if not tap.check(page is not None, '%s (%s view): its page opens' % (name, view)):
        return
    pressed = wait_for(lambda: find(drawing(frame), BUTTONS, name)
                       .getState().contains(pyatspi.STATE_CHECKED if button.getRole() == pyatspi.ROLE_RADIO_BUTTON
                                            else pyatspi.STATE_PRESSED))
    tap.check(pressed, '%s: its region reads as pressed' % name)
    read = text_of(page)
    missing = [factor for factor in content.factors_of[region_id] if factor not in read]
    tap.check(content.factors_of[region_id] and not missing,
              '%s: the page reads its %d causes' % (name, len(content.factors_of[region_id])),
              'missing: %s' % missing)
    check_names(tap, frame, name)


def visit_structure(frame, tap, content, view, structure_id):
    """Activates a structure of a layer shown by its name, and reads its page."""
    structure = content.structures[structure_id]
    name = structure['name']
    if name not in regions_in_view(frame, tap, view):
        tap.check(False, '%s (%s view): its structure is a button' % (name, view))
        return
    button = find(drawing(frame), BUTTONS, name)
    do_action(button)
    # A page is named by its kind, and read from its heading.
    page = wait_for(lambda: find(frame, GROUPS, 'Structure of the Foot',
                                 test=lambda node: node.getIndexInParent() >= 0 and
                                 find(node, pyatspi.ROLE_HEADING, name)))
    if not tap.check(page is not None, '%s (%s view): its page opens' % (name, view)):
        return
    pressed = wait_for(lambda: find(drawing(frame), BUTTONS, name)
                       .getState().contains(pyatspi.STATE_CHECKED if button.getRole() == pyatspi.ROLE_RADIO_BUTTON
                                            else pyatspi.STATE_PRESSED))
    tap.check(pressed, '%s: its structure reads as pressed' % name)
    read = text_of(page)
    missing = [text for text in [structure['latin']] + structure['regions'] if text not in read]
    tap.check(not missing, '%s: the page reads its Latin name and its regions' % name,
              'missing: %s' % missing)
    check_names(tap, frame, name)


def answer_button(frame, text):
    return find(frame, test=lambda node: node.name == text and node.getRole() in
                (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON))


def choose(frame, tap, question, answer_text):
    button = wait_for(lambda: answer_button(frame, answer_text))
    if not tap.check(button is not None, '%s: the answer "%s" is there' % (question, answer_text)):
        return False
    if not tap.check(focus_with_tab(button), '%s: Tab reaches "%s"' % (question, answer_text)):
        return False
    key(SPACE)
    checked = wait_for(lambda: has_state(button, pyatspi.STATE_CHECKED))
    return tap.check(checked, '%s: "%s" reads as checked' % (question, answer_text))


def press(frame, names):
    button = wait_for(lambda: find(frame, BUTTONS,
                                   test=lambda node: node.name in names and
                                   node.getState().contains(pyatspi.STATE_SENSITIVE)))
    if button is None:
        raise AssertionError('no button named %s' % ' or '.join(names))
    do_action(button)


# A man over 65 with one swollen, warm calf, as a screen reader user would
# answer: by Tab and Space, one answer for each question he is asked.
URGENT_WALK = ['emergency-none', 'age-65-or-over', 'sex-male', 'injury-none', 'infection-none',
               'onset-days', 'sides-one', 'where-lower-calf', 'when-any', 'duration-short',
               'frequency-rarely', 'activity-usual', 'shoes-supportive', 'fluids-enough',
               'medicines-none', 'conditions-none', 'clot-risk-none', 'smoking-no', 'sensation-none',
               'feet-none', 'calf-yes', 'self-care-untried']


def self_check(frame, tap, content):
    press(frame, ['Check My Symptoms'])
    press(frame, ['Start'])
    for number, answer_id in enumerate(URGENT_WALK, 1):
        question = content.answers[answer_id].get('question')
        label = 'Question %d of %d' % (number, len(URGENT_WALK))
        shown = wait_for(lambda: find(frame, test=lambda node: label in (node.name or '')))
        if not tap.check(shown is not None, 'the self-check reads "%s"' % label):
            return
        if not choose(frame, tap, question, content.answer_text[answer_id]):
            return
        check_names(tap, frame, question)
        press(frame, ['Next', 'Finish'])
    advice = wait_for(lambda: find(frame, name=content.advice['urgent'],
                                   test=lambda node: node.getRole() not in GROUPS))
    tap.check(advice is not None, 'the self-check ends in its advice: %s' % content.advice['urgent'])
    concern = content.concerns[content.answers['calf-yes'].get('flag')]
    tap.check(wait_for(lambda: concern in text_of(frame)), 'the advice reads its concern: %s' % concern)
    check_names(tap, frame, 'the advice')


def run_app(tap, app, env, shown, body, **start):
    """Starts the app, runs body on its window, and stops the app."""
    process, frame = start_app(app, env, **start)
    try:
        if tap.check(frame is not None, shown):
            body(frame)
    except Exception:  # Whatever stops the walk is a failure, told in full.
        tap.check(False, 'the walk goes on', traceback.format_exc())
    finally:
        stop_app(tap, process)


def with_app(tap, app, env, shown, body):
    run_app(tap, app, env, shown, body)
    return tap.finish()


def tour(tap, frame, content):
    check_names(tap, frame, 'welcome')
    # The bones are shown at first.
    visit_structure(frame, tap, content, content.views[0], 'calcaneus')
    found = set()
    for view in content.views:
        names = regions_in_view(frame, tap, view)
        for region_id, name in content.regions.items():
            if name in names and region_id not in found:
                found.add(region_id)
                visit_region(frame, tap, content, view, region_id)
    tap.check(found == set(content.regions), 'every region is found on some view',
              'not found: %s' % sorted(set(content.regions) - found))
    self_check(frame, tap, content)


def walk_app(app, content_file):
    tap = Tap()
    content = Content(content_file)
    env = dict(os.environ, LC_ALL='C.UTF-8')
    return with_app(tap, app, env, 'the app shows its window over AT-SPI',
                    lambda frame: tour(tap, frame, content))


def translated_names(tap, frame, locale, english, content):
    shown = wait_for(lambda: find(frame, GROUPS, test=lambda node: any(
        (node.name or '').endswith(view) for view in content.views) and
        find(node, BUTTONS)))
    names = [node.name for node in find_all(shown, BUTTONS)]
    for region_id, name in content.regions.items():
        tap.check(name != english.regions[region_id] and name in names,
                  '%s: the drawing names the %s "%s"' % (locale, english.regions[region_id], name),
                  'names on the drawing: %s' % names)
    listed = find_all(frame, pyatspi.ROLE_LIST_ITEM)
    tap.check(all(name in [item.name for item in listed] for name in content.regions.values()),
              '%s: the list names every region in translation' % locale,
              'listed: %s' % [item.name for item in listed])


VERSION_MESSAGE = 'this is content version “%s”; this program reads version 1'


def error_page(tap, frame, locale, catalogue):
    """The page for content of a later version: every control named, and the
    reason in the reader's language."""
    check_names(tap, frame, '%s: the error page' % locale)
    text = text_of(frame)
    tap.check(VERSION_MESSAGE % '2' not in text and catalogue.gettext(VERSION_MESSAGE) % '2' in text,
              '%s: the error page says why in translation' % locale, text)


def check_locale(app, content_file, locale):
    tap = Tap()
    localedir = os.environ['CRAMP_ATLAS_LOCALEDIR']
    language = locale.split('.')[0]
    catalogue = gettext.translation('cramp-atlas', localedir, languages=[language])
    english = Content(content_file)
    content = Content(content_file, catalogue.gettext)
    env = dict(os.environ, LANG=locale, LC_ALL=locale, LANGUAGE='')
    run_app(tap, app, env, '%s: the app shows its window' % locale,
            lambda frame: translated_names(tap, frame, locale, english, content))
    with tempfile.TemporaryDirectory() as folder:
        later = os.path.join(folder, 'atlas.xml')
        with open(content_file, encoding='utf-8') as source, open(later, 'w', encoding='utf-8') as copy:
            copy.write(source.read().replace('<atlas version="1"', '<atlas version="2"', 1))
        run_app(tap, app, env, '%s: the app shows the error page' % locale,
                lambda frame: error_page(tap, frame, locale, catalogue),
                args=(later,),
                ready=lambda window: catalogue.gettext('The Content Could Not Be Loaded') in text_of(window))
    return tap.finish()


if __name__ == '__main__':
    if len(sys.argv) == 4:
        sys.exit(check_locale(*sys.argv[1:]))
    sys.exit(walk_app(*sys.argv[1:]))
