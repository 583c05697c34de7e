#include "../ChecklistWeekly.h"
#include "../SheetParts.h"
#include "AssetReports.h"
#include "domain/ValueFormat.h"
#include "domain/assets/AssetKinds.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace houqin::reports::assets {

namespace f = houqin::assets::facility;
namespace u = houqin::assets::utility;

namespace {

ChecklistWeeklySpec facilitySpec() {
    const RecordKind& kind = houqin::assets::facilityChecksKind();
    ChecklistWeeklySpec spec;
    spec.kind = &kind;
    //: zh_CN "设施设备每周检查表"
    spec.title = QCoreApplication::translate("Reports", "Weekly facility inspection sheet");
    //: zh_CN "本周没有设施设备检查记录。"
    spec.noRecords = QCoreApplication::translate("Reports", "No facility checks were recorded in this week.");
    //: zh_CN "设施设备每周检查表需要指定一周，例如 2026-W47。"
    spec.needsWeek = QCoreApplication::translate(
        "Reports", "The weekly facility inspection sheet needs a week, such as 2026-W47.");
    // One section per level: the daily small check every day, the weekly big check and the monthly full
    // check on the day they were done.
    for (const ChoiceDef& level : kind.field(f::kLevel)->choices) {
        const QString key = level.key;
        spec.sections << ChecklistWeeklySpec::Section{
            trLabel(level.label), QStringLiteral("facility-checks.") + key,
            [key](const Record& r) { return r.value(f::kLevel).toString() == key; }};
    }
    //: zh_CN "检查人（签字）："
    spec.signatures = signatureLines({QT_TRANSLATE_NOOP("Reports", "Inspector (signature):")});
    return spec;
}

// m³ or kWh.
QString unitOf(const QString& meterType) {
    return meterType == u::kWater ? QStringLiteral("m³") : QStringLiteral("kWh");
}

QString amount(double v) {
    return QLocale().toString(v, 'f', 1);
}

} // namespace

ReportDef facilityWeeklyReport() {
    ReportDef r;
    r.key = QStringLiteral("facility-inspection-weekly");
    r.kinds = {QStringLiteral("facility-checks")};
    //: zh_CN "设施设备每周检查表"
    r.label = QT_TRANSLATE_NOOP("Reports", "Weekly facility inspection sheet");
    checklistWeeklyReport(r, facilitySpec);
    return r;
}

Result<TableDocument> buildFacilityWeekly(Database& db, const Period& period) {
    return buildChecklistWeekly(db, period, false, facilitySpec(), "buildFacilityWeekly");
}

Result<TableDocument> buildFacilityWeeklyBlank(Database& db, const Period& period) {
    return buildChecklistWeekly(db, period, true, facilitySpec(), "buildFacilityWeeklyBlank");
}

ReportDef utilitiesMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("utilities-monthly");
    r.kinds = {QStringLiteral("utility-readings")};
    //: zh_CN "水电用量月报"
    r.label = QT_TRANSLATE_NOOP("Reports", "Monthly water and electricity use");
    r.period = Period::Kind::Month;
    r.build = buildUtilitiesMonthly;
    return r;
}

QPair<QDate, QDate> utilitiesMonths(const Period& period, QDate today) {
    // A month, a week or a day: the twelve months that end with the month of its last day; no period: the
    // twelve months up to today's.
    const QDate last = period.to.isValid() ? period.to : today;
    const QDate end(last.year(), last.month(), 1);
    return {end.addMonths(-11), end};
}

Result<TableDocument> buildUtilitiesMonthly(Database& db, const Period& period) {
    const auto [first, last] = utilitiesMonths(period, db.now().date());
    // The readings of the months, and those before them: a month's first reading needs its predecessor.
    ListQuery q;
    q.to = last.addMonths(1).addDays(-1);
    auto readings = RecordRepository(db, houqin::assets::utilityReadingsKind()).list(q);
    if (!readings)
        return readings.error();
    QList<QDate> months;
    for (QDate m = first; m <= last; m = m.addMonths(1))
        months << m;

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "水电用量月报"
    doc.title = QCoreApplication::translate("Reports", "Monthly water and electricity use");
    //: zh_CN "%1 至 %2"
    doc.subtitleLines << QCoreApplication::translate("Reports", "%1 to %2")
                             .arg(first.toString(QStringLiteral("yyyy-MM")),
                                  last.toString(QStringLiteral("yyyy-MM")));
    doc.orientation = QPageLayout::Landscape;
    doc.fontScale = 0.85;
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Campus"), 3} //: zh_CN "表"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Meter"), 3} //: zh_CN "单位"
                << TableDocument::Column{QCoreApplication::translate("Reports", "Unit"), 1, Qt::AlignCenter};
    for (const QDate m : months)
        doc.columns << TableDocument::Column{m.toString(QStringLiteral("yy-MM")), 2, Qt::AlignRight};
    //: zh_CN "合计用量"
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Total use"), 2,
                                         Qt::AlignRight};

    // Rows per campus, water meters first, each meter's month sums, then the campus's total of each type.
    QMap<QString, QMap<QString, QMap<QString, QMap<QDate, double>>>> uses; // campus -> type -> meter -> month
    for (const houqin::assets::MonthlyUse& m : houqin::assets::monthlyUse(*readings))
        if (m.month >= first && m.month <= last)
            uses[m.campus][m.meterType][m.meter][m.month] += m.use;
    QStringList campuses = db.settings().campuses;
    for (const QString& c : uses.keys())
        if (!campuses.contains(c))
            campuses << c;
    for (const QString& campus : campuses) {
        if (!uses.contains(campus))
            continue;
        for (const QString& type : {u::kWater, u::kElectricity}) {
            const auto meters = uses[campus].value(type);
            if (meters.isEmpty())
                continue;
            QMap<QDate, double> total;
            for (auto it = meters.cbegin(); it != meters.cend(); ++it) {
                QStringList row{campus, it.key(), unitOf(type)};
                double sum = 0;
                for (const QDate m : months) {
                    const auto v = it.value().constFind(m);
                    row << (v == it.value().cend() ? QString() : amount(*v));
                    if (v != it.value().cend()) {
                        sum += *v;
                        total[m] += *v;
                    }
                }
                row << amount(sum);
                doc.rows << row;
            }
            if (meters.size() > 1) {
                QStringList row{campus,
                                type == u::kWater
                                    //: zh_CN "用水合计"
                                    ? QCoreApplication::translate("Reports", "Water total")
                                    //: zh_CN "用电合计"
                                    : QCoreApplication::translate("Reports", "Electricity total"),
                                unitOf(type)};
                double sum = 0;
                for (const QDate m : months) {
                    row << amount(total.value(m));
                    sum += total.value(m);
                }
                row << amount(sum);
                doc.rows << row;
            }
        }
    }
    doc.footnote =
        doc.rows.isEmpty()
            //: zh_CN "这段时间没有水电抄表记录。"
            ? QCoreApplication::translate("Reports", "No meter readings were recorded in these months.")
            //: zh_CN "每月用量为当月各次抄表的用量之和（与上次读数之差；换表或归零的读数计其本身）。"
            : QCoreApplication::translate(
                  "Reports", "A month's use is the sum of the uses of that month's readings (the "
                             "difference from the reading before; a replaced or reset meter's "
                             "reading counts as itself).");
    //: zh_CN "统计人（签字）："
    doc.signatureLines = signatureLines({QT_TRANSLATE_NOOP("Reports", "Compiled by (signature):")});
    return doc;
}

} // namespace houqin::reports::assets
