"""(g) A supervisor's numbers: two port-ins submitted by keyboard in training mode, then Ctrl+3
opens the Dashboard with the cursor on Export figures; a screen reader reads the figures (the
open count, today's submits in the per-day table, the agent's row) and Tab reaches the tables."""

from harness import Desk, role_name, text_of
from orders import fail_unless, submit_port_in


def cell(table, row, column):
    try:
        return text_of(table.queryTable().getAccessibleAt(row, column))
    except Exception:
        return None


def figure(desk, prefix):
    """The figure a screen reader reads from a label named by its own text ("Open: 2")."""
    obj = desk.find(name_re="^" + prefix, role="label")
    return obj.name if obj is not None else None


def run(build, name, language):
    desk = Desk(build, name, language)
    try:
        desk.start()  # no credentials: training mode, the built-in simulator
        submit_port_in(desk, "8015552345")
        desk.key("ctrl+n")
        submit_port_in(desk, "8015552346")

        desk.key("ctrl+3")
        desk.expect_focus("Export figures", role="push button")
        desk.wait_for(lambda: figure(desk, "Open: ") == "Open: 2",
                      "the open count to read 'Open: 2' (reads %r)" % figure(desk, "Open: "))
        fail_unless(figure(desk, "Needs action: ") == "Needs action: 0",
                    "needs action reads %r" % figure(desk, "Needs action: "))
        fail_unless(figure(desk, "Median time to complete: ") == "Median time to complete: none completed yet",
                    "the median reads %r" % figure(desk, "Median time to complete: "))
        days = desk.wait_for(lambda: desk.find(name="Port-ins per business day", role="table"), "the per-day table")
        # Newest first: the latest business day (today, or the Friday before a weekend) holds both.
        fail_unless(cell(days, 0, 1) == "2" and cell(days, 0, 2) == "0",
                    "the latest business day reads submitted %r, completed %r" % (cell(days, 0, 1), cell(days, 0, 2)))
        ages = desk.find(name="Open orders by age", role="table")
        fail_unless(ages is not None and cell(ages, 0, 1) == "2",
                    "open orders of 0 business days read %r" % (cell(ages, 0, 1) if ages else None))
        agents = desk.find(name="Orders per agent", role="table")
        row = [cell(agents, 0, c) for c in range(4)] if agents is not None else []
        fail_unless(row[1:] == ["2", "2", "0"], "the agent's row reads %r" % row)
        fail_unless(desk.find(name="Port-ins submitted and completed per business day") is not None,
                    "no chart of port-ins per business day (the charts module did not load)")
        desk.screenshot("dashboard")

        # The figures are reachable by keyboard, not only by a screen reader's review mode.
        desk.focus_by_tab(lambda o: o.name == "Port-ins per business day" or _in(o, "Port-ins per business day"),
                          "the per-day table", limit=4)
        desk.screenshot("dashboard-table")
    finally:
        desk.quit()
        desk.close()


def _in(obj, table_name):
    try:
        return obj.parent is not None and obj.parent.name == table_name and role_name(obj.parent) == "table"
    except Exception:
        return False

