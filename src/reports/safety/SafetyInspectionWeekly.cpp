#include "SafetyInspectionWeekly.h"

#include "domain/safety/Checklists.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace houqin::reports::safety {

namespace {

namespace cl = houqin::safety::checklist;

struct Item {
    QString area, item;
};

// The template's active items of `checklistKey`, in their order.
Result<QList<Item>> templateItems(Database& db, const QString& checklistKey) {
    ListQuery q;
    q.equals << qMakePair(cl::kChecklist, QVariant(checklistKey));
    q.sortField = cl::kSortOrder;
    q.sortDescending = false;
    const auto records = RecordRepository(db, houqin::safety::checklistItemsKind()).list(q);
    if (!records)
        return records.error();
    QList<Item> items;
    for (const Record& r : *records)
        if (r.value(cl::kActive).toBool())
            items << Item{r.value(cl::kArea).toString(), r.value(cl::kItem).toString()};
    return items;
}

QString itemKey(const QString& area, const QString& item) {
    return area + QChar(0x1f) + item;
}

// "Mon 11-16": the day columns' headings.
QString dayHeading(QDate day) {
    static const char* const names[] = {//: zh_CN "周一"
                                        QT_TRANSLATE_NOOP("Reports", "Mon"),
                                        //: zh_CN "周二"
                                        QT_TRANSLATE_NOOP("Reports", "Tue"),
                                        //: zh_CN "周三"
                                        QT_TRANSLATE_NOOP("Reports", "Wed"),
                                        //: zh_CN "周四"
                                        QT_TRANSLATE_NOOP("Reports", "Thu"),
                                        //: zh_CN "周五"
                                        QT_TRANSLATE_NOOP("Reports", "Fri"),
                                        //: zh_CN "周六"
                                        QT_TRANSLATE_NOOP("Reports", "Sat"),
                                        //: zh_CN "周日"
                                        QT_TRANSLATE_NOOP("Reports", "Sun")};
    return QStringLiteral("%1 %2").arg(QCoreApplication::translate("Reports", names[day.dayOfWeek() - 1]),
                                       day.toString(QStringLiteral("MM-dd")));
}

struct Sheet {
    QList<Item> rows;          // the template's items, then any item a record has that the template lacks
    QHash<QString, int> rowOf; // itemKey -> index in rows
};

Result<TableDocument> buildSheet(Database& db, const Period& period, bool blank, const char* where) {
    if (period.kind == Period::Kind::None || !period.from.isValid() || !period.to.isValid())
        return Error::make(
            Error::Code::Usage,
            QCoreApplication::translate("Reports",
                                        "The weekly safety inspection sheet needs a week, such as 2026-W47."),
            QString::fromLatin1(where));
    auto items = templateItems(db, QStringLiteral("inspections"));
    if (!items)
        return items.error();
    QList<QDate> days; // Monday to Friday of the period
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days << d;

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "每周安全检查表"
    doc.title = QCoreApplication::translate("Reports", "Weekly safety inspection sheet");
    doc.subtitleLines << period.label();
    doc.orientation = QPageLayout::Landscape;
    // A little smaller than a register's text: two campuses' sheets and the signature lines fit one page.
    doc.fontScale = 0.9;
    //: zh_CN "序号"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "No."), 1, Qt::AlignCenter}
                //: zh_CN "区域"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Area"), 2}
                //: zh_CN "检查项目"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Item checked"), 5};
    for (const QDate d : days)
        doc.columns << TableDocument::Column{dayHeading(d), 1, Qt::AlignCenter};
    //: zh_CN "备注"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Remarks"), 5};
    const int width = int(doc.columns.size());

    QList<Record> inspections;
    if (!blank) {
        ListQuery q;
        q.from = period.from;
        q.to = period.to;
        q.sortField = QStringLiteral("date");
        q.sortDescending = false;
        auto listed = RecordRepository(db, houqin::safety::inspectionsKind()).list(q);
        if (!listed)
            return listed.error();
        inspections = *listed;
    }

    const QStringList campuses = db.settings().campuses;
    for (const QString& campus : campuses) {
        if (campuses.size() > 1) {
            QStringList heading(width);
            //: zh_CN "园区：%1"
            heading[0] = QCoreApplication::translate("Reports", "Campus: %1").arg(campus);
            doc.rows << heading;
        }
        Sheet sheet;
        for (const Item& it : *items) {
            sheet.rowOf.insert(itemKey(it.area, it.item), int(sheet.rows.size()));
            sheet.rows << it;
        }
        QHash<int, QHash<QDate, QString>> marks; // row -> day -> mark
        QHash<int, QStringList> remarks;         // row -> notes
        for (const Record& insp : inspections) {
            const QString recordCampus = insp.value(QStringLiteral("campus")).toString();
            // A record that names no campus (kept before campuses were recorded) belongs to the first.
            if (recordCampus != campus && !(recordCampus.isEmpty() && campus == campuses.first()))
                continue;
            const QDate day = insp.value(QStringLiteral("date")).toDate();
            for (const Record& line : insp.lines) {
                const QString area = line.value(cl::kArea).toString();
                const QString item = line.value(cl::kItem).toString();
                const QString key = itemKey(area, item);
                if (!sheet.rowOf.contains(key)) {
                    sheet.rowOf.insert(key, int(sheet.rows.size()));
                    sheet.rows << Item{area, item};
                }
                const int row = sheet.rowOf.value(key);
                const QString result = line.value(cl::kResult).toString();
                // Two rounds on one day: a failure in either shows.
                if (marks[row].value(day) != resultMark(cl::kFail))
                    marks[row][day] = resultMark(result);
                if (result == cl::kFail) {
                    QString note = line.value(cl::kNote).toString();
                    if (!line.isEmpty(cl::kHazardId))
                        //: zh_CN "%1（隐患 #%2）"
                        note = QCoreApplication::translate("Reports", "%1 (hazard #%2)")
                                   .arg(note, line.value(cl::kHazardId).toString())
                                   .trimmed();
                    remarks[row] << QStringLiteral("%1 %2").arg(
                        dayHeading(day).section(QLatin1Char(' '), 0, 0), note);
                }
            }
        }
        // Grouped by area, in the order each area first appears.
        QStringList areas;
        for (const Item& it : sheet.rows)
            if (!areas.contains(it.area))
                areas << it.area;
        int no = 0;
        for (const QString& area : areas)
            for (int row = 0; row < sheet.rows.size(); ++row) {
                if (sheet.rows[row].area != area)
                    continue;
                QStringList cells{QString::number(++no), area, sheet.rows[row].item};
                for (const QDate d : days)
                    cells << marks.value(row).value(d);
                cells << remarks.value(row).join(QStringLiteral("；"));
                doc.rows << cells;
            }
    }
    //: zh_CN "√ 合格　× 不合格　/ 不适用"
    doc.footnote = QCoreApplication::translate("Reports", "√ passed   × failed   / not applicable");
    if (!blank && inspections.isEmpty())
        doc.footnote +=
            QLatin1Char(' ') +
            QCoreApplication::translate("Reports", "No safety inspections were recorded in this week.");
    //: zh_CN "检查人（签字）："
    doc.signatureLines << QCoreApplication::translate("Reports", "Inspector (signature):")
                       //: zh_CN "审核人（签字）："
                       << QCoreApplication::translate("Reports", "Reviewer (signature):");
    return doc;
}

} // namespace

QString resultMark(const QString& resultKey) {
    if (resultKey == cl::kPass)
        return QStringLiteral("√");
    if (resultKey == cl::kFail)
        return QStringLiteral("×");
    if (resultKey == cl::kNotApplicable)
        return QStringLiteral("/");
    return {};
}

ReportDef inspectionWeeklyReport() {
    ReportDef r;
    r.key = QStringLiteral("safety-inspection-weekly");
    //: zh_CN "每周安全检查表"
    r.label = QT_TRANSLATE_NOOP("Reports", "Weekly safety inspection sheet");
    r.period = Period::Kind::Week;
    r.build = buildInspectionWeekly;
    r.buildBlank = buildInspectionWeeklyBlank;
    return r;
}

Result<TableDocument> buildInspectionWeekly(Database& db, const Period& period) {
    return buildSheet(db, period, false, "buildInspectionWeekly");
}

Result<TableDocument> buildInspectionWeeklyBlank(Database& db, const Period& period) {
    return buildSheet(db, period, true, "buildInspectionWeeklyBlank");
}

} // namespace houqin::reports::safety
