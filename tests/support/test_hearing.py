from tests.support.hearing import heard


def test_one_misheard_word_is_still_the_utterance() -> None:
    said = "Who owns the car with plate A P 1 2 3 C D?"
    assert heard("Who wants the car with plate a P123 CD?", said)
    assert heard("Book a tire change for tomorrow morning.", "Book a tyre change for tomorrow morning.")


def test_silence_noise_or_another_sentence_is_not() -> None:
    said = "Book a tyre change for tomorrow morning."
    assert not heard("", said)
    assert not heard("Thank you.", said)
    assert not heard("And send the customer a confirmation by email.", said)


def test_half_of_what_was_said_is_not_enough() -> None:
    said = "Book a tyre change for tomorrow morning. And send the customer a confirmation by email."
    assert not heard("Book a tyre change for tomorrow morning.", said)
