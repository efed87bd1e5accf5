#!/usr/bin/env python3
# Writes the workspace fixtures of tests/test-workspace.c: valid.dossier (two documents of
# tests/data/corpus with annotations at hand-picked quotes) and hostile variants, each broken
# in one way. Run from the repository root with the path of a built dossier-cli:
#   tests/data/workspaces/make-fixtures.py build/src/cli/dossier-cli
# The outputs are committed; the tests only read them.
import copy
import hashlib
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
cli = sys.argv[1]
docs = [
    ('../corpus/camp-david-principles-2023-08-18.txt', 'Camp David Principles'),
    ('../corpus/us-japan-joint-statement-2023-01-13.txt', 'Joint Statement of the United States and Japan'),
]

def load(rel):
    path = os.path.join(here, rel)
    with open(path, 'rb') as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    text = subprocess.run([cli, 'text', path], check=True, capture_output=True, text=True).stdout
    return sha, text[:-1]  # the CLI adds a newline

loaded = [load(rel) for rel, _ in docs]

def target(doc, quote, nth=0):
    text = loaded[doc][1]
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    return {'exact': quote, 'prefix': text[max(0, start - 32):start], 'suffix': text[end:end + 32],
            'start': start, 'end': end}

def annotation(uid, doc, quote, colour, note, tags, briefing):
    return {'id': uid, 'document': loaded[doc][0], 'target': target(doc, quote), 'colour': colour,
            'note': note, 'tags': tags, 'for_briefing': briefing, 'orphaned': False,
            'created': '2024-05-02T09:15:00Z', 'modified': '2024-05-03T17:40:12Z'}

s1 = target(0, 'We strongly oppose any unilateral attempts to change the status quo by force or coercion.')
s2 = target(1, 'We strongly oppose any unilateral attempts to change the status quo by force or coercion, anywhere in the world.')
valid = {
    'format': 'dossier-workspace',
    'version': 1,
    'generator': 'make-fixtures.py',
    'documents': [{'path': rel, 'sha256': loaded[i][0], 'title': title} for i, (rel, title) in enumerate(docs)],
    'annotations': [
        annotation('5b0c7c2e-2f7e-4d6b-9a51-1f0e6d1c2a01', 0, 'free and open Indo-Pacific', 'green',
                   'Core shared aim — compare the Lima statement.', ['Indo-Pacific', 'FOIP'], True),
        annotation('5b0c7c2e-2f7e-4d6b-9a51-1f0e6d1c2a02', 0,
                   'We strongly oppose any unilateral attempts to change the status quo by force or coercion.',
                   'pink', 'Same words as in January.\nWatch for *changes* and `status quo` wording.', [], False),
        annotation('5b0c7c2e-2f7e-4d6b-9a51-1f0e6d1c2a03', 1, 'reinforcing its defense capabilities', 'blue',
                   '', ['alliance', 'defense spending'], False),
    ],
    'link_decisions': [{
        'source': {'document': loaded[1][0], 'start': s2['start'], 'end': s2['end'], 'quote': s2['exact']},
        'target': {'document': loaded[0][0], 'start': s1['start'], 'end': s1['end'], 'quote': s1['exact']},
        'decision': 'status-changed', 'status': 'continued', 'time': '2024-05-04T08:00:00Z'}],
    'view': {'open_document': loaded[0][0], 'scroll': [{'document': loaded[0][0], 'offset': 120}],
             'timeline': {'start': '2023-01-01', 'end': '2024-12-31'}},
}

def write(name, data):
    with open(os.path.join(here, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())

def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + '\n'

write('valid.dossier', dump(valid))

def variant(name, change):
    w = copy.deepcopy(valid)
    change(w)
    write(name, dump(w))

text = dump(valid)
write('malformed.dossier', text.replace('"documents": [', '"documents": [,', 1))
write('truncated.dossier', text[:len(text) * 2 // 3])
write('trailing-garbage.dossier', text + 'and then some')
write('empty.dossier', b'')
write('invalid-utf8.dossier', text.replace('Core shared aim', 'Core \udcff aim', 1).encode('utf-8', 'surrogateescape'))
write('nul-escape.dossier', text.replace('Core shared aim', 'Core \\u0000 aim', 1))
write('array-root.dossier', '[1, 2, 3]\n')
write('not-a-workspace.dossier', dump({'@context': 'http://www.w3.org/ns/anno.jsonld', 'type': 'AnnotationCollection'}))
variant('wrong-format-type.dossier', lambda w: w.update(format=7))
variant('future-version.dossier', lambda w: (w.update(version=2), w.update(annotations={'layers': []})))
variant('version-string.dossier', lambda w: w.update(version='1'))
variant('version-zero.dossier', lambda w: w.update(version=0))
variant('documents-object.dossier', lambda w: w.update(documents={}))
variant('missing-annotations.dossier', lambda w: w.pop('annotations'))
variant('null-annotation.dossier', lambda w: w['annotations'].append(None))
variant('start-string.dossier', lambda w: w['annotations'][1]['target'].update(start='5'))
variant('start-negative.dossier', lambda w: w['annotations'][1]['target'].update(start=-1))
variant('start-float.dossier', lambda w: w['annotations'][1]['target'].update(start=1.5))
variant('start-after-end.dossier', lambda w: w['annotations'][1]['target'].update(start=500, end=400))
variant('huge-offset.dossier', lambda w: w['annotations'][1]['target'].update(end=99999999999999))
variant('bad-colour.dossier', lambda w: w['annotations'][0].update(colour='red'))
variant('bad-hash.dossier', lambda w: w['documents'][0].update(sha256='not-a-hash'))
variant('duplicate-id.dossier', lambda w: w['annotations'][2].update(id=w['annotations'][0]['id']))
variant('duplicate-document.dossier', lambda w: w['documents'].append(dict(w['documents'][0])))
variant('bad-timestamp.dossier', lambda w: w['annotations'][0].update(created='yesterday'))
variant('tags-not-strings.dossier', lambda w: w['annotations'][0].update(tags=[1, 2]))
variant('empty-quote.dossier', lambda w: w['annotations'][0]['target'].update(exact=''))
variant('bad-decision.dossier', lambda w: w['link_decisions'][0].update(decision='maybe'))
variant('bad-timeline.dossier', lambda w: w['view']['timeline'].update(start='2024-13-01'))
variant('note-not-text.dossier', lambda w: w['annotations'][0].update(note={'text': 'x'}))
