#pragma once

#include "ReportRegistry.h"
#include "TableDocument.h"
#include "domain/RecordKind.h"

#include <QStringList>
#include <functional>

namespace houqin::reports {

// A register that is one kind's records over a period, one row each in date order, with chosen columns
// (stored or derived, as the list shows them): the canteen's and the safety module's monthly registers.
// What differs between them is this spec; buildRegister() does the rest.
struct RegisterSpec {
    const RecordKind* kind = nullptr;
    QStringList columns;
    QString title;
    QString needsPeriod; // the message when no period is given
    QString empty;       // the footnote without records
    QStringList signatures;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int wideColumn = -1; // index of the column that gets the most room
    int minStretch = 1;  // yes/no columns need room for their headings
    // The context derived columns are computed with (the hazard register's "as of" day); unset: the
    // database's.
    std::function<void(RuleContext&, const Period&)> adjustContext;
    // The footnote with records, given them; unset = none.
    std::function<QString(const QList<Record>&, const RuleContext&)> summary;
};

// Refuses a missing period with spec.needsPeriod (Error::Code::Usage, `where` as its origin).
Result<TableDocument> buildRegister(Database& db, const Period& period, const RegisterSpec& spec,
                                    const char* where);

} // namespace houqin::reports
