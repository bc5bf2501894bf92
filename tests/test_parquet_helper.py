"""The helper process that writes the Parquet files: the same file as written in-process, and a
helper that is gone, refused or failing never loses or hides a file."""

import datetime as dt
import os
import signal
import sys
import threading

import pyarrow.parquet as pq
import pytest
from pydantic import BaseModel, Field

from tiltak.export.parquet_helper import ParquetHelper

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper is forked on Linux only")


@pytest.fixture(autouse=True)
def pyarrow_not_loaded(monkeypatch):
    """As in a new `tiltak run`: pyarrow not loaded yet (this file loads it to read the files back)."""
    monkeypatch.delitem(sys.modules, "pyarrow.parquet", raising=False)


class Row(BaseModel):
    name: str = Field("")
    codes: list[str] = Field(default_factory=list)
    started: dt.date | None = None


ROWS = [{"name": "Fagbrev på jobb", "codes": ["2.1", "2.3"], "started": dt.date(2018, 3, 1)},
        {"name": "Kompetansepluss", "codes": [], "started": None}]


def _read(path):
    return pq.read_table(path).to_pylist()


@linux
def test_the_helper_writes_the_file_and_is_reaped(tmp_path):
    with ParquetHelper.start() as helper:
        assert helper.running
        pid = helper._pid
        helper.write(tmp_path / "rows.parquet", ROWS, Row)
        assert (tmp_path / "rows.parquet").is_file()  # there at once, for the group's list of files
        helper.finish()
        assert helper.running  # written there: a failure would have closed it
        assert _read(tmp_path / "rows.parquet") == ROWS
    assert not helper.running
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # waited for: no process left behind


@linux
def test_a_helper_that_died_leaves_the_writing_to_this_process(tmp_path):
    with ParquetHelper.start() as helper:
        os.kill(helper._pid, signal.SIGKILL)
        helper.write(tmp_path / "rows.parquet", ROWS, Row)
        helper.finish()
        assert not helper.running
    assert _read(tmp_path / "rows.parquet") == ROWS


@linux
def test_an_error_in_the_helper_is_raised_here(tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    with ParquetHelper.start() as helper:
        assert helper.running
        pid = helper._pid
        with pytest.raises(OSError):
            helper.write(tmp_path / "taken" / "rows.parquet", ROWS, Row)
        assert not helper.running  # the helper said no: stopped, and the file tried here
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


@linux
def test_write_returns_before_the_helper_has_loaded_pyarrow(tmp_path):
    """The run goes on while the helper loads pyarrow: handing over many rows never waits for it
    (a pipe would, once the rows fill it). The job's own file is gone once the file is written."""
    import tempfile
    import time

    rows = [dict(ROWS[0], name=f"Tiltak {i} " + "x" * 200) for i in range(3000)]  # ~1 MB pickled
    jobs_before = set(os.listdir(tempfile.gettempdir()))
    with ParquetHelper.start() as helper:
        os.kill(helper._pid, signal.SIGSTOP)  # a helper still loading pyarrow, however long it takes
        try:
            started = time.perf_counter()
            helper.write(tmp_path / "a.parquet", rows, Row)
            helper.write(tmp_path / "b.parquet", ROWS, Row)
            assert time.perf_counter() - started < 2.0
            assert (tmp_path / "a.parquet").stat().st_size == 0  # not written yet
        finally:
            os.kill(helper._pid, signal.SIGCONT)
        helper.finish()
        assert helper.running
    assert _read(tmp_path / "a.parquet") == rows and _read(tmp_path / "b.parquet") == ROWS
    assert not {n for n in os.listdir(tempfile.gettempdir()) if n.startswith("tiltak-parquet-")} - jobs_before


@linux
def test_a_helper_that_dies_after_taking_the_file_leaves_it_to_this_process(tmp_path):
    with ParquetHelper.start() as helper:
        os.kill(helper._pid, signal.SIGSTOP)
        helper.write(tmp_path / "rows.parquet", ROWS, Row)
        os.kill(helper._pid, signal.SIGKILL)
        helper.finish()
        assert not helper.running
    assert _read(tmp_path / "rows.parquet") == ROWS


@linux
def test_a_run_that_stops_stops_the_helper(tmp_path):
    with pytest.raises(KeyboardInterrupt):
        with ParquetHelper.start() as helper:
            pid = helper._pid
            os.kill(pid, signal.SIGSTOP)  # busy: the stop must not wait for it
            helper.write(tmp_path / "rows.parquet", ROWS, Row)
            raise KeyboardInterrupt
    assert not helper.running
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_no_helper_beside_another_thread(tmp_path):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with ParquetHelper.start() as helper:
            assert not helper.running
            helper.write(tmp_path / "rows.parquet", ROWS, Row)
    finally:
        stop.set()
        other.join()
    assert _read(tmp_path / "rows.parquet") == ROWS


def test_no_helper_where_pyarrow_is_loaded_already(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", pq)
    with ParquetHelper.start() as helper:
        assert not helper.running


@linux
def test_a_helper_never_given_a_file_is_stopped_at_once(monkeypatch):
    kills, kill = [], os.kill
    monkeypatch.setattr(os, "kill", lambda pid, sig: (kills.append((pid, sig)), kill(pid, sig)))
    helper = ParquetHelper.start()
    pid = helper._pid
    helper.close()
    assert kills == [(pid, signal.SIGKILL)]  # killed, not waited for (its pyarrow import may take a second)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


@linux
def test_rows_that_will_not_pickle_are_written_here(tmp_path):
    rows = [dict(ROWS[0], name=lambda: None)]  # a lambda: no pickle, and no Parquet either
    with ParquetHelper.start() as helper:
        with pytest.raises(Exception):
            helper.write(tmp_path / "rows.parquet", rows, Row)
        assert not helper.running


@linux
def test_an_aborted_run_leaves_no_half_written_file_nor_job(tmp_path):
    import tempfile

    jobs_before = {n for n in os.listdir(tempfile.gettempdir()) if n.startswith("tiltak-parquet-")}
    helper = ParquetHelper.start()
    pid = helper._pid
    os.kill(pid, signal.SIGSTOP)  # busy writing
    helper.write(tmp_path / "rows.parquet", ROWS, Row)
    (tmp_path / ".rows.parquet.k2j4.tmp").write_bytes(b"half a file")  # what the helper had begun
    helper.abort()
    assert not helper.running and not (tmp_path / ".rows.parquet.k2j4.tmp").exists()
    assert {n for n in os.listdir(tempfile.gettempdir()) if n.startswith("tiltak-parquet-")} <= jobs_before
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
