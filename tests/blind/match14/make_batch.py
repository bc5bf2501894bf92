#!/usr/bin/env python
"""Build blind test batch match14: run with /work/blind/.venvm2/bin/python make_batch.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src.build import main  # noqa: E402

if __name__ == "__main__":
    main(HERE)
