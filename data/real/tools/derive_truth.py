#!/usr/bin/env python3
"""Write the truth of one derived document (see truthlib.py).

usage: derive_truth.py flattened SRC_TRUTH OUT_TRUTH DOC_NAME NOTE
       derive_truth.py copy      SRC_TRUTH OUT_TRUTH DOC_NAME NOTE
       derive_truth.py tables    SRC_TRUTH OUT_TRUTH DOC_NAME NOTE   (report year/template/agency + tables)
"""
import json, sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
import truthlib

mode, src, dst, name, note = sys.argv[1:6]
t = json.load(open(src, encoding='utf-8'))
if mode == 'flattened':
    out, removed = truthlib.flattened_truth(t, note, name)
    print(f'  {name}: {len(removed)} row(s) of truth removed' + (': ' + '; '.join(removed) if removed else ''))
elif mode == 'copy':
    out = dict(t, file=name)
    out['notes'] = list(t.get('notes', [])) + [note]
elif mode == 'tables':
    out = truthlib.subset_truth(t, name, ('agency', 'agencyCanonical', 'regionCode', 'reportYear', 'template'), note)
else:
    sys.exit(f'unknown mode {mode}')
truthlib.dump(out, dst)
