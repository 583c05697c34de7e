#include "../safety/Checklists.h"
#include "../safety/SafetyCommon.h"
#include "AssetKinds.h"

namespace houqin::assets {

namespace f = facility;
namespace cl = safety::checklist;

namespace {

// Failed lines that opened neither a hazard nor a repair: "a failed facility check item not yet handled".
// Once a hazard or a repair is open, the hazard register and the repairs have their own reminders.
FilterDef failedUnhandled(const QString& kindKey) {
    using Op = Condition::Op;
    auto q = std::make_shared<RelatedQuery>();
    q->kindKey = kindKey;
    q->lines = true;
    q->conditions = {{cl::kResult, Op::Eq, [](const RuleContext&) { return QVariant(cl::kFail); }},
                     {cl::kHazardId, Op::IsNull},
                     {cl::kRepairId, Op::IsNull}};
    //: zh_CN "不合格项尚未处理（未报修、未登记隐患）"
    return {f::kFailedUnhandled,
            QT_TRANSLATE_NOOP("Fields", "Failed items not yet handled"),
            {{Op::Exists, std::move(q)}}};
}

RecordKind declare() {
    using Op = Condition::Op;
    RecordKind k;
    k.key = QStringLiteral("facility-checks");
    k.table = QStringLiteral("facility_checks");
    //: zh_CN "设施设备检查"
    k.label = QT_TRANSLATE_NOOP("Fields", "Facility checks");
    k.fields = {
        field::date(f::kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::campus(f::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).req().carry(),
        //: zh_CN "检查级别"
        field::choice(f::kLevel, QT_TRANSLATE_NOOP("Fields", "Check level"),
                      {
                          //: zh_CN "日检（每天一小检）"
                          {f::kDaily,
                           QT_TRANSLATE_NOOP("Fields", "Daily small check"),
                           {QStringLiteral("日检"), QStringLiteral("小检")}},
                          //: zh_CN "周检（每周一大检）"
                          {f::kWeekly,
                           QT_TRANSLATE_NOOP("Fields", "Weekly big check"),
                           {QStringLiteral("周检"), QStringLiteral("大检")}},
                          //: zh_CN "月检（每月全面检修）"
                          {f::kMonthly,
                           QT_TRANSLATE_NOOP("Fields", "Monthly full check"),
                           {QStringLiteral("月检"), QStringLiteral("全面检查")}},
                      })
            .req()
            .def(f::kDaily)
            .carry(),
        field::person(f::kChecker, QT_TRANSLATE_NOOP("Fields", "Inspector")).req().carry(),
        //: zh_CN "检查范围"
        field::text(f::kArea, QT_TRANSLATE_NOOP("Fields", "Area checked"))
            .maxLen(100)
            .offer({QStringLiteral("全园"), QStringLiteral("户外场地"), QStringLiteral("教学楼"),
                    QStringLiteral("功能室")})
            .carry(),
        //: zh_CN "户外大型器械已做冬季防冻保护"
        field::boolean(f::kFrostProtected,
                       QT_TRANSLATE_NOOP("Fields", "Outdoor equipment protected from frost"))
            .req()
            .def(false),
        field::longText(f::kProblems, QT_TRANSLATE_NOOP("Fields", "Problems found")).maxLen(2000),
    };
    k.listColumns = {f::kDate, f::kCampus, f::kLevel, f::kArea, cl::kOutcome, f::kChecker, f::kProblems};
    k.dateField = f::kDate;
    k.defaultSort = f::kDate;
    k.titleField = f::kDate;
    k.searchFields = {f::kArea, f::kChecker, f::kProblems};
    k.filters = {{QStringLiteral("this-month"),
                  QT_TRANSLATE_NOOP("Fields", "This month"),
                  {safety::inThisMonth(f::kDate)}}};
    for (const ChoiceDef& c : k.fields.at(2).choices) {
        const QString level = c.key;
        k.filters << FilterDef{
            level, c.label, {{f::kLevel, Op::Eq, [level](const RuleContext&) { return QVariant(level); }}}};
    }
    k.filters << failedUnhandled(k.key);
    //: zh_CN "已做防冻保护"
    k.filters << FilterDef{f::kFrostProtectedFilter,
                           QT_TRANSLATE_NOOP("Fields", "Frost protection done"),
                           {{f::kFrostProtected, Op::Eq, [](const RuleContext&) { return QVariant(true); }}}};
    //: zh_CN "设施设备检查项目"
    safety::useChecklist(k, QStringLiteral("facility-check-lines"), QStringLiteral("facility_check_lines"),
                         QStringLiteral("facility_check_id"), {f::kLevel, true});
    return k;
}

} // namespace

const RecordKind& facilityChecksKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
