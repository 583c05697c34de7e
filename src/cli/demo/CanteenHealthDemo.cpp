// Demo records of the canteen's daily health and food-safety checks: suppliers, pesticide tests, health
// certificates and morning checks. Realistic rather than random: leafy vegetables are tested every school
// day and about one in a hundred is positive, and handled; every canteen worker renews the health
// certificate each year, one of them due soon; everyone is checked every morning.
#include "DemoData.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/canteen/Suppliers.h"
#include "domain/staff/StaffKind.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

namespace houqin::demo {

namespace {

Result<int> insertAll(Context& ctx, const RecordKind& kind, const QList<Record>& records) {
    auto ids = RecordRepository(ctx.db, kind).insertAll(records, ctx.who);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

const QString kVegetableSupplier = QStringLiteral("绿源净菜配送有限公司");

QList<Record> suppliers(Context& ctx) {
    const QDate today = ctx.db.now().date();
    struct S {
        QString name, supplies, contact;
        QDate expiry;
        bool inUse;
    };
    const QList<S> list{
        {kVegetableSupplier, QStringLiteral("净菜、蔬菜"), QStringLiteral("周经理"), today.addDays(400),
         true},
        {QStringLiteral("新港粮油贸易商行"), QStringLiteral("大米、面粉、食用油"), QStringLiteral("林老板"),
         today.addDays(900), true},
        {QStringLiteral("鲜达肉禽蛋供应站"), QStringLiteral("猪肉、鸡肉、鸡蛋"), QStringLiteral("黄先生"),
         today.addDays(20), true}, // licence renewal due: the dashboard's warning
        {QStringLiteral("光明乳品经销部"), QStringLiteral("牛奶、酸奶"), QStringLiteral("吴女士"),
         today.addDays(1200), true},
        {QStringLiteral("海之鲜水产"), QStringLiteral("鱼、虾"), QStringLiteral("陈先生"), today.addDays(700),
         true},
        {QStringLiteral("四季果品批发"), QStringLiteral("水果"), QStringLiteral("刘女士"), today.addDays(-90),
         false}, // no longer used; its lapsed licence raises nothing
    };
    QList<Record> out;
    int n = 0;
    for (const S& s : list) {
        Record r = newRecord(canteen::suppliersKind(), nullptr, ctx.db.ruleContext());
        r.set(QStringLiteral("name"), s.name);
        r.set(QStringLiteral("licence_no"), QStringLiteral("JY1330%1").arg(10000000 + 7919 * ++n));
        r.set(QStringLiteral("licence_expiry"), s.expiry);
        r.set(QStringLiteral("supplies"), s.supplies);
        r.set(QStringLiteral("contact"), s.contact);
        r.set(QStringLiteral("phone"), QStringLiteral("13%1").arg(ctx.rng.bounded(100000000, 999999999)));
        r.set(QStringLiteral("in_use"), s.inUse);
        out << r;
    }
    return out;
}

QList<Record> pesticideTests(Context& ctx) {
    static const QStringList leafy{
        QStringLiteral("青菜"),   QStringLiteral("菠菜"),   QStringLiteral("生菜"),
        QStringLiteral("小白菜"), QStringLiteral("油麦菜"), QStringLiteral("空心菜"),
        QStringLiteral("芹菜"),   QStringLiteral("韭菜"),   QStringLiteral("茼蒿"),
        QStringLiteral("卷心菜"), QStringLiteral("大白菜"), QStringLiteral("西兰花")};
    const QDateTime now = ctx.db.now();
    const QStringList testers = ctx.healthTeachers.isEmpty() ? ctx.canteenStaff : ctx.healthTeachers;
    QList<Record> out;
    for (const QDate& day : ctx.schoolDays()) {
        if (QDateTime(day, QTime(8, 30)) > now)
            continue; // the morning's delivery is tested by half past eight
        QStringList pool = leafy;
        const int n = 3 + ctx.rng.bounded(2);
        const QString tester = ctx.pick(testers);
        for (int i = 0; i < n; ++i) {
            const QString vegetable = pool.takeAt(ctx.rng.bounded(int(pool.size())));
            Record r;
            r.set(QStringLiteral("date"), day);
            r.set(QStringLiteral("sample"), vegetable);
            r.set(QStringLiteral("supplier"), kVegetableSupplier);
            r.set(QStringLiteral("batch"),
                  day.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("-%1").arg(i + 1));
            r.set(QStringLiteral("tester"), tester);
            r.set(QStringLiteral("campus"), ctx.db.settings().campuses.value(0));
            const bool positive = ctx.rng.bounded(100) == 0;
            if (!positive) {
                r.set(QStringLiteral("inhibition_pct"), 3.0 + ctx.rng.bounded(330) / 10.0);
            } else {
                r.set(QStringLiteral("inhibition_pct"), 50.0 + ctx.rng.bounded(300) / 10.0);
                // Leeks give false positives: a retest usually clears them. Other batches are not used.
                if (vegetable == QStringLiteral("韭菜")) {
                    r.set(QStringLiteral("handling"), QStringLiteral("retested"));
                    r.set(QStringLiteral("retest_pct"), 15.0 + ctx.rng.bounded(200) / 10.0);
                    r.set(QStringLiteral("notes"), QStringLiteral("韭菜易出现假阳性，复检合格"));
                } else {
                    static const QStringList handlings{QStringLiteral("withheld"), QStringLiteral("returned"),
                                                       QStringLiteral("sent-to-lab")};
                    r.set(QStringLiteral("handling"), ctx.pick(handlings));
                    r.set(QStringLiteral("notes"), QStringLiteral("该批次暂停使用，已通知供应商"));
                }
            }
            out << r;
        }
    }
    return out;
}

QList<Record> certificates(Context& ctx, const QStringList& workers) {
    const QDate today = ctx.db.now().date();
    QList<Record> out;
    for (qsizetype i = 0; i < workers.size(); ++i) {
        // The latest certificate: issued 1 to 11 months ago, except one worker whose renewal is due in
        // about three weeks.
        QDate issued = i == 0 ? today.addYears(-1).addDays(22) : today.addDays(-30 - ctx.rng.bounded(300));
        QList<Record> mine;
        while (issued >= ctx.first.addYears(-1)) {
            Record r = newRecord(canteen::healthCertificatesKind(), nullptr, ctx.db.ruleContext());
            r.set(QStringLiteral("person"), workers[i]);
            r.set(QStringLiteral("certificate_no"), QStringLiteral("JKZ%1%2")
                                                        .arg(issued.toString(QStringLiteral("yyyyMMdd")))
                                                        .arg(i + 1, 3, 10, QLatin1Char('0')));
            r.set(QStringLiteral("issue_date"), issued);
            r.set(QStringLiteral("issuer"), QStringLiteral("区疾病预防控制中心"));
            mine.prepend(r);
            issued = issued.addYears(-1).addDays(-ctx.rng.bounded(10)); // renewed a few days early
        }
        out << mine; // oldest first: each renewal supersedes the one before (migration 0003)
    }
    return out;
}

QList<Record> morningChecks(Context& ctx, const QStringList& workers) {
    const QDateTime now = ctx.db.now();
    const QStringList checkers =
        ctx.healthTeachers.isEmpty() ? QStringList{QStringLiteral("保健老师")} : ctx.healthTeachers;
    QList<Record> out;
    const Record base = newRecord(canteen::morningChecksKind(), nullptr, ctx.db.ruleContext());
    for (const QDate& day : ctx.schoolDays()) {
        if (QDateTime(day, QTime(7, 30)) > now)
            continue;
        const QString checker = ctx.pick(checkers);
        for (const QString& worker : workers) {
            Record r = base;
            r.set(QStringLiteral("date"), day);
            r.set(QStringLiteral("person"), worker);
            r.set(QStringLiteral("checked_by"), checker == worker ? ctx.pick(checkers) : checker);
            r.set(QStringLiteral("temperature_c"), 36.1 + ctx.rng.bounded(9) / 10.0);
            const int roll = ctx.rng.bounded(1000);
            if (roll < 3) { // fever: sent home
                r.set(QStringLiteral("temperature_c"), 37.4 + ctx.rng.bounded(8) / 10.0);
                r.set(QStringLiteral("action"), QStringLiteral("暂停上岗，回家休息并就医"));
            } else if (roll < 5) {
                r.set(QStringLiteral("sore_throat"), true);
                r.set(QStringLiteral("action"), QStringLiteral("咽喉红肿，调离备餐岗位，建议就医"));
            } else if (roll < 12) { // put right on the spot, then ticked
                r.set(QStringLiteral("action"), ctx.rng.bounded(2) ? QStringLiteral("当场摘下戒指后上岗")
                                                                   : QStringLiteral("当场修剪指甲后上岗"));
            }
            out << r;
        }
    }
    return out;
}

} // namespace

Result<Summary> generateCanteenHealth(Context& ctx) {
    Summary summary;
    ListQuery q;
    q.equals << qMakePair(QStringLiteral("post"), QVariant(QStringLiteral("canteen")))
             << qMakePair(QStringLiteral("status"), QVariant(QStringLiteral("active")));
    auto staff = RecordRepository(ctx.db, staff::staffKind()).list(q);
    if (!staff)
        return staff.error();
    QStringList workers;
    for (const Record& r : *staff)
        workers << r.value(QStringLiteral("name")).toString();

    const QList<std::pair<const RecordKind*, QList<Record>>> batches{
        {&canteen::suppliersKind(), suppliers(ctx)},
        {&canteen::pesticideTestsKind(), pesticideTests(ctx)},
        {&canteen::healthCertificatesKind(), certificates(ctx, workers)},
        {&canteen::morningChecksKind(), morningChecks(ctx, workers)},
    };
    for (const auto& [kind, records] : batches) {
        auto n = insertAll(ctx, *kind, records);
        if (!n)
            return n.error();
        summary.insert(kind->key, *n);
    }
    return summary;
}

} // namespace houqin::demo
