#include "DisposeDue.h"

#include "domain/canteen/FoodSamples.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

namespace houqin::gui::canteen {

namespace {
const QString kDate = QStringLiteral("date");
const QString kMeal = QStringLiteral("meal");
const QString kStoredAt = QStringLiteral("stored_at");
} // namespace

Result<QList<Record>> dueSamples(Database& db, QDate date, const QString& meal, const QDateTime& at,
                                 const QString& by) {
    const RecordKind& kind = houqin::canteen::foodSamplesKind();
    RecordRepository repo(db, kind);
    ListQuery q;
    q.equals = {{QStringLiteral("disposed_at"), QVariant()}};
    if (date.isValid())
        q.equals << qMakePair(kDate, QVariant(date));
    if (!meal.isEmpty())
        q.equals << qMakePair(kMeal, QVariant(meal));
    q.sortField = kStoredAt;
    q.sortDescending = false;
    auto samples = repo.list(q);
    if (!samples)
        return samples.error();
    return houqin::canteen::disposeDue(*samples, at, by, db.ruleContext());
}

Result<int> disposeDueSamples(Database& db, QDate date, const QString& meal, const QDateTime& at,
                              const QString& by, const Actor& who) {
    auto due = dueSamples(db, date, meal, at, by);
    if (!due)
        return due.error();
    if (due->isEmpty())
        return 0;
    RecordRepository repo(db, houqin::canteen::foodSamplesKind());
    if (Status s = repo.updateAll(*due, who); !s)
        return s.error();
    return int(due->size());
}

QPair<QDate, QString> oldestDueMeal(Database& db) {
    const RecordKind& kind = houqin::canteen::foodSamplesKind();
    RecordRepository repo(db, kind);
    ListQuery q;
    q.filter = QStringLiteral("due");
    q.sortField = kStoredAt;
    q.sortDescending = false;
    q.limit = 1;
    auto oldest = repo.list(q);
    if (oldest && !oldest->isEmpty())
        return {oldest->first().value(kDate).toDate(), oldest->first().value(kMeal).toString()};
    return {db.now().date(), kind.field(kMeal)->choices.first().key};
}

} // namespace houqin::gui::canteen
