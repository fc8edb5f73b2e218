"""Lower-cased city reports of riots (#14): police firing, deaths of the wounded, arrests told in the passive.
Sentences written for these tests."""
import pytest

from eventdesk.extraction import classify


@pytest.mark.parametrize("sentence", [
    "two others died in police firing in rampur taluka.",
    "a victim of the stabbing near the bus stand succumbed to his injuries on tuesday night.",
    "the police had to fire a dozen rounds near the market to disperse a rampaging mob.",
    "tear-gas shells were lobbed to disperse the crowd outside the college gate.",
    "eleven men were taken into custody in the old quarter of bareilly on friday.",
])
def test_gate_passes_reports_of_police_action_and_deaths(sentence):
    assert classify.is_event_sentence(sentence)
    assert classify.is_event_sentence(sentence.capitalize())


@pytest.mark.parametrize("sentence", [
    "the firm had to fire forty workers after the mill closed.",
    "his grandfather died in hospital after a long illness.",
])
def test_gate_keeps_out_lookalikes(sentence):
    assert not classify.is_event_sentence(sentence)
