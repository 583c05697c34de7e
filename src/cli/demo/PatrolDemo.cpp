// Demo data of the staff-and-training module, part two: the administrators' three daily walk-throughs
// (一日三巡) on school days, now and then a problem that is registered as a hazard with the one action and
// taken through the 整改 workflow (most closed), and merits; three mentor pairs with a review each month;
// a skills competition and awards each semester.
#include "DemoData.h"
#include "domain/safety/Hazards.h"
#include "domain/staff/Mentoring.h"
#include "domain/staff/Patrols.h"
#include "domain/staff/StaffKind.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SchoolCalendarStore.h"
#include "storage/safety/LineHazards.h"

namespace houqin::demo {

namespace {

namespace pt = staff::patrol;
namespace mt = staff::mentoring;

struct Found {
    const char* area;
    const char* note;
};

const QList<Found>& problems() {
    static const QList<Found> list{
        {"教室", "午睡室被褥叠放不整齐，地面有纸屑"},
        {"教室", "盥洗室毛巾未按标识挂放"},
        {"教室", "消毒柜未开启，餐具消毒记录缺一次"},
        {"食堂", "操作间地面湿滑，未放置警示牌"},
        {"食堂", "留样柜温度记录未填写"},
        {"食堂", "生熟砧板混放"},
        {"校园", "大型玩具滑梯扶手螺丝松动"},
        {"校园", "户外场地角落有积水"},
        {"校园", "楼道应急灯不亮"},
    };
    return list;
}

const QList<Found>& merits() {
    static const QList<Found> list{
        {"教室", "保育员协助幼儿午餐耐心细致，餐后整理及时"},
        {"教室", "班级物品6S摆放整齐，窗明几净"},
        {"食堂", "食堂员工操作规范，穿戴整齐"},
        {"食堂", "留样及时，记录完整"},
        {"校园", "保洁区干净，无杂草无纸屑"},
        {"校园", "门卫接送时段着装执勤，秩序良好"},
    };
    return list;
}

// The active administrators, in name order.
QStringList administrators(Context& ctx) {
    ListQuery q;
    q.equals = {{QStringLiteral("post"), QStringLiteral("administrator")},
                {QStringLiteral("status"), QStringLiteral("active")}};
    auto staff = RecordRepository(ctx.db, staff::staffKind()).list(q);
    QStringList names;
    if (staff)
        for (const Record& r : *staff)
            names << r.value(QStringLiteral("name")).toString();
    names.sort();
    return names;
}

Result<int> generateRounds(Context& ctx, Summary& summary) {
    const QStringList admins = administrators(ctx);
    const QStringList campuses = ctx.db.settings().campuses;
    const QList<QTime> due = ctx.db.settings().patrolRoundTimes;
    const QDateTime now = ctx.db.now();
    const RecordKind& kind = staff::patrolsKind();
    RecordRepository repo(ctx.db, kind);
    QList<Record> records;
    for (const QDate& day : ctx.schoolDays())
        for (int a = 0; a < admins.size(); ++a)
            for (int round = 1; round <= pt::kRounds; ++round) {
                // Today's rounds only once they are due: the dashboard of the demo starts quiet.
                if (day == now.date() && now.time() < due.value(round - 1))
                    continue;
                Record r;
                r.set(pt::kDate, day);
                r.set(pt::kRound, pt::roundKey(round));
                r.set(pt::kAdministrator, admins.at(a));
                r.set(pt::kCampus, campuses.at(a % campuses.size()));
                r.set(pt::kAreas, QStringLiteral("校园、教室、食堂"));
                const int dice = ctx.rng.bounded(100);
                if (dice < 2) {
                    const Found& f = ctx.pick(problems());
                    Record line;
                    line.set(pt::kFinding, pt::kProblem);
                    line.set(pt::kArea, QString::fromUtf8(f.area));
                    line.set(pt::kNote, QString::fromUtf8(f.note));
                    r.lines << line;
                    r.set(pt::kNotes, QStringLiteral("已与相关人员交换意见，限时整改"));
                }
                if (dice >= 2 && dice < 20) {
                    const Found& f = ctx.pick(merits());
                    Record line;
                    line.set(pt::kFinding, pt::kMerit);
                    line.set(pt::kArea, QString::fromUtf8(f.area));
                    line.set(pt::kNote, QString::fromUtf8(f.note));
                    r.lines << line;
                }
                records << r;
            }
    auto ids = repo.insertAll(records, ctx.who);
    if (!ids)
        return ids.error();
    summary[kind.key] += int(ids->size());
    int hazards = 0;
    for (int i = 0; i < records.size(); ++i) {
        if (safety::hazardLines(kind, records.at(i)).isEmpty())
            continue;
        auto opened = safety::openHazardsForLines(ctx.db, kind, ids->at(i),
                                                  Actor{records.at(i).value(pt::kAdministrator).toString()});
        if (!opened)
            return opened.error();
        for (qint64 h : opened->hazardIds) {
            if (Status s = runHazardWorkflow(ctx, h, records.at(i).value(pt::kDate).toDate(), false, true);
                !s)
                return s.error();
            ++hazards;
        }
    }
    return hazards;
}

Status generateMentors(Context& ctx, Summary& summary) {
    ListQuery q;
    q.equals = {{QStringLiteral("post"), QStringLiteral("childcare")},
                {QStringLiteral("status"), QStringLiteral("active")}};
    auto childcare = RecordRepository(ctx.db, staff::staffKind()).list(q);
    if (!childcare)
        return childcare.error();
    QStringList names;
    for (const Record& r : *childcare)
        names << r.value(QStringLiteral("name")).toString();
    names.sort();
    if (names.size() < 6)
        return {};
    const QDate today = ctx.db.now().date();
    const QDate semester =
        ctx.db.settings().semesterStart.isValid() ? ctx.db.settings().semesterStart : today.addMonths(-2);
    static const QStringList goals{
        QStringLiteral("熟悉一日生活流程，掌握消毒规范"),
        QStringLiteral("掌握幼儿进餐、午睡的照料要点，能独立完成班级保育工作"),
        QStringLiteral("学会与教师配合组织生活活动，做好家长沟通"),
    };
    static const QStringList notes{
        QStringLiteral("能按流程完成消毒，记录规范"),
        QStringLiteral("午睡巡视到位，需加强对个别幼儿的关注"),
        QStringLiteral("进餐照料耐心，餐后整理速度有提高"),
        QStringLiteral("与班级教师配合默契，继续保持"),
        QStringLiteral("物品摆放需进一步规范"),
    };
    QList<Record> pairs;
    for (int i = 0; i < 3; ++i) {
        Record r;
        r.set(mt::kMentor, names.at(i));
        r.set(mt::kApprentice, names.at(names.size() - 1 - i));
        // Two pairs of this semester, one from the semester before, finished.
        const QDate start = i < 2 ? semester : qMax(ctx.first, semester.addMonths(-6));
        const QDate end = i < 2 ? QDate() : semester.addDays(-30);
        r.set(mt::kStart, start);
        if (end.isValid() && end >= start)
            r.set(mt::kEnd, end);
        r.set(mt::kGoals, goals.at(i));
        const QDate last = end.isValid() && end >= start ? end : today;
        for (QDate m(start.year(), start.month(), 1); m <= last; m = m.addMonths(1)) {
            Record line;
            line.set(mt::kMonth, m.toString(QStringLiteral("yyyy-MM")));
            line.set(mt::kNote, ctx.pick(notes));
            line.set(mt::kReviewer, ctx.pick(ctx.office));
            r.lines << line;
        }
        pairs << r;
    }
    auto ids = RecordRepository(ctx.db, staff::mentorPairsKind()).insertAll(pairs, ctx.who);
    if (!ids)
        return ids.error();
    summary[staff::mentorPairsKind().key] += int(ids->size());
    return {};
}

// A competition in the middle and awards at the end of each term (mid-December, mid-June).
Status generateRecognition(Context& ctx, Summary& summary) {
    static const QStringList contests{QStringLiteral("保育员技能竞赛：叠被子、穿衣服"),
                                      QStringLiteral("后勤岗位练兵：消毒液配比"),
                                      QStringLiteral("食堂厨艺比武：营养午餐"), QStringLiteral("讲故事比赛")};
    static const QStringList awards{QStringLiteral("优秀保育员"), QStringLiteral("优秀后勤工作者"),
                                    QStringLiteral("服务之星")};
    const QDate today = ctx.db.now().date();
    QList<Record> competitions, winners;
    for (QDate d(ctx.first.year(), ctx.first.month(), 1); d <= today; d = d.addMonths(1)) {
        QDate contestDay(d.year(), d.month(), 15);
        while (contestDay.dayOfWeek() > 5) // on a working day
            contestDay = contestDay.addDays(-1);
        if ((d.month() == 11 || d.month() == 5) && contestDay >= ctx.first && contestDay <= today) {
            Record r;
            r.set(QStringLiteral("date"), contestDay);
            r.set(QStringLiteral("title"), ctx.pick(contests));
            QStringList people;
            for (int i = 0; i < 4; ++i)
                people << ctx.pick(ctx.activeStaff);
            people.removeDuplicates();
            r.set(QStringLiteral("participants"), people.join(QStringLiteral("、")));
            r.set(QStringLiteral("result"),
                  QStringLiteral("一等奖：") + people.first() + QStringLiteral("；二等奖：") + people.last());
            competitions << r;
        }
        QDate awardDay(d.year(), d.month(), 20);
        while (awardDay.dayOfWeek() > 5)
            awardDay = awardDay.addDays(-1);
        if ((d.month() == 1 || d.month() == 6) && awardDay >= ctx.first && awardDay <= today)
            for (const QString& title : awards) {
                Record r;
                r.set(QStringLiteral("date"), awardDay);
                r.set(QStringLiteral("title"), title);
                r.set(QStringLiteral("winner"), ctx.pick(ctx.activeStaff));
                r.set(QStringLiteral("result"), QStringLiteral("园级表彰"));
                winners << r;
            }
    }
    for (const auto& [kind, list] :
         {std::pair{&staff::competitionsKind(), competitions}, std::pair{&staff::awardsKind(), winners}}) {
        auto ids = RecordRepository(ctx.db, *kind).insertAll(list, ctx.who);
        if (!ids)
            return ids.error();
        summary[kind->key] += int(ids->size());
    }
    return {};
}

} // namespace

Result<Summary> generatePatrols(Context& ctx) {
    Summary summary;
    auto hazards = generateRounds(ctx, summary);
    if (!hazards)
        return hazards.error();
    summary[safety::hazardsKind().key] += *hazards;
    if (Status s = generateMentors(ctx, summary); !s)
        return s.error();
    if (Status s = generateRecognition(ctx, summary); !s)
        return s.error();
    return summary;
}

} // namespace houqin::demo
