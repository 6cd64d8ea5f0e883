from __future__ import annotations

import subprocess
import sys

import pytest

from advisor import __version__
from advisor.cli.common import parse_count, parse_size
from advisor.cli.main import main


def test_version_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_unknown_subcommand_is_a_usage_error_with_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run([sys.executable, "-m", "advisor", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and __version__ in result.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8.03e9", 8.03e9), ("8.03B", 8.03e9), ("70b", 70e9), ("500M", 5e8), ("123", 123)],
)
def test_parameter_counts_accept_the_forms_people_write(text, expected):
    assert parse_count(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4912345678", 4912345678),
        ("4.58GiB", round(4.58 * 2**30)),
        ("4,58GiB", round(4.58 * 2**30)),  # a decimal comma, as Spanish writes it
        ("4.9GB", 4_900_000_000),
        ("512MiB", 512 * 2**20),
    ],
)
def test_sizes_accept_bytes_and_binary_or_decimal_units(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "-3", "0", "4.5 parsecs", "4,580GiB", "4,5,8GiB"])
def test_bad_numbers_are_rejected_with_a_message(text):
    import argparse

    with pytest.raises(argparse.ArgumentTypeError):
        parse_size(text)


@pytest.mark.parametrize(
    ("option", "text", "expected"),
    [("--electricity-price", "0,15", 0.15), ("--min-tps", "7,5", 7.5), ("--min-tps", "7.5", 7.5)],
)
def test_every_numeric_option_reads_a_decimal_comma_and_a_whole_number_its_thousands_group(option, text, expected):
    """A Spanish speaker types 0,15. A whole number written as the output prints it ('4,096' in English, '4.096' in
    Spain) can only be that number where no fraction is taken: read so, where it was refused ("'32.768' is not a
    whole number" for the tool's own figure pasted back). A broken group and Arabic-Indic digits stay refused."""
    from advisor.cli.common import float_in_range, int_in_range

    assert float_in_range(0.0, 100.0)(text) == pytest.approx(expected)
    import argparse

    for grouped in ("4,096", "4.096", "4 096"):
        assert int_in_range(0, 100_000)(grouped) == 4096
    for bad in ("1,2,3", "4,09", "4,096.5", "4,096,00", "0.500", "٣٠,٥"):
        with pytest.raises(argparse.ArgumentTypeError):
            int_in_range(0, 100_000)(bad)


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("es_CL.UTF-8", "800.000", 800_000),  # read as 800: a hardware cost that paid back at once
        ("es_ES.UTF-8", "14.500", 14_500),
        ("es_CL.UTF-8", "2.500", 2_500),  # Chile groups four digits
        ("es_ES.UTF-8", "0,260", 0.26),  # the tariff as Spain's output prints it, pasted back
        ("es_CR.UTF-8", "1 500", 1_500),  # a plain space where the region groups with a no-break one
        ("es_ES.UTF-8", "1.200.000,50", 1_200_000.5),
        ("es_ES.UTF-8", "0,15", 0.15),
        ("es_ES.UTF-8", "0.15", 0.15),  # no group of three: a decimal point
        ("es_MX.UTF-8", "800,000", 800_000),
        ("es_MX.UTF-8", "800.5", 800.5),  # Mexico's decimal sign is the point
        ("en_US.UTF-8", "2.5", 2.5),
        # a sign repeated between groups, a space, or two different signs can be read one way only, whatever the
        # region: the amount as a person from another region writes it
        ("es_MX.UTF-8", "1.200.000,50", 1_200_000.5),
        ("es_ES.UTF-8", "1,200,000", 1_200_000),
        ("es_ES.UTF-8", "1 200", 1_200),  # a space, as RAE groups
        ("es_AR.UTF-8", "+12.500", 12_500),  # a sign does not change how the rest is read
        ("es_MX.UTF-8", "0.260", 0.26),  # no first group before the point: a decimal
        ("en_US.UTF-8", "1'200", 1_200),  # Switzerland's apostrophe, a group sign only
        ("es_ES.UTF-8", "1 200,5", 1_200.5),
    ],
)
def test_an_amount_is_read_with_the_thousands_sign_the_output_writes_it_with(monkeypatch, locale, text, expected):
    """`cost --hardware-cost 800.000` in Chile costed the PC at 800 pesos and the tokens of `--tokens-per-month
    500.000` at 500, while `--context 32.768` read 32768: an amount grouped with the region's own thousands sign
    is that amount."""
    from advisor.cli import speech
    from advisor.cli.common import float_in_range

    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", locale)
    speech.set_language(locale[:2])
    try:
        assert float_in_range(0.0, 1e13)(text) == pytest.approx(expected)
    finally:
        speech.set_language("en")


