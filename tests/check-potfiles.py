#!/usr/bin/env python3
# Every file with user-visible strings must be listed in po/POTFILES.in, and every listed file
# must exist: otherwise its strings silently escape translation.
import os
import re
import sys

root = sys.argv[1]
listed = set()
with open(os.path.join(root, 'po', 'POTFILES.in')) as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith('#'):
            listed.add(line)

errors = []
for path in sorted(listed):
    if not os.path.exists(os.path.join(root, path)):
        errors.append(f'listed but missing: {path}')

patterns = {
    '.c': re.compile(r'\b(_|N_|C_|g_dngettext)\s*\('),
    '.ui': re.compile(r'translatable="yes"'),
}
for top in ('src', 'resources'):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for name in files:
            ext = os.path.splitext(name)[1]
            if ext not in patterns:
                continue
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            with open(full, encoding='utf-8') as f:
                if patterns[ext].search(f.read()) and rel not in listed:
                    errors.append(f'not in po/POTFILES.in: {rel}')

for e in errors:
    print(e)
print(f'{len(listed) - sum(1 for e in errors if e.startswith("listed"))} passed, {len(errors)} failed')
sys.exit(1 if errors else 0)
