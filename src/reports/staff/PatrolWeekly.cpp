#include "PatrolWeekly.h"

#include "../SheetParts.h"
#include "domain/ValueFormat.h"
#include "domain/safety/Hazards.h"
#include "domain/staff/Patrols.h"
#include "domain/staff/StaffKind.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace houqin::reports::staff {

namespace {

namespace pt = houqin::staff::patrol;
namespace hz = houqin::safety::hazard;

QString dayHeading(QDate day) {
    //: zh_CN "%1（%2）" (the date, the weekday)
    return QCoreApplication::translate("Reports", "%1 (%2)")
        .arg(day.toString(QStringLiteral("MM-dd")), QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat));
}

QString roundLabel(int round) {
    const FieldDef* f = houqin::staff::patrolsKind().field(pt::kRound);
    const ChoiceDef* c = f ? f->choice(pt::roundKey(round)) : nullptr;
    return c ? trLabel(c->label) : QString::number(round);
}

// "#12 整改中 张三": a hazard's number, state and owner.
QString followUp(Database& db, const Record& line) {
    if (line.isEmpty(pt::kHazardId))
        //: zh_CN "未登记隐患"
        return QCoreApplication::translate("Reports", "not registered");
    const qint64 id = line.value(pt::kHazardId).toLongLong();
    const RecordKind& kind = houqin::safety::hazardsKind();
    auto hazard = RecordRepository(db, kind).get(id);
    if (!hazard)
        //: zh_CN "隐患 #%1（已删除）"
        return QCoreApplication::translate("Reports", "hazard #%1 (deleted)").arg(id);
    QStringList parts{QStringLiteral("#%1").arg(id),
                      valuefmt::display(*kind.field(hz::kState), hazard->value(hz::kState))};
    if (!hazard->isEmpty(hz::kOwner))
        parts << hazard->value(hz::kOwner).toString();
    return parts.join(QLatin1Char(' '));
}

Result<TableDocument> buildForm(Database& db, const Period& period, bool blank, const char* where) {
    if (period.kind == Period::Kind::None || !period.from.isValid() || !period.to.isValid())
        return Error::make(Error::Code::Usage,
                           //: zh_CN "一日三巡记录表需要指定一周，例如 2026-W47。"
                           QCoreApplication::translate(
                               "Reports", "The daily walk-through form needs a week, such as 2026-W47."),
                           QString::fromLatin1(where));
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "一日三巡记录表"
    doc.title = QCoreApplication::translate("Reports", "Daily walk-through form");
    doc.subtitleLines << period.label();
    doc.orientation = QPageLayout::Landscape;
    doc.fontScale = 0.9;
    //: zh_CN "日期"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Date"), 2} //: zh_CN "巡次"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Round"), 2, Qt::AlignCenter}
                //: zh_CN "巡查区域"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Areas"), 3}
                //: zh_CN "发现的问题"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Problems found"), 6}
                //: zh_CN "优点"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Merits"), 5}
                //: zh_CN "跟进（隐患编号、状态、责任人）"
                << TableDocument::Column{
                       QCoreApplication::translate("Reports", "Follow-up (hazard, state, owner)"), 4};
    const int width = int(doc.columns.size());

    // The administrators: the active ones of the staff list, then anyone else with a round this week.
    QStringList admins;
    {
        ListQuery q;
        q.equals = {{QStringLiteral("post"), QStringLiteral("administrator")},
                    {QStringLiteral("status"), QStringLiteral("active")}};
        q.sortField = QStringLiteral("name");
        q.sortDescending = false;
        auto staff = RecordRepository(db, houqin::staff::staffKind()).list(q);
        if (!staff)
            return staff.error();
        for (const Record& r : *staff)
            admins << r.value(QStringLiteral("name")).toString();
    }
    QHash<QString, Record> byKey; // administrator|date|round -> patrol
    QList<QDate> days;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days << d;
    if (!blank) {
        ListQuery q;
        q.from = period.from;
        q.to = period.to;
        q.sortField = pt::kDate;
        q.sortDescending = false;
        auto patrols = RecordRepository(db, houqin::staff::patrolsKind()).list(q);
        if (!patrols)
            return patrols.error();
        for (const Record& p : *patrols) {
            const QString admin = p.value(pt::kAdministrator).toString();
            const QDate day = p.value(pt::kDate).toDate();
            if (!admins.contains(admin))
                admins << admin;
            if (!days.contains(day))
                days << day; // a make-up working Saturday
            byKey.insert(admin + QLatin1Char('|') + day.toString(Qt::ISODate) + QLatin1Char('|') +
                             p.value(pt::kRound).toString(),
                         p);
        }
        std::sort(days.begin(), days.end());
    }
    if (blank && admins.isEmpty())
        admins << QString(); // one form with the name left blank
    for (const QString& admin : admins) {
        QStringList heading(width);
        //: zh_CN "行政：%1"
        heading[0] = QCoreApplication::translate("Reports", "Administrator: %1").arg(admin);
        doc.rows << heading;
        for (const QDate day : days)
            for (int round = 1; round <= pt::kRounds; ++round) {
                QStringList cells{
                    round == 1 ? dayHeading(day) : QString(), roundLabel(round), {}, {}, {}, {}};
                const auto it = byKey.constFind(admin + QLatin1Char('|') + day.toString(Qt::ISODate) +
                                                QLatin1Char('|') + pt::roundKey(round));
                if (it != byKey.constEnd()) {
                    cells[2] = it->value(pt::kAreas).toString();
                    QStringList problems, merits, follow;
                    for (const Record& line : it->lines) {
                        const QString text = line.value(pt::kArea).toString() + QStringLiteral("：") +
                                             line.value(pt::kNote).toString();
                        if (line.value(pt::kFinding).toString() == pt::kProblem) {
                            problems << text;
                            follow << followUp(db, line);
                        } else {
                            merits << text;
                        }
                    }
                    cells[3] = problems.join(QStringLiteral("；"));
                    cells[4] = merits.join(QStringLiteral("；"));
                    cells[5] = follow.join(QStringLiteral("；"));
                    if (problems.isEmpty() && merits.isEmpty())
                        //: zh_CN "无异常"
                        cells[3] = QCoreApplication::translate("Reports", "nothing to note");
                }
                doc.rows << cells;
            }
    }
    if (!blank && byKey.isEmpty())
        //: zh_CN "本周没有一日三巡记录。"
        doc.footnote = QCoreApplication::translate("Reports", "No walk-throughs were recorded in this week.");
    //: zh_CN "巡查人（签字）："
    doc.signatureLines = signatureLines({QT_TRANSLATE_NOOP("Reports", "Administrator (signature):")});
    return doc;
}

} // namespace

ReportDef patrolWeeklyReport() {
    ReportDef r;
    r.key = QStringLiteral("patrol-weekly");
    r.kinds = {QStringLiteral("patrols")};
    //: zh_CN "一日三巡记录表"
    r.label = QT_TRANSLATE_NOOP("Reports", "Daily walk-through form");
    r.period = Period::Kind::Week;
    r.build = buildPatrolWeekly;
    r.buildBlank = buildPatrolWeeklyBlank;
    return r;
}

Result<TableDocument> buildPatrolWeekly(Database& db, const Period& period) {
    return buildForm(db, period, false, "buildPatrolWeekly");
}

Result<TableDocument> buildPatrolWeeklyBlank(Database& db, const Period& period) {
    return buildForm(db, period, true, "buildPatrolWeeklyBlank");
}

} // namespace houqin::reports::staff
