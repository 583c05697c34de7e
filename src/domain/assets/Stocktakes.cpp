#include "AssetKinds.h"

#include <QCoreApplication>
#include <QSet>

namespace houqin::assets {

namespace s = stocktake;

namespace {

// A code once per stocktake; a moved or unknown line is extra; an extra line says which.
void lineRules(const Record& line, const RuleContext&, Issues& out) {
    const QString result = line.value(s::kResult).toString();
    const bool extra = result == s::kExtra;
    if (extra && line.isEmpty(s::kExtraKind))
        out << Issue::error(
            s::kExtraKind,
            QCoreApplication::translate("Stocktakes", "Say whether an extra asset was moved or unknown."));
    if (!extra && !line.isEmpty(s::kExtraKind))
        out << Issue::error(s::kExtraKind, QCoreApplication::translate(
                                               "Stocktakes", "Only an extra asset is moved or unknown."));
    if (result == s::kMissing && !line.isEmpty(s::kScannedAt))
        out << Issue::error(s::kScannedAt,
                            QCoreApplication::translate("Stocktakes", "A missing asset was not scanned."));
}

void rules(const Record& rec, const RuleContext&, Issues& out) {
    QSet<QString> seen;
    for (qsizetype i = 0; i < rec.lines.size(); ++i) {
        const QString code = rec.lines.at(i).value(s::kCode).toString();
        if (seen.contains(code))
            out << Issue::error(
                lineIssueField(i, s::kCode),
                QCoreApplication::translate("Stocktakes", "Code %1 is listed twice.").arg(code));
        seen.insert(code);
    }
}

qint64 countLines(const Record& rec, const QString& result) {
    qint64 n = 0;
    for (const Record& line : rec.lines)
        n += line.value(s::kResult).toString() == result;
    return n;
}

std::shared_ptr<const RecordKind> declareLines() {
    auto k = std::make_shared<RecordKind>();
    k->key = QStringLiteral("stocktake-lines");
    k->table = QStringLiteral("stocktake_lines");
    k->label = QT_TRANSLATE_NOOP("Fields", "Codes counted");
    k->fields = {
        field::text(s::kCode, QT_TRANSLATE_NOOP("Fields", "Asset code"))
            .req()
            .maxLen(30)
            .alias({QStringLiteral("资产编号")}),
        field::dateTime(s::kScannedAt, QT_TRANSLATE_NOOP("Fields", "Scanned at")),
        field::text(s::kCountedRoom, QT_TRANSLATE_NOOP("Fields", "Counted in")).maxLen(50),
        field::choice(s::kResult, QT_TRANSLATE_NOOP("Fields", "Count result"),
                      {
                          {s::kFound, QT_TRANSLATE_NOOP("Fields", "Found"), {QStringLiteral("相符")}},
                          {s::kMissing, QT_TRANSLATE_NOOP("Fields", "Missing"), {QStringLiteral("盘亏")}},
                          {s::kExtra, QT_TRANSLATE_NOOP("Fields", "Extra"), {QStringLiteral("盘盈")}},
                      })
            .req(),
        field::choice(
            s::kExtraKind, QT_TRANSLATE_NOOP("Fields", "Extra because"),
            {
                {s::kMoved,
                 QT_TRANSLATE_NOOP("Fields", "Registered elsewhere"),
                 {QStringLiteral("位置不符")}},
                {s::kUnknown, QT_TRANSLATE_NOOP("Fields", "Not in the register"), {QStringLiteral("账外")}},
            }),
        field::campus(s::kRegisteredCampus, QT_TRANSLATE_NOOP("Fields", "Registered campus")),
        field::text(s::kRegisteredLocation, QT_TRANSLATE_NOOP("Fields", "Registered location")).maxLen(50),
        field::date(s::kCorrectedOn, QT_TRANSLATE_NOOP("Fields", "Register corrected on")),
        field::text(s::kLineNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(200),
    };
    k->titleField = s::kCode;
    k->rules = lineRules;
    return k;
}

DerivedDef countOf(const QString& key, const char* label, const QString& result) {
    return {field::integer(key, label), [result](const Record& r, const RuleContext&) {
                return QVariant::fromValue(countLines(r, result));
            }};
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("stocktakes");
    k.table = QStringLiteral("stocktakes");
    k.label = QT_TRANSLATE_NOOP("Fields", "Stocktakes");
    k.fields = {
        field::date(s::kDate, QT_TRANSLATE_NOOP("Fields", "Counted on")).req(),
        field::campus(s::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        field::text(s::kRooms, QT_TRANSLATE_NOOP("Fields", "Rooms counted")).maxLen(1000),
        field::person(s::kCounter, QT_TRANSLATE_NOOP("Fields", "Counted by")).req().carry(),
        field::text(s::kNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(200),
    };
    k.derived = {
        countOf(s::kFoundCount, QT_TRANSLATE_NOOP("Fields", "Found"), s::kFound),
        countOf(s::kMissingCount, QT_TRANSLATE_NOOP("Fields", "Missing"), s::kMissing),
        countOf(s::kExtraCount, QT_TRANSLATE_NOOP("Fields", "Extra"), s::kExtra),
    };
    k.lines = declareLines();
    k.linesParentColumn = QStringLiteral("stocktake_id");
    k.listColumns = {s::kDate,       s::kCampus,       s::kRooms,      s::kCounter,
                     s::kFoundCount, s::kMissingCount, s::kExtraCount, s::kNote};
    k.dateField = s::kDate;
    k.defaultSort = s::kDate;
    k.titleField = s::kDate;
    k.searchFields = {s::kRooms, s::kCounter, s::kNote};
    // "all": what the dashboard counts over the days since the week began, per campus.
    k.filters = {{QStringLiteral("all"), QT_TRANSLATE_NOOP("Fields", "All stocktakes"), {}}};
    k.rules = rules;
    k.prefill = [](Record& rec, const Record*, const RuleContext& c) {
        rec.set(s::kDate, c.now.date());
        if (rec.isEmpty(s::kCampus) && !c.settings.campuses.isEmpty())
            rec.set(s::kCampus, c.settings.campuses.first());
    };
    return k;
}

} // namespace

const RecordKind& stocktakesKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
