#include "CanteenStats.h"

#include "domain/canteen/CanteenAccounts.h"
#include "domain/canteen/CanteenCommon.h"
#include "domain/canteen/PesticideTests.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/plan/SemesterService.h"

#include <QHash>
#include <QStringList>

namespace houqin::canteen {

namespace {

QString iso(QDate d) {
    return d.toString(Qt::ISODate);
}

QString monthKey(QDate d) {
    return d.toString(QStringLiteral("yyyy-MM"));
}

QDate lastDayOfMonth(QDate d) {
    return firstOfMonth(d).addMonths(1).addDays(-1);
}

} // namespace

QList<QDate> monthsBetween(QDate from, QDate to) {
    QList<QDate> out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (QDate m = firstOfMonth(from); m <= firstOfMonth(to); m = m.addMonths(1))
        out << m;
    return out;
}

Result<QList<PesticideMonth>> pesticideTestsByMonth(Database& db, QDate fromMonth, QDate toMonth) {
    const RecordKind& kind = pesticideTestsKind();
    // Dates are ISO text, so the first seven characters name the month.
    Query q(db, QStringLiteral("SELECT substr(%1, 1, 7) AS month, COUNT(*), "
                               "SUM(CASE WHEN %2 >= :threshold THEN 1 ELSE 0 END) FROM %3 "
                               "WHERE %1 >= :from AND %1 <= :to GROUP BY month")
                    .arg(kind.dateField, QStringLiteral("inhibition_pct"), kind.table));
    q.bind(QStringLiteral(":threshold"), db.settings().pesticideThresholdPct);
    q.bind(QStringLiteral(":from"), iso(firstOfMonth(fromMonth)));
    q.bind(QStringLiteral(":to"), iso(lastDayOfMonth(toMonth)));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, PesticideMonth> found;
    while (q.next()) {
        PesticideMonth m;
        m.tests = q.value(1).toInt();
        m.positive = q.value(2).toInt();
        found.insert(q.value(0).toString(), m);
    }
    if (Status s = q.finish(); !s)
        return s.error();
    QList<PesticideMonth> out;
    for (const QDate& month : monthsBetween(fromMonth, toMonth)) {
        PesticideMonth m = found.value(monthKey(month));
        m.month = month;
        out << m;
    }
    return out;
}

Result<QList<AccountMonth>> canteenAccountsByMonth(Database& db, QDate fromMonth, QDate toMonth) {
    const RecordKind& kind = canteenAccountsKind();
    QStringList expenses;
    for (const QString& key : expenseFields())
        expenses << QStringLiteral("COALESCE(%1, 0)").arg(key);
    // One account per month (the table refuses a second), so the sums add up one row; grouping keeps the
    // query right should a month ever be stored on another day than the first.
    Query q(db, QStringLiteral("SELECT substr(%1, 1, 7) AS month, SUM(income), SUM(%2) FROM %3 "
                               "WHERE %1 >= :from AND %1 <= :to GROUP BY month")
                    .arg(kind.dateField, expenses.join(QStringLiteral(" + ")), kind.table));
    q.bind(QStringLiteral(":from"), iso(firstOfMonth(fromMonth)));
    q.bind(QStringLiteral(":to"), iso(lastDayOfMonth(toMonth)));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, AccountMonth> found;
    while (q.next()) {
        AccountMonth m;
        m.recorded = true;
        m.incomeFen = q.value(1).toLongLong();
        m.expensesFen = q.value(2).toLongLong();
        found.insert(q.value(0).toString(), m);
    }
    if (Status s = q.finish(); !s)
        return s.error();
    QList<AccountMonth> out;
    for (const QDate& month : monthsBetween(fromMonth, toMonth)) {
        AccountMonth m = found.value(monthKey(month));
        m.month = month;
        out << m;
    }
    return out;
}

ChartPeriod lastTwelveMonths(QDate today) {
    const QDate to = firstOfMonth(today);
    return {to.addMonths(-11), to, {}};
}

Result<ChartPeriod> semesterToDate(Database& db) {
    const QDate today = db.now().date();
    const QDate thisMonth = firstOfMonth(today);
    auto semester = plan::SemesterService(db).forDay(today);
    if (!semester)
        return semester.error();
    if (*semester && (*semester)->start.isValid()) {
        const plan::Semester& s = **semester;
        ChartPeriod p;
        p.semester = s.name;
        p.from = firstOfMonth(s.start);
        p.to = s.end.isValid() ? qMin(thisMonth, firstOfMonth(s.end)) : thisMonth;
        p.to = qMax(p.from, p.to); // in the weeks before term: the first month alone
        return p;
    }
    const QDate start = firstOfMonth(db.settings().semesterStart);
    if (start.isValid() && start <= thisMonth && start.addMonths(6) > thisMonth)
        return ChartPeriod{start, thisMonth, {}};
    return lastTwelveMonths(today);
}

} // namespace houqin::canteen
