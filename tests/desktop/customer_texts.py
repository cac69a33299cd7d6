"""(i) Texts to a customer who agreed. The supervisor sets the team's From number in Customer
texts by keyboard and Telegent (the simulator) accepts it; an agent submits a port-in ticking the
customer's consent with Alt+R, and a second one without it. The first customer gets one text per
change (submitted, then completed) and the order's timeline lists them; the second gets none,
and asking for the status again never sends a change's text twice."""

import time

from harness import desk_and_simulator
from orders import (cells, dialog, expect_no_dialog, fail_unless, open_orders_with_row_selected, refresh_until_status,
                    submit_port_in, table)
from harness import text_of

OUTBOUND = ("POST", "/message/outbound")


def timeline_texts(desk):
    """Every cell of the selected order's timeline, scrolled out of sight or not, through the
    table interface a screen reader uses."""
    t = desk.find(name_re="^Timeline of ", role="table")
    if t is None:
        return []
    table_iface = t.queryTable()
    out = []
    for r in range(table_iface.nRows):
        for c in range(table_iface.nColumns):
            cell = table_iface.getAccessibleAt(r, c)
            if cell is not None:
                out.append(text_of(cell) or cell.name or "")
    return out


def set_from_number(desk, sim):
    desk.key("ctrl+2")
    table(desk)
    desk.key("alt+x")
    desk.wait_for(lambda: dialog(desk, "Customer texts"), "the Customer texts dialog")
    desk.key("alt+f")
    desk.expect_focus("From number")
    desk.type_text("+18018018011")
    desk.key("alt+h")
    desk.wait_for(lambda: sim.requests("GET", "/numbers") == 1, "the number checked with Telegent")
    check = desk.wait_for(lambda: desk.find(name="From number check"), "the number check's answer")
    desk.wait_for(lambda: "enabled for messaging" in (check.description or "") + (check.name or "") +
                  " ".join(c.name or "" for c in desk.walk(check)),
                  "Telegent's yes at the From field")
    desk.key("alt+b")
    desk.type_text("Acme")
    desk.screenshot("customer-texts")
    desk.key("Return")
    expect_no_dialog(desk, "Customer texts", "Enter to save and close Customer texts")


def run(build, name, language):
    with desk_and_simulator(build, name, language, "--speed", "60") as (desk, sim):
        set_from_number(desk, sim)

        desk.key("ctrl+n")
        submit_port_in(desk, "8015552345", texts_to="(801) 555-2345")
        desk.wait_for(lambda: sim.requests(*OUTBOUND) == 1, "the 'submitted' text at the simulator")
        desk.key("ctrl+n")
        submit_port_in(desk, "8015552346")  # no consent: never a text
        time.sleep(2)
        fail_unless(sim.requests(*OUTBOUND) == 1, "a port-in without consent was texted")

        open_orders_with_row_selected(desk)  # the first port-in: its customer agreed
        refresh_until_status(desk, "Completed", tries=25)
        desk.wait_for(lambda: sim.requests(*OUTBOUND) >= 2, "the 'completed' text at the simulator")
        texts = desk.wait_for(lambda: any("Port completed" in t for t in timeline_texts(desk))
                              and timeline_texts(desk), "the completed text in the order's timeline (%r)" % timeline_texts(desk))
        fail_unless(any("Texts about this port: yes" in t for t in texts), "the timeline lacks the consent: %r" % texts)
        fail_unless(any("Port-in submitted" in t for t in texts), "no submitted text in the timeline: %r" % texts)
        fail_unless(texts.count("Text sent to the customer") == sim.requests(*OUTBOUND),
                    "the timeline's texts differ from the simulator's: %r" % texts)
        # The order's whole history in its own window, where the texts read in full.
        desk.key("alt+h")
        desk.wait_for(lambda: dialog(desk, "History"), "the order's history window")
        time.sleep(0.5)
        desk.screenshot("texts-in-timeline")
        desk.key("Escape")
        expect_no_dialog(desk, "History", "Escape to close the history")
        sent = sim.requests(*OUTBOUND)
        # Asking again sees the same status: no second text for a change already texted.
        for _ in range(3):
            desk.key("alt+r")
            time.sleep(0.5)
        fail_unless(sim.requests(*OUTBOUND) == sent, "asking again sent another text")
        # Submitted, completed, and Scheduled only when a refresh saw it.
        fail_unless(sent in (2, 3), "%d texts for one port-in" % sent)
        fail_unless(any(c.startswith("Completed") for c in cells(desk)), "the order is no longer Completed")
