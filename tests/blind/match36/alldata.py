# -*- coding: utf-8 -*-
from data_a import A
from data_b import B
from data_c import C
from data_d import D
from data_e import E
FILES = A + B + C + D + E
FILES.sort(key=lambda f: (f["year"], f["file"]))
