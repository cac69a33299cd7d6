#!/usr/bin/python3
"""The bench's real-desktop figure: runs scenario (a) inside .ci/with-desktop and prints
desktop_extra_keystrokes (keys beyond the data characters, as a person presses them on a real
desktop) against its goal, appending it to the bench's JSON lines like portdesk-bench does.
Never a test assertion: the scenario itself is the test.
    .ci/with-desktop tests/desktop/bench.py --build BUILD --out bench-results.jsonl"""

import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import keyboard_portin  # noqa: E402

GOAL = 12


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.environ["PORTDESK_DESKTOP_ARTEFACTS"] = tempfile.mkdtemp(prefix="portdesk-bench-desktop-")
    try:
        keyboard_portin.run(os.path.abspath(args.build), "bench", "en")
    except AssertionError as e:
        print("desktop_extra_keystrokes: not measured, the scenario failed: %s" % e)
        return 0
    with open(os.path.join(os.environ["PORTDESK_DESKTOP_ARTEFACTS"], "bench", "figures.json")) as f:
        figures = json.load(f)
    value = figures["desktop_extra_keystrokes"]
    met = value <= GOAL
    print("%-30s %12d %10s %s  keys beyond %d data characters, real desktop (Xvfb+openbox, XTest)"
          % ("desktop_extra_keystrokes", value, "<= %d" % GOAL, "yes" if met else "NO", figures["data_characters"]))
    with open(args.out, "a") as f:
        f.write(json.dumps({"name": "desktop_extra_keystrokes", "value": value, "unit": "keys",
                            "baseline": "%d data characters" % figures["data_characters"], "goal": GOAL,
                            "met": met}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
