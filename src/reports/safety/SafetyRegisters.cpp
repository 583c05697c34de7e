#include "SafetyRegisters.h"

#include "../KindRegister.h"
#include "domain/safety/Hazards.h"
#include "domain/safety/SafetyKinds.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace houqin::reports::safety {

namespace hz = houqin::safety::hazard;

ReportDef hazardRegisterReport() {
    ReportDef r;
    r.key = QStringLiteral("hazard-register");
    r.kinds = {QStringLiteral("hazards")};
    //: zh_CN "隐患排查整改台账"
    r.label = QT_TRANSLATE_NOOP("Reports", "Hazard rectification register");
    r.period = Period::Kind::Month;
    r.alsoFor = {Period::Kind::Week};
    r.build = buildHazardRegister;
    return r;
}

Result<TableDocument> buildHazardRegister(Database& db, const Period& period) {
    RegisterSpec spec;
    spec.kind = &houqin::safety::hazardsKind();
    spec.columns = {hz::kFoundOn, hz::kCampus,   hz::kPlace, hz::kDescription, hz::kSeverity,
                    hz::kOwner,   hz::kDeadline, hz::kState, hz::kOverdue,     hz::kVerifiedBy};
    //: zh_CN "隐患排查整改台账"
    spec.title = QCoreApplication::translate("Reports", "Hazard rectification register");
    spec.needsPeriod =
        QCoreApplication::translate("Reports", "The hazard register needs a month, such as 2026-11.");
    spec.empty = QCoreApplication::translate("Reports", "No hazards were found in this period.");
    //: zh_CN "安全负责人（签字）："
    spec.signatures << QCoreApplication::translate("Reports", "Safety officer (signature):")
                    //: zh_CN "园长（签字）："
                    << QCoreApplication::translate("Reports", "Director (signature):");
    spec.wideColumn = 3;
    // Overdue as of the period's end, or today when the period has not ended yet.
    spec.adjustContext = [](RuleContext& ctx, const Period& p) {
        if (p.to < ctx.now.date())
            ctx.now = QDateTime(p.to, QTime(23, 59));
    };
    spec.summary = [](const QList<Record>& hazards, const RuleContext& ctx) {
        qsizetype closed = 0, overdue = 0;
        for (const Record& h : hazards) {
            closed += h.value(hz::kState).toString() == hz::kClosed ? 1 : 0;
            overdue += houqin::safety::isOverdue(h, ctx.now.date()) ? 1 : 0;
        }
        //: zh_CN "共 %1 项：已关闭 %2，未关闭 %3，其中逾期 %4（截至 %5）。"
        return QCoreApplication::translate(
                   "Reports", "Hazards: %1; closed: %2; open: %3, of which overdue: %4 (as of %5).")
            .arg(hazards.size())
            .arg(closed)
            .arg(hazards.size() - closed)
            .arg(overdue)
            .arg(ctx.now.date().toString(Qt::ISODate));
    };
    return buildRegister(db, period, spec, "buildHazardRegister");
}

ReportDef visitorRegisterReport() {
    ReportDef r;
    r.key = QStringLiteral("visitor-register");
    r.kinds = {QStringLiteral("visitors")};
    //: zh_CN "来访登记表"
    r.label = QT_TRANSLATE_NOOP("Reports", "Visitor register");
    r.period = Period::Kind::Day;
    r.alsoFor = {Period::Kind::Week, Period::Kind::Month};
    r.build = buildVisitorRegister;
    return r;
}

