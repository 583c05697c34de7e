#include "CanteenRegisters.h"

#include "../RecordCells.h"
#include "domain/canteen/MealAccompaniments.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>

namespace houqin::reports::canteen {

namespace {

using namespace houqin::canteen;

// What differs between the registers; the rest is shared.
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
    // The footnote with records, given them.
    std::function<QString(const QList<Record>&, const RuleContext&)> summary;
};

Result<TableDocument> buildRegister(Database& db, const Period& period, const RegisterSpec& spec,
                                    const char* where) {
    if (period.kind == Period::Kind::None || !period.from.isValid() || !period.to.isValid())
        return Error::make(Error::Code::Usage, spec.needsPeriod, QString::fromLatin1(where));
    ListQuery q;
    q.from = period.from;
    q.to = period.to;
    q.sortField = spec.kind->dateField;
    q.sortDescending = false;
    const auto records = RecordRepository(db, *spec.kind).list(q);
    if (!records)
        return records.error();
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    doc.title = spec.title;
    doc.subtitleLines << period.label();
    doc.columns = columnsFor(*spec.kind, spec.columns);
    for (TableDocument::Column& c : doc.columns)
        c.stretch = qMax(c.stretch, spec.minStretch);
    if (spec.wideColumn >= 0 && spec.wideColumn < doc.columns.size())
        doc.columns[spec.wideColumn].stretch = 5;
    const RuleContext ctx = db.ruleContext();
    for (const Record& r : *records)
        doc.rows << rowCells(*spec.kind, r, spec.columns, ctx);
    doc.footnote = records->isEmpty() ? spec.empty : spec.summary(*records, ctx);
    doc.signatureLines = spec.signatures;
    doc.orientation = spec.orientation;
    return doc;
}

QString percentText(qsizetype part, qsizetype whole) {
    return whole == 0 ? QStringLiteral("0") : QString::number(100.0 * double(part) / double(whole), 'f', 1);
}

} // namespace

ReportDef pesticideMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("pesticide-monthly");
    r.label = QT_TRANSLATE_NOOP("Reports", "Monthly pesticide residue test register");
    r.period = Period::Kind::Month;
    r.build = buildPesticideMonthly;
    return r;
}

Result<TableDocument> buildPesticideMonthly(Database& db, const Period& period) {
    RegisterSpec spec;
    spec.kind = &pesticideTestsKind();
    spec.columns = {QStringLiteral("date"),           QStringLiteral("sample"),
                    QStringLiteral("supplier"),       QStringLiteral("batch"),
                    QStringLiteral("inhibition_pct"), QStringLiteral("result"),
                    QStringLiteral("tester"),         QStringLiteral("handling"),
                    QStringLiteral("retest_pct"),     QStringLiteral("retest_result")};
    //: zh_CN "农药残留快速检测登记表"
    spec.title = QCoreApplication::translate("Reports", "Pesticide residue rapid test register");
    spec.needsPeriod =
        QCoreApplication::translate("Reports", "The pesticide test register needs a month, such as 2026-09.");
    spec.empty = QCoreApplication::translate("Reports", "No pesticide tests were recorded in this period.");
    spec.signatures << QCoreApplication::translate("Reports", "Tester (signature):")
                    << QCoreApplication::translate("Reports", "Reviewer (signature):");
    spec.summary = [](const QList<Record>& tests, const RuleContext& ctx) {
        qsizetype positive = 0, unhandled = 0;
        for (const Record& t : tests) {
            positive += resultKey(t, ctx.settings) == QStringLiteral("fail") ? 1 : 0;
            unhandled += needsHandling(t, ctx.settings) ? 1 : 0;
        }
        QString text =
            QCoreApplication::translate("Reports", "Tests: %1; positive: %2 (%3%). Positive at %4% or more.")
                .arg(tests.size())
                .arg(positive)
                .arg(percentText(positive, tests.size()),
                     QString::number(ctx.settings.pesticideThresholdPct));
        if (unhandled > 0)
            text += QLatin1Char(' ') +
                    QCoreApplication::translate("Reports", "Not yet handled: %1.").arg(unhandled);
        return text;
    };
    return buildRegister(db, period, spec, "buildPesticideMonthly");
}

