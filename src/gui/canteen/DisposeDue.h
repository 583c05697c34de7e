#pragma once

#include "domain/Actor.h"
#include "domain/RecordKind.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace houqin {
class Database;
}

namespace houqin::gui::canteen {

// The samples of one date and meal that may be disposed of at `at` and are not yet, each already filled
// in with disposed_at = at and disposed_by = by. An invalid date and an empty meal mean every due sample,
// of every day and meal, oldest first: what the dashboard counts.
Result<QList<Record>> dueSamples(Database& db, QDate date, const QString& meal, const QDateTime& at,
                                 const QString& by);

// Marks those samples as disposed of, all in one transaction (all or none). Returns how many.
Result<int> disposeDueSamples(Database& db, QDate date, const QString& meal, const QDateTime& at,
                              const QString& by, const Actor& who);

// Where the dispose dialog starts: the meal of the oldest sample still waiting for disposal, or today's
// first meal when none waits.
QPair<QDate, QString> oldestDueMeal(Database& db);

} // namespace houqin::gui::canteen
