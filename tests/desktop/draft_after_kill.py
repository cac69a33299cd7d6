"""(c) The desk is killed (SIGKILL) in the middle of a port-in; at the next start the draft is
back with a banner that asks for the PIN again, and the PIN is nowhere: not in the field, not in
the draft file."""

import os
import time

from harness import Desk, Failure, text_of

PIN = "918273"


def run(build, name, language):
    desk = Desk(build, name, language)
    try:
        desk.start()  # no credentials: training mode, the embedded simulator
        desk.type_checked("8015552345", "Phone number")
        next_button = desk.wait_for(lambda: desk.find(name="Next >", role="push button"), "the Next button")
        desk.wait_for(lambda: desk.is_enabled(next_button), "the eligibility answer")
        desk.key("Return")
        desk.type_checked("4651234567", "Account number")
        desk.key("Tab")
        desk.type_checked(PIN, "Transfer PIN / passcode")
        desk.screenshot("before-kill")
        time.sleep(1.0)  # the draft is saved half a second after the last keystroke
        desk.kill()

        desk.start()
        desk.screenshot("after-restart")
        banner = desk.wait_for(lambda: desk.find(name="Restored draft"), "the restored-draft banner")
        if "PIN" not in (banner.description or ""):
            raise Failure("the restored-draft banner reads %r: it must ask for the PIN again" % banner.description)
        # The draft opens on the page the agent was on, or on the first page: either way the
        # number and the account number are back.
        if desk.find(name="Phone number") is not None:
            number = desk.find(name="Phone number")
            if text_of(number) != "(801) 555-2345":
                raise Failure("the restored number reads %r" % text_of(number))
            desk.key("Return")
        account = desk.wait_for(lambda: desk.find(name="Account number"), "the account page")
        desk.expect_focus("Transfer PIN / passcode")  # where the restored port-in needs the agent
        if text_of(account) != "4651234567":
            raise Failure("the restored account number reads %r" % text_of(account))
        pin = desk.find(name="Transfer PIN / passcode")
        if pin is None or text_of(pin) != "":
            raise Failure("the PIN field after the restart is %r, expected empty" % (pin and text_of(pin)))
        desk.screenshot("restored")
        for root, _, files in os.walk(desk.home):
            for f in files:
                path = os.path.join(root, f)
                try:
                    with open(path, "rb") as fh:
                        if PIN.encode() in fh.read():
                            raise Failure("the PIN is in %s" % path)
                except OSError:
                    pass
    finally:
        desk.quit()
        desk.close()

