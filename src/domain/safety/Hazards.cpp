#include "Hazards.h"

#include "../Workflow.h"
#include "SafetyCommon.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace houqin::safety {

namespace hz = hazard;

namespace {

void rules(const Record& r, const RuleContext&, Issues& out) {
    const QDate found = r.value(hz::kFoundOn).toDate();
    const QDate deadline = r.value(hz::kDeadline).toDate();
    if (found.isValid() && deadline.isValid() && deadline < found)
        out << Issue::error(
            hz::kDeadline,
            QCoreApplication::translate("Hazards", "The deadline is before the day the hazard was found."));
    // A hazard past 待指派 has an owner and a deadline, also when it comes in by import.
    const QString state = r.value(hz::kState).toString();
    if (state != hz::kReported && !state.isEmpty()) {
        if (r.isEmpty(hz::kOwner))
            out << Issue::error(hz::kOwner, QCoreApplication::translate(
                                                "Hazards", "A hazard being rectified needs an owner."));
        if (!deadline.isValid())
            out << Issue::error(hz::kDeadline, QCoreApplication::translate(
                                                   "Hazards", "A hazard being rectified needs a deadline."));
    }
    if (state == hz::kClosed) {
        if (r.isEmpty(hz::kVerifiedBy))
            out << Issue::error(hz::kVerifiedBy, QCoreApplication::translate(
                                                     "Hazards", "A closed hazard names who verified it."));
        else if (r.value(hz::kVerifiedBy).toString() == r.value(hz::kOwner).toString())
            out << Issue::error(
                hz::kVerifiedBy,
                QCoreApplication::translate(
                    "Hazards", "The rectification is verified by someone other than its owner."));
    }
    const QString source = r.value(hz::kSource).toString();
    if (!source.isEmpty() && !parseSourceRef(source).isValid())
        out << Issue::error(hz::kSource,
                            QCoreApplication::translate(
                                "Hazards", "Write the source as kind/number, e.g. inspections/12#3."));
}

std::shared_ptr<Workflow> workflow() {
    auto wf = std::make_shared<Workflow>();
    wf->stateField = hz::kState;
    wf->steps = {
        {QStringLiteral("assign"),
         QT_TRANSLATE_NOOP("Fields", "Assign"),
         {hz::kReported},
         hz::kInProgress,
         {hz::kOwner, hz::kDeadline}},
        {QStringLiteral("submit"),
         QT_TRANSLATE_NOOP("Fields", "Rectified: ask for verification"),
         {hz::kInProgress},
         hz::kToVerify,
         {hz::kMeasures}},
        {QStringLiteral("send-back"),
         QT_TRANSLATE_NOOP("Fields", "Send back"),
         {hz::kToVerify},
         hz::kInProgress,
         {},
         true},
        {QStringLiteral("verify"),
         QT_TRANSLATE_NOOP("Fields", "Verify and close"),
         {hz::kToVerify},
         hz::kClosed,
         {},
         true,
         hz::kVerifiedBy,
         {hz::kOwner}},
    };
    return wf;
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("hazards");
    k.table = QStringLiteral("hazards");
    k.label = QT_TRANSLATE_NOOP("Fields", "Hazards and rectification");
    k.fields = {
        field::date(hz::kFoundOn, QT_TRANSLATE_NOOP("Fields", "Found on")).req(),
        field::campus(hz::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::text(hz::kPlace, QT_TRANSLATE_NOOP("Fields", "Place")).req().maxLen(100),
        field::choice(
            hz::kCategory, QT_TRANSLATE_NOOP("Fields", "Category"),
            {
                {QStringLiteral("facility"),
                 QT_TRANSLATE_NOOP("Fields", "Facilities and equipment"),
                 {QStringLiteral("设施设备")}},
                {QStringLiteral("fire"),
                 QT_TRANSLATE_NOOP("Fields", "Fire safety"),
                 {QStringLiteral("消防")}},
                {QStringLiteral("electrical"),
                 QT_TRANSLATE_NOOP("Fields", "Electrical"),
                 {QStringLiteral("用电")}},
                {QStringLiteral("food"),
                 QT_TRANSLATE_NOOP("Fields", "Food safety"),
                 {QStringLiteral("食品")}},
                {QStringLiteral("hygiene"), QT_TRANSLATE_NOOP("Fields", "Hygiene"), {QStringLiteral("卫生")}},
                {QStringLiteral("traffic"),
                 QT_TRANSLATE_NOOP("Fields", "Traffic and gate"),
                 {QStringLiteral("交通"), QStringLiteral("门卫")}},
                {QStringLiteral("other"), QT_TRANSLATE_NOOP("Fields", "Other"), {QStringLiteral("其他")}},
            })
            .req()
            .def(QStringLiteral("facility")),
        field::longText(hz::kDescription, QT_TRANSLATE_NOOP("Fields", "Hazard found")).req().maxLen(2000),
        field::choice(
            hz::kSeverity, QT_TRANSLATE_NOOP("Fields", "Severity"),
            {
                {QStringLiteral("general"), QT_TRANSLATE_NOOP("Fields", "General"), {QStringLiteral("一般")}},
                {QStringLiteral("major"), QT_TRANSLATE_NOOP("Fields", "Major"), {QStringLiteral("较大")}},
                {QStringLiteral("serious"), QT_TRANSLATE_NOOP("Fields", "Serious"), {QStringLiteral("重大")}},
            })
            .req()
            .def(QStringLiteral("general")),
        field::person(hz::kReportedBy, QT_TRANSLATE_NOOP("Fields", "Reported by")).carry(),
        field::choice(
            hz::kState, QT_TRANSLATE_NOOP("Fields", "State"),
            {
                {hz::kReported, QT_TRANSLATE_NOOP("Fields", "To assign"), {QStringLiteral("待指派")}},
                {hz::kInProgress, QT_TRANSLATE_NOOP("Fields", "Being rectified"), {QStringLiteral("整改中")}},
                {hz::kToVerify, QT_TRANSLATE_NOOP("Fields", "To verify"), {QStringLiteral("待验收")}},
                {hz::kClosed, QT_TRANSLATE_NOOP("Fields", "Closed (verified)"), {QStringLiteral("已关闭")}},
            })
            .req()
            .def(hz::kReported),
        field::person(hz::kOwner, QT_TRANSLATE_NOOP("Fields", "Owner")),
        field::date(hz::kDeadline, QT_TRANSLATE_NOOP("Fields", "Deadline")),
        field::longText(hz::kMeasures, QT_TRANSLATE_NOOP("Fields", "Measures taken")).maxLen(2000),
        field::person(hz::kVerifiedBy, QT_TRANSLATE_NOOP("Fields", "Verified by")),
        field::text(hz::kSource, QT_TRANSLATE_NOOP("Fields", "Source record")).maxLen(60),
    };
    k.derived = {
        {field::choice(
             hz::kOverdue, QT_TRANSLATE_NOOP("Fields", "Overdue"),
             {{QStringLiteral("overdue"), QT_TRANSLATE_NOOP("Fields", "Overdue"), {QStringLiteral("逾期")}}}),
         [](const Record& r, const RuleContext& c) {
             return isOverdue(r, c.now.date()) ? QVariant(QStringLiteral("overdue")) : QVariant();
         }},
    };
    k.listColumns = {hz::kFoundOn, hz::kCampus,  hz::kPlace, hz::kCategory, hz::kSeverity,  hz::kDescription,
                     hz::kState,   hz::kOverdue, hz::kOwner, hz::kDeadline, hz::kVerifiedBy};
    k.dateField = hz::kFoundOn;
    k.defaultSort = hz::kFoundOn;
    k.titleField = hz::kPlace;
    k.searchFields = {hz::kPlace, hz::kDescription, hz::kOwner, hz::kReportedBy, hz::kMeasures, hz::kSource};
    k.workflow = workflow();
    k.filters = stateFilters(k);
    using Op = Condition::Op;
    const Condition notClosed{hz::kState, Op::Ne, [](const RuleContext&) { return QVariant(hz::kClosed); }};
    k.filters << FilterDef{QStringLiteral("open"), QT_TRANSLATE_NOOP("Fields", "Open"), {notClosed}}
              << FilterDef{QStringLiteral("overdue"),
                           QT_TRANSLATE_NOOP("Fields", "Overdue"),
                           {notClosed,
                            relativeToToday(hz::kDeadline, Op::Lt, [](const RuleContext&) { return 0; })}};
    k.rules = rules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) { r.set(hz::kFoundOn, c.now.date()); };
    k.photos = true;
    return k;
}

} // namespace