@pytest.mark.parametrize(
    ("locale", "text", "readings"),
    [
        ("es_ES.UTF-8", "2.500", ("2500", "2,5")),
        ("es_ES.UTF-8", "2.500K", ("2500K", "2,5K")),
        ("es_CL.UTF-8", "1.500M", ("1500M", "1,5M")),
        # the region's decimal sign before three digits: a group as another region writes it, or a decimal (newcomer
        # round: "25.000" in a Mexican run was a 25-peso computer that paid back at once)
        ("es_MX.UTF-8", "25.000", ("25000", "25")),
        ("es_MX.UTF-8", "+1.200", ("1200", "1.2")),
        ("es_ES.UTF-8", "25,000", ("25000", "25")),
        ("en_US.UTF-8", "2.500", ("2500", "2.5")),
        ("es_MX.UTF-8", "-1.200", ("-1200", "-1.2")),  # the sign kept in both readings
    ],
)
def test_an_amount_that_could_be_read_two_ways_is_refused_saying_both(monkeypatch, locale, text, readings):
    """Spain writes 2500 but 14.500: '2.500' is 2500 written with a group the region leaves out, or 2.5 with a
    decimal point; '2.500K' is 2500K or 2.5K. Either reading would be a guess: refused, saying both."""
    import argparse

    from advisor.cli import speech
    from advisor.cli.common import float_in_range

    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", locale)
    speech.set_language("es")
    try:
        with pytest.raises(argparse.ArgumentTypeError) as refused:
            float_in_range(0.0, 1e13, suffixes=True)(text)
        assert all(reading in str(refused.value) for reading in readings), str(refused.value)
    finally:
        speech.set_language("en")


@pytest.mark.parametrize("text", ["1.200 300", "1.234.567 8", "1 200.300,500"])
def test_a_space_after_a_decimal_sign_or_three_kinds_of_sign_is_no_number(monkeypatch, text):
    """Code review: a space is only ever a group sign, but "1.200 300" read as 1200.3 and "1 200.300,500" as
    1,200,300,500."""
    import argparse

    from advisor.cli import speech
    from advisor.cli.common import float_in_range

    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    speech.set_language("es")
    try:
        with pytest.raises(argparse.ArgumentTypeError, match="no es un número"):
            float_in_range(0.0, 1e13)(text)
    finally:
        speech.set_language("en")


@pytest.mark.parametrize(("text", "suffixes"), [("1.500K", False), ("12.500 EUR", True), ("12.500 EUR", False)])
def test_letters_an_option_does_not_take_are_no_number_not_two_readings(monkeypatch, text, suffixes):
    """Code review: "12.500 EUR" was answered "could be 12500EUR or 12,5EUR", and each of those was then refused."""
    import argparse

    from advisor.cli import speech
    from advisor.cli.common import float_in_range

    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    speech.set_language("es")
    try:
        with pytest.raises(argparse.ArgumentTypeError) as refused:
            float_in_range(0.0, 1e13, suffixes=suffixes)(text)
        assert "no es un número" in str(refused.value) and "puede ser" not in str(refused.value)
    finally:
        speech.set_language("en")


def test_a_group_after_a_leading_zero_is_no_whole_number():
    import argparse

    from advisor.cli.common import int_in_range

    with pytest.raises(argparse.ArgumentTypeError):
        int_in_range(0, 100_000)("01.000")  # read as 1 token
