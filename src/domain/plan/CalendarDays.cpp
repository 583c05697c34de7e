#include "CalendarDays.h"

namespace houqin::plan {

namespace cf = calendardayfield;

namespace {
RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("calendar-days");
    k.table = QStringLiteral("calendar_days");
    k.label = QT_TRANSLATE_NOOP("Fields", "Holidays and make-up days");
    k.fields = {
        field::date(cf::kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(cf::kKind, QT_TRANSLATE_NOOP("Fields", "Day type"),
                      {
                          {cf::kHoliday,
                           QT_TRANSLATE_NOOP("Fields", "Holiday"),
                           {QStringLiteral("放假"), QStringLiteral("休"), QStringLiteral("假")}},
                          {cf::kWorkday,
                           QT_TRANSLATE_NOOP("Fields", "Make-up working day"),
                           {QStringLiteral("调休上班"), QStringLiteral("上班"), QStringLiteral("班"),
                            QStringLiteral("调休")}},
                      })
            .req()
            .def(cf::kHoliday)
            .carry(),
        field::text(cf::kName, QT_TRANSLATE_NOOP("Fields", "Holiday name")).maxLen(50).carry(),
        field::longText(cf::kNotes, QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.listColumns = {cf::kDate, cf::kKind, cf::kName};
    k.dateField = cf::kDate;
    k.defaultSort = cf::kDate;
    k.constraints = {
        {QStringLiteral("This date is already in the calendar"), cf::kDate,
         QT_TRANSLATE_NOOP("Constraints", "This date is already in the calendar; edit that entry instead.")},
        {QStringLiteral("UNIQUE constraint failed: calendar_days.date"), cf::kDate,
         QT_TRANSLATE_NOOP("Constraints", "This date is already in the calendar; edit that entry instead.")},
    };
    k.titleField = cf::kName;
    k.searchFields = {cf::kName, cf::kNotes};
    return k;
}
} // namespace

const RecordKind& calendarDaysKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::plan
