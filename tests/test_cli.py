import subprocess
import sys

import pytest

from eventdesk import cli


def test_help_lists_every_command_and_each_has_its_own_help(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    top = capsys.readouterr().out
    for command in ("run", "backfill", "export", "query", "deleted", "evaluate", "gazetteer", "schema", "serve"):
        assert command in top
        with pytest.raises(SystemExit) as done:
            cli.main([command, "--help"])
        assert done.value.code == 0
        assert "usage: eventdesk " + command in capsys.readouterr().out


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "eventdesk.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "export" in out.stdout


def test_query_without_a_dataset_says_what_to_do(tmp_path, capsys):
    assert cli.main(["query", "--data-dir", str(tmp_path), "SELECT 1"]) == cli.EXIT_FAILED
    assert "eventdesk run" in capsys.readouterr().err
