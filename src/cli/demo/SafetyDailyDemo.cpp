// Demo data of the safety module, part two: the gate (visitors, early pickups, guard logs), duty rosters,
// drills, safety education and greenery, day by day along the school calendar of the plan's semesters.
#include "DemoData.h"
#include "domain/safety/SafetyCommon.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SchoolCalendarStore.h"

namespace houqin::demo {

namespace {

const QStringList& surnames() {
    static const QStringList s{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                               QStringLiteral("赵"), QStringLiteral("周"), QStringLiteral("吴"),
                               QStringLiteral("郑"), QStringLiteral("孙"), QStringLiteral("马")};
    return s;
}

QString personName(Context& ctx) {
    static const QStringList given{QStringLiteral("伟"),   QStringLiteral("强"),   QStringLiteral("磊"),
                                   QStringLiteral("军"),   QStringLiteral("丽娟"), QStringLiteral("晓东"),
                                   QStringLiteral("海涛"), QStringLiteral("春梅"), QStringLiteral("建华"),
                                   QStringLiteral("红")};
    return ctx.pick(surnames()) + ctx.pick(given);
}

QString childName(Context& ctx) {
    static const QStringList given{QStringLiteral("子涵"), QStringLiteral("梓萱"), QStringLiteral("一诺"),
                                   QStringLiteral("浩宇"), QStringLiteral("欣怡"), QStringLiteral("宇轩"),
                                   QStringLiteral("思彤"), QStringLiteral("俊熙"), QStringLiteral("沐阳"),
                                   QStringLiteral("可馨")};
    return ctx.pick(surnames()) + ctx.pick(given);
}

QString phone(Context& ctx) {
    return QStringLiteral("13%1").arg(ctx.rng.bounded(100000000, 999999999));
}

// A plausible (fake) 18-character resident ID: a region code, a birth date, a sequence number and the
// ISO 7064 MOD 11-2 check character.
QString idNumber(Context& ctx) {
    static const QStringList regions{QStringLiteral("310115"), QStringLiteral("320102"),
                                     QStringLiteral("330106"), QStringLiteral("110105")};
    const QDate birth = QDate(1965, 1, 1).addDays(ctx.rng.bounded(365 * 35));
    QString id = ctx.pick(regions) + birth.toString(QStringLiteral("yyyyMMdd")) +
                 QStringLiteral("%1").arg(ctx.rng.bounded(1000), 3, 10, QLatin1Char('0'));
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    return id + QStringLiteral("10X98765432").at(sum % 11);
}

QString themeOf(int month) {
    const QString plan = safety::monthTheme(month);
    if (!plan.isEmpty())
        return plan;
    static const QMap<int, QString> others{
        {2, QStringLiteral("开学安全教育")}, {3, QStringLiteral("防拐骗安全")},
        {4, QStringLiteral("防溺水安全")},   {5, QStringLiteral("防震减灾")},
        {6, QStringLiteral("暑期安全")},     {7, QStringLiteral("暑期安全")},
        {8, QStringLiteral("暑期安全")}};
    return others.value(month);
}

} // namespace

Result<Summary> generateSafetyDaily(Context& ctx) {
    Summary summary;
    const QStringList campuses = ctx.db.settings().campuses;
    const QDateTime now = ctx.db.now();
    const QDate today = now.date();
    auto calendar = loadSchoolCalendar(ctx.db);
    if (!calendar)
        return calendar.error();
    auto classes = RecordRepository(ctx.db, safety::classesKind()).list();
    if (!classes)
        return classes.error();
    QList<Record> visitors, pickups, guardLogs, duty, drills, education, greenery;
    const QStringList leaders = ctx.office;
    QMap<QString, QString> phones;
    for (const QString& p : leaders + ctx.guards)
        phones.insert(p, phone(ctx));

    for (QDate d = ctx.first; d <= today; d = d.addDays(1)) {
        const bool school = calendar->isSchoolDay(d);
        // Guard logs, day and night shift, every day; tonight's shift not yet.
        for (const QString& shift : {QStringLiteral("day"), QStringLiteral("night")}) {
            if (d == today && (shift == QStringLiteral("night") || now.time() < QTime(17, 0)))
                continue;
            Record r;
            r.set(QStringLiteral("date"), d);
            r.set(QStringLiteral("shift"), shift);
            r.set(QStringLiteral("guard"), ctx.pick(ctx.guards));
            r.set(QStringLiteral("patrol_times"), shift == QStringLiteral("day")
                                                      ? QStringLiteral("9:00、12:30、16:30")
                                                      : QStringLiteral("20:00、23:00、2:00、5:00"));
            r.set(QStringLiteral("handover"), QStringLiteral("门禁、监控正常，钥匙已交接"));
            if (ctx.rng.bounded(60) == 0)
                r.set(QStringLiteral("unusual"), QStringLiteral("围墙外有可疑人员逗留，已报告并记录"));
            guardLogs << r;
        }
        // Duty: 领导带班 on school days, 寒假值班 in the winter holiday, 24 小时值班 otherwise.
        {
            const bool winter = !calendar->inTerm(d) && (d.month() == 1 || d.month() == 2);
            Record r;
            r.set(QStringLiteral("date"), d);
            const QString kind = school   ? QStringLiteral("leader")
                                 : winter ? QStringLiteral("winter")
                                          : QStringLiteral("24h");
            r.set(QStringLiteral("duty_kind"), kind);
            const QString person = ctx.pick(school ? leaders : leaders + ctx.guards);
            r.set(QStringLiteral("person"), person);
            r.set(QStringLiteral("phone"), phones.value(person));
            r.set(QStringLiteral("shift"),
                  school ? QStringLiteral("7:30-17:30") : QStringLiteral("8:00-次日8:00"));
            duty << r;
        }
        // Greenery a few times a month.
        if (d.dayOfWeek() <= 5 && ctx.rng.bounded(8) == 0) {
            const bool summer = d.month() >= 5 && d.month() <= 9;
            static const QStringList areas{QStringLiteral("前院草坪"), QStringLiteral("种植园"),
                                           QStringLiteral("围墙绿篱"), QStringLiteral("后院树木")};
            Record r;
            r.set(QStringLiteral("date"), d);
            r.set(QStringLiteral("task"),
                  ctx.pick(summer ? QStringList{QStringLiteral("watering"), QStringLiteral("weeding"),
                                                QStringLiteral("spraying")}
                                  : QStringList{QStringLiteral("pruning"), QStringLiteral("weeding")}));
            r.set(QStringLiteral("area"), ctx.pick(areas));
            r.set(QStringLiteral("done_by"), ctx.pick(ctx.guards));
            greenery << r;
        }
        if (!school)
            continue;
        // Visitors on most school days, signed out; very rarely one with a fever, kept on record.
        const int visits = ctx.rng.bounded(4);
        for (int i = 0; i < visits; ++i) {
            static const QList<QPair<QString, QString>> purposes{
                {QStringLiteral("区教育局"), QStringLiteral("安全工作检查")},
                {QStringLiteral("消防维保公司"), QStringLiteral("消防设施维保")},
                {QStringLiteral("绿源配送"), QStringLiteral("送货")},
                {QStringLiteral("社区卫生服务中心"), QStringLiteral("卫生保健指导")},
                {QStringLiteral("家长"), QStringLiteral("送物品")}};
            const auto& [unit, purpose] = ctx.pick(purposes);
            const QDateTime in(d, QTime(8 + ctx.rng.bounded(8), ctx.rng.bounded(60)));
            if (in > now)
                continue;
            Record r;
            r.set(QStringLiteral("time_in"), in);
            r.set(QStringLiteral("name"), personName(ctx));
            r.set(QStringLiteral("phone"), phone(ctx));
            r.set(QStringLiteral("id_number"), idNumber(ctx));
            r.set(QStringLiteral("unit"), unit);
            r.set(QStringLiteral("purpose"), purpose);
            r.set(QStringLiteral("received_by"), ctx.pick(leaders));
            const bool fever = ctx.rng.bounded(500) == 0;
            r.set(QStringLiteral("temperature_c"),
                  (fever ? 373 + ctx.rng.bounded(6) : 360 + ctx.rng.bounded(13)) / 10.0);
            r.set(QStringLiteral("time_out"),
                  qMin(now, in.addSecs(60 * (fever ? 2 : 20 + ctx.rng.bounded(90)))));
            r.set(QStringLiteral("guard"), ctx.pick(ctx.guards));
            visitors << r;
        }
        // Early pickups, a few a week, each signed by the class teacher before the child leaves.
        if (ctx.rng.bounded(5) < 2) {
            const Record& cls = ctx.pick(*classes);
            static const QStringList relations{QStringLiteral("妈妈"), QStringLiteral("爸爸"),
                                               QStringLiteral("奶奶"), QStringLiteral("爷爷"),
                                               QStringLiteral("外婆")};
            static const QStringList reasons{QStringLiteral("去医院看病"), QStringLiteral("接种疫苗"),
                                             QStringLiteral("家中有事"), QStringLiteral("身体不适")};
            const QDateTime arrived(d, QTime(9 + ctx.rng.bounded(6), ctx.rng.bounded(60)));
            if (arrived <= now) {
                Record r;
                r.set(QStringLiteral("arrived_at"), arrived);
                r.set(QStringLiteral("child"), childName(ctx));
                r.set(QStringLiteral("class_name"), cls.value(QStringLiteral("name")));
                r.set(QStringLiteral("collector"), personName(ctx));
                r.set(QStringLiteral("relation"), ctx.pick(relations));
                r.set(QStringLiteral("reason"), ctx.pick(reasons));
                r.set(QStringLiteral("guard"), ctx.pick(ctx.guards));
                const QDateTime signedAt = arrived.addSecs(60 * (2 + ctx.rng.bounded(5)));
                const QDateTime left = signedAt.addSecs(60 * (1 + ctx.rng.bounded(5)));
                if (left <= now) {
                    r.set(QStringLiteral("teacher_signed_by"), cls.value(QStringLiteral("head_teacher")));
                    r.set(QStringLiteral("teacher_signed_at"), signedAt);
                    r.set(QStringLiteral("left_at"), left);
                }
                pickups << r;
            }
        }
    }

    // Safety education: every class once a month in term, on one of the month's first school days, with
    // the month's theme; drills: one per campus each quarter, in its first school weeks.
    static const QList<QPair<QString, QString>> forms{
        {QStringLiteral("lesson"), QStringLiteral("集体教学活动")},
        {QStringLiteral("talk"), QStringLiteral("晨间谈话")},
        {QStringLiteral("drill"), QStringLiteral("班级演练")},
        {QStringLiteral("letter"), QStringLiteral("致家长的一封信")}};
    for (QDate month(ctx.first.year(), ctx.first.month(), 1); month <= today; month = month.addMonths(1)) {
        QList<QDate> days;
        for (QDate d = month; d.month() == month.month() && d <= today && days.size() < 12; d = d.addDays(1))
            if (d >= ctx.first && calendar->isSchoolDay(d))
                days << d;
        if (days.isEmpty())
            continue;
        for (const Record& cls : *classes) {
            const auto& [form, note] = ctx.pick(forms);
            Record r;
            r.set(QStringLiteral("date"), ctx.pick(days));
            r.set(QStringLiteral("theme"), themeOf(month.month()));
            r.set(QStringLiteral("class_name"), cls.value(QStringLiteral("name")));
            r.set(QStringLiteral("form"), form);
            r.set(QStringLiteral("teacher"), cls.value(QStringLiteral("head_teacher")));
            r.set(QStringLiteral("notes"), note);
            education << r;
        }
    }
    static const QStringList drillKinds{QStringLiteral("fire"), QStringLiteral("earthquake"),
                                        QStringLiteral("abduction")};
    int drillNo = 0;
    for (QDate quarter = safety::quarterStart(ctx.first); quarter <= today; quarter = quarter.addMonths(3)) {
        QList<QDate> days;
        for (QDate d = qMax(quarter, ctx.first); d < quarter.addMonths(3) && d <= today && days.size() < 25;
             d = d.addDays(1))
            if (calendar->isSchoolDay(d))
                days << d;
        if (days.isEmpty())
            continue;
        const QString kind = drillKinds.at(drillNo++ % drillKinds.size());
        for (int c = 0; c < campuses.size(); ++c) {
            Record r;
            r.set(QStringLiteral("date"), ctx.pick(days));
            r.set(QStringLiteral("drill_kind"), kind);
            r.set(QStringLiteral("campus"), campuses.at(c));
            r.set(QStringLiteral("participants"), 160 + ctx.rng.bounded(60));
            r.set(QStringLiteral("evacuation_seconds"), 90 + ctx.rng.bounded(90));
            if (ctx.rng.bounded(4) == 0)
                r.set(QStringLiteral("problems"), QStringLiteral("小班幼儿下楼速度偏慢，需加强日常练习"));
            drills << r;
        }
    }

    const QList<QPair<const RecordKind*, QList<Record>*>> all{
        {&safety::visitorsKind(), &visitors},   {&safety::earlyPickupsKind(), &pickups},
        {&safety::guardLogsKind(), &guardLogs}, {&safety::dutyRostersKind(), &duty},
        {&safety::drillsKind(), &drills},       {&safety::safetyEducationKind(), &education},
        {&safety::greeneryKind(), &greenery}};
    for (const auto& [kind, records] : all) {
        auto ids = RecordRepository(ctx.db, *kind).insertAll(*records, ctx.who);
        if (!ids)
            return ids.error();
        summary.insert(kind->key, int(ids->size()));
    }
    return summary;
}

} // namespace houqin::demo
