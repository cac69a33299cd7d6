"""(d) An order fails with 8A (account number wrong); the supervisor finds it in the Orders view,
opens Update by keyboard (Alt+U), lands on the field the code names, types the right account
number and sends it with Enter: one update reaches the simulator and the order moves on."""

from harness import desk_and_simulator, text_of
from orders import (cells, dialog, expect_no_dialog, fail_unless, open_orders_with_row_selected, refresh_until_status,
                    submit_port_in)


def run(build, name, language):
    with desk_and_simulator(build, name, language, "--speed", "60") as (desk, sim):  # one lifecycle stage a second
        submit_port_in(desk, "8015550008")  # the simulator's 8A-ACCOUNT_NUM_REQ_OR_INCORRECT
        open_orders_with_row_selected(desk)
        # Refresh now (Alt+R) until the order has failed; the row stays where it is, selected.
        refresh_until_status(desk, "Error")
        desk.screenshot("order-in-error")

        desk.key("alt+u")
        desk.wait_for(lambda: dialog(desk, "Update port-in"), "the update dialog")
        field = desk.wait_for(lambda: _focused_named(desk, "Account number"),
                              "the focus on the account number, the field 8A names")
        desk.key("ctrl+a")
        desk.type_text("4651234568")
        fail_unless(text_of(field) == "4651234568", "the account number reads %r" % text_of(field))
        desk.screenshot("update-typed")
        desk.key("Return")
        desk.wait_for(lambda: sim.requests("POST", "/numbers/portin/update") == 1, "one update at the simulator")
        expect_no_dialog(desk, "Update port-in", "the update dialog to close")
        for _ in range(12):
            desk.key("alt+r")
            if any(c.startswith(("Updated", "Pending", "Submitted", "Scheduled", "Completed")) for c in cells(desk)):
                break
        fail_unless(not any(c == "Error" for c in cells(desk)), "the order still reads Error after the update")
        desk.screenshot("updated")
        fail_unless(sim.requests("POST", "/numbers/portin/update") == 1, "the update was sent more than once")


def _focused_named(desk, prefix):
    obj = desk.focused_object()
    return obj if obj is not None and (obj.name or "").startswith(prefix) else None

