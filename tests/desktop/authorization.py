"""The wizard's authorization step as an agent takes it, shared by the scenarios that submit."""

import pyatspi

from harness import Failure, has_state, text_of


def authorize_verbally(desk, number_shown=None, texts_to=None):
    """The authorization page: the holder is the subscriber already, Next waits for the
    customer's yes; Alt+G ticks it after the agent read the script. With texts_to (the number as
    shown), Alt+R also ticks the customer's consent to texts, which must offer that number."""
    script = desk.wait_for(lambda: desk.find(name="Script to read"), "the authorization page")
    holder = desk.expect_focus("Account holder")
    if text_of(holder) != "Jane Doe":
        raise Failure("the account holder shows %r, expected the subscriber name 'Jane Doe'" % text_of(holder))
    read = text_of(script)
    for fact in [f for f in (number_shown, "Jane Doe") if f]:
        if fact not in read:
            raise Failure("the script does not name %s: %r" % (fact, read[:200]))
    next_button = desk.find(name="Next >", role="push button")
    if next_button is not None and desk.is_enabled(next_button):
        raise Failure("Next is enabled before the customer's authorization is recorded")
    desk.key("Return", count=False)  # a probe, not the agent's key: nothing recorded yet, the page stays
    if desk.find(name="Script to read") is None:
        raise Failure("Enter left the authorization page before an authorization was recorded")
    desk.screenshot("authorization")
    desk.key("alt+g")
    agreed = desk.find(name="The customer agreed to the script", role="check box")
    if agreed is None:
        raise Failure("no 'The customer agreed to the script' check box")
    desk.wait_for(lambda: has_state(agreed, pyatspi.STATE_CHECKED), "Alt+G to tick the customer's agreement")
    recorded = desk.wait_for(lambda: desk.find(name="Authorization recorded"), "the recorded authorization")
    desk.wait_for(lambda: "Verbal authorization" in (recorded.description or ""),
                  "the page to say the verbal authorization is recorded")
    desk.screenshot("authorized")
    if texts_to is not None:
        agree_to_texts(desk, texts_to)
    desk.key("Return")


def agree_to_texts(desk, number_shown):
    desk.key("alt+r")
    box = desk.find(name="The customer agrees to receive text messages about this port", role="check box")
    if box is None:
        raise Failure("no check box for the customer's consent to texts")
    desk.wait_for(lambda: has_state(box, pyatspi.STATE_CHECKED), "Alt+R to tick the consent to texts")
    number = desk.wait_for(lambda: desk.find(name_re="^Number to text", role="text"), "the number to text")
    desk.wait_for(lambda: desk.is_enabled(number) and text_of(number) == number_shown,
                  "the number to text to offer %s (it reads %r)" % (number_shown, text_of(number)))
    desk.screenshot("texts-agreed")
