#include "AssetKinds.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace houqin::assets {

namespace u = utility;

namespace {

bool sameMeter(const Record& a, const Record& b) {
    return a.value(u::kCampus).toString() == b.value(u::kCampus).toString() &&
           a.value(u::kMeter).toString() == b.value(u::kMeter).toString();
}

// The stored readings of the same meter (campus and name) as `r`, other than `r` itself, by date.
QList<Record> otherReadings(const Record& r, const RuleContext& ctx) {
    QList<Record> out;
    if (!ctx.findRecords || r.isEmpty(u::kMeter))
        return out;
    for (const Record& other :
         ctx.findRecords(QStringLiteral("utility-readings"), u::kMeter, r.value(u::kMeter), u::kDate))
        if (sameMeter(other, r) && (r.id == 0 || other.id != r.id))
            out << other;
    return out;
}

// The reading just before r's date and the one just after it, among the meter's other readings.
std::pair<std::optional<Record>, std::optional<Record>> neighbours(const Record& r, const RuleContext& ctx) {
    std::optional<Record> before, after;
    const QDate date = r.value(u::kDate).toDate();
    for (const Record& other : otherReadings(r, ctx)) {
        const QDate d = other.value(u::kDate).toDate();
        if (d < date)
            before = other;
        else if (d > date && !after)
            after = other;
    }
    return {before, after};
}

QString number(const QVariant& v) {
    return QString::number(v.toDouble(), 'f', 1);
}

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    const auto [before, after] = neighbours(r, ctx);
    const double reading = r.value(u::kReading).toDouble();
    // A meter only counts up: a lower reading is a typing error unless the meter was replaced or reset.
    if (before && !r.value(u::kReset).toBool() && reading < before->value(u::kReading).toDouble())
        out << Issue::error(
            u::kReading,
            //: zh_CN "读数 %1 低于该表上次读数（%3 的 %2）。如果换了表或表已归零，请勾选“换表/归零”。"
            QCoreApplication::translate("UtilityReadings",
                                        "The reading %1 is lower than this meter's previous reading (%2 on "
                                        "%3). Tick \"Meter replaced or reset\" if the meter was changed.")
                .arg(number(reading), number(before->value(u::kReading)),
                     before->value(u::kDate).toDate().toString(Qt::ISODate)));
    if (after && !after->value(u::kReset).toBool() && after->value(u::kReading).toDouble() < reading)
        out << Issue::error(
            u::kReading,
            //: zh_CN "读数 %1 高于该表之后的读数（%3 的 %2）。"
            QCoreApplication::translate("UtilityReadings",
                                        "The reading %1 is higher than this meter's next reading (%2 on %3).")
                .arg(number(reading), number(after->value(u::kReading)),
                     after->value(u::kDate).toDate().toString(Qt::ISODate)));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("utility-readings");
    k.table = QStringLiteral("utility_readings");
    //: zh_CN "水电抄表"
    k.label = QT_TRANSLATE_NOOP("Fields", "Utility meter readings");
    k.fields = {
        field::campus(u::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        //: zh_CN "表名"
        field::text(u::kMeter, QT_TRANSLATE_NOOP("Fields", "Meter"))
            .req()
            .maxLen(50)
            .suggest(QStringLiteral("utility-readings"), u::kMeter)
            .offer({QStringLiteral("总水表"), QStringLiteral("总电表"), QStringLiteral("厨房水表"),
                    QStringLiteral("厨房电表")})
            .carry(),
        //: zh_CN "类别"
        field::choice(u::kMeterType, QT_TRANSLATE_NOOP("Fields", "Meter type"),
                      {
                          //: zh_CN "水（立方米）"
                          {u::kWater,
                           QT_TRANSLATE_NOOP("Fields", "Water (m³)"),
                           {QStringLiteral("水"), QStringLiteral("水表")}},
                          //: zh_CN "电（千瓦时）"
                          {u::kElectricity,
                           QT_TRANSLATE_NOOP("Fields", "Electricity (kWh)"),
                           {QStringLiteral("电"), QStringLiteral("电表")}},
                      })
            .req()
            .carry(),
        field::date(u::kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        //: zh_CN "读数"
        field::decimal(u::kReading, QT_TRANSLATE_NOOP("Fields", "Reading"), 1).req().range(0, 1e9),
        //: zh_CN "换表/归零"
        field::boolean(u::kReset, QT_TRANSLATE_NOOP("Fields", "Meter replaced or reset")).req().def(false),
        //: zh_CN "抄表人"
        field::person(u::kReader, QT_TRANSLATE_NOOP("Fields", "Read by")).carry(),
        field::text(u::kNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(200),
    };
    k.derived = {
        //: zh_CN "用量"
        {field::decimal(u::kUse, QT_TRANSLATE_NOOP("Fields", "Use since last reading"), 1),
         [](const Record& r, const RuleContext& ctx) {
             const auto [before, after] = neighbours(r, ctx);
             return utilityUse(r, before ? &*before : nullptr);
         }},
    };
    k.listColumns = {u::kDate, u::kCampus, u::kMeterType, u::kMeter, u::kReading,
                     u::kUse,  u::kReset,  u::kReader,    u::kNote};
    k.dateField = u::kDate;
    k.defaultSort = u::kDate;
    k.titleField = u::kMeter;
    k.searchFields = {u::kMeter, u::kReader, u::kNote};
    using Op = Condition::Op;
    for (const QString& type : {u::kWater, u::kElectricity}) {
        const ChoiceDef* c = k.fields.at(2).choice(type);
        k.filters << FilterDef{
            type, c->label, {{u::kMeterType, Op::Eq, [type](const RuleContext&) { return QVariant(type); }}}};
    }
    k.constraints = {{QStringLiteral("UNIQUE constraint failed: utility_readings.meter"), u::kDate,
                      //: zh_CN "这块表在这一天已经有读数了。"
                      QT_TRANSLATE_NOOP("Constraints", "This meter already has a reading on this day.")}};
    k.rules = rules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) { r.set(u::kDate, c.now.date()); };
    return k;
}

} // namespace

QVariant utilityUse(const Record& reading, const Record* previous) {
    if (reading.value(u::kReset).toBool())
        return reading.value(u::kReading).toDouble();
    if (!previous)
        return {};
    return reading.value(u::kReading).toDouble() - previous->value(u::kReading).toDouble();
}

QList<MonthlyUse> monthlyUse(const QList<Record>& readings) {
    QList<Record> sorted = readings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Record& a, const Record& b) {
        const auto key = [](const Record& r) {
            return std::make_tuple(r.value(u::kCampus).toString(), r.value(u::kMeter).toString(),
                                   r.value(u::kDate).toDate());
        };
        return key(a) < key(b);
    });
    QMap<std::tuple<QString, QString, QString, QDate>, double> sums;
    const Record* previous = nullptr;
    for (const Record& r : sorted) {
        if (previous && !sameMeter(*previous, r))
            previous = nullptr;
        const QVariant use = utilityUse(r, previous);
        previous = &r;
        if (use.isNull())
            continue;
        const QDate d = r.value(u::kDate).toDate();
        sums[{r.value(u::kCampus).toString(), r.value(u::kMeterType).toString(),
              r.value(u::kMeter).toString(), QDate(d.year(), d.month(), 1)}] += use.toDouble();
    }
    QList<MonthlyUse> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out << MonthlyUse{std::get<0>(it.key()), std::get<2>(it.key()), std::get<1>(it.key()),
                          std::get<3>(it.key()), it.value()};
    return out;
}

const RecordKind& utilityReadingsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
