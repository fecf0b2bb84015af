#!/usr/bin/env python3
"""Make a LibreOffice PDF byte-stable: its only run-dependent bytes are /CreationDate, the trailer /ID
and /DocChecksum. Each is overwritten in place with a fixed value of the same length, so no offset moves
and the xref table stays valid.   usage: pdf_stable.py FILE.pdf"""
import re, sys

p = sys.argv[1]
b = open(p, 'rb').read()
b = re.sub(rb"/CreationDate\(D:\d{14}", b'/CreationDate(D:20000101000000', b)
b = re.sub(rb"/ModDate\(D:\d{14}", b'/ModDate(D:20000101000000', b)
b = re.sub(rb'/ID \[ <([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)> \]',
           lambda m: m.group(0).replace(m.group(1), b'0' * len(m.group(1))).replace(m.group(2), b'0' * len(m.group(2))), b)
b = re.sub(rb'/DocChecksum /([0-9A-Fa-f]+)', lambda m: b'/DocChecksum /' + b'0' * len(m.group(1)), b)
open(p, 'wb').write(b)
