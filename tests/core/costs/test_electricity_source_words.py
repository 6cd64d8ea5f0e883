"""The electricity price's note keeps each publisher's title as the publisher wrote it, and says in the reader's
language how the advisor took its figure from it ("rounded as given in the project reference"): the advisor's own
words are in the catalogue, never in the table's source field."""

from __future__ import annotations

import pytest

from advisor.core.costs.defaults import default_inputs
from advisor.core.costs.electricity import bundled_table
from advisor.core.messages import ENGLISH, Speaker
from advisor.core.messages.costs import ELECTRICITY_BASIS, origin

ES = Speaker("es")
OUR_WORDS = ("project reference", "midpoint", "typical value", "rounded", "estimate")


def _note(say: Speaker, country: str) -> tuple[str, str]:
    inputs = default_inputs(None, country=country)
    o = inputs.origin("electricity_price_per_kwh")
    assert o is not None and o.code == "country_table"
    return origin(say, o.code, o.values, inputs.currency), str(o.values["source"])


def test_every_rows_source_is_the_publishers_title_and_its_basis_has_words():
    for row in bundled_table().rows:
        assert not any(w in row.source.lower() for w in OUR_WORDS), row.country  # our words are not the title
        assert row.basis == "" or row.basis in ELECTRICITY_BASIS, row.country


def test_spains_note_says_the_price_is_rounded_as_the_project_reference_gives_it():
    english, title = _note(ENGLISH, "ES")
    assert title == "Eurostat household electricity prices incl. taxes (nrg_pc_204)"
    assert f"Spain 2025-S2, {title}, rounded as given in the project reference; confidence: medium" in english


@pytest.mark.parametrize("country", ["ES", "GB", "MX", "CO", "PE"])
def test_in_spanish_the_title_stays_as_published_and_the_advisors_words_are_spanish(country):
    english, title = _note(ENGLISH, country)
    spanish, _ = _note(ES, country)
    assert title in english and title in spanish  # the publisher's words, untranslated
    ours = spanish.replace(title, "")
    assert not any(w in ours for w in OUR_WORDS), ours  # ours, translated
