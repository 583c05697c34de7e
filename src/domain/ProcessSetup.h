#pragma once

namespace houqin {

// Call first thing in main(), before Qt starts. With TZ unset, glibc's mktime/localtime stat()
// /etc/localtime on every call, and every QDateTime built from stored local times pays for it: listing
// 200 food samples took 3x longer (docs/performance.md). Pointing TZ at the same file makes glibc read it
// once; the time zone itself does not change. An explicit TZ is left alone.
void cacheTimeZone();

} // namespace houqin
