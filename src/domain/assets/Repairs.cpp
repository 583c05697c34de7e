#include "../DateConditions.h"
#include "../Workflow.h"
#include "AssetKinds.h"

#include <QCoreApplication>

namespace houqin::assets {

namespace r = repair;

namespace {

void rules(const Record& rec, const RuleContext&, Issues& out) {
    const QString state = rec.value(r::kState).toString();
    const QDate reported = rec.value(r::kReportedOn).toDate();
    const QDate completed = rec.value(r::kCompletedOn).toDate();
    if (reported.isValid() && completed.isValid() && completed < reported)
        out << Issue::error(r::kCompletedOn,
                            QCoreApplication::translate(
                                "Repairs", "The repair is completed before the day it was reported."));
    // What the steps guarantee, also for a record that comes in by import.
    if (state == r::kWaiting || state.isEmpty())
        return;
    if (rec.isEmpty(r::kRepairBy))
        out << Issue::error(
            r::kRepairBy, QCoreApplication::translate("Repairs", "A dispatched repair says who repairs it."));
    if (rec.isEmpty(r::kAssignee))
        out << Issue::error(r::kAssignee, QCoreApplication::translate(
                                              "Repairs", "A dispatched repair names the person repairing."));
    if (state == r::kRepairing)
        return;
    if (rec.isEmpty(r::kWorkDone))
        out << Issue::error(r::kWorkDone,
                            QCoreApplication::translate("Repairs", "A completed repair says what was done."));
    if (rec.isEmpty(r::kCost))
        out << Issue::error(r::kCost, QCoreApplication::translate(
                                          "Repairs", "A completed repair states its cost (0 if none)."));
    if (!completed.isValid())
        out << Issue::error(r::kCompletedOn, QCoreApplication::translate(
                                                 "Repairs", "A completed repair has its completion date."));
    if (state != r::kAccepted)
        return;
    if (rec.isEmpty(r::kAcceptedBy))
        out << Issue::error(r::kAcceptedBy, QCoreApplication::translate(
                                                "Repairs", "An accepted repair names who accepted it."));
    else if (rec.value(r::kAcceptedBy).toString() == rec.value(r::kAssignee).toString())
        out << Issue::error(r::kAcceptedBy, QCoreApplication::translate(
                                                "Repairs", "The repair is accepted by someone other than "
                                                           "the person who repaired it."));
}

std::shared_ptr<Workflow> workflow() {
    auto wf = std::make_shared<Workflow>();
    wf->stateField = r::kState;
    wf->steps = {
        {QStringLiteral("dispatch"),
         QT_TRANSLATE_NOOP("Fields", "Dispatch"),
         {r::kWaiting},
         r::kRepairing,
         {r::kRepairBy, r::kAssignee}},
        {QStringLiteral("complete"),
         QT_TRANSLATE_NOOP("Fields", "Repaired: report completion"),
         {r::kRepairing},
         r::kDone,
         {r::kCompletedOn, r::kCost, r::kWorkDone}},
        {QStringLiteral("send-back"),
         QT_TRANSLATE_NOOP("Fields", "Send back"),
         {r::kDone},
         r::kRepairing,
         {},
         true},
        {QStringLiteral("accept"),
         QT_TRANSLATE_NOOP("Fields", "Accept the repair"),
         {r::kDone},
         r::kAccepted,
         {},
         false,
         r::kAcceptedBy,
         {r::kAssignee}},
    };
    return wf;
}

RecordKind declare() {
    using Op = Condition::Op;
    RecordKind k;
    k.key = QStringLiteral("repairs");
    k.table = QStringLiteral("repairs");
    k.label = QT_TRANSLATE_NOOP("Fields", "Repair requests");
    k.fields = {
        field::date(r::kReportedOn, QT_TRANSLATE_NOOP("Fields", "Reported on")).req(),
        field::person(r::kReporter, QT_TRANSLATE_NOOP("Fields", "Reporter")).req().carry(),
        field::campus(r::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::text(r::kPlace, QT_TRANSLATE_NOOP("Fields", "Place")).req().maxLen(100),
        field::text(r::kAssetCode, QT_TRANSLATE_NOOP("Fields", "Asset code"))
            .maxLen(30)
            .suggest(QStringLiteral("assets"), asset::kCode),
        field::longText(r::kDescription, QT_TRANSLATE_NOOP("Fields", "Fault")).req().maxLen(2000),
        field::choice(r::kPriority, QT_TRANSLATE_NOOP("Fields", "Priority"),
                      {
                          {r::kUrgent, QT_TRANSLATE_NOOP("Fields", "Urgent"), {QStringLiteral("紧急")}},
                          {r::kNormal, QT_TRANSLATE_NOOP("Fields", "Normal"), {QStringLiteral("一般")}},
                          {r::kLow, QT_TRANSLATE_NOOP("Fields", "Can wait"), {QStringLiteral("可缓")}},
                      })
            .req()
            .def(r::kNormal),
        field::choice(
            r::kState, QT_TRANSLATE_NOOP("Fields", "State"),
            {
                {r::kWaiting, QT_TRANSLATE_NOOP("Fields", "To dispatch"), {QStringLiteral("待派工")}},
                {r::kRepairing, QT_TRANSLATE_NOOP("Fields", "Being repaired"), {QStringLiteral("维修中")}},
                {r::kDone, QT_TRANSLATE_NOOP("Fields", "Repaired"), {QStringLiteral("已完成")}},
                {r::kAccepted, QT_TRANSLATE_NOOP("Fields", "Accepted"), {QStringLiteral("已验收")}},
            })
            .req()
            .def(r::kWaiting),
        field::choice(
            r::kRepairBy, QT_TRANSLATE_NOOP("Fields", "Repaired by"),
            {
                {QStringLiteral("maintenance"),
                 QT_TRANSLATE_NOOP("Fields", "Maintenance staff"),
                 {QStringLiteral("派工"), QStringLiteral("后勤维修")}},
                {r::kSelf, QT_TRANSLATE_NOOP("Fields", "Self-repair"), {QStringLiteral("自行维修")}},
                {QStringLiteral("contractor"),
                 QT_TRANSLATE_NOOP("Fields", "Outside contractor"),
                 {QStringLiteral("外请维修"), QStringLiteral("外修")}},
            }),
        field::person(r::kAssignee, QT_TRANSLATE_NOOP("Fields", "Repairer")),
        field::date(r::kCompletedOn, QT_TRANSLATE_NOOP("Fields", "Completed on")),
        field::money(r::kCost, QT_TRANSLATE_NOOP("Fields", "Repair cost"))
            .range(0, 1e10)
            .unitText(QT_TRANSLATE_NOOP("Units", "yuan")),
        field::longText(r::kWorkDone, QT_TRANSLATE_NOOP("Fields", "Work done")).maxLen(2000),
        field::person(r::kAcceptedBy, QT_TRANSLATE_NOOP("Fields", "Accepted by")),
    };
    k.listColumns = {r::kReportedOn,  r::kCampus,   r::kPlace,     r::kAssetCode,
                     r::kDescription, r::kPriority, r::kState,     r::kAssignee,
                     r::kCompletedOn, r::kCost,     r::kAcceptedBy};
    k.dateField = r::kReportedOn;
    k.defaultSort = r::kReportedOn;
    k.titleField = r::kPlace;
    k.searchFields = {r::kPlace, r::kAssetCode, r::kDescription, r::kReporter, r::kAssignee, r::kWorkDone};
    k.workflow = workflow();
    k.filters = stateFilters(k);
    // Open: not yet repaired (待派工 or 维修中); a repair waiting for acceptance is repaired.
    const Condition notDone{r::kState, Op::Ne, [](const RuleContext&) { return QVariant(r::kDone); }};
    const Condition notAccepted{r::kState, Op::Ne, [](const RuleContext&) { return QVariant(r::kAccepted); }};
    k.filters
        << FilterDef{QStringLiteral("open"),
                     QT_TRANSLATE_NOOP("Fields", "Not yet repaired"),
                     {notDone, notAccepted}}
        // Waiting more than the settings' days (one by default): reported two or more days ago with
        // one (reported yesterday is one day).
        << FilterDef{QStringLiteral("urgent-waiting"),
                     //: zh_CN "紧急且逾期未派工"
                     QT_TRANSLATE_NOOP("Fields", "Urgent, not dispatched in time"),
                     {{r::kState, Op::Eq, [](const RuleContext&) { return QVariant(r::kWaiting); }},
                      {r::kPriority, Op::Eq, [](const RuleContext&) { return QVariant(r::kUrgent); }},
                      relativeToToday(r::kReportedOn, Op::Lt,
                                      [](const RuleContext& c) { return -c.settings.urgentRepairWaitDays; })}}
        // Not repaired after the settings' days (seven by default: reported eight or more days ago).
        // The key keeps the default's number: keys are a contract.
        << FilterDef{QStringLiteral("open-over-7-days"),
                     //: zh_CN "逾期未修好"
                     QT_TRANSLATE_NOOP("Fields", "Not repaired in time"),
                     {notDone, notAccepted, relativeToToday(r::kReportedOn, Op::Lt, [](const RuleContext& c) {
                          return -c.settings.repairOpenDays;
                      })}};
    k.rules = rules;
    k.prefill = [](Record& rec, const Record*, const RuleContext& c) {
        rec.set(r::kReportedOn, c.now.date());
    };
    k.photos = true;
    return k;
}

} // namespace

QList<int> repairLines(const RecordKind& kind, const Record& record) {
    QList<int> out;
    if (!linesOpenRepairs(kind))
        return out;
    for (int i = 0; i < record.lines.size(); ++i)
        if (kind.lines->opensRepair(record.lines.at(i)))
            out << i;
    return out;
}

bool linesOpenRepairs(const RecordKind& kind) {
    return kind.lines && kind.lines->opensRepair && kind.lines->field(QStringLiteral("repair_id"));
}

const RecordKind& repairsKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
