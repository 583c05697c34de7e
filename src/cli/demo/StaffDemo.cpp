#include "DemoData.h"
#include "domain/staff/StaffKind.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

namespace houqin::demo {

Result<int> generateStaff(Context& ctx) {
    static const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                      QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                      QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"),
                                      QStringLiteral("周"), QStringLiteral("徐"), QStringLiteral("孙"),
                                      QStringLiteral("朱"), QStringLiteral("胡"), QStringLiteral("林")};
    static const QStringList given{
        QStringLiteral("芳"),   QStringLiteral("敏"),   QStringLiteral("静"),   QStringLiteral("丽"),
        QStringLiteral("燕"),   QStringLiteral("艳"),   QStringLiteral("娟"),   QStringLiteral("霞"),
        QStringLiteral("婷"),   QStringLiteral("雪梅"), QStringLiteral("晓红"), QStringLiteral("建国"),
        QStringLiteral("志强"), QStringLiteral("海燕"), QStringLiteral("玉兰"), QStringLiteral("春华"),
        QStringLiteral("秀英"), QStringLiteral("文静"), QStringLiteral("佳怡"), QStringLiteral("慧")};
    // post -> how many
    const QList<QPair<QString, int>> posts{
        {QStringLiteral("director"), 1}, {QStringLiteral("administrator"), 3},
        {QStringLiteral("teacher"), 16}, {QStringLiteral("childcare"), 8},
        {QStringLiteral("health"), 2},   {QStringLiteral("canteen"), 6},
        {QStringLiteral("security"), 3}, {QStringLiteral("finance"), 1}};
    const RecordKind& kind = staff::staffKind();
    const QStringList campuses = ctx.db.settings().campuses;
    // post -> department; no random numbers here, so the rest of the demo stays as it was.
    const QMap<QString, QString> departments{{QStringLiteral("director"), QStringLiteral("园办")},
                                             {QStringLiteral("administrator"), QStringLiteral("园办")},
                                             {QStringLiteral("teacher"), QStringLiteral("教学部")},
                                             {QStringLiteral("childcare"), QStringLiteral("保育组")},
                                             {QStringLiteral("health"), QStringLiteral("保健室")},
                                             {QStringLiteral("canteen"), QStringLiteral("食堂")},
                                             {QStringLiteral("security"), QStringLiteral("安保组")},
                                             {QStringLiteral("finance"), QStringLiteral("园办")}};
    QList<Record> people;
    QStringList used;
    QString firstChildcare;
    int n = 0;
    for (const auto& [post, count] : posts)
        for (int i = 0; i < count; ++i) {
            QString name;
            do
                name = ctx.pick(surnames) + ctx.pick(given);
            while (used.contains(name));
            used << name;
            Record r = newRecord(kind, nullptr, ctx.db.ruleContext());
            r.set(QStringLiteral("name"), name);
            r.set(QStringLiteral("post"), post);
            r.set(QStringLiteral("campus"), campuses.at(i % campuses.size()));
            r.set(QStringLiteral("department"), departments.value(post));
            // Hired over the years before the span; the last two childcare workers are this year's new ones,
            // each with a mentor (师徒结对).
            const bool newcomer = post == QStringLiteral("childcare") && i >= count - 2;
            r.set(QStringLiteral("hire_date"),
                  newcomer ? ctx.last.addDays(-60) : ctx.first.addDays(-30 - (n++ * 97) % 4000));
            if (post == QStringLiteral("childcare") && i == 0)
                firstChildcare = name;
            if (newcomer)
                r.set(QStringLiteral("mentor"), firstChildcare);
            r.set(QStringLiteral("phone"), QStringLiteral("13%1").arg(ctx.rng.bounded(100000000, 999999999)));
            r.set(QStringLiteral("status"),
                  ctx.rng.bounded(20) == 0 ? QStringLiteral("left") : QStringLiteral("active"));
            if (r.value(QStringLiteral("status")).toString() == QStringLiteral("active")) {
                ctx.activeStaff << name;
                if (post == QStringLiteral("teacher"))
                    ctx.teachers << name;
                if (post == QStringLiteral("director") || post == QStringLiteral("administrator"))
                    ctx.office << name;
                if (post == QStringLiteral("security"))
                    ctx.guards << name;
            }
            if (post == QStringLiteral("canteen"))
                ctx.canteenStaff << name;
            if (post == QStringLiteral("health"))
                ctx.healthTeachers << name;
            people << r;
        }
    RecordRepository repo(ctx.db, kind);
    auto ids = repo.insertAll(people, ctx.who);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

} // namespace houqin::demo