ReportDef morningChecksMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("morning-checks-monthly");
    r.label = QT_TRANSLATE_NOOP("Reports", "Monthly morning check register");
    r.period = Period::Kind::Month;
    r.build = buildMorningChecksMonthly;
    return r;
}

Result<TableDocument> buildMorningChecksMonthly(Database& db, const Period& period) {
    RegisterSpec spec;
    spec.kind = &morningChecksKind();
    spec.columns = {
        QStringLiteral("date"),      QStringLiteral("person"),     QStringLiteral("temperature_c"),
        QStringLiteral("diarrhoea"), QStringLiteral("skin_wound"), QStringLiteral("sore_throat"),
        QStringLiteral("nails_ok"),  QStringLiteral("no_rings"),   QStringLiteral("uniform_ok"),
        QStringLiteral("verdict"),   QStringLiteral("checked_by"), QStringLiteral("action")};
    //: zh_CN "食堂从业人员晨检登记表"
    spec.title = QCoreApplication::translate("Reports", "Canteen staff morning check register");
    spec.needsPeriod =
        QCoreApplication::translate("Reports", "The morning check register needs a month, such as 2026-09.");
    spec.empty = QCoreApplication::translate("Reports", "No morning checks were recorded in this period.");
    spec.signatures << QCoreApplication::translate("Reports", "Health teacher (signature):");
    spec.wideColumn = 11;
    spec.minStretch = 2;
    spec.summary = [](const QList<Record>& checks, const RuleContext& ctx) {
        qsizetype unfit = 0;
        for (const Record& c : checks)
            unfit += fitForDuty(c, ctx.settings) ? 0 : 1;
        return QCoreApplication::translate("Reports", "Checks: %1; not fit for duty: %2. Fever from %3 °C.")
            .arg(checks.size())
            .arg(unfit)
            .arg(QString::number(ctx.settings.feverThresholdC, 'f', 1));
    };
    return buildRegister(db, period, spec, "buildMorningChecksMonthly");
}

ReportDef mealAccompanimentMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("meal-accompaniment-monthly");
    r.label = QT_TRANSLATE_NOOP("Reports", "Monthly meal accompaniment record");
    r.period = Period::Kind::Month;
    r.build = buildMealAccompanimentMonthly;
    return r;
}

Result<TableDocument> buildMealAccompanimentMonthly(Database& db, const Period& period) {
    RegisterSpec spec;
    spec.kind = &mealAccompanimentsKind();
    spec.columns = {QStringLiteral("date"),        QStringLiteral("meal"),     QStringLiteral("person"),
                    QStringLiteral("role"),        QStringLiteral("taste"),    QStringLiteral("portion"),
                    QStringLiteral("temperature"), QStringLiteral("hygiene"),  QStringLiteral("average"),
                    QStringLiteral("problems"),    QStringLiteral("follow_up")};
    //: zh_CN "陪餐记录表"
    spec.title = QCoreApplication::translate("Reports", "Meal accompaniment record");
    spec.needsPeriod = QCoreApplication::translate(
        "Reports", "The meal accompaniment record needs a month, such as 2026-09.");
    spec.empty = QCoreApplication::translate("Reports", "No meals were accompanied in this period.");
    spec.signatures << QCoreApplication::translate("Reports", "Reviewer (signature):");
    spec.wideColumn = 9;
    spec.summary = [](const QList<Record>& meals, const RuleContext&) {
        double sum = 0;
        int rated = 0;
        qsizetype problems = 0;
        for (const Record& m : meals) {
            if (const auto avg = averageRating(m)) {
                sum += *avg;
                ++rated;
            }
            problems += m.isEmpty(QStringLiteral("problems")) ? 0 : 1;
        }
        return QCoreApplication::translate(
                   "Reports", "Meals accompanied: %1; average rating %2 of 5; with problems: %3.")
            .arg(meals.size())
            .arg(QString::number(rated ? sum / rated : 0.0, 'f', 1))
            .arg(problems);
    };
    return buildRegister(db, period, spec, "buildMealAccompanimentMonthly");
}

} // namespace houqin::reports::canteen
