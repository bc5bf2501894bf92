#!/usr/bin/env python
"""Build blind test batch match20: reports, ground truth and README, then verify."""
import importlib, inspect, os, shutil, sys, tempfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from src.data import FILES          # noqa: E402
from src import truth, verify       # noqa: E402


def main():
    tmp = tempfile.mkdtemp(prefix="match20_build_")
    try:
        for f in FILES:
            mod = importlib.import_module(f"src.{f['template']}")
            out = os.path.join(HERE, f["name"])
            if "tmpdir" in inspect.signature(mod.build).parameters:
                mod.build(f, out, tmp)
            else:
                mod.build(f, out)
            print("built", f["name"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    c = truth.write(HERE)
    for k, v in c.items():
        print(f"{k:32s} {v}")
    problems = verify.check(HERE, FILES)
    if problems:
        print("VERIFY FAILED"); print("\n".join(problems)); sys.exit(1)
    print("verify: all titles found")


if __name__ == "__main__":
    main()
