"""(e) A supervisor cancels an order by keyboard. Enter alone in the confirmation keeps the order
(nothing sent); only the explicit cancel choice sends the cancel, once, and the row then reads
Cancelled with the selection still on it."""

from harness import desk_and_simulator, role_name
from orders import (dialog, expect_no_dialog, fail_unless, open_orders_with_row_selected, submit_port_in, wait_for_status)


def run(build, name, language):
    with desk_and_simulator(build, name, language) as (desk, sim):
        submit_port_in(desk, "8015552345")
        open_orders_with_row_selected(desk)
        wait_for_status(desk, "Pending")

        desk.key("alt+n")
        desk.wait_for(lambda: dialog(desk, "Cancel port-in"), "the cancel confirmation")
        desk.screenshot("cancel-confirmation")
        desk.key("Return")
        expect_no_dialog(desk, "Cancel port-in", "Enter to close the confirmation")
        desk.key("ctrl", count=False)  # let a cancel, if one was sent, reach the simulator
        fail_unless(sim.requests("POST", "/numbers/portin/cancel") == 0,
                    "Enter alone in the confirmation sent a cancel")

        desk.key("alt+n")
        desk.wait_for(lambda: dialog(desk, "Cancel port-in"), "the cancel confirmation again")
        desk.focus_by_tab(lambda o: role_name(o) == "push button" and "ancel" in (o.name or "")
                          and "Keep" not in (o.name or ""), "the explicit cancel button", limit=4)
        desk.screenshot("cancel-chosen")
        desk.key("space")
        desk.wait_for(lambda: sim.requests("POST", "/numbers/portin/cancel") == 1, "one cancel at the simulator")
        wait_for_status(desk, "Cancelled")
        desk.screenshot("cancelled")
        fail_unless(sim.requests("POST", "/numbers/portin/cancel") == 1, "the cancel was sent more than once")
