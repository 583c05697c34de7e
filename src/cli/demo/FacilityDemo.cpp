// Demo data of the assets module, part 2c: facility checks of both campuses over the span (a daily small
// check every school day, the weekly big check on the week's last school day, the monthly full check on the
// month's last school day) with a few failed items, most of them sent to repair or to the hazard register and
// the newest left for the office to handle; and the monthly water and electricity readings of both campuses,
// with the seasons (air conditioning in summer and winter, less water in the holidays), a little growth
// every year and one kitchen meter replaced.
#include "DemoData.h"
#include "domain/assets/AssetKinds.h"
#include "domain/safety/Checklists.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/WorkflowService.h"
#include "storage/assets/LineRepairs.h"
#include "storage/safety/LineHazards.h"

#include <QtMath>
#include <algorithm>

namespace houqin::demo {

namespace {

namespace f = assets::facility;
namespace u = assets::utility;
namespace rp = assets::repair;
namespace cl = safety::checklist;

// What a failed item's note says, by the checklist's area.
QString faultFor(const QString& area, QRandomGenerator& rng) {
    static const QMap<QString, QStringList> notes{
        {QStringLiteral("电器设备"),
         {QStringLiteral("插座面板松动"), QStringLiteral("空调滤网积灰，制冷差")}},
        {QStringLiteral("活动场所"),
         {QStringLiteral("塑胶地面翘起一块"), QStringLiteral("围栏一处螺丝脱落")}},
        {QStringLiteral("大型玩具"), {QStringLiteral("滑梯扶手螺丝松动"), QStringLiteral("秋千链条磨损")}},
        {QStringLiteral("体育器材"), {QStringLiteral("平衡木支脚松动"), QStringLiteral("两个皮球漏气")}},
        {QStringLiteral("楼道"), {QStringLiteral("楼梯防滑条脱落"), QStringLiteral("应急灯不亮")}},
        {QStringLiteral("门窗"), {QStringLiteral("窗户限位器损坏"), QStringLiteral("门吸脱落")}},
    };
    const QStringList list = notes.value(area, {QStringLiteral("需要检修")});
    return list.at(rng.bounded(int(list.size())));
}

struct Plan {
    Record record;
    bool handled = true; // failures older than a few days were sent to repair or the hazard register
    bool toHazard = false;
};

Result<Summary> makeChecks(Context& ctx) {
    const RuleContext rc = ctx.db.ruleContext();
    const RecordKind& kind = assets::facilityChecksKind();
    // Each level's template lines, read once.
    QMap<QString, QList<Record>> lines;
    for (const QString& level : {f::kDaily, f::kWeekly, f::kMonthly}) {
        Record r;
        r.set(f::kLevel, level);
        kind.fillLines(r, rc);
        lines.insert(level, r.lines);
    }
    const QStringList checkers = ctx.office.isEmpty() ? ctx.activeStaff : ctx.office;
    const QStringList guards = ctx.guards.isEmpty() ? checkers : ctx.guards;
    const QList<QDate> days = ctx.schoolDays();
    const QDate today = ctx.db.now().date();
    QList<Plan> plans;
    for (int i = 0; i < days.size(); ++i) {
        const QDate day = days.at(i);
        const QDate next = i + 1 < days.size() ? days.at(i + 1) : QDate();
        QStringList levels{f::kDaily};
        if (!next.isValid() || next.weekNumber() != day.weekNumber())
            levels << f::kWeekly;
        if (!next.isValid() || next.month() != day.month())
            levels << f::kMonthly;
        for (const QString& campus : ctx.db.settings().campuses)
            for (const QString& level : levels) {
                Plan p;
                Record& r = p.record;
                r.set(f::kDate, day);
                r.set(f::kCampus, campus);
                r.set(f::kLevel, level);
                r.set(f::kChecker, level == f::kDaily ? ctx.pick(guards) : ctx.pick(checkers));
                r.set(f::kArea,
                      level == f::kDaily ? QStringLiteral("户外场地、楼道") : QStringLiteral("全园"));
                // December and January's full checks see to the outdoor equipment's frost protection.
                r.set(f::kFrostProtected, level == f::kMonthly && (day.month() == 12 || day.month() == 1));
                r.lines = lines.value(level);
                // Failures: rare on a daily check, more often on the weekly and monthly ones.
                const int chance = level == f::kDaily ? 40 : level == f::kWeekly ? 6 : 3;
                if (ctx.rng.bounded(chance) == 0) {
                    Record& line = r.lines[ctx.rng.bounded(int(r.lines.size()))];
                    line.set(cl::kResult, cl::kFail);
                    line.set(cl::kNote, faultFor(line.value(cl::kArea).toString(), ctx.rng));
                    r.set(f::kProblems, line.value(cl::kNote));
                    p.handled = day.daysTo(today) > 4;
                    p.toHazard =
                        line.value(cl::kArea).toString() == QStringLiteral("楼道") || ctx.rng.bounded(4) == 0;
                }
                // The last school day's daily check of the last campus found something nobody has sent on
                // yet.
                if (i == days.size() - 1 && level == f::kDaily &&
                    campus == ctx.db.settings().campuses.last()) {
                    Record& line = r.lines[2];
                    line.set(cl::kResult, cl::kFail);
                    line.set(cl::kNote, faultFor(line.value(cl::kArea).toString(), ctx.rng));
                    r.set(f::kProblems, line.value(cl::kNote));
                    p.handled = false;
                }
                plans << p;
            }
    }
    QList<Record> records;
    for (const Plan& p : plans)
        records << p.record;
    auto ids = RecordRepository(ctx.db, kind).insertAll(records, ctx.who);
    if (!ids)
        return ids.error();
    Summary summary;
    summary.insert(kind.key, int(ids->size()));
    // Failures sent on: most to repair (the workflow carried through for the older ones), some to hazards.
    WorkflowService wf(ctx.db);
    const QStringList repairers{QStringLiteral("王师傅"), QStringLiteral("李师傅")};
    int repairs = 0, hazards = 0;
    for (int i = 0; i < plans.size(); ++i) {
        const Plan& p = plans.at(i);
        if (assets::repairLines(kind, p.record).isEmpty() ||
            !std::any_of(p.record.lines.cbegin(), p.record.lines.cend(),
                         [](const Record& l) { return l.value(cl::kResult).toString() == cl::kFail; }) ||
            !p.handled)
            continue;
        if (p.toHazard) {
            auto opened = safety::openHazardsForLines(ctx.db, kind, ids->at(i), ctx.who);
            if (!opened)
                return opened.error();
            hazards += int(opened->hazardIds.size());
            continue;
        }
        auto opened = assets::openRepairsForLines(ctx.db, kind, ids->at(i), ctx.who);
        if (!opened)
            return opened.error();
        for (qint64 id : opened->repairIds) {
            ++repairs;
            const QDate day = p.record.value(f::kDate).toDate();
            const qint64 age = day.daysTo(today);
            const QString repairer = ctx.pick(repairers);
            auto step = [&](const QString& key, const QVariantMap& filled, const Actor& who) {
                auto r = wf.take(assets::repairsKind(), id, key, filled, {}, who);
                return r ? Status() : Status(r.error());
            };
            if (Status s = step(QStringLiteral("dispatch"),
                                {{rp::kRepairBy, QStringLiteral("maintenance")}, {rp::kAssignee, repairer}},
                                Actor{checkers.value(0)});
                !s)
                return s.error();
            if (age < 7)
                continue; // being repaired
            if (Status s = step(QStringLiteral("complete"),
                                {{rp::kCompletedOn, day.addDays(1 + ctx.rng.bounded(3))},
                                 {rp::kCost, QVariant::fromValue<qint64>((ctx.rng.bounded(30)) * 1000)},
                                 {rp::kWorkDone, QStringLiteral("已紧固、更换配件，复查合格")}},
                                Actor{repairer});
                !s)
                return s.error();
            QStringList acceptors = checkers;
            acceptors.removeAll(repairer);
            if (Status s =
                    step(QStringLiteral("accept"), {}, Actor{acceptors.value(0, QStringLiteral("园长"))});
                !s)
                return s.error();
        }
    }
    summary.insert(QStringLiteral("repairs"), repairs);
    summary.insert(QStringLiteral("hazards"), hazards);
    return summary;
}

// A month's use of a meter: a base by campus and kind, the season's factor, 3 % growth a year, some noise.
double monthUse(const QString& meter, int campusIndex, QDate month, int yearsBack, QRandomGenerator& rng) {
    const int m = month.month();
    const bool holiday = m == 8 || m == 2;
    double base = 0, season = 1;
    if (meter == QStringLiteral("总水表")) {
        base = campusIndex == 0 ? 520 : 380;
        season = holiday ? 0.35 : (m >= 6 && m <= 9) ? 1.25 : 1.0;
    } else if (meter == QStringLiteral("总电表")) {
        base = campusIndex == 0 ? 14500 : 10800;
        season = holiday ? 0.45 : (m == 7 || m == 6 || m == 9) ? 1.45 : (m == 12 || m == 1) ? 1.3 : 1.0;
    } else { // 厨房电表
        base = campusIndex == 0 ? 3100 : 2400;
        season = holiday ? 0.2 : 1.0;
    }
    const double growth = std::pow(1.03, -yearsBack);
    return base * season * growth * (0.93 + 0.14 * rng.generateDouble());
}

Result<int> makeReadings(Context& ctx) {
    struct Meter {
        QString name, type;
    };
    const QList<Meter> meters{{QStringLiteral("总水表"), u::kWater},
                              {QStringLiteral("总电表"), u::kElectricity},
                              {QStringLiteral("厨房电表"), u::kElectricity}};
    const QDate today = ctx.db.now().date();
    const QStringList campuses = ctx.db.settings().campuses;
    const QStringList readers = ctx.office.isEmpty() ? ctx.activeStaff : ctx.office;
    QList<Record> records;
    for (int c = 0; c < campuses.size(); ++c)
        for (const Meter& meter : meters) {
            double reading = 10000 + 1000 * ctx.rng.bounded(90);
            bool replaced = false;
            // Read on the last day of every month (its use counts in that month), from the month before the
            // span starts to last month.
            const QDate start = QDate(ctx.first.year(), ctx.first.month(), 1).addDays(-1);
            for (QDate day = start; day <= today;
                 day = QDate(day.year(), day.month(), 1).addMonths(2).addDays(-1)) {
                Record r;
                r.set(u::kCampus, campuses.at(c));
                r.set(u::kMeter, meter.name);
                r.set(u::kMeterType, meter.type);
                r.set(u::kDate, day);
                r.set(u::kReader, ctx.pick(readers));
                r.set(u::kReset, false);
                if (day != start) {
                    const QDate month = day;
                    const double use =
                        monthUse(meter.name, c, month, int(month.daysTo(today) / 365), ctx.rng);
                    // The first campus's kitchen meter was replaced half a year ago: the new one starts at 0.
                    if (!replaced && c == 0 && meter.name == QStringLiteral("厨房电表") &&
                        day.daysTo(today) < 190 && day.daysTo(today) > 150) {
                        replaced = true;
                        reading = use;
                        r.set(u::kReset, true);
                        r.set(u::kNote, QStringLiteral("旧表损坏，更换新表"));
                    } else {
                        reading += use;
                    }
                }
                r.set(u::kReading, std::round(reading * 10) / 10);
                records << r;
            }
        }
    auto ids = RecordRepository(ctx.db, assets::utilityReadingsKind()).insertAll(records, ctx.who);
    if (!ids)
        return ids.error();
    return int(ids->size());
}

} // namespace

Result<Summary> generateFacilities(Context& ctx) {
    auto summary = makeChecks(ctx);
    if (!summary)
        return summary.error();
    auto readings = makeReadings(ctx);
    if (!readings)
        return readings.error();
    summary->insert(QStringLiteral("utility-readings"), *readings);
    return summary;
}

} // namespace houqin::demo
