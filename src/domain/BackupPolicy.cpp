#include "BackupPolicy.h"

#include <QSet>
#include <algorithm>
#include <functional>

namespace houqin::backuppolicy {

bool isDue(const std::optional<QDateTime>& newest, const QDateTime& now) {
    if (!newest || !newest->isValid())
        return true;
    const qint64 age = newest->secsTo(now);
    return age >= 24 * 60 * 60 || age < 0;
}

namespace {
// Walks the backups newest first and keeps the first one of each period until `count` periods are used.
void keepPerPeriod(const QList<QDateTime>& newestFirst, int count, const std::function<qint64(QDate)>& period,
                   QSet<QDateTime>& keep) {
    QSet<qint64> seen;
    for (const QDateTime& t : newestFirst) {
        if (seen.size() >= count)
            return;
        const qint64 p = period(t.date());
        if (seen.contains(p))
            continue;
        seen.insert(p);
        keep.insert(t);
    }
}
} // namespace

QList<QDateTime> toKeep(const QList<QDateTime>& taken, const Retention& rule) {
    QList<QDateTime> sorted = taken;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QSet<QDateTime> keep;
    if (!sorted.isEmpty())
        keep.insert(sorted.first());
    keepPerPeriod(
        sorted, rule.daily, [](QDate d) { return d.toJulianDay(); }, keep);
    // A week is known by its Monday.
    keepPerPeriod(
        sorted, rule.weekly, [](QDate d) { return d.addDays(1 - d.dayOfWeek()).toJulianDay(); }, keep);
    keepPerPeriod(
        sorted, rule.monthly, [](QDate d) { return qint64(d.year()) * 12 + d.month(); }, keep);
    QList<QDateTime> out;
    for (const QDateTime& t : sorted)
        if (keep.contains(t))
            out << t;
    return out;
}

} // namespace houqin::backuppolicy
