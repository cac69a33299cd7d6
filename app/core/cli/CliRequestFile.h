#pragma once
#include <QtGlobal>

namespace portdesk {

// A JSON request file (submit, update) holds one request: a few hundred bytes. Anything near
// this is not one.
inline constexpr qsizetype kMaxJsonRequestBytes = 64 * 1024;

} // namespace portdesk
