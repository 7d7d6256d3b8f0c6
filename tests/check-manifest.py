#!/usr/bin/env python3
"""Checks the Flatpak manifest: valid JSON, the app's id and command, the
GNOME runtime (50 or newer) and its SDK, no permission beyond the four the
design allows, the app built with meson, and flatpak-builder reading every
property without an "Unknown property" warning."""

import json
import subprocess
import sys

ALLOWED = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}

path, app_id = sys.argv[1], sys.argv[2]
problems = []

with open(path, encoding='utf-8') as stream:
    manifest = json.load(stream)

if manifest.get('id') != app_id:
    problems.append(f'the id is {manifest.get("id")!r}, not {app_id!r}')
if manifest.get('command') != 'cramp-atlas':
    problems.append(f'the command is {manifest.get("command")!r}')
if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
    problems.append('the runtime and SDK are not GNOME\'s')
try:
    if int(manifest.get('runtime-version', '0')) < 50:
        problems.append(f'runtime {manifest.get("runtime-version")} is older than 50')
except ValueError:
    problems.append(f'runtime-version {manifest.get("runtime-version")!r} is not a GNOME release')

extra = set(manifest.get('finish-args', [])) - ALLOWED
if extra:
    problems.append(f'permissions beyond the design: {sorted(extra)}')

app = manifest.get('modules', [{}])[-1]
if app.get('name') != 'cramp-atlas' or app.get('buildsystem') != 'meson':
    problems.append('the last module is not the app built with meson')

shown = subprocess.run(['flatpak-builder', '--show-manifest', path], capture_output=True, text=True)
if shown.returncode != 0:
    problems.append(f'flatpak-builder --show-manifest failed: {shown.stderr.strip()}')
for line in shown.stderr.splitlines():
    if 'Unknown property' in line:
        problems.append(line.strip())

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
