# -*- coding: utf-8 -*-
import json
import data
c = json.load(open("/work/blind/match58_build/counts.json"))
L = ["# match58 – county councils through the regional reforms (blind test batch)", "",
 "Reports from fylkeskommuner 2017–2026 before and after the 2018/2020 mergers (Trøndelag, Viken, Vestland, Innlandet, Vestfold og Telemark) "
 "and the 2024 splits (Akershus, Buskerud, Telemark), plus national members (LO, KS, Regjeringen, NHO, HK-dir) naming counties as partners. "
 "Generator: `/work/blind/match58_build` (`data.py` = data, `render_lib.py` + `build.py` = rendering, `make_truth.py`, `check.py`).", "",
 "## Counts", "", "| what | count |", "|---|---|"]
lab = dict(files="files", docx=".docx files", pdf=".pdf files (text layer)", reporters="reporters", years="years", distinct_years="distinct report years",
           nynorsk_reports="nynorsk reports", measure_rows="measure rows", distinct_tiltak="distinct tiltak (tiltak_id)",
           tiltak_in_more_than_one_row="tiltak reported in more than one row", tiltak_by_more_than_one_reporter="tiltak reported by more than one reporter",
           continues_true_rows="rows with continues=true", near_miss_pairs="near-miss pairs")
for k, v in c.items(): L.append(f"| {lab[k]} | {v} |")
L += ["", "## Files", "", "| file | reporter | year | made with | layout (template; what is and is not a measure) | rows |", "|---|---|---|---|---|---|"]
for f in data.FILES:
    L.append(f"| {f['name']} | {f['reporter']} | {f['year']} | {f['made']} | {f['layout'].replace('|', ' · ')}{' (nynorsk)' if f['lang']=='nn' else ''} | {len(f['rows'])} |")
L += ["", open("/work/blind/match58_build/conventions.md").read()]
open("/work/blind/match58/README.md", "w").write("\n".join(L) + "\n")
