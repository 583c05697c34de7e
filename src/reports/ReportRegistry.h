#pragma once

#include "TableDocument.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
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
    // Translated: "2026年9月1日", "2026年第36周（8月31日—9月6日）", "2026年9月" in zh_CN;
    // "2026-09-01", "2026 week 36 (08-31 to 09-06)", "September 2026" in English.
    QString label() const;
};

// An option a report takes besides its period: the campus and room of a stocktake sheet, the stocktake a
// result is printed for. The CLI offers it as --key VALUE, the report dialog as a text field.
struct ReportOption {
    QString key;                  // "campus": the CLI's --campus
    const char* label = "";       // English source, "Reports" context: the dialog's caption
    const char* description = ""; // English source, "Reports" context: the CLI's help
};
using ReportOptions = QMap<QString, QString>; // option key -> value as typed

struct ReportDef {
    QString key;            // "food-samples-weekly"
    const char* label = ""; // English source, translated in the "Reports" context
    // The kinds it prints: printing it needs the print permission on each (domain/access/Roles.h).
    QStringList kinds;
    Period::Kind period = Period::Kind::None; // what the report is normally printed for
    QList<Period::Kind> alsoFor;              // other periods offered (a day's or a week's register)
    // Builds the document for the days `period` covers, whatever its kind (a weekly register also prints
    // one day or a month). Kind::None is refused with Error::Code::Usage by reports that need a period.
    std::function<Result<TableDocument>(Database&, const Period&)> build;
    // The report's blank form for filling in by hand (the paper round's sheet: the same rows, no results,
    // signature lines), printed by `print --blank` and the dialog's Blank box. Unset: the report has none.
    std::function<Result<TableDocument>(Database&, const Period&)> buildBlank;
    bool blankable() const { return bool(buildBlank) || bool(buildBlankWith); }
    // The options the report takes, and its build and blank form with them (used instead of build and
    // buildBlank when set).
    QList<ReportOption> options;
    std::function<Result<TableDocument>(Database&, const Period&, const ReportOptions&)> buildWith;
    std::function<Result<TableDocument>(Database&, const Period&, const ReportOptions&)> buildBlankWith;
    // build (buildWith with the options), or buildBlank when `blank`; a blank form asked of a report without
    // one, or an option the report does not declare, is refused with Error::Code::Usage.
    Result<TableDocument> make(Database& db, const Period& period, bool blank = false,
                               const ReportOptions& options = {}) const;
    QString displayLabel() const;
    // Whether the user signed in to db may print it (everyone while no one is signed in).
    bool mayPrint(const Database& db) const;
};

// The footer note of the audit trail's current head (TableDocument::chainNote); empty for an empty trail.
QString chainNote(Database& db);

const QList<ReportDef>& allReports();
const ReportDef* findReport(const QString& key);

// The generic printed list of any kind: the records a list page shows, as an A4 table of its list columns
// (derived ones included), titled with the kind's label, with the query's date range, search and filters
// under the title. Every matching record is printed: query.limit and query.offset are ignored. Landscape
// when there are more than 7 columns.
Result<TableDocument> recordTable(Database& db, const RecordKind& kind, const ListQuery& query);

} // namespace houqin::reports
