#include "ChecklistWeekly.h"

#include "SheetParts.h"
#include "domain/safety/Checklists.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace houqin::reports {

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

// A failed line's remark: its note, and the hazard or repair it opened.
QString failedNote(const Record& line) {
    QString note = line.value(cl::kNote).toString();
    if (!line.isEmpty(cl::kHazardId))
        //: zh_CN "%1（隐患 #%2）"
        note = QCoreApplication::translate("Reports", "%1 (hazard #%2)")
                   .arg(note, line.value(cl::kHazardId).toString())
                   .trimmed();
    else if (!line.isEmpty(cl::kRepairId))
        //: zh_CN "%1（报修 #%2）"
        note = QCoreApplication::translate("Reports", "%1 (repair #%2)")
                   .arg(note, line.value(cl::kRepairId).toString())
                   .trimmed();
    return note;
}

// The rows of one section of one campus's block.
void addSection(TableDocument& doc, const QList<Item>& items, const QList<Record>& records,
                const QList<QDate>& days) {
    QList<Item> rows = items;
    QHash<QString, int> rowOf; // itemKey -> index in rows
    for (int i = 0; i < rows.size(); ++i)
        rowOf.insert(itemKey(rows[i].area, rows[i].item), i);
    QHash<int, QHash<QDate, QString>> marks; // row -> day -> mark
    QHash<int, QStringList> remarks;         // row -> notes
    for (const Record& rec : records) {
        const QDate day = rec.value(QStringLiteral("date")).toDate();
        for (const Record& line : rec.lines) {
            const QString area = line.value(cl::kArea).toString();
            const QString item = line.value(cl::kItem).toString();
            const QString key = itemKey(area, item);
            if (!rowOf.contains(key)) {
                rowOf.insert(key, int(rows.size()));
                rows << Item{area, item};
            }
            const int row = rowOf.value(key);
            const QString result = line.value(cl::kResult).toString();
            // Two rounds on one day: a failure in either shows.
            if (marks[row].value(day) != resultMark(cl::kFail))
                marks[row][day] = resultMark(result);
            if (result == cl::kFail)
                remarks[row] << QStringLiteral("%1 %2").arg(dayHeading(day).section(QLatin1Char(' '), 0, 0),
                                                            failedNote(line));
        }
    }
    // Grouped by area, in the order each area first appears.
    QStringList areas;
    for (const Item& it : rows)
        if (!areas.contains(it.area))
            areas << it.area;
    int no = 0;
    for (const QString& area : areas)
        for (int row = 0; row < rows.size(); ++row) {
            if (rows[row].area != area)
                continue;
            QStringList cells{QString::number(++no), area, rows[row].item};
            for (const QDate d : days)
                cells << marks.value(row).value(d);
            cells << remarks.value(row).join(QStringLiteral("；"));
            doc.rows << cells;
        }
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

ReportOption checklistCampusOption() {
    //: zh_CN "园区"
    return {QStringLiteral("campus"), QT_TRANSLATE_NOOP("Reports", "Campus"),
            //: zh_CN "只含这个园区（默认：全部园区）。"
            QT_TRANSLATE_NOOP("Reports", "Only this campus (default: every campus).")};
}

void checklistWeeklyReport(ReportDef& r, std::function<ChecklistWeeklySpec()> spec) {
    r.period = Period::Kind::Week;
    r.options = {checklistCampusOption()};
    const auto make = [spec](bool blank, const char* where) {
        return [spec, blank, where](Database& db, const Period& period, const ReportOptions& options) {
            ChecklistWeeklySpec s = spec();
            s.campus = options.value(QStringLiteral("campus")).trimmed();
            return buildChecklistWeekly(db, period, blank, s, where);
        };
    };
    r.buildWith = make(false, "buildChecklistWeekly");
    r.buildBlankWith = make(true, "buildChecklistWeeklyBlank");
    r.build = [with = r.buildWith](Database& db, const Period& period) { return with(db, period, {}); };
    r.buildBlank = [with = r.buildBlankWith](Database& db, const Period& period) {
        return with(db, period, {});
    };
}

Result<TableDocument> buildChecklistWeekly(Database& db, const Period& period, bool blank,
                                           const ChecklistWeeklySpec& spec, const char* where) {
    if (period.kind == Period::Kind::None || !period.from.isValid() || !period.to.isValid())
        return Error::make(Error::Code::Usage, spec.needsWeek, QString::fromLatin1(where));
    if (!spec.campus.isEmpty() && !db.settings().campuses.contains(spec.campus))
        return Error::make(Error::Code::Usage,
                           //: zh_CN "没有园区“%1”（园区：%2）。"
                           QCoreApplication::translate("Reports", "There is no campus \"%1\" (campuses: %2).")
                               .arg(spec.campus, db.settings().campuses.join(QStringLiteral("、"))),
                           QString::fromLatin1(where));
    QList<QList<Item>> items;
    for (const auto& section : spec.sections) {
        auto listed = templateItems(db, section.checklistKey);
        if (!listed)
            return listed.error();
        items << *listed;
    }
    QList<QDate> days; // Monday to Friday of the period
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days << d;

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    doc.title = spec.title;
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

    QList<Record> records;
    if (!blank) {
        ListQuery q;
        q.from = period.from;
        q.to = period.to;
        q.sortField = spec.kind->dateField;
        q.sortDescending = false;
        auto listed = RecordRepository(db, *spec.kind).list(q);
        if (!listed)
            return listed.error();
        records = *listed;
    }

    const QStringList campuses = db.settings().campuses;
    const QStringList printed = spec.campus.isEmpty() ? campuses : QStringList{spec.campus};
    bool any = false;
    for (const QString& campus : printed) {
        if (campuses.size() > 1) {
            QStringList heading(width);
            //: zh_CN "园区：%1"
            heading[0] = QCoreApplication::translate("Reports", "Campus: %1").arg(campus);
            doc.rows << heading;
        }
        for (int s = 0; s < spec.sections.size(); ++s) {
            const auto& section = spec.sections.at(s);
            QList<Record> mine;
            for (const Record& rec : records) {
                const QString recordCampus = rec.value(QStringLiteral("campus")).toString();
                // A record that names no campus (kept before campuses were recorded) belongs to the first.
                if (recordCampus != campus && !(recordCampus.isEmpty() && campus == campuses.value(0)))
                    continue;
                if (!section.holds || section.holds(rec))
                    mine << rec;
            }
            any = any || !mine.isEmpty();
            if (!section.heading.isEmpty()) {
                QStringList heading(width);
                heading[0] = section.heading;
                doc.rows << heading;
            }
            addSection(doc, items.at(s), mine, days);
        }
    }
    //: zh_CN "√ 合格　× 不合格　/ 不适用"
    doc.footnote = QCoreApplication::translate("Reports", "√ passed   × failed   / not applicable");
    if (!blank && !any)
        doc.footnote += QLatin1Char(' ') + spec.noRecords;
    doc.signatureLines = spec.signatures;
    return doc;
}

} // namespace houqin::reports
