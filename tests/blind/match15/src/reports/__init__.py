"""One module per report file. Each module defines REPORTER, YEAR, FILENAME,
MEASURES (list of common.M) and build(outdir, tmpdir)."""
