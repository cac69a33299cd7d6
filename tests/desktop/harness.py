"""Drives PortDesk as a person does, on a real X desktop.

Input is real X events (XTest, through xdotool) delivered by the X server to the window the
window manager (openbox) made active; state is read back the way a screen reader reads it,
through AT-SPI (focused object, role, accessible name, text, extents); every step leaves a
screenshot. The app and the simulator are separate processes, started and stopped by PID.

Runs inside .ci/with-desktop (Xvfb + openbox + a private D-Bus session with the accessibility
bus and an unlocked keyring).
"""

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402
import pyatspi  # noqa: E402

KEY_DELAY_S = 0.12  # a fast agent: about 8 keys a second
# What an agent does when a key lands elsewhere (PORTDESK_DESKTOP_RECOVER=1, for measuring a build
# that loses the focus, as the figures were measured): the field's Alt+letter, then End
# (a shortcut selects the field's whole text). Without it, a lost focus fails the scenario.
RECOVER = os.environ.get("PORTDESK_DESKTOP_RECOVER") == "1"
MNEMONICS = {"Phone number": "alt+p", "Account number": "alt+a", "Transfer PIN / passcode": "alt+p", "Subscriber name": "alt+s",
             "Street 1": "alt+1", "City": "alt+t", "State": "alt+e", "ZIP code": "alt+z"}
STARTUP_TIMEOUT_S = 30


class Failure(AssertionError):
    pass


def pump(seconds=0.0):
    """Runs the GLib loop (AT-SPI events) for `seconds`, at least once."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def role_name(obj):
    try:
        return obj.getRoleName()
    except Exception:  # the object died (its widget was deleted)
        return "?"


def states(obj):
    try:
        return obj.getState()
    except Exception:
        return None


def has_state(obj, state):
    s = states(obj)
    return s is not None and s.contains(state)


def text_of(obj):
    """What a screen reader reads as the object's content: its text, else its name."""
    try:
        t = obj.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return obj.name
    except Exception:
        return ""


def _bare(text):
    """Text without the formatting the number field adds as the agent types."""
    return re.sub(r"[\s()\-]", "", text)


def describe(obj):
    if obj is None:
        return "nothing"
    try:
        return "%s '%s'" % (role_name(obj), obj.name)
    except Exception:
        return "a dead object"


def extents(obj):
    c = obj.queryComponent()
    e = c.getExtents(pyatspi.DESKTOP_COORDS)
    return e.x, e.y, e.width, e.height


class Process:
    """A child process with its output in a file, stopped by PID and bounded in time."""

    def __init__(self, argv, log_path, env=None):
        self.argv = argv
        self.log_path = log_path
        self.log = open(log_path, "ab")
        self.proc = subprocess.Popen(argv, stdout=self.log, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True)

    @property
    def pid(self):
        return self.proc.pid

    def alive(self):
        return self.proc.poll() is None

    def kill(self, sig=signal.SIGKILL):
        if self.alive():
            os.kill(self.proc.pid, sig)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self, timeout=10):
        """SIGTERM, then SIGKILL after `timeout` seconds."""
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()
        return self.proc.returncode

    def output(self):
        self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")


class Simulator:
    """portdesk-sandbox as its own process on a free loopback port."""

    def __init__(self, build, artefacts, *extra):
        binary = os.environ.get("PORTDESK_DESKTOP_SANDBOX") or os.path.join(build, "app", "entry", "portdesk-sandbox")
        # Its request log is what the scenarios count: on, whatever the caller's logging rules.
        env = dict(os.environ, QT_LOGGING_RULES="portdesk.sandbox.info=true")
        self.process = Process([binary, "--port", "0", *extra], os.path.join(artefacts, "simulator.log"), env=env)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            m = re.search(r"Telegent simulator on (\S+)", self.process.output())
            if m:
                self.base_url = m.group(1)
                return
            if not self.process.alive():
                break
            time.sleep(0.05)
        raise Failure("portdesk-sandbox did not start:\n" + self.process.output())

    def requests(self, method, path):
        """How many requests the simulator's log shows for METHOD PATH (the path under /v1.0)."""
        pattern = re.compile(r"\b%s\s+/v1\.0%s(?:[?\s]|$)" % (re.escape(method), re.escape(path)), re.M)
        return len(pattern.findall(self.process.output()))

    def stop(self):
        self.process.stop()


