#include "CanteenRegisters.h"

#include "../KindRegister.h"
#include "domain/canteen/MealAccompaniments.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace houqin::reports::canteen {

namespace {

using namespace houqin::canteen;

QString percentText(qsizetype part, qsizetype whole) {
    return whole == 0 ? QStringLiteral("0") : QString::number(100.0 * double(part) / double(whole), 'f', 1);
}

} // namespace

ReportDef pesticideMonthlyReport() {
    ReportDef r;
    r.key = QStringLiteral("pesticide-monthly");
    r.kinds = {QStringLiteral("pesticide-tests")};
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
    r.kinds = {QStringLiteral("morning-checks")};
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
    r.kinds = {QStringLiteral("meal-accompaniments")};
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
