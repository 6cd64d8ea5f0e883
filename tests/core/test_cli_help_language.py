"""`llm-advisor --help` and every subcommand's `--help` in the run's language: the descriptions, group titles and
every option's help come from the message catalogue, whether `--lang` comes before or after the subcommand or the
language comes from the environment, and the CLI's tables stay lined up when the Spanish words are longer."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import COMMANDS, build_parser, main
from advisor.cli.speech import QT_TRANSLATE_NOOP, HelpFormatter, help_text
from advisor.core.messages import Speaker

MACHINES = Path(__file__).parent.parent / "data" / "machines"
PROPER_NAMES = {"API"}  # words that are the same in Spanish (the title of cost's "API" options)
_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def _one_page_wide_and_back_to_the_environments_language(monkeypatch):
    """Every help text on one line (argparse wraps at $COLUMNS), so that lines compare one to one; and the next
    test starts in the environment's language again (`--lang` holds for the rest of the process)."""
    monkeypatch.setenv("COLUMNS", "1000")
    yield
    speech.set_language(None)


def _help(capsys, argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    return capsys.readouterr().out


def _names() -> set[str]:
    """What --help shows that is a name in every language: the program, subcommands, flags, metavars, choices."""
    names = {"llm-advisor", "SUBCOMMAND"}

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            names.update(action.option_strings)
            metavar = action.metavar
            names.update(metavar if isinstance(metavar, tuple) else [metavar] if metavar else [])
            names.update(str(choice) for choice in action.choices or ())
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    walk(sub)

    walk(build_parser())
    return names


def _only_names(line: str, names: set[str]) -> bool:
    for token in line.split():
        parts = token.strip(",:[]()").strip("{}").replace("|", ",").split(",")
        if not all(part in names or part in PROPER_NAMES or part == "..." for part in parts if part):
            return False
    return True


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)], ids=["llm-advisor", *COMMANDS])
def test_every_help_text_of_every_subcommand_is_said_in_spanish(capsys, monkeypatch, command):
    """A line of `--help` that reads the same in Spanish as in English is one made only of names (flags, metavars,
    choices, subcommands); every description, heading and option help is translated. Fails until the Spanish of
    the "Cli" and "argparse" help texts is in resources/translations/advisor_es.ts."""
    english = _help(capsys, ["--lang", "en", *command, "--help"]).splitlines()
    spanish = _help(capsys, ["--lang", "es", *command, "--help"]).splitlines()
    assert len(spanish) == len(english)  # one help text per line in both (COLUMNS=1000)
    assert spanish[0].startswith("uso: ") and english[0].startswith("usage: ")
    names = _names()
    untranslated = [es for es, en in zip(spanish, english, strict=True) if es == en and not _only_names(es, names)]
    assert untranslated == []


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        (["recommend", "--help", "--lang", "es"], {}),  # --lang after the subcommand
        (["recommend", "--lang=es", "--help"], {}),
        (["recommend", "--help"], {"LANG": "es_ES.UTF-8"}),  # no --lang: the environment's language
        (["recommend", "--help"], {"LANG": "es_MX.UTF-8"}),
    ],
)
def test_help_speaks_the_language_chosen_anywhere_on_the_line_or_by_the_environment(capsys, monkeypatch, argv, env):
    from advisor.cli import recommend

    for variable in _LANGUAGE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    wanted = _help(capsys, ["--lang", "es", "recommend", "--help"])  # the environment says nothing: English
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    got = _help(capsys, argv)
    assert got == wanted
    assert got.startswith("uso: ")
    assert Speaker("es").translate("Cli", recommend.HELP) in got.splitlines()


def test_help_texts_keep_argparse_fields_and_show_values_the_languages_way(capsys):
    """argparse fills %(default)s after the translation; a value given to `help_text` is written the language's
    way, and a percent sign in it is printed as it is rather than read as an argparse field."""
    speech.set_language("es")
    parser = argparse.ArgumentParser(
        prog="x",
        formatter_class=HelpFormatter,
        description=help_text(QT_TRANSLATE_NOOP("Cli", "%(prog)s keeps {share} of it"), share="50%"),
        epilog=help_text(QT_TRANSLATE_NOOP("Cli", "and {share} of the rest"), share="10%"),
    )
    parser.add_argument("--size", default=4096, help=QT_TRANSLATE_NOOP("Cli", "a size (default %(default)s)"))
    parser.add_argument(
        "--url",
        help=help_text(QT_TRANSLATE_NOOP("Cli", "a URL like {url}, at most {most} s"), url="http://h/%41", most=0.8),
    )
    text = " ".join(parser.format_help().split())
    assert "a size (default 4096)" in text
    assert "a URL like http://h/%41, at most 0,8 s" in text
    assert "x keeps 50% of it" in text and "and 10% of the rest" in text


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("machine", sorted(p.name for p in MACHINES.glob("*.json") if p.name != "expected.json"))
def test_the_size_table_of_recommend_stays_lined_up_in_both_languages(language, machine):
    """The quant, tokens/s and model columns start (or, right-aligned, end) under their headers on every row, however
    long the words are in the language ("cuant. baja" in a column made for "low q")."""
    from advisor.cli.recommend import COLUMNS, render_text
    from advisor.core.hardware.profile_io import load_profile
    from advisor.core.sizing import recommend

    say = speech.set_language(language)
    rec = recommend(load_profile(str(MACHINES / machine)))
    lines = render_text(rec, []).splitlines()
    head = [say.t(c) for c in COLUMNS]
    top = next(i for i, line in enumerate(lines) if line.startswith(head[0] + " "))
    header, rows = lines[top], lines[top + 1 : top + 1 + len(rec.tiers)]
    quant_at, model_at = header.index(f" {head[2]}") + 1, header.index(f" {head[5]}") + 1
    speed_end = header.index(head[4]) + len(head[4])
    for tier, row in zip(rec.tiers, rows, strict=True):
        assert row.startswith(tier.tier + " ")
        assert row[quant_at:].startswith((tier.best_quant or "—") + " "), (header, row)
        speed = say.number(tier.tokens_per_second, 1) if tier.tokens_per_second is not None else "—"
        assert row[:speed_end].endswith(" " + speed), (header, row)
        assert not tier.model or row[model_at:].startswith(tier.model), (header, row)
