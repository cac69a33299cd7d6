#pragma once
#include <QString>
#include <optional>

namespace portdesk {

// Characters that are not text: C0 and C1 controls, DEL, line/paragraph separators, lone
// surrogates, and Unicode format controls (category Cf: bidi overrides U+202A..U+202E and
// isolates U+2066..U+2069, zero-width U+200B..U+200F, BOM, soft hyphen...). Typed or pasted into
// a field they hide or reorder what a person reads; printed to a terminal (ESC, CSI) they drive it.
bool isControlOrFormat(char32_t c);
// The first such character of text (NUL included), if any.
std::optional<char32_t> firstControlOrFormat(QStringView text);

// text with every such character written out ("\x1b", "\u202e", "\n"), so that what a server or
// a registry row holds can be printed to a terminal and read as it is, never obeyed.
QString escapeControls(QStringView text);
// The same for a JSON document: each such character inside a string becomes a \uXXXX escape,
// which JSON readers decode to the very same character (the data stays exact).
QByteArray escapeControlsInJson(const QByteArray &compactJson);

} // namespace portdesk
