"""Write the match13 blind test batch: reports at the top level, expected.json and near_misses.json."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src import tpl_docx_a, tpl_docx_b, tpl_lo_a, tpl_lo_b, tpl_rl_a, tpl_rl_b  # noqa: E402
from src.expected import ALL, expected, near_misses  # noqa: E402
from src import readme  # noqa: E402

TEMPLATES = {}
for mod in (tpl_rl_a, tpl_rl_b, tpl_docx_a, tpl_docx_b, tpl_lo_a, tpl_lo_b):
    TEMPLATES.update({k: v for k, v in vars(mod).items() if k.startswith("tpl_")})


def main():
    work = os.path.join(HERE, ".build")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    # remove reports from an earlier run
    for f in os.listdir(HERE):
        if f.endswith((".pdf", ".docx")):
            os.remove(os.path.join(HERE, f))
    files = [r.file for r in ALL]
    assert len(files) == len(set(files))
    for rep in sorted(ALL, key=lambda r: r.file):
        TEMPLATES[rep.template](rep, os.path.join(HERE, rep.file), work)
        print("wrote", rep.file)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(near_misses(), fh, ensure_ascii=False, indent=2)
    readme.write(HERE)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
