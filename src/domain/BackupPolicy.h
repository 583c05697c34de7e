#pragma once

#include <QDateTime>
#include <QList>
#include <optional>

// When an automatic backup is due and which backups are kept (issue #14). Pure functions over the times
// the backups were taken (their names carry it), so the rules are tested with fixed dates and no files.
namespace houqin::backuppolicy {

// An automatic backup is due when there is none, or the newest was taken a whole day (24 hours) or more
// before `now`, or lies in the future (the PC's clock was wrong then, or is now).
bool isDue(const std::optional<QDateTime>& newest, const QDateTime& now);

struct Retention {
    int daily = 7;    // the newest backup of each of the 7 latest days that have one
    int weekly = 4;   // ... of each of the 4 latest weeks (Monday to Sunday) that have one
    int monthly = 12; // ... of each of the 12 latest months that have one
};

// The backups to keep out of `taken` (any order, no duplicates expected), newest first: the union of
// the daily, weekly and monthly ones. Periods count only when they have a backup (as restic's
// --keep-daily does), so a summer without the PC switched on never deletes the last backups, and the
// newest backup is always kept.
QList<QDateTime> toKeep(const QList<QDateTime>& taken, const Retention& rule = {});

} // namespace houqin::backuppolicy