class Desk:
    """One PortDesk desk: its own HOME/XDG tree, the app as a separate process, a person at the
    keyboard, and a screen reader's view of it."""

    def __init__(self, build, scenario, language="en", binary=None):
        self.build = build
        self.binary = binary or os.environ.get("PORTDESK_DESKTOP_APP") or os.path.join(build, "app", "entry", "portdesk")
        root = os.environ.get("PORTDESK_DESKTOP_ARTEFACTS") or os.path.join(build, "desktop-artefacts")
        self.artefacts = os.path.join(root, scenario)
        shutil.rmtree(self.artefacts, ignore_errors=True)
        os.makedirs(self.artefacts)
        self.home = tempfile.mkdtemp(prefix="portdesk-desk-")
        self.language = language
        self.app = None
        self.process = None
        self.focused = None
        self.steps = 0
        self.keys = 0  # keys that are not data characters (shortcuts, Tab, Enter...)
        self.characters = 0
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")

    # --- the desk's files ---------------------------------------------------------------------

    def env(self):
        env = dict(os.environ)
        env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "LANGUAGE": self.language,
            "LANG": {"en": "en_US.UTF-8", "es": "es_US.UTF-8", "fr": "fr_FR.UTF-8", "fr_CA": "fr_CA.UTF-8"}[self.language],
            "LC_ALL": "",
            "LC_MESSAGES": "",
        })
        return env

    def settings_path(self):
        return os.path.join(self.home, "config", "PortDesk", "PortDesk.conf")

    def data_dir(self):
        return os.path.join(self.home, "data", "PortDesk", "PortDesk")

    # --- the app --------------------------------------------------------------------------------

    def start(self, *args):
        self.focused = None
        self.process = Process([self.binary, "--new-instance", *args],
                               os.path.join(self.artefacts, "portdesk.log"), env=self.env())
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            pump(0.1)
            self.app = self._find_app()
            if self.app is not None and self.window() is not None:
                break
            if not self.process.alive():
                raise Failure("portdesk exited at start:\n" + self.process.output())
        else:
            raise Failure("portdesk's window never appeared on the accessibility bus")
        self.wait_for(lambda: self.focused_object() is not None, "the keyboard focus in PortDesk's window")

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.process.pid:
                    return app
            except Exception:
                continue
        return None

    def window(self):
        for i in range(self.app.childCount if self.app else 0):
            w = self.app.getChildAtIndex(i)
            if w is not None and has_state(w, pyatspi.STATE_SHOWING):
                return w
        return None

    def kill(self):
        self.process.kill(signal.SIGKILL)
        self.app = None

    def quit(self):
        if self.process and self.process.alive():
            self.key("ctrl+q", count=False)
            try:
                self.process.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            self.process.stop()

    def close(self):
        if self.process:
            self.process.stop()
        shutil.rmtree(self.home, ignore_errors=True)

    # --- reading, as a screen reader does --------------------------------------------------------

    def _on_focus(self, event):
        if event.detail1 == 1:
            self.focused = event.source

    def walk(self, root=None, showing_only=True):
        stack = [root or self.app]
        while stack:
            obj = stack.pop()
            if obj is None:
                continue
            yield obj
            try:
                n = obj.childCount
            except Exception:
                continue
            for i in range(n - 1, -1, -1):
                try:
                    child = obj.getChildAtIndex(i)
                except Exception:
                    continue
                if child is not None and (not showing_only or has_state(child, pyatspi.STATE_SHOWING)):
                    stack.append(child)

    def active_window(self):
        for i in range(self.app.childCount if self.app else 0):
            w = self.app.getChildAtIndex(i)
            if w is not None and has_state(w, pyatspi.STATE_ACTIVE):
                return w
        return self.window()

    def focused_object(self):
        """The object with the keyboard focus in the active window, found by walking its showing
        tree (slower than the focus events, and exact)."""
        pump()
        # The last focus event is what a screen reader announces: trust it while its object
        # still says it is focused and showing; else walk the active window.
        last = self.focused
        if last is not None and has_state(last, pyatspi.STATE_FOCUSED) and has_state(last, pyatspi.STATE_SHOWING):
            return last
        window = self.active_window()
        if window is None:
            return None
        for obj in self.walk(window):
            if has_state(obj, pyatspi.STATE_FOCUSED):
                return obj
        return None

    def find(self, name=None, role=None, root=None, name_re=None):
        for obj in self.walk(root):
            try:
                if name is not None and obj.name != name:
                    continue
                if name_re is not None and not re.search(name_re, obj.name or ""):
                    continue
                if role is not None and role_name(obj) != role:
                    continue
                return obj
            except Exception:
                continue
        return None

    def find_all(self, role=None, root=None):
        return [o for o in self.walk(root) if role is None or role_name(o) == role]

    def wait_for(self, predicate, what, timeout=10):
        deadline = time.monotonic() + timeout
        while True:
            pump(0.05)
            try:
                value = predicate()
            except Exception:
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                self.screenshot("timeout")
                raise Failure("waited %d s for %s (the focus is on %s)" % (timeout, what, describe(self.focused_object())))

    def expect_focus(self, name, role=None):
        """The focus is on the control a screen reader names `name` (exact tree walk)."""
        if RECOVER and name in MNEMONICS:
            try:
                return self.wait_for(lambda: self._focus_is(name, role), "the focus on '%s'" % name, timeout=1)
            except Failure:
                if self.find(name=name) is None:
                    self.key("alt+n")  # Enter went to the tab bar: the page did not change; Next
                    pump(0.5)
                if not self._focus_is(name, role):
                    self.key(MNEMONICS[name])  # the agent brings the cursor there
        return self.wait_for(lambda: self._focus_is(name, role), "the focus on '%s'" % name, timeout=5)

    def _focus_is(self, name, role):
        obj = self.focused_object()
        if obj is not None and obj.name == name and (role is None or role_name(obj) == role):
            return obj
        return None

    # --- a person's hands -------------------------------------------------------------------------

    def _xdotool(self, *args):
        subprocess.run(["xdotool", *args], check=True, timeout=10)

    def type_checked(self, text, field_name, expect_text=None):
        """Types `text` one character at a time with a human pause. After every character the
        focus must still be on `field_name` (both by the focus events and by the field's own
        state) and the field must show what was typed so far (as-you-type formatting aside; a
        password field shows one bullet per character)."""
        field = self.expect_focus(field_name)
        # A password field keeps its text from the accessibility bus (Qt reads it as empty):
        # what a screen reader must not read aloud, this test does not read either.
        password = role_name(field) == "password text"
        typed = ""
        for ch in text:
            self._xdotool("type", "--delay", "0", "--", ch)
            self.characters += 1
            typed += ch
            pump(KEY_DELAY_S)
            now = self.focused
            if now is not None and not self._same(now, field) and not self._inside(now, field):
                if RECOVER:
                    self._recover(field_name, typed, role_name(field) == "combo box")
                    continue
                self.screenshot("focus-lost")
                raise Failure("after typing %r into '%s' the focus moved to %s" % (typed, field_name, describe(now)))
            if not has_state(field, pyatspi.STATE_FOCUSED):
                self.screenshot("focus-lost")
                raise Failure("after typing %r into '%s' it no longer has the focus (%s has it)"
                              % (typed, field_name, describe(self.focused_object())))
            shown = text_of(field)
            ok = password or _bare(typed).lower() in _bare(shown).lower()
            if not ok:
                self.screenshot("text-wrong")
                raise Failure("after typing %r into %s it reads %r" % (typed, describe(field), shown))
        if expect_text is not None:
            self.wait_for(lambda: text_of(field) == expect_text,
                          "'%s' to read %r (reads %r)" % (field_name, expect_text, text_of(field)), timeout=3)
        return field

    def _recover(self, field_name, typed, combo):
        """Back into the field the way an agent would, every key counted."""
        self.key(MNEMONICS[field_name])
        if combo:
            self._xdotool("type", "--delay", "0", "--", typed)  # a combo's search restarts
            self.keys += len(typed)
        else:
            self.key("End")
        pump(KEY_DELAY_S)

    @classmethod
    def _inside(cls, obj, ancestor):
        """A combo box announces its current item as focused: that is still the combo's focus."""
        try:
            parent = obj.parent
            for _ in range(4):
                if parent is None:
                    return False
                if cls._same(parent, ancestor):
                    return True
                parent = parent.parent
        except Exception:
            pass
        return False

    @staticmethod
    def _same(a, b):
        try:
            return a.name == b.name and role_name(a) == role_name(b) and extents(a) == extents(b)
        except Exception:
            return False

    def type_text(self, text):
        """Types a whole value at a steady pace, without checking after each character (the
        scenarios that are not about typing)."""
        self._xdotool("type", "--delay", "40", "--", text)
        self.characters += len(text)
        pump(KEY_DELAY_S)

    def focus_by_tab(self, predicate, what, limit=12):
        """Presses Tab until the focused object satisfies `predicate`, as a keyboard user does."""
        seen = []
        for _ in range(limit):
            obj = self.focused_object()
            if obj is not None and predicate(obj):
                return obj
            seen.append(describe(obj))
            self.key("Tab")
        raise Failure("%d Tab presses did not reach %s; the focus went %s" % (limit, what, " -> ".join(seen)))

    def key(self, keys, count=True):
        """One shortcut or navigation key, e.g. 'Tab', 'Return', 'ctrl+Return', 'alt+n'."""
        self._xdotool("key", "--clearmodifiers", keys)
        if count:
            self.keys += 1
        pump(KEY_DELAY_S)

    def screenshot(self, label):
        self.steps += 1
        path = os.path.join(self.artefacts, "%02d-%s.png" % (self.steps, re.sub(r"[^\w.-]+", "-", label)))
        subprocess.run(["import", "-window", "root", path], check=False, timeout=20,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path

    def is_enabled(self, obj):
        return has_state(obj, pyatspi.STATE_ENABLED) and has_state(obj, pyatspi.STATE_SENSITIVE)

    # --- the desk's own files ---------------------------------------------------------------------

    def use_simulator(self, sim, account_key="DID-sandbox", secret="sandbox-secret"):
        """Live mode against `sim`: the API address and AccountKey in the settings, the secret in
        the keychain under the entry PortDesk reads (QtKeychain's libsecret attributes)."""
        self.write_settings({"api/baseUrl": sim.base_url, "api/accountKey": account_key})
        host = re.match(r"https?://([^/:]+)", sim.base_url).group(1)
        subprocess.run(["secret-tool", "store", "--label", "PortDesk test", "user",
                        "telegent/%s/%s" % (host.lower(), account_key), "server", "PortDesk", "type", "plaintext"],
                       input=secret.encode(), check=True, timeout=10)

    def write_settings(self, values):
        """Writes PortDesk's settings file (INI, QSettings' format) before the app starts."""
        os.makedirs(os.path.dirname(self.settings_path()), exist_ok=True)
        groups = {}
        for key, value in values.items():
            group, name = key.split("/", 1)
            groups.setdefault(group, []).append("%s=%s" % (name, value))
        with open(self.settings_path(), "w") as f:
            for group, lines in groups.items():
                f.write("[%s]\n%s\n\n" % (group, "\n".join(lines)))


@contextlib.contextmanager
def desk_and_simulator(build, scenario, language, *simulator_args, configured=True):
    """A desk and portdesk-sandbox, both started; the desk live against it when `configured`
    (else it starts in training and the scenario configures it). Both stopped afterwards."""
    desk = Desk(build, scenario, language)
    sim = Simulator(build, desk.artefacts, *simulator_args)
    try:
        if configured:
            desk.use_simulator(sim)
        desk.start()
        yield desk, sim
    finally:
        desk.quit()
        desk.close()
        sim.stop()