Result<TableDocument> buildVisitorRegister(Database& db, const Period& period) {
    RegisterSpec spec;
    spec.kind = &houqin::safety::visitorsKind();
    spec.columns = {QStringLiteral("time_in"),     QStringLiteral("name"),
                    QStringLiteral("id_number"),   QStringLiteral("phone"),
                    QStringLiteral("unit"),        QStringLiteral("purpose"),
                    QStringLiteral("received_by"), QStringLiteral("temperature_c"),
                    QStringLiteral("admission"),   QStringLiteral("time_out")};
    //: zh_CN "来访登记表"
    spec.title = QCoreApplication::translate("Reports", "Visitor register");
    spec.needsPeriod = QCoreApplication::translate(
        "Reports", "The visitor register needs a day, a week or a month, such as 2026-11-16.");
    spec.empty = QCoreApplication::translate("Reports", "No visitors were recorded in this period.");
    //: zh_CN "门卫（签字）："
    spec.signatures << QCoreApplication::translate("Reports", "Guard (signature):");
    spec.wideColumn = 5;
    spec.summary = [](const QList<Record>& visits, const RuleContext& ctx) {
        qsizetype refused = 0;
        for (const Record& v : visits)
            refused += !v.isEmpty(QStringLiteral("temperature_c")) &&
                               !houqin::safety::visitorAdmitted(
                                   v.value(QStringLiteral("temperature_c")).toDouble(), ctx.settings)
                           ? 1
                           : 0;
        //: zh_CN "来访 %1 人次，不予入园 %2（体温 %3 °C 及以上）。"
        return QCoreApplication::translate("Reports", "Visits: %1; not admitted: %2 (%3 °C or more).")
            .arg(visits.size())
            .arg(refused)
            .arg(QString::number(ctx.settings.feverThresholdC, 'f', 1));
    };
    return buildRegister(db, period, spec, "buildVisitorRegister");
}

ReportDef dutyRosterReport() {
    ReportDef r;
    r.key = QStringLiteral("duty-roster");
    r.kinds = {QStringLiteral("duty-rosters")};
    //: zh_CN "值班表"
    r.label = QT_TRANSLATE_NOOP("Reports", "Duty roster");
    r.period = Period::Kind::Month;
    r.alsoFor = {Period::Kind::Week};
    r.build = buildDutyRoster;
    return r;
}

Result<TableDocument> buildDutyRoster(Database& db, const Period& period) {
    RegisterSpec spec;
    spec.kind = &houqin::safety::dutyRostersKind();
    spec.columns = {QStringLiteral("date"),  QStringLiteral("duty_kind"), QStringLiteral("person"),
                    QStringLiteral("phone"), QStringLiteral("shift"),     QStringLiteral("notes")};
    //: zh_CN "值班表"
    spec.title = QCoreApplication::translate("Reports", "Duty roster");
    spec.needsPeriod =
        QCoreApplication::translate("Reports", "The duty roster needs a month, such as 2027-01.");
    spec.empty = QCoreApplication::translate("Reports", "No duty was planned in this period.");
    spec.orientation = QPageLayout::Portrait;
    spec.wideColumn = 5;
    //: zh_CN "审核人（签字）："
    spec.signatures << QCoreApplication::translate("Reports", "Reviewer (signature):");
    return buildRegister(db, period, spec, "buildDutyRoster");
}

ReportDef drillsRegisterReport() {
    ReportDef r;
    r.key = QStringLiteral("drills-register");
    r.kinds = {QStringLiteral("drills")};
    //: zh_CN "应急演练记录"
    r.label = QT_TRANSLATE_NOOP("Reports", "Emergency drill record");
    r.period = Period::Kind::Month;
    r.build = buildDrillsRegister;
    return r;
}

Result<TableDocument> buildDrillsRegister(Database& db, const Period& period) {
    RegisterSpec spec;
    spec.kind = &houqin::safety::drillsKind();
    spec.columns = {
        QStringLiteral("date"),         QStringLiteral("drill_kind"),         QStringLiteral("campus"),
        QStringLiteral("participants"), QStringLiteral("evacuation_seconds"), QStringLiteral("problems")};
    //: zh_CN "应急演练记录"
    spec.title = QCoreApplication::translate("Reports", "Emergency drill record");
    spec.needsPeriod =
        QCoreApplication::translate("Reports", "The drill record needs a month, such as 2026-11.");
    spec.empty = QCoreApplication::translate("Reports", "No drills were held in this period.");
    spec.orientation = QPageLayout::Portrait;
    spec.wideColumn = 5;
    //: zh_CN "记录人（签字）："
    spec.signatures << QCoreApplication::translate("Reports", "Recorded by (signature):")
                    //: zh_CN "审核人（签字）："
                    << QCoreApplication::translate("Reports", "Reviewer (signature):");
    spec.summary = [](const QList<Record>& drills, const RuleContext&) {
        //: zh_CN "演练 %1 次。"
        return QCoreApplication::translate("Reports", "Drills: %1.").arg(drills.size());
    };
    return buildRegister(db, period, spec, "buildDrillsRegister");
}

} // namespace houqin::reports::safety
