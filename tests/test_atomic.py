"""Atomic writes: all or nothing, with ordinary permissions."""

from __future__ import annotations

import os
import stat

import pytest

from kg.atomic import atomic_path, write_text


def test_replaces_the_file_whole_and_leaves_no_temporary(tmp_path):
    dest = tmp_path / "sub" / "out.txt"
    write_text(dest, "first")
    write_text(dest, "second")
    assert dest.read_text() == "second"
    assert [p.name for p in dest.parent.iterdir()] == ["out.txt"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    dest = tmp_path / "out.txt"
    write_text(dest, "old")
    with pytest.raises(RuntimeError), atomic_path(dest) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert dest.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_written_files_follow_the_umask_not_0600(tmp_path):
    old = os.umask(0o022)
    try:
        dest = write_text(tmp_path / "out.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o644
