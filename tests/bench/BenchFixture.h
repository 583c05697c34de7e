#pragma once

// The database every benchmark reads: `demo-data --years N` (N = HOUQIN_BENCH_YEARS, default 10) in a
// temporary file, generated once per process before any timing starts, with the clock fixed at kNow; or a
// copy of the file HOUQIN_BENCH_DB names (a demo database without users).
#include "storage/Database.h"

#include <QDateTime>
#include <string>
#include <vector>

namespace houqin::bench {

inline const QDateTime kNow(QDate(2026, 11, 24), QTime(16, 0)); // a Tuesday afternoon

Database& db();
QString dbPath();

// The raw side of a comparison: prepare, bind (text, in order), step and read every column through the
// sqlite3 C API, as the repository does through Qt. Returns the number of rows.
int64_t rawQuery(const char* sql, const std::vector<std::string>& binds);

} // namespace houqin::bench
