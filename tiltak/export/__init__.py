"""Writers: the dataset (CSV, Parquet), the run report and the summary tables."""
