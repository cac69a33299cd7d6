"""(a) A port-in typed by keyboard alone, one character at a time, against portdesk-sandbox.

After every character the focus is still in the field and the field shows what was typed; the
page changes by Enter, the submit by Ctrl+Enter; the OrderId is read on the result page the way
a screen reader reads it; the simulator's own log shows exactly one POST /numbers/portin. The
keys beyond the data characters are counted (desktop_extra_keystrokes in the bench)."""

import json
import os
import re

from authorization import authorize_verbally
from harness import Failure, desk_and_simulator, text_of

ORDER_ID = re.compile(r"\b[A-Z]{2,}[A-Z0-9]*-[0-9a-fA-F-]{8,}\b")


def type_port_in(desk):
    """The documented keyboard path, from the number field to the result page."""
    desk.screenshot("start")
    desk.type_checked("8015552345", "Phone number", expect_text="(801) 555-2345")
    desk.wait_for(lambda: desk.find(name="Next >", role="push button") is not None
                  and desk.is_enabled(desk.find(name="Next >", role="push button")),
                  "Next to be enabled by the eligibility answer")
    desk.screenshot("number")
    desk.key("Return")
    desk.type_checked("4651234567", "Account number")
    desk.key("Tab")
    desk.type_checked("918273", "Transfer PIN / passcode")
    desk.key("Tab")
    desk.type_checked("Jane Doe", "Subscriber name")
    desk.screenshot("account")
    desk.key("Return")
    desk.type_checked("2701 N Thanksgiving Way", "Street 1")
    desk.key("Tab")
    desk.key("Tab")  # Street 2 is optional
    desk.type_checked("Lehi", "City")
    desk.key("Tab")
    desk.type_checked("ut", "State", expect_text=None)
    desk.key("Tab")
    desk.type_checked("84043", "ZIP code")
    desk.screenshot("address")
    desk.key("Return")
    authorize_verbally(desk, "(801) 555-2345")
    desk.wait_for(lambda: desk.find(name="Submit port-in", role="push button"), "the review page")
    desk.screenshot("review")
    desk.key("ctrl+Return")
    order = desk.wait_for(lambda: desk.find(name="Order ID"), "the result page", timeout=20)
    shown = desk.wait_for(lambda: ORDER_ID.search(text_of(order) + " " + (order.description or "")),
                          "the OrderId to be readable on the result page")
    desk.screenshot("result")
    return shown.group(0)


def run(build, name, language):
    with desk_and_simulator(build, name, language) as (desk, sim):
        order_id = None
        try:
            order_id = type_port_in(desk)
        finally:  # the keys are counted even when a later check fails (measuring an older build)
            figures = {"desktop_extra_keystrokes": desk.keys, "data_characters": desk.characters,
                       "order_id": order_id, "completed": order_id is not None}
            with open(os.path.join(desk.artefacts, "figures.json"), "w") as f:
                json.dump(figures, f)
        posts = sim.requests("POST", "/numbers/portin")
        if posts != 1:
            raise Failure("the simulator's log shows %d POST /numbers/portin, expected exactly 1" % posts)
        print("order %s; %d data characters, %d keys beyond them" % (order_id, desk.characters, desk.keys))
