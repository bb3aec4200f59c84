"""The kg command: help texts, exit statuses, one-line errors, and that README names real commands."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main, parser
from tests.fakes import STORY, install_fakes

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ("build", "eval", "query", "serve", "export", "remove", "validate", "stats", "formats", "queries",
            "lexicon")


def subcommands() -> dict:
    action = next(a for a in parser()._actions if a.dest == "command")
    return action.choices


def test_every_command_exists():
    assert set(subcommands()) == set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_the_docstring_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    doc = subcommands()[command].get_default("func").__doc__
    assert doc.splitlines()[0] in text
    example = text.split("example:", 1)[1]
    assert f"kg {command}" in example


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert all(command in text for command in COMMANDS)


def test_python_dash_m_kg_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and "--max-bytes" in done.stdout


def test_version(capsys):
    import kg

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"kg {kg.__version__}\n"


def test_messages_name_only_files_a_user_has(capsys):
    # Help, format list and query list speak of what a checkout or an install holds, not of project notes.
    assert main(["formats"]) == 0 and main(["queries"]) == 0
    texts = [capsys.readouterr().out] + [sub.format_help() for sub in subcommands().values()]
    for text in texts:
        assert not re.search(r"\b[A-Z]+\.md\b(?<!README\.md)", text), text


def test_help_examples_name_files_of_the_checkout():
    # Paths in examples exist in a checkout (output/ and the files a build writes come from `make demo`).
    for name, sub in subcommands().items():
        example = sub.format_help().split("example:", 1)[1].split("\n\n", 1)[0]
        for path in re.findall(r"(?<![\w/.-])((?:data|ontology)/[\w./*-]+)", example):
            assert list(ROOT.glob(path)), f"kg {name} --help names {path}, which a checkout does not have"


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2


# -- build through the CLI, with stand-ins for extraction and the store ---------------------------


@pytest.fixture
def fakes(monkeypatch):
    return install_fakes(monkeypatch)


def test_build_reports_skipped_inputs_one_line_each_and_exits_1(tmp_path, fakes, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Oslo talks\n\n" + STORY, "utf-8")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    status = main(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--format", "fake-json"])
    captured = capsys.readouterr()
    assert status == 1
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert any(str(tmp_path / "in" / "binary.txt") in line for line in errors)
    assert any(str(tmp_path / "in" / "empty.txt") in line for line in errors)
    assert all(line.startswith("kg: error: ") for line in errors)
    assert "Traceback" not in captured.err
    assert "articles: 1 read, 1 built, 2 skipped" in captured.out
    assert "extracted: 3 entities, 2 relations" in captured.out
    assert str(tmp_path / "out" / "graph.fake.json") in captured.out


def test_build_with_only_a_warning_exits_0(tmp_path, fakes, capsys):
    (tmp_path / "latin.txt").write_bytes(("Caf\u00e9 talks\n\n" + STORY).encode("latin-1"))
    status = main(["build", str(tmp_path / "latin.txt"), "-o", str(tmp_path / "out"), "--format", "fake-json"])
    err = capsys.readouterr().err
    assert status == 0
    assert err.startswith("kg: warning: ") and "latin.txt" in err and len(err.splitlines()) == 1


def test_jsonl_problems_name_the_line(tmp_path, fakes, capsys):
    (tmp_path / "news.jsonl").write_text('{"text": "Wang met Lavrov in Oslo."}\n{oops\n', "utf-8")
    status = main(["build", str(tmp_path / "news.jsonl"), "-o", str(tmp_path / "out"), "--format", "fake-json"])
    assert status == 1
    assert f"{tmp_path / 'news.jsonl'}:2:" in capsys.readouterr().err


def test_kg_errors_are_one_line_and_exit_2(tmp_path, fakes, capsys):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    status = main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--format", "no-such-format"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("kg: error: ") and "no-such-format" in err and len(err.splitlines()) == 1


def test_bad_setting_in_pyproject_is_a_one_line_error(tmp_path, fakes, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.kg]\nno-such-setting = 1\n", "utf-8")
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "a.txt", "-o", "out"]) == 2
    err = capsys.readouterr().err
    assert "no-such-setting" in err and len(err.splitlines()) == 1


def test_unwritable_output_is_a_one_line_error(tmp_path, fakes, capsys):
    (tmp_path / "a.txt").write_text(STORY, "utf-8")
    (tmp_path / "taken").write_text("a file, not a folder", "utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "taken"), "--format", "fake-json"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg: error: ") and "taken" in err and len(err.splitlines()) == 1


def test_flags_reach_the_config(tmp_path, fakes, capsys):
    (tmp_path / "a.txt").write_text(STORY * 5, "utf-8")
    status = main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--format", "fake-json",
                   "--max-bytes", "50", "--no-progress"])
    assert status == 1 and "too large" in capsys.readouterr().err


def test_bad_param_is_a_one_line_error(tmp_path, capsys):
    assert main(["query", "meetings", "-o", str(tmp_path), "--param", "no-equals-sign"]) == 2
    assert "key=value" in capsys.readouterr().err


def test_formats_lists_the_registry_with_file_names(fakes, capsys):
    assert main(["formats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split()[:2] == ["fake-json", "graph.fake.json"] for line in lines)


# -- the README only names commands and flags that exist ----------------------------------------


def test_readme_commands_and_flags_exist():
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = subcommands()
    used = re.findall(r"`kg ([a-z]+)([^`]*)`", readme)
    assert {command for command, _ in used} >= {"build", "query", "serve", "export"}
    for command, rest in used:
        assert command in commands, command
        known = {opt for action in commands[command]._actions for opt in action.option_strings}
        for flag in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", rest):
            assert flag in known, f"kg {command} {flag}"
    table = re.findall(r"^\| `kg ([a-z]+)[^|]*\|[^|]*Flags: ([^|]*)\|", readme, re.M)
    for command, flags in table:
        known = {opt for action in commands[command]._actions for opt in action.option_strings}
        assert set(re.findall(r"--[a-z][\w-]*", flags)) <= known


def test_readme_make_targets_exist():
    readme = (ROOT / "README.md").read_text("utf-8")
    makefile = (ROOT / "Makefile").read_text("utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, re.M))
    named = set(re.findall(r"make ([a-z-]+)", readme))
    assert {"demo", "test", "bench"} <= named <= targets
