#pragma once
class QWidget;

namespace portdesk::entry {

// The application ID shared by the .desktop file, the AppStream metainfo and the icon name.
inline constexpr char kAppId[] = "io.portdesk.PortDesk";

// True when the command line only asks for --help or --version: such a run prints and quits,
// so it must work without a display (scripts, package checks).
bool onlyPrintsText(int argc, char **argv);
// The desktop entry name (Wayland compositors match windows to their .desktop file by it).
void applyDesktopIdentity();
// The window icon, 16 to 256 px (sharp at any device pixel ratio). Decoding the PNGs costs
// more than a bare window's start: it is done after the first paint.
void applyWindowIcon();
// Shows the window un-minimised, on top and focused (a second launch asked for it).
void bringToFront(QWidget *window);

} // namespace portdesk::entry
