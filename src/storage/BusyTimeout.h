#pragma once

namespace houqin {

// How long a connection waits for another's write transaction before giving up with SQLITE_BUSY. A
// minute, because the longest writes hold the file that long (an import of tens of thousands of rows,
// demo data): a form saved or an import started meanwhile waits for them instead of telling the user
// the file is in use (tests/reliability, docs/reliability.md).
inline constexpr int kBusyTimeoutMs = 60000;

} // namespace houqin
