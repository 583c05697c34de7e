// Demo data of the safety module, part one: the kindergarten's classes, hygiene zones, emergency plans and
// agreements, and the checks whose failures become hazards (weekly inspections, closing checks, hygiene
// checks), each hazard taken through the declared 整改 workflow as the office would: most closed on time, a
// few sent back once, exactly one overdue and the latest ones waiting for verification.
#include "DemoData.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SchoolCalendarStore.h"
#include "storage/WorkflowService.h"
#include "storage/safety/LineHazards.h"

namespace houqin::demo {

namespace {

namespace cl = safety::checklist;
namespace hz = safety::hazard;

// Term starts and ends, read off the school calendar the plan's semesters made.
struct Term {
    QDate start, end;
};
// The current term is followed to its real end (past `last`), so its last week is known.
QList<Term> termsOf(const SchoolCalendar& calendar, QDate first, QDate last) {
    QList<Term> terms;
    for (QDate d = first.addYears(-1); d <= last || (calendar.inTerm(d) && d < last.addYears(1));
         d = d.addDays(1)) {
        if (calendar.inTerm(d) && !calendar.inTerm(d.addDays(-1)))
            terms << Term{d, d};
        if (calendar.inTerm(d) && !terms.isEmpty())
            terms.last().end = d;
    }
    return terms;
}

// What a failed item's note says, by a word of the template's item.
QString failureNote(Context& ctx, const QString& item) {
    static const QList<QPair<QString, QStringList>> notes{
        {QStringLiteral("灭火器"),
         {QStringLiteral("二楼走廊灭火器压力不足"), QStringLiteral("厨房灭火器已过检验期")}},
        {QStringLiteral("消防栓"),
         {QStringLiteral("消火栓箱门被杂物遮挡"), QStringLiteral("三楼烟感探头积灰")}},
        {QStringLiteral("疏散通道"),
         {QStringLiteral("楼梯口堆放纸箱"), QStringLiteral("安全出口门外停放电动车")}},
        {QStringLiteral("应急照明"), {QStringLiteral("安全出口指示灯不亮")}},
        {QStringLiteral("私拉"),
         {QStringLiteral("办公室电线私拉乱接"), QStringLiteral("活动室插座面板松动")}},
        {QStringLiteral("超负荷"), {QStringLiteral("办公室同时使用多个大功率电器")}},
        {QStringLiteral("防护栏"),
         {QStringLiteral("午睡室窗户限位器损坏"), QStringLiteral("二楼护栏螺丝松动")}},
        {QStringLiteral("门禁"), {QStringLiteral("后门门禁刷卡失灵"), QStringLiteral("东侧监控画面模糊")}},
        {QStringLiteral("大型玩具"), {QStringLiteral("滑梯扶手螺丝松动"), QStringLiteral("秋千链条磨损")}},
        {QStringLiteral("防护垫"), {QStringLiteral("攀爬架下防护垫破损")}},
        {QStringLiteral("燃气管道"),
         {QStringLiteral("燃气软管老化需更换"), QStringLiteral("燃气报警器未通电")}},
        {QStringLiteral("用火"), {QStringLiteral("操作间下班后燃气阀未关")}},
        {QStringLiteral("水龙头"), {QStringLiteral("盥洗室水龙头未关紧")}},
        {QStringLiteral("电器电源"), {QStringLiteral("二楼饮水机未断电"), QStringLiteral("大二班空调未关")}},
        {QStringLiteral("照明"), {QStringLiteral("走廊照明未关")}},
        {QStringLiteral("燃气总阀"), {QStringLiteral("燃气总阀未关")}},
        {QStringLiteral("门窗已关"), {QStringLiteral("一楼活动室窗户未锁")}},
        {QStringLiteral("滞留"), {QStringLiteral("放学后仍有家长在操场逗留")}},
        {QStringLiteral("地面"), {QStringLiteral("地面有积水"), QStringLiteral("角落有垃圾未清扫")}},
        {QStringLiteral("桌面"), {QStringLiteral("柜面有积灰，物品摆放凌乱")}},
        {QStringLiteral("卫生间"), {QStringLiteral("便池有异味，冲洗不及时")}},
        {QStringLiteral("垃圾"), {QStringLiteral("垃圾桶未加盖")}},
        {QStringLiteral("消毒"), {QStringLiteral("消毒记录未及时填写")}},
    };
    for (const auto& [word, list] : notes)
        if (item.contains(word))
            return ctx.pick(list);
    return QStringLiteral("不符合要求，需整改");
}

// Marks 1–2 random lines failed, with notes.
void failSome(Context& ctx, Record& checked, int count) {
    for (int i = 0; i < count && !checked.lines.isEmpty(); ++i) {
        Record& line = checked.lines[ctx.rng.bounded(int(checked.lines.size()))];
        line.set(cl::kResult, cl::kFail);
        line.set(cl::kNote, failureNote(ctx, line.value(cl::kItem).toString()));
    }
}

// The template's lines of a checklist, all 合格.
QList<Record> templateLines(Context& ctx, const QString& checklistKey) {
    Record r;
    safety::fillFromTemplate(r, checklistKey, ctx.db.ruleContext());
    return r.lines;
}

QString measuresFor(Context& ctx) {
    static const QStringList measures{
        QStringLiteral("已更换配件并复查，运行正常"), QStringLiteral("已清理通道，张贴提示标识"),
        QStringLiteral("已联系厂家维修，恢复正常"), QStringLiteral("已整改到位，纳入日常巡查"),
        QStringLiteral("已紧固并加装防护，班级教师已告知")};
    return ctx.pick(measures);
}

struct Opened {
    qint64 id;
    QDate found;
    bool fromCheck = true;
};

// Inserts the checked records, opens a hazard per failed line and returns them.
Result<QList<Opened>> insertChecked(Context& ctx, const RecordKind& kind, const QList<Record>& records) {
    RecordRepository repo(ctx.db, kind);
    auto ids = repo.insertAll(records, ctx.who);
    if (!ids)
        return ids.error();
    QList<Opened> opened;
    for (int i = 0; i < records.size(); ++i) {
        if (safety::hazardLines(kind, records.at(i)).isEmpty())
            continue;
        auto hazards = safety::openHazardsForLines(ctx.db, kind, ids->at(i), ctx.who);
        if (!hazards)
            return hazards.error();
        for (qint64 h : hazards->hazardIds)
            opened << Opened{h, records.at(i).value(QStringLiteral("date")).toDate()};
    }
    return opened;
}

// The inspection day of a week: its Wednesday, else the first school day of the week.
QDate inspectionDay(const SchoolCalendar& calendar, QDate monday) {
    if (calendar.isSchoolDay(monday.addDays(2)))
        return monday.addDays(2);
    for (int i = 0; i < 5; ++i)
        if (calendar.isSchoolDay(monday.addDays(i)))
            return monday.addDays(i);
    return {};
}

QString focusArea(int month) {
    static const QStringList areas{
        QStringLiteral("用电安全"), QStringLiteral("门窗与围墙"),   QStringLiteral("大型玩具"),
        QStringLiteral("食堂燃气"), QStringLiteral("疏散通道"),     QStringLiteral("消防器材"),
        QStringLiteral("防汛防台"), QStringLiteral("暑期设施检修"), QStringLiteral("开学安全"),
        QStringLiteral("食品安全"), QStringLiteral("消防器材"),     QStringLiteral("交通与门卫")};
    return areas.at(month - 1);
}

} // namespace

// Takes a hazard through the workflow as of `today`: assigned (owner, deadline a few days after it was
// found), then — when its deadline is past — rectified and verified by someone other than the owner (a few
// sent back once first), except the one chosen to stay overdue; a hazard still within its deadline is either
// being rectified or waiting for verification.
Status runHazardWorkflow(Context& ctx, qint64 id, QDate found, bool keepOverdue, bool recentToVerify) {
    const QDate today = ctx.db.now().date();
    WorkflowService wf(ctx.db);
    const RecordKind& kind = safety::hazardsKind();
    const QString owner = ctx.pick(ctx.office + ctx.guards);
    QStringList verifiers = ctx.office;
    verifiers.removeAll(owner);
    const QString verifier = ctx.pick(verifiers);
    QDate deadline = found.addDays(2 + ctx.rng.bounded(6));
    if (keepOverdue)
        deadline = qMin(deadline, today.addDays(-2));
    else if (deadline < today && found >= today.addDays(-7))
        deadline = today.addDays(1 + ctx.rng.bounded(3)); // found this week: still within its deadline
    const Actor director{ctx.office.value(0)};
    // Each step is stamped on the day it would have been taken, never after the real now, so that the
    // history reads like an office's rather than the moment the demo was made.
    const std::function<QDateTime()> realClock = ctx.db.clock();
    QDateTime last;
    auto step = [&](const QString& key, const QVariantMap& filled, const QString& note, const Actor& who,
                    QDate on, int hour) {
        const QDateTime at = qMin(
            qMax(QDateTime(qMin(on, today), QTime(hour, 10 * int(ctx.rng.bounded(6)))), last.addSecs(60)),
            realClock());
        last = at;
        ctx.db.setClock([at] { return at; });
        auto r = wf.take(kind, id, key, filled, note, who);
        ctx.db.setClock(realClock);
        return r ? Status() : Status(r.error());
    };
    if (Status s = step(QStringLiteral("assign"), {{hz::kOwner, owner}, {hz::kDeadline, deadline}}, {},
                        director, found, 16);
        !s)
        return s;
    if (keepOverdue || (deadline >= today && !recentToVerify))
        return {};
    QDate done = qMax(found.addDays(1), deadline.addDays(-int(ctx.rng.bounded(2))));
    if (Status s =
            step(QStringLiteral("submit"), {{hz::kMeasures, measuresFor(ctx)}}, {}, Actor{owner}, done, 15);
        !s)
        return s;
    if (deadline >= today)
        return {}; // waiting for verification
    if (ctx.rng.bounded(8) == 0) {
        if (Status s = step(QStringLiteral("send-back"), {}, QStringLiteral("整改不彻底，请重新处理"),
                            Actor{verifier}, done.addDays(1), 9);
            !s)
            return s;
        done = done.addDays(2);
        if (Status s = step(QStringLiteral("submit"), {{hz::kMeasures, measuresFor(ctx)}}, {}, Actor{owner},
                            done, 15);
            !s)
            return s;
    }
    return step(QStringLiteral("verify"), {}, QStringLiteral("复查合格"), Actor{verifier}, done.addDays(1),
                10);
}

Result<Summary> generateSafety(Context& ctx) {
    Summary summary;
    const QStringList campuses = ctx.db.settings().campuses;
    const QDate today = ctx.db.now().date();
    auto calendar = loadSchoolCalendar(ctx.db);
    if (!calendar)
        return calendar.error();
    auto insert = [&](const RecordKind& kind, const QList<Record>& records) -> Status {
        auto ids = RecordRepository(ctx.db, kind).insertAll(records, ctx.who);
        if (!ids)
            return ids.error();
        summary[kind.key] += int(ids->size());
        return {};
    };

    // Classes: 小/中/大 班 on both campuses, the numbering running on across campuses (names are unique).
    QList<Record> classes;
    int teacher = 0;
    for (int c = 0; c < campuses.size(); ++c)
        for (const QString& grade : {QStringLiteral("小"), QStringLiteral("中"), QStringLiteral("大")})
            for (int n = 1; n <= 2; ++n) {
                static const QStringList numbers{QStringLiteral("一"), QStringLiteral("二"),
                                                 QStringLiteral("三"), QStringLiteral("四")};
                Record r;
                r.set(QStringLiteral("name"), grade + numbers.at(c * 2 + n - 1) + QStringLiteral("班"));
                r.set(QStringLiteral("campus"), campuses.at(c));
                r.set(QStringLiteral("head_teacher"), ctx.teachers.value(teacher++ % ctx.teachers.size()));
                r.set(QStringLiteral("children"), 25 + ctx.rng.bounded(11));
                r.set(QStringLiteral("in_use"), true);
                classes << r;
            }
    if (Status s = insert(safety::classesKind(), classes); !s)
        return s.error();

    // Hygiene zones, each with the person responsible.
    QList<Record> zones;
    QStringList zoneNames;
    for (const QString& campus : campuses)
        for (const QString& area :
             {QStringLiteral("门厅与走廊"), QStringLiteral("楼梯"), QStringLiteral("户外场地"),
              QStringLiteral("公共卫生间"), QStringLiteral("食堂周边")}) {
            Record r;
            r.set(QStringLiteral("name"), campus + QStringLiteral("·") + area);
            r.set(QStringLiteral("campus"), campus);
            r.set(QStringLiteral("responsible"), ctx.pick(ctx.activeStaff));
            r.set(QStringLiteral("description"), QStringLiteral("每日清扫，每周检查"));
            zoneNames << r.value(QStringLiteral("name")).toString();
            zones << r;
        }
    if (Status s = insert(safety::hygieneZonesKind(), zones); !s)
        return s.error();

    // Emergency plans, reviewed at the start of this school year.
    QList<Record> plans;
    const QList<QPair<QString, QString>> planList{
        {QStringLiteral("fire"), QStringLiteral("消防安全应急预案")},
        {QStringLiteral("earthquake"), QStringLiteral("地震应急疏散预案")},
        {QStringLiteral("abduction"), QStringLiteral("防拐骗、防暴力侵害应急预案")},
        {QStringLiteral("food-poisoning"), QStringLiteral("食物中毒应急预案")},
        {QStringLiteral("epidemic"), QStringLiteral("传染病防控应急预案")},
        {QStringLiteral("weather"), QStringLiteral("极端天气应急预案")}};
    const QDate reviewed = qMin(today, QDate(today.month() >= 9 ? today.year() : today.year() - 1, 8, 25));
    for (const auto& [kindKey, title] : planList) {
        Record r;
        r.set(QStringLiteral("title"), title);
        r.set(QStringLiteral("plan_kind"), kindKey);
        r.set(QStringLiteral("owner"), ctx.pick(ctx.office));
        r.set(QStringLiteral("last_reviewed"), reviewed.addDays(-ctx.rng.bounded(10)));
        plans << r;
    }
    if (Status s = insert(safety::emergencyPlansKind(), plans); !s)
        return s.error();

    // Responsibility agreements: every active staff member at each semester's start.
    const QList<Term> terms = termsOf(*calendar, ctx.first, today);
    QList<Record> agreements;
    for (const Term& term : terms)
        for (const QString& person : ctx.activeStaff) {
            const QDate signedOn = qMin(today, term.start.addDays(-3 + ctx.rng.bounded(6)));
            if (signedOn < ctx.first)
                continue;
            Record r;
            r.set(QStringLiteral("person"), person);
            r.set(QStringLiteral("agreement_kind"), QStringLiteral("safety"));
            r.set(QStringLiteral("signed_on"), signedOn);
            agreements << r;
        }
    if (Status s = insert(safety::responsibilityAgreementsKind(), agreements); !s)
        return s.error();

    QList<Opened> hazards;
    // Weekly inspections per campus: 开学前大检查 the days before term, 期末大检查 in the last week, 常态检查
    // otherwise. About one in ten finds one or two problems; one ~two weeks ago surely does (the overdue
    // one).
    const QList<Record> inspectionLines = templateLines(ctx, safety::inspectionsKind().key);
    QList<Record> inspections;
    auto inspection = [&](QDate day, const QString& campus, const QString& type) {
        Record r;
        r.set(QStringLiteral("date"), day);
        r.set(QStringLiteral("inspection_type"), type);
        r.set(QStringLiteral("campus"), campus);
        r.set(QStringLiteral("focus_area"), focusArea(day.month()));
        QStringList who = ctx.office;
        const QString first = who.takeAt(ctx.rng.bounded(int(who.size())));
        r.set(QStringLiteral("inspectors"), first + QStringLiteral("、") + ctx.pick(who + ctx.guards));
        r.lines = inspectionLines;
        // Surely a failure about two weeks ago on the first campus (the overdue hazard) and in the last
        // week's round on the other one (a rectification waiting for verification).
        const bool forced =
            type == QStringLiteral("routine") &&
            ((campus == campuses.first() && day > today.addDays(-21) && day <= today.addDays(-14)) ||
             (campus == campuses.last() && day > today.addDays(-7)));
        if (forced || ctx.rng.bounded(10) == 0)
            failSome(ctx, r, 1 + ctx.rng.bounded(2));
        inspections << r;
    };
    for (const Term& term : terms) {
        if (term.start > ctx.first && term.start.addDays(-2) <= today)
            for (const QString& campus : campuses)
                inspection(term.start.addDays(-2), campus, QStringLiteral("pre-term"));
        for (QDate monday = term.start.addDays(1 - term.start.dayOfWeek()); monday <= term.end;
             monday = monday.addDays(7)) {
            const QDate day = inspectionDay(*calendar, monday);
            if (!day.isValid() || day < ctx.first || day > today)
                continue;
            const bool lastWeek = term.end < monday.addDays(7);
            for (const QString& campus : campuses)
                inspection(day, campus, lastWeek ? QStringLiteral("end-of-term") : QStringLiteral("routine"));
        }
    }
    auto fromInspections = insertChecked(ctx, safety::inspectionsKind(), inspections);
    if (!fromInspections)
        return fromInspections.error();
    summary[safety::inspectionsKind().key] += int(inspections.size());
    hazards << *fromInspections;

    // Closing checks every school day before today per campus, rarely with a failed item.
    const QList<Record> closingLines = templateLines(ctx, safety::closingChecksKind().key);
    QList<Record> closing;
    for (QDate d = ctx.first; d < today; d = d.addDays(1)) {
        if (!calendar->isSchoolDay(d))
            continue;
        for (const QString& campus : campuses) {
            Record r;
            r.set(QStringLiteral("date"), d);
            r.set(QStringLiteral("campus"), campus);
            r.set(QStringLiteral("checker"), ctx.pick(ctx.guards));
            r.lines = closingLines;
            if (ctx.rng.bounded(300) == 0)
                failSome(ctx, r, 1);
            closing << r;
        }
    }
    auto fromClosing = insertChecked(ctx, safety::closingChecksKind(), closing);
    if (!fromClosing)
        return fromClosing.error();
    summary[safety::closingChecksKind().key] += int(closing.size());
    hazards << *fromClosing;

    // Hygiene checks weekly per zone (Friday, or the week's last school day).
    const QList<Record> hygieneLines = templateLines(ctx, safety::hygieneChecksKind().key);
    QList<Record> hygiene;
    for (QDate monday = ctx.first.addDays(1 - ctx.first.dayOfWeek()); monday <= today;
         monday = monday.addDays(7)) {
        QDate day;
        for (int i = 4; i >= 0 && !day.isValid(); --i)
            if (calendar->isSchoolDay(monday.addDays(i)))
                day = monday.addDays(i);
        if (!day.isValid() || day < ctx.first || day > today)
            continue;
        for (const QString& zone : zoneNames) {
            Record r;
            r.set(QStringLiteral("date"), day);
            r.set(QStringLiteral("zone"), zone);
            r.set(QStringLiteral("inspector"), ctx.pick(ctx.office));
            r.lines = hygieneLines;
            if (ctx.rng.bounded(80) == 0)
                failSome(ctx, r, 1);
            hygiene << r;
        }
    }
    auto fromHygiene = insertChecked(ctx, safety::hygieneChecksKind(), hygiene);
    if (!fromHygiene)
        return fromHygiene.error();
    summary[safety::hygieneChecksKind().key] += int(hygiene.size());
    hazards << *fromHygiene;

    // Hazards reported directly, by a teacher or a guard: about one every two months.
    static const QList<std::array<QString, 3>> reported{
        {QStringLiteral("小操场"), QStringLiteral("facility"), QStringLiteral("塑胶地面开裂翘起")},
        {QStringLiteral("大门口"), QStringLiteral("traffic"), QStringLiteral("放学时段家长车辆占用门口通道")},
        {QStringLiteral("美工室"), QStringLiteral("electrical"), QStringLiteral("热熔胶枪插座烧焦")},
        {QStringLiteral("围墙"), QStringLiteral("facility"), QStringLiteral("东侧围墙护栏松动")},
        {QStringLiteral("食堂后门"), QStringLiteral("food"), QStringLiteral("纱门破损，有蚊蝇进入")}};
    QList<Record> direct;
    for (QDate d = ctx.first; d <= today; d = d.addDays(1)) {
        if (!calendar->isSchoolDay(d) || ctx.rng.bounded(40) != 0)
            continue;
        const auto& [place, category, description] = ctx.pick(reported);
        Record r;
        r.set(hz::kFoundOn, d);
        r.set(hz::kCampus, ctx.pick(campuses));
        r.set(hz::kPlace, place);
        r.set(hz::kCategory, category);
        r.set(hz::kDescription, description);
        r.set(hz::kSeverity, ctx.rng.bounded(6) == 0 ? QStringLiteral("major") : QStringLiteral("general"));
        r.set(hz::kReportedBy, ctx.pick(ctx.teachers + ctx.guards));
        r.set(hz::kState, hz::kReported);
        direct << r;
    }
    auto directIds = RecordRepository(ctx.db, safety::hazardsKind()).insertAll(direct, ctx.who);
    if (!directIds)
        return directIds.error();
    for (int i = 0; i < direct.size(); ++i)
        hazards << Opened{directIds->at(i), direct.at(i).value(hz::kFoundOn).toDate(), false};
    std::sort(hazards.begin(), hazards.end(), [](const Opened& a, const Opened& b) {
        return a.found < b.found || (a.found == b.found && a.id < b.id);
    });

    // Exactly one stays overdue: the latest found more than a week ago (deadlines are at most a week).
    qint64 overdue = 0;
    for (const Opened& h : hazards)
        if (h.found < today.addDays(-7))
            overdue = h.id;
    // Those found in the last week from a check are rectified already, the ones reported directly not yet.
    for (const Opened& h : hazards)
        if (Status s = runHazardWorkflow(ctx, h.id, h.found, h.id == overdue, h.fromCheck); !s)
            return s.error();
    summary[safety::hazardsKind().key] += int(hazards.size());
    return summary;
}

} // namespace houqin::demo
