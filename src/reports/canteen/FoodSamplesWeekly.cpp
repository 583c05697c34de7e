#include "FoodSamplesWeekly.h"

#include "../RecordCells.h"
#include "domain/SemesterCalendar.h"
#include "domain/canteen/FoodSamples.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace houqin::reports::canteen {

namespace {

// The register's columns: what an inspector checks for each sample, in the order it happens.
const QStringList kColumns{
    QStringLiteral("date"),       QStringLiteral("meal"),        QStringLiteral("dish"),
    QStringLiteral("weight_g"),   QStringLiteral("stored_at"),   QStringLiteral("fridge_temp_c"),
    QStringLiteral("sampled_by"), QStringLiteral("disposed_at"), QStringLiteral("disposed_by"),
    QStringLiteral("status"),
};

QString periodLine(const Database& db, const Period& period) {
    QString line = period.label();
    // The teaching week is how staff name weeks (第N周); it only says something for a day or a week.
    const SemesterCalendar calendar(db.settings().semesterStart);
    if (calendar.isValid() && period.kind != Period::Kind::Month) {
        const int week = calendar.weekOf(period.from);
        if (week >= 1)
            //: zh_CN "教学周：第%1周"
            line +=
                QStringLiteral("    ") + QCoreApplication::translate("Reports", "Teaching week %1").arg(week);
    }
    return line;
}

} // namespace

ReportDef foodSamplesWeeklyReport() {
    ReportDef r;
    r.key = QStringLiteral("food-samples-weekly");
    r.kinds = {QStringLiteral("food-samples")};
    r.label = QT_TRANSLATE_NOOP("Reports", "Weekly food sample register");
    r.period = Period::Kind::Week;
    r.build = buildFoodSamplesWeekly;
    return r;
}

Result<TableDocument> buildFoodSamplesWeekly(Database& db, const Period& period) {
    if (period.kind == Period::Kind::None || !period.from.isValid() || !period.to.isValid())
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate(
                               "Reports", "The food sample register needs a week, such as 2026-W36."),
                           QStringLiteral("buildFoodSamplesWeekly"));
    const RecordKind& kind = houqin::canteen::foodSamplesKind();
    ListQuery q;
    q.from = period.from;
    q.to = period.to;
    q.sortField = QStringLiteral("stored_at");
    q.sortDescending = false;
    const auto samples = RecordRepository(db, kind).list(q);
    if (!samples)
        return samples.error();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "留样登记表"
    doc.title = QCoreApplication::translate("Reports", "Food sample register");
    doc.subtitleLines << periodLine(db, period);
    doc.columns = columnsFor(kind, kColumns);
    doc.columns[2].stretch = 5; // dish names run long; the other columns hold short values
    const RuleContext ctx = db.ruleContext();
    for (const Record& s : *samples)
        doc.rows << rowCells(kind, s, kColumns, ctx);
    doc.footnote = doc.rows.isEmpty()
                       ? QCoreApplication::translate("Reports", "No food samples were kept in this period.")
                       : QCoreApplication::translate("Reports", "Samples: %1").arg(doc.rows.size());
    doc.signatureLines << QCoreApplication::translate("Reports", "Sampler (signature):")
                       << QCoreApplication::translate("Reports", "Reviewer (signature):");
    doc.orientation = QPageLayout::Landscape; // ten columns
    return doc;
}

} // namespace houqin::reports::canteen
