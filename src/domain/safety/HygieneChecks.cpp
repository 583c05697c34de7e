#include "Checklists.h"
#include "SafetyCommon.h"
#include "SafetyKinds.h"

#include <cmath>

namespace houqin::safety {

namespace {

// The share of applicable items that passed, 0–100; empty when nothing applied.
QVariant score(const Record& r) {
    int passed = 0, applicable = 0;
    for (const Record& line : r.lines) {
        const QString result = line.value(checklist::kResult).toString();
        applicable += result == checklist::kPass || result == checklist::kFail;
        passed += result == checklist::kPass;
    }
    return applicable == 0 ? QVariant() : QVariant(qint64(std::lround(100.0 * passed / applicable)));
}

RecordKind declareZones() {
    RecordKind k;
    k.key = QStringLiteral("hygiene-zones");
    k.table = QStringLiteral("hygiene_zones");
    k.label = QT_TRANSLATE_NOOP("Fields", "Hygiene zones");
    k.fields = {
        field::text(QStringLiteral("name"), QT_TRANSLATE_NOOP("Fields", "Zone")).req().maxLen(100),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        field::person(QStringLiteral("responsible"), QT_TRANSLATE_NOOP("Fields", "Person responsible")).req(),
        field::longText(QStringLiteral("description"), QT_TRANSLATE_NOOP("Fields", "What it covers")),
    };
    k.defaultSort = QStringLiteral("name");
    k.defaultSortDescending = false;
    k.titleField = QStringLiteral("name");
    k.constraints = {{QStringLiteral("UNIQUE constraint failed: hygiene_zones.name"), QStringLiteral("name"),
                      QT_TRANSLATE_NOOP("Constraints", "A hygiene zone of this name exists already.")}};
    return k;
}

RecordKind declareChecks() {
    RecordKind k;
    k.key = QStringLiteral("hygiene-checks");
    k.table = QStringLiteral("hygiene_checks");
    k.label = QT_TRANSLATE_NOOP("Fields", "Hygiene checks");
    k.fields = {
        field::date(QStringLiteral("date"), QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::text(QStringLiteral("zone"), QT_TRANSLATE_NOOP("Fields", "Zone"))
            .req()
            .maxLen(100)
            .suggest(QStringLiteral("hygiene-zones"), QStringLiteral("name")),
        field::person(QStringLiteral("inspector"), QT_TRANSLATE_NOOP("Fields", "Inspector")).req().carry(),
        field::longText(QStringLiteral("problems"), QT_TRANSLATE_NOOP("Fields", "Problems found")),
    };
    k.derived = {{field::integer(QStringLiteral("score"), QT_TRANSLATE_NOOP("Fields", "Score"))
                      .unitText(QStringLiteral("%")),
                  [](const Record& r, const RuleContext&) { return score(r); }}};
    k.listColumns = {QStringLiteral("date"),  QStringLiteral("zone"),      checklist::kOutcome,
                     QStringLiteral("score"), QStringLiteral("inspector"), QStringLiteral("problems")};
    k.dateField = QStringLiteral("date");
    k.defaultSort = QStringLiteral("date");
    k.titleField = QStringLiteral("zone");
    k.searchFields = {QStringLiteral("zone"), QStringLiteral("inspector"), QStringLiteral("problems")};
    k.filters = {{QStringLiteral("this-month"),
                  QT_TRANSLATE_NOOP("Fields", "This month"),
                  {inThisMonth(QStringLiteral("date"))}}};
    useChecklist(k, QStringLiteral("hygiene-check-lines"), QStringLiteral("hygiene_check_lines"),
                 QStringLiteral("hygiene_check_id"));
    return k;
}

} // namespace

const RecordKind& hygieneZonesKind() {
    static const RecordKind k = declareZones();
    return k;
}

const RecordKind& hygieneChecksKind() {
    static const RecordKind k = declareChecks();
    return k;
}

} // namespace houqin::safety
