#include "SafetyMonthly.h"

#include "../RecordCells.h"
#include "SafetyInspectionWeekly.h"
#include "domain/safety/Checklists.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"
#include "storage/SchoolCalendarStore.h"

#include <QCoreApplication>

namespace houqin::reports::safety {

namespace {

namespace cl = houqin::safety::checklist;

Result<QList<Record>> recordsOf(Database& db, const RecordKind& kind, const Period& period) {
    ListQuery q;
    q.from = period.from;
    q.to = period.to;
    q.sortField = kind.dateField;
    q.sortDescending = false;
    return RecordRepository(db, kind).list(q);
}

Error needsMonth(const QString& message, const char* where) {
    return Error::make(Error::Code::Usage, message, QString::fromLatin1(where));
}

bool hasPeriod(const Period& p) {
    return p.kind != Period::Kind::None && p.from.isValid() && p.to.isValid();
}

// The areas of the closing-checks template (active items), in order.
Result<QStringList> closingAreas(Database& db) {
    ListQuery q;
    q.equals << qMakePair(cl::kChecklist, QVariant(QStringLiteral("closing-checks")));
    q.sortField = cl::kSortOrder;
    q.sortDescending = false;
    const auto items = RecordRepository(db, houqin::safety::checklistItemsKind()).list(q);
    if (!items)
        return items.error();
    QStringList areas;
    for (const Record& r : *items)
        if (r.value(cl::kActive).toBool() && !areas.contains(r.value(cl::kArea).toString()))
            areas << r.value(cl::kArea).toString();
    return areas;
}

// An area's mark on a check: × when any of its items failed, √ when any passed, / when all were not
// applicable, empty when the check has no item of the area.
QString areaMark(const Record& check, const QString& area) {
    bool any = false, pass = false;
    for (const Record& line : check.lines) {
        if (line.value(cl::kArea).toString() != area)
            continue;
        any = true;
        const QString result = line.value(cl::kResult).toString();
        if (result == cl::kFail)
            return resultMark(cl::kFail);
        pass = pass || result == cl::kPass;
    }
    return !any ? QString() : resultMark(pass ? cl::kPass : cl::kNotApplicable);
}

} // namespace

ReportDef closingChecksMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("closing-checks-monthly");
    r.kinds = {QStringLiteral("closing-checks")};
    //: zh_CN "放学后安全检查记录"
    r.label = QT_TRANSLATE_NOOP("Reports", "After-school safety check record");
    r.period = Period::Kind::Month;
    r.build = buildClosingChecksMonthly;
    return r;
}

Result<TableDocument> buildClosingChecksMonthly(Database& db, const Period& period) {
    if (!hasPeriod(period))
        return needsMonth(QCoreApplication::translate(
                              "Reports", "The after-school check record needs a month, such as 2026-11."),
                          "buildClosingChecksMonthly");
    const auto areas = closingAreas(db);
    if (!areas)
        return areas.error();
    const auto checks = recordsOf(db, houqin::safety::closingChecksKind(), period);
    if (!checks)
        return checks.error();
    const auto calendar = loadSchoolCalendar(db);
    if (!calendar)
        return calendar.error();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "放学后安全检查记录"
    doc.title = QCoreApplication::translate("Reports", "After-school safety check record");
    doc.subtitleLines << period.label();
    doc.orientation = QPageLayout::Landscape;
    const RecordKind& kind = houqin::safety::closingChecksKind();
    doc.columns = columnsFor(kind, {QStringLiteral("date"), QStringLiteral("campus")});
    for (const QString& area : *areas)
        doc.columns << TableDocument::Column{area, 1, Qt::AlignCenter};
    doc.columns << columnsFor(kind, {QStringLiteral("checker"), QStringLiteral("problems")});
    doc.columns.last().stretch = 4;

    const QStringList campuses = db.settings().campuses;
    const RuleContext ctx = db.ruleContext();
    //: zh_CN "未检查"
    const QString notChecked = QCoreApplication::translate("Reports", "Not checked");
    int missing = 0, problems = 0;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        if (!calendar->isSchoolDay(d))
            continue;
        for (const QString& campus : campuses) {
            QList<const Record*> found;
            for (const Record& c : *checks) {
                const QString recordCampus = c.value(QStringLiteral("campus")).toString();
                if (c.value(QStringLiteral("date")).toDate() == d &&
                    (recordCampus == campus || (recordCampus.isEmpty() && campus == campuses.first())))
                    found << &c;
            }
            Record day; // the row's date and campus, shown as the check's would be
            day.set(QStringLiteral("date"), d);
            day.set(QStringLiteral("campus"), campus);
            const QStringList cells =
                rowCells(kind, day, {QStringLiteral("date"), QStringLiteral("campus")}, ctx);
            if (found.isEmpty()) {
                ++missing;
                QStringList row = cells;
                for (qsizetype i = 0; i < areas->size(); ++i)
                    row << QString();
                row << notChecked << QString();
                doc.rows << row;
                continue;
            }
            for (const Record* c : found) {
                QStringList row = cells;
                bool failed = false;
                for (const QString& area : *areas) {
                    row << areaMark(*c, area);
                    failed = failed || row.last() == resultMark(cl::kFail);
                }
                row << rowCells(kind, *c, {QStringLiteral("checker"), QStringLiteral("problems")}, ctx);
                problems += failed ? 1 : 0;
                doc.rows << row;
            }
        }
    }
    //: zh_CN "√ 正常　× 有问题　/ 不适用。未检查 %1 次，有问题 %2 次。"
    doc.footnote =
        QCoreApplication::translate(
            "Reports", "√ in order   × a problem   / not applicable. Not checked: %1; with problems: %2.")
            .arg(missing)
            .arg(problems);
    //: zh_CN "审核人（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Reviewer (signature):");
    return doc;
}

