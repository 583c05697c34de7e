#include "Checklists.h"
#include "SafetyCommon.h"
#include "SafetyKinds.h"

namespace houqin::safety {

namespace {

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("inspections");
    k.table = QStringLiteral("inspections");
    k.label = QT_TRANSLATE_NOOP("Fields", "Safety inspections");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(QStringLiteral("inspection_type"), QT_TRANSLATE_NOOP("Fields", "Type"),
                      {
                          {QStringLiteral("pre-term"),
                           QT_TRANSLATE_NOOP("Fields", "Before-term inspection"),
                           {QStringLiteral("开学前大检查")}},
                          {QStringLiteral("routine"),
                           QT_TRANSLATE_NOOP("Fields", "Routine inspection"),
                           {QStringLiteral("常态检查")}},
                          {QStringLiteral("end-of-term"),
                           QT_TRANSLATE_NOOP("Fields", "End-of-term inspection"),
                           {QStringLiteral("期末大检查")}},
                          {QStringLiteral("magnifier"),
                           QT_TRANSLATE_NOOP("Fields", "Safety magnifier"),
                           {QStringLiteral("安全放大镜")}},
                          {QStringLiteral("special"),
                           QT_TRANSLATE_NOOP("Fields", "Special inspection"),
                           {QStringLiteral("专项检查")}},
                      })
            .req()
            .def(QStringLiteral("routine"))
            .carry(),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        field::text(QStringLiteral("focus_area"), QT_TRANSLATE_NOOP("Fields", "Month's focus area"))
            .maxLen(100)
            .carry(),
        field::text(QStringLiteral("inspectors"), QT_TRANSLATE_NOOP("Fields", "Inspectors"))
            .req()
            .maxLen(200)
            .carry(),
        field::longText(QStringLiteral("problems"), QT_TRANSLATE_NOOP("Fields", "Problems found")),
    };
    k.listColumns = {QStringLiteral("date"),    QStringLiteral("inspection_type"),
                     QStringLiteral("campus"),  QStringLiteral("focus_area"),
                     checklist::kOutcome,       QStringLiteral("inspectors"),
                     QStringLiteral("problems")};
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("date");
    k.searchFields = {QStringLiteral("focus_area"), QStringLiteral("inspectors"), QStringLiteral("problems")};
    k.filters = {{QStringLiteral("this-month"),
                  QT_TRANSLATE_NOOP("Fields", "This month"),
                  {inThisMonth(QStringLiteral("date"))}}};
    useChecklist(k, QStringLiteral("inspection-lines"), QStringLiteral("inspection_lines"),
                 QStringLiteral("inspection_id"));
    return k;
}

} // namespace

const RecordKind& inspectionsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::safety
