#!/usr/bin/python3
"""Runs one real-desktop scenario: tests/desktop/run.py --build BUILD_DIR SCENARIO [--language xx].

Inside .ci/with-desktop (ctest does that). The scenario's screenshots and logs land in
BUILD_DIR/desktop-artefacts/SCENARIO[-xx]/ (or $PORTDESK_DESKTOP_ARTEFACTS/...)."""

import argparse
import importlib
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Failure  # noqa: E402

SCENARIOS = {
    "keyboard_portin": "(a) a port-in typed by keyboard alone, character by character, against the simulator",
    "live_credentials": "(b) credentials entered in Settings, then a live port-in without a restart",
    "draft_after_kill": "(c) SIGKILL mid-form, restart: the draft is back, the PIN is not",
    "fix_rejected": "(d) an order failing with 8A fixed through Update from the Orders view",
    "cancel_by_keyboard": "(e) cancel by keyboard, where Enter alone must not cancel",
    "small_screen": "(f) the window at 1024x600: no control outside the window",
    "supervisor_desk": "(h) needs me first, the order's story in the pane, a note by keyboard",
    "dashboard": "(g) the Dashboard's figures read by a screen reader after two port-ins in training",
    "customer_texts": "(i) the From number checked, consent by keyboard, one text per change, none without consent",
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--language", default="en")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    args = parser.parse_args()
    module = importlib.import_module(args.scenario)
    started = time.monotonic()
    name = args.scenario if args.language == "en" else "%s-%s" % (args.scenario, args.language)
    try:
        module.run(os.path.abspath(args.build), name, args.language)
    except Failure as e:
        print("FAIL %s (%s): %s" % (name, SCENARIOS[args.scenario], e))
        return 1
    except Exception:
        traceback.print_exc()
        print("FAIL %s: the scenario raised" % name)
        return 1
    print("PASS %s in %.1f s: %s" % (name, time.monotonic() - started, SCENARIOS[args.scenario]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