const RecordKind& hazardsKind() {
    static const RecordKind k = declare();
    return k;
}

bool isOverdue(const Record& h, QDate today) {
    const QDate deadline = h.value(hz::kDeadline).toDate();
    return deadline.isValid() && deadline < today && h.value(hz::kState).toString() != hz::kClosed;
}

QString sourceRef(const QString& kindKey, qint64 id, int lineNo) {
    QString s = QStringLiteral("%1/%2").arg(kindKey).arg(id);
    if (lineNo > 0)
        s += QStringLiteral("#%1").arg(lineNo);
    return s;
}

SourceRef parseSourceRef(const QString& text) {
    static const QRegularExpression re(QStringLiteral("^([a-z][a-z-]*)/(\\d+)(?:#(\\d+))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2).toLongLong(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt()};
}

QList<int> hazardLines(const RecordKind& kind, const Record& record) {
    QList<int> out;
    if (!kind.lines || !kind.lines->opensHazard)
        return out;
    for (int i = 0; i < record.lines.size(); ++i)
        if (kind.lines->opensHazard(record.lines.at(i)))
            out << i;
    return out;
}

bool linesOpenHazards(const RecordKind& kind) {
    return kind.lines && kind.lines->opensHazard && kind.lines->field(QStringLiteral("hazard_id"));
}

QString categoryForArea(const QString& area) {
    auto has = [&area](const char* s) { return area.contains(QString::fromUtf8(s)); };
    if (has("电"))
        return QStringLiteral("electrical");
    if (has("消防"))
        return QStringLiteral("fire");
    if (has("燃气")) // 食堂燃气 is the gas, not the kitchen's hygiene
        return QStringLiteral("facility");
    if (has("食堂") || has("厨房"))
        return QStringLiteral("food");
    if (has("卫生") || has("保洁"))
        return QStringLiteral("hygiene");
    if (has("门卫") || has("交通"))
        return QStringLiteral("traffic");
    return QStringLiteral("facility");
}

} // namespace houqin::safety
