#!/usr/bin/env python3
"""Crawled page text from a document that still has its layout (see ../README.md, form crawled/).

usage: crawled.py lines IN.txt OUT.txt      one cell or paragraph per line (the samples)
       crawled.py html  IN.html OUT.txt     an HTML page with <table> markup (innerText as a text-only crawler keeps it)

lines: every line is stripped (NBSP counts as space) and empty lines are dropped; a Markdown pipe-table
row counts as its cells, one per line (separator rows dropped, empty cells dropped). The lines are then
joined with single spaces, except after a line that is just a number: that one is followed by nothing,
so the cells of a row run together as one digit string and the next label is glued on
(`…申请数量 3000003二、上年结转…`).

html: the text a browser shows, as a crawler that keeps only text delivers it: <head>, script, style,
title, iframe and noscript dropped; whitespace collapsed; block elements end a line; in a table the
cells of one row are concatenated without separators (each cell's text stripped, so a blank cell
leaves nothing) and rows are separated by one space, the whole table on one line.
"""
import html.parser, re, sys

NUMBER = re.compile(r'[+-]?\d+(?:\.\d+)?')


def cells_of(line):
    s = line.strip()
    if s.startswith('|') and s.endswith('|') and len(s) > 1:
        if re.fullmatch(r'[|\-:\s]+', s):
            return []
        return [c.strip() for c in s[1:-1].split('|') if c.strip()]
    return [s] if s else []


def flatten_lines(text):
    items = [c for line in text.splitlines() for c in cells_of(line)]
    out = []
    for i, c in enumerate(items):
        out.append(c)
        if i + 1 < len(items) and not NUMBER.fullmatch(c):
            out.append(' ')
    return ''.join(out) + '\n'


BLOCK = {'address', 'article', 'aside', 'blockquote', 'body', 'br', 'center', 'dd', 'div', 'dl', 'dt',
         'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
         'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'ul', 'html'}
SKIP = {'head', 'script', 'style', 'title', 'iframe', 'noscript', 'template', 'select', 'option'}
VOID = {'br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'param', 'embed'}


class InnerText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur = [], []      # text outside tables: current line pieces
        self.skip = 0
        self.tables = []                   # stack of tables: each a list of rows, a row a list of cells
        self.cell = None                   # pieces of the current cell (innermost table)

    def _break(self):
        line = re.sub(r'[ \t\r\n\f]+', ' ', ''.join(self.cur)).strip()
        if line:
            self.lines.append(line)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            if tag not in VOID:
                self.skip += 1
            return
        if self.skip:
            return
        if tag == 'table':
            if not self.tables:
                self._break()
            self.tables.append([])
        elif tag == 'tr' and self.tables:
            self.tables[-1].append([])
        elif tag in ('td', 'th') and self.tables:
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.tables[-1][-1].append([])
        elif tag in BLOCK and not self.tables:
            self._break()

    def handle_endtag(self, tag):
        if tag in SKIP:
            if tag not in VOID and self.skip:
                self.skip -= 1
            return
        if self.skip:
            return
        if tag == 'table' and self.tables:
            rows = self.tables.pop()
            flat = ' '.join(r for r in (''.join(re.sub(r'\s+', ' ', ''.join(c)).strip() for c in row)
                                        for row in rows) if r)
            if self.tables:
                self._text(flat)
            else:
                if flat:
                    self.lines.append(flat)
        elif tag in BLOCK and not self.tables:
            self._break()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def _text(self, data):
        if self.tables:
            t = self.tables[-1]
            if t and t[-1]:
                t[-1][-1].append(data)
        else:
            self.cur.append(data)

    def handle_data(self, data):
        if not self.skip:
            self._text(data)

    def text(self):
        self._break()
        return '\n'.join(self.lines) + '\n'


def inner_text(html_text):
    p = InnerText()
    p.feed(html_text)
    p.close()
    return p.text()


def main():
    mode, src, dst = sys.argv[1:4]
    s = open(src, encoding='utf-8').read()
    out = flatten_lines(s) if mode == 'lines' else inner_text(s)
    with open(dst, 'w', encoding='utf-8', newline='\n') as f:
        f.write(out)


if __name__ == '__main__':
    main()