ReportDef educationMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("safety-education-monthly");
    r.kinds = {QStringLiteral("safety-education"), QStringLiteral("classes")};
    //: zh_CN "安全教育活动记录"
    r.label = QT_TRANSLATE_NOOP("Reports", "Safety education record");
    r.period = Period::Kind::Month;
    r.build = buildEducationMonthly;
    return r;
}

Result<TableDocument> buildEducationMonthly(Database& db, const Period& period) {
    if (!hasPeriod(period))
        return needsMonth(QCoreApplication::translate(
                              "Reports", "The safety education record needs a month, such as 2026-11."),
                          "buildEducationMonthly");
    const RecordKind& kind = houqin::safety::safetyEducationKind();
    const auto activities = recordsOf(db, kind, period);
    if (!activities)
        return activities.error();
    ListQuery cq;
    cq.sortField = QStringLiteral("name");
    cq.sortDescending = false;
    const auto classes = RecordRepository(db, houqin::safety::classesKind()).list(cq);
    if (!classes)
        return classes.error();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "安全教育活动记录"
    doc.title = QCoreApplication::translate("Reports", "Safety education record");
    doc.subtitleLines << period.label();
    QStringList themes;
    for (const Record& a : *activities)
        if (const QString t = a.value(QStringLiteral("theme")).toString();
            !t.isEmpty() && !themes.contains(t))
            themes << t;
    //: zh_CN "本月主题：%1"
    doc.subtitleLines << QCoreApplication::translate("Reports", "This month's theme: %1")
                             .arg(themes.isEmpty() ? QStringLiteral("—") : themes.join(QStringLiteral("；")));
    const QStringList keys{QStringLiteral("class_name"), QStringLiteral("date"), QStringLiteral("form"),
                           QStringLiteral("teacher"), QStringLiteral("notes")};
    doc.columns = columnsFor(kind, keys);
    doc.columns.last().stretch = 4;
    const RuleContext ctx = db.ruleContext();
    //: zh_CN "未开展"
    const QString notHeld = QCoreApplication::translate("Reports", "Not held");

    // Classes in use, in name order, then any class an activity names that is not in the list.
    QStringList classNames;
    for (const Record& c : *classes)
        if (c.value(QStringLiteral("in_use")).toBool())
            classNames << c.value(QStringLiteral("name")).toString();
    for (const Record& a : *activities)
        if (const QString n = a.value(QStringLiteral("class_name")).toString(); !classNames.contains(n))
            classNames << n;
    int without = 0;
    for (const QString& name : classNames) {
        bool any = false;
        for (const Record& a : *activities)
            if (a.value(QStringLiteral("class_name")).toString() == name) {
                doc.rows << rowCells(kind, a, keys, ctx);
                any = true;
            }
        if (!any) {
            ++without;
            doc.rows << QStringList{name, notHeld, QString(), QString(), QString()};
        }
    }
    //: zh_CN "活动 %1 次；未开展的班级 %2 个。"
    doc.footnote = QCoreApplication::translate("Reports", "Activities: %1; classes without one: %2.")
                       .arg(activities->size())
                       .arg(without);
    //: zh_CN "保教主任（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Head of teaching (signature):");
    return doc;
}

} // namespace houqin::reports::safety
