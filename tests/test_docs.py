"""Every command has help with an example, and the README documents it."""
import argparse

from conftest import ROOT
from pipeline.cli import build_parser


def subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


def test_every_command_has_a_description_and_an_example():
    for name, sub in subcommands().items():
        assert sub.description, name
        assert "Example:" in (sub.epilog or ""), name


def test_the_readme_documents_every_command_and_both_set_up_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in subcommands():
        assert f"python -m pipeline {name}" in readme or f"anugerah {name}" in readme, name
    assert "make demo" in readme and "make test" in readme
