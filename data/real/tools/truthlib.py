"""Truth of a derived form: the source truth, minus the cells that the derived text can no longer tell.

A row of cells that a transform runs together into one digit string keeps its truth only when the
string has exactly one reading: one cut into the row's number of cells, without leading zeros, that
meets the row's own identity (section 三: the six applicant columns add up to 总计; section 四: each
group's four results add up to its 总计). A row with a blank cell (null) loses its truth, because a
blank leaves no trace in the string and no reader can know which column it was. Removed cells are
listed in the truth's notes. Never adds or changes a value.
"""
import copy, json, re

S2_ORDER = {
    '2021': {'regulations': ['made', 'repealed', 'inForce'], 'normativeDocuments': ['made', 'repealed', 'inForce'],
             'licensing': ['decisions'], 'punishment': ['decisions'], 'coercion': ['decisions'], 'fees': ['amount']},
    '2019': {'regulations': ['newlyMade', 'newlyPublished', 'totalPublished'],
             'normativeDocuments': ['newlyMade', 'newlyPublished', 'totalPublished'],
             'licensing': ['previousCount', 'change', 'decisions'], 'otherServices': ['previousCount', 'change', 'decisions'],
             'punishment': ['previousCount', 'change', 'decisions'], 'coercion': ['previousCount', 'change', 'decisions'],
             'fees': ['previousCount', 'change'], 'procurement': ['projects', 'totalAmount']},
}
GROUPS = ['review', 'litigationDirect', 'litigationAfterReview']
CELLS4 = ['upheld', 'corrected', 'other', 'pending', 'total']
NUM = re.compile(r'[+-]?(0|[1-9]\d*)(\.\d+)?(元|万元)?')


def text(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def readings(s, n, check=None):
    """all cuts of s into n numbers (no leading zeros) that pass check; stops counting at 2"""
    out = []

    def rec(i, acc):
        if len(out) > 1:
            return
        if len(acc) == n:
            if i == len(s) and (check is None or check(acc)):
                out.append(list(acc))
            return
        for j in range(i + 1, len(s) + 1):
            if NUM.fullmatch(s[i:j]):
                rec(j, acc + [s[i:j]])
    rec(0, [])
    return out


def val(t):
    m = re.match(r'[+-]?[\d.]+', t)
    return float(m.group()) if m else 0.0


def row_sum_ok(parts):
    return abs(sum(val(p) for p in parts[:6]) - val(parts[6])) < 1e-9


def group_sum_ok(parts):
    return all(abs(sum(val(p) for p in parts[g * 5:g * 5 + 4]) - val(parts[g * 5 + 4])) < 1e-9 for g in range(3))


def unique(values, check=None):
    if any(v is None for v in values):
        return False
    s = ''.join(text(v) for v in values)
    return len(readings(s, len(values), check)) == 1


def blank_pair(cells):
    """a section 三 row filled only under 自然人 and 总计, with equal values, the five 法人 columns blank: flattened,
    it is the digits of two equal numbers, and the table's identity (总计 = the sum of the six applicant columns)
    leaves one reading of them, the five others blank"""
    return (len(cells) == 7 and cells[0] is not None and cells[6] is not None and cells[0] == cells[6]
            and all(v is None for v in cells[1:6]))


def flattened_truth(truth, form_note, file_name):
    """truth for a text in which every table row's cells run together without separators"""
    t = copy.deepcopy(truth)
    t['file'] = file_name
    removed = []
    template = str(t.get('report', {}).get('template'))
    ad = t.get('activeDisclosure')
    if ad:
        order = S2_ORDER.get(template, {})
        for item in list(ad):
            cells = ad[item]
            keys = [k for k in order.get(item, list(cells)) if k in cells] or list(cells)
            if not unique([cells[k] for k in keys]):
                removed.append(f'activeDisclosure.{item} ({"/".join(text(cells[k]) for k in keys)} '
                               f'-> "{"".join(text(cells[k]) for k in keys if cells[k] is not None)}")')
                del ad[item]
        if not ad:
            del t['activeDisclosure']
    ap = t.get('applications')
    if ap:
        for row in list(ap):
            if not unique(ap[row], row_sum_ok) and not blank_pair(ap[row]):
                removed.append(f'applications.{row}' + (' (blank cells)' if None in ap[row] else
                                                        f' ({"".join(text(v) for v in ap[row])})'))
                del ap[row]
        if not ap:
            del t['applications']
    rl = t.get('reviewLitigation')
    if rl and all(g in rl for g in GROUPS):
        vals = [rl[g].get(c) for g in GROUPS for c in CELLS4]
        if not unique(vals, group_sum_ok):
            removed.append(f'reviewLitigation ({vals})')
            del t['reviewLitigation']
    note = form_note + (' Removed from this truth because the flattened text cannot tell them (blank cells '
                        'vanish; a digit string with more than one reading): ' + '; '.join(removed) + '.'
                        if removed else ' Every table cell of the source truth has exactly one reading in the '
                        'flattened text, so the truth is the source truth unchanged.')
    t.setdefault('notes', []).append(note)
    return t, removed


def subset_truth(truth, file_name, keep_report, note):
    """the source truth restricted to the report fields a derived document holds, plus every table"""
    t = {'file': file_name, 'report': {k: v for k, v in truth['report'].items() if k in keep_report}}
    for k in ('activeDisclosure', 'applications', 'reviewLitigation'):
        if k in truth:
            t[k] = copy.deepcopy(truth[k])
    t['notes'] = [note]
    return t


def dump(t, path):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
        f.write('\n')
