"""Shared steps of the Orders-view scenarios: a port-in submitted by keyboard, then the Orders tab
with that order selected in the table."""

import re

import pyatspi

from authorization import authorize_verbally
from harness import Failure, has_state, role_name, text_of

ORDER_ID = re.compile(r"\b[A-Z]{2,}[A-Z0-9]*-[0-9a-fA-F-]{8,}\b")


def submit_port_in(desk, number, texts_to=None):
    """The wizard's keyboard path at a steady pace (typing itself is scenario (a)'s subject).
    texts_to: the customer agrees to texts, offered to that number (as shown)."""
    desk.expect_focus("Phone number")
    desk.type_text(number)
    finish_port_in(desk, texts_to)


def finish_port_in(desk, texts_to=None):
    """From a number page with the number typed: the eligibility answer, the rest, the submit."""
    next_button = desk.wait_for(lambda: desk.find(name="Next >", role="push button"), "the Next button")
    desk.wait_for(lambda: desk.is_enabled(next_button), "the eligibility answer")
    desk.key("Return")
    desk.expect_focus("Account number")
    for value in ("4651234567", "918273", "Jane Doe"):
        desk.type_text(value)
        desk.key("Tab")
    desk.key("Return")
    desk.expect_focus("Street 1")
    desk.type_text("2701 N Thanksgiving Way")
    desk.key("Tab")
    desk.key("Tab")
    desk.type_text("Lehi")
    desk.key("Tab")
    desk.type_text("ut")
    desk.key("Tab")
    desk.type_text("84043")
    desk.key("Return")
    authorize_verbally(desk, texts_to=texts_to)
    desk.wait_for(lambda: desk.find(name="Submit port-in", role="push button"), "the review page")
    desk.key("ctrl+Return")
    desk.wait_for(lambda: desk.find(name="Copy order ID", role="push button"), "the result page", timeout=20)


def table(desk):
    return desk.wait_for(lambda: desk.find(name="Port-in orders", role="table"), "the orders table")


def cells(desk, t=None):
    """The texts of a table's cells as a screen reader reads them (default: the orders table)."""
    t = t if t is not None else table(desk)
    out = []
    for i in range(t.childCount):
        c = t.getChildAtIndex(i)
        if c is not None and role_name(c) in ("table cell", "label"):
            out.append(text_of(c) or c.name)
    return out


def open_orders_with_row_selected(desk):
    """Ctrl+2, then Tab into the table and select its first row with the arrow keys."""
    desk.key("ctrl+2")
    select_first_row(desk)


def select_first_row(desk):
    t = table(desk)
    desk.focus_by_tab(lambda o: o.name == "Port-in orders" or _inside_table(o, t), "the orders table", limit=20)
    desk.key("Down")
    desk.key("Up")
    desk.screenshot("orders-selected")


def _inside_table(obj, t):
    try:
        return obj.parent is not None and obj.parent.name == t.name and role_name(obj.parent) == "table"
    except Exception:
        return False


def refresh_until_status(desk, status, tries=15):
    """Refresh now (Alt+R) on the selected order until a row reads `status` (one lifecycle stage
    a second at the simulator's --speed 60)."""
    for _ in range(tries):
        desk.key("alt+r")
        try:
            wait_for_status(desk, status, timeout=1)
            return
        except AssertionError:
            continue
    wait_for_status(desk, status, timeout=2)


def wait_for_status(desk, status, timeout=30):
    return desk.wait_for(lambda: any(status == c or c.startswith(status) for c in cells(desk)),
                         "a row with status %s" % status, timeout=timeout)


def dialog(desk, title_re):
    for i in range(desk.app.childCount):
        w = desk.app.getChildAtIndex(i)
        if w is not None and re.search(title_re, w.name or ""):
            return w
    return None


def expect_no_dialog(desk, title_re, what="the dialog to close"):
    """Waits until no showing window's title matches `title_re`."""
    desk.wait_for(lambda: dialog(desk, title_re) is None
                  or not has_state(dialog(desk, title_re), pyatspi.STATE_SHOWING), what)


def fail_unless(condition, message):
    if not condition:
        raise Failure(message)
