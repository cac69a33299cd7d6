"""(b) A desk that starts in training gets its credentials by keyboard (Connection tab, Settings
and credentials, Test connection, Save) and, without a restart, is live: the training banner is
gone, the status bar says Live, the number typed before is still there, and the port-in reaches
the separate simulator process, not the training one."""

import pyatspi

from harness import desk_and_simulator, has_state, text_of
from orders import dialog, expect_no_dialog, fail_unless, finish_port_in

NUMBER_TEXT = "(801) 555-2345"


def training_banner(desk):
    banner = desk.find(name="Training mode notice")
    return banner if banner is not None and has_state(banner, pyatspi.STATE_SHOWING) else None


def run(build, name, language):
    with desk_and_simulator(build, name, language, configured=False) as (desk, sim):
        fail_unless(training_banner(desk) is not None, "a desk without credentials does not say it is training")
        desk.type_checked("8015552345", "Phone number", expect_text=NUMBER_TEXT)
        desk.screenshot("training")

        desk.key("ctrl+4")  # the Connection tab
        desk.key("alt+s")  # Settings and credentials...
        desk.wait_for(lambda: dialog(desk, "PortDesk settings"), "the settings dialog")
        desk.key("alt+a")  # API address
        desk.expect_focus("API address")
        desk.key("ctrl+a")
        desk.type_text(sim.base_url)
        desk.key("alt+k")
        desk.expect_focus("AccountKey")
        desk.key("ctrl+a")
        desk.type_text("DID-sandbox")
        desk.key("alt+e")
        desk.expect_focus("AccountSecret")
        desk.type_text("sandbox-secret")
        desk.key("alt+t")  # Test connection
        desk.wait_for(lambda: sim.requests("POST", "/OAuth2/tokens") >= 1, "the test's token request at the simulator")
        desk.screenshot("settings-tested")
        desk.key("alt+s")  # Save
        # Saved means live at once, behind the dialog, which stays open to say what it did.
        desk.wait_for(lambda: training_banner(desk) is None, "the training banner to go away without a restart")
        desk.wait_for(lambda: desk.find(name="Live", role="label"), "the status bar to say Live")
        desk.screenshot("saved")
        desk.key("Escape")
        expect_no_dialog(desk, "PortDesk settings", "Esc to close the settings")
        desk.screenshot("live")

        desk.key("ctrl+1")
        number = desk.wait_for(lambda: desk.find(name="Phone number"), "the wizard")
        fail_unless(text_of(number) == NUMBER_TEXT, "the number typed in training reads %r after Save" % text_of(number))
        finish_port_in(desk)
        fail_unless(sim.requests("POST", "/numbers/portin/eligibility") >= 1,
                    "the eligibility check did not reach the simulator process")
        desk.screenshot("live-result")
        fail_unless(sim.requests("POST", "/numbers/portin") == 1,
                    "the simulator process shows %d POST /numbers/portin, expected 1"
                    % sim.requests("POST", "/numbers/portin"))
