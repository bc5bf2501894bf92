"""The names of the files a run writes that other modules (and the command line) refer to; a
module of names only, so that importing it loads nothing."""

REVIEW_FILE = "match_review.csv"
REVIEW_BOOK = "match_review.xlsx"
RUN_REPORT = "run_report.json"
IDS_FILE = ".cluster_ids.json"  # content_key -> cluster_id of the last run, quicker to read than the Parquet


def new_name(name: str) -> str:
    """Where this run's review goes when the analyst's file is kept: match_review.new.xlsx."""
    stem, _, suffix = name.rpartition(".")
    return f"{stem}.new.{suffix}"
