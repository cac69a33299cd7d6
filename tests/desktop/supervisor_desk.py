"""(h) The supervisor's desk: two port-ins, the newer one failing with 8A. In the Orders view the
failed one comes first once the supervisor asks for Needs me first (Alt+F); the detail pane beside
the table reads its status with the fix and its due date; a note typed by keyboard joins its
timeline, and a note holding the account number is refused at the field."""

from harness import desk_and_simulator, text_of
from orders import cells, fail_unless, open_orders_with_row_selected, refresh_until_status, submit_port_in, table


def first_row_number(desk):
    t = table(desk)
    try:
        return text_of(t.queryTable().getAccessibleAt(0, 0))
    except Exception:
        return None


def fact(desk, caption):
    """A fact of the pane as a screen reader reads it: a label named "Caption: value"."""
    obj = desk.find(name_re="^" + caption + ": ", role="label")
    return obj.name if obj is not None else None


def timeline_texts(desk):
    t = desk.find(name_re="^Timeline of ", role="table")
    return cells(desk, t) if t is not None else []


def run(build, name, language):
    with desk_and_simulator(build, name, language, "--speed", "60") as (desk, sim):
        submit_port_in(desk, "8015552345")
        desk.key("ctrl+n")
        submit_port_in(desk, "8015550008")  # the simulator's 8A-ACCOUNT_NUM_REQ_OR_INCORRECT
        open_orders_with_row_selected(desk)  # the older one, first while both are open
        desk.key("Down")  # the 8A one
        refresh_until_status(desk, "Error")
        # The row held still where it was; Needs me first puts it on top.
        fail_unless(first_row_number(desk) == "(801) 555-2345",
                    "the first row moved before it was asked to: %r" % first_row_number(desk))
        desk.key("alt+f")
        desk.wait_for(lambda: first_row_number(desk) == "(801) 555-0008",
                      "the failed order first after Needs me first (first row: %r)" % first_row_number(desk))

        # The pane tells the selected order's story.
        status = desk.wait_for(lambda: fact(desk, "Status"), "the pane's Status fact")
        fail_unless("8A-ACCOUNT_NUM_REQ_OR_INCORRECT" in status and "correct the account number" in status,
                    "the pane's status reads %r" % status)
        fail_unless(fact(desk, "Due date") is not None, "no Due date fact in the pane")
        fail_unless(fact(desk, "Number") == "Number: (801) 555-0008", "the pane shows %r" % fact(desk, "Number"))
        desk.screenshot("pane")

        # A note, by keyboard: into the field, typed, Alt+A.
        desk.focus_by_tab(lambda o: o.name == "New note", "the note field", limit=25)
        desk.type_text("Customer calls back with the right account number")
        desk.key("alt+a")
        desk.wait_for(lambda: "Customer calls back with the right account number" in timeline_texts(desk),
                      "the note in the order's timeline")
        field = desk.find(name="New note")
        fail_unless(field is not None and text_of(field) == "", "the note field kept the added note")
        # The account number in a note is refused, with the reason at the field.
        desk.focus_by_tab(lambda o: o.name == "New note", "the note field", limit=25)
        desk.type_text("acct 4651234567 confirmed")
        desk.key("alt+a")
        field = desk.wait_for(lambda: desk.find(name="New note"), "the note field")
        desk.wait_for(lambda: "account number" in (field.description or ""),
                      "the refusal said at the field (description: %r)" % field.description)
        fail_unless(not any("4651234567" in t for t in timeline_texts(desk)), "the refused note reached the timeline")
        desk.screenshot("note-refused")
        fail_unless(any(c.startswith("Error") for c in cells(desk)), "the table lost the failed order")
