"""A whole-file write replaces the target in one rename and leaves no temporary file behind."""
import os

import pytest

from eventdesk import atomic


def test_write_text_replaces_the_file_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "state.json"
    target.write_text("old", encoding="utf-8")
    atomic.write_text(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert os.listdir(tmp_path) == ["state.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "sources.toml"
    target.write_text("kept", encoding="utf-8")

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        atomic.write_text(target, "lost")
    assert target.read_text(encoding="utf-8") == "kept"
    assert os.listdir(tmp_path) == ["sources.toml"]
