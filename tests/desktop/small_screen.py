"""(f) A small laptop screen (run under .ci/with-desktop --size 1024x600): the window fits the
screen, and every control of every tab and wizard page that shows is inside the window, as
AT-SPI reports their extents. Run per language."""

import os

import pyatspi

from harness import Desk, Failure, extents, has_state, pump, role_name

CONTROLS = {"push button", "text", "password text", "combo box", "check box", "radio button",
            "page tab", "label", "table", "spin button", "progress bar"}


def inside(outer, inner, slack=1):
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return ix >= ox - slack and iy >= oy - slack and ix + iw <= ox + ow + slack and iy + ih <= oy + oh + slack


def check_visible_controls(desk, where):
    window = desk.window()
    frame = extents(window)
    width, height = (int(v) for v in os.environ.get("PORTDESK_DESKTOP_SIZE", "1366x768").split("x"))
    if not inside((0, 0, width, height), frame):
        raise Failure("%s: the window %s does not fit the %dx%d screen" % (where, frame, width, height))
    outside = []
    for obj in desk.walk(window):
        if role_name(obj) not in CONTROLS or not has_state(obj, pyatspi.STATE_VISIBLE):
            continue
        e = extents(obj)
        if e[2] <= 0 or e[3] <= 0:
            continue
        if not inside(frame, e):
            outside.append("%s '%s' at %s" % (role_name(obj), obj.name, e))
    if outside:
        raise Failure("%s: outside the window %s: %s" % (where, frame, "; ".join(outside[:8])))


def to_authorization_page(desk):
    """The wizard's longest page, reached by keyboard in any language (names differ): the
    training simulator answers the eligibility, Enter moves on, the page has the two radio
    buttons of the authorization kinds."""
    desk.type_text("8015552345")
    pump(3)  # the eligibility answer
    desk.key("Return")
    for value in ("4651234567", "918273", "Jane Doe"):
        desk.type_text(value)
        desk.key("Tab")
    desk.key("Return")
    for keys in ("2701 N Thanksgiving Way", "Tab", "Tab", "Lehi", "Tab", "ut", "Tab", "84043", "Return"):
        if keys in ("Tab", "Return"):
            desk.key(keys)
        else:
            desk.type_text(keys)
    desk.wait_for(lambda: len([o for o in desk.find_all(role="radio button", root=desk.window())
                               if has_state(o, pyatspi.STATE_SHOWING)]) >= 2,
                  "the authorization page (its two radio buttons)")


def run(build, name, language):
    desk = Desk(build, name, language)
    try:
        desk.start()
        desk.key("super+Up", count=False)  # as an agent would: maximise (openbox ignores it if unbound)
        desk.screenshot("wizard")
        check_visible_controls(desk, "number page")
        for tab in ("2", "3", "4", "1"):
            desk.key("ctrl+" + tab)
            desk.screenshot("tab-" + tab)
            check_visible_controls(desk, "tab %s" % tab)
        to_authorization_page(desk)
        desk.screenshot("authorization")
        check_visible_controls(desk, "authorization page")
    finally:
        desk.quit()
        desk.close()
