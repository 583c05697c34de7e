#pragma once

#include "TableDocument.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace houqin {
class Database;
struct RecordKind;
struct ListQuery;
} // namespace houqin

namespace houqin::reports {

// The period a report covers, from the CLI's --date / --week / --month or the GUI's picker.
struct Period {
    enum class Kind { None, Day, Week, Month };
    Kind kind = Kind::None;
    QDate from, to; // inclusive
    // "2026-09-01" (Day), "2026-W36" (ISO week, Monday to Sunday), "2026-09" (Month).
    static Result<Period> parse(Kind kind, const QString& text);
    static Period day(QDate d);
    static Period isoWeek(QDate anyDayInWeek);
    static Period month(int year, int month);
    QString label() const; // "2026年9月1日", "2026年第36周（09-01 至 09-07）", "2026年9月" (translated)
};

struct ReportDef {
    QString key;            // "food-samples-weekly"
    const char* label = ""; // English source, translated in the "Reports" context
    Period::Kind period = Period::Kind::None;
    std::function<Result<TableDocument>(Database&, const Period&)> build;
    QString displayLabel() const;
};

const QList<ReportDef>& allReports();
const ReportDef* findReport(const QString& key);

// The generic printed list of any kind: the records a list page shows, as an A4 table of its list columns.
Result<TableDocument> recordTable(Database& db, const RecordKind& kind, const ListQuery& query);

} // namespace houqin::reports
