#include "../DateConditions.h"
#include "AssetKinds.h"

#include <QCoreApplication>

namespace houqin::assets {

namespace l = loan;

QString loanStatus(const Record& r, QDate today) {
    const QDate due = r.value(l::kDueOn).toDate();
    const QDate returned = r.value(l::kReturnedOn).toDate();
    if (returned.isValid())
        return due.isValid() && returned > due ? l::kReturnedLate : l::kReturned;
    return due.isValid() && today > due ? l::kOverdue : l::kOut;
}

namespace {

void rules(const Record& r, const RuleContext&, Issues& out) {
    const QDate lent = r.value(l::kLentOn).toDate();
    const QDate due = r.value(l::kDueOn).toDate();
    const QDate returned = r.value(l::kReturnedOn).toDate();
    if (lent.isValid() && due.isValid() && due < lent)
        out << Issue::error(l::kDueOn, QCoreApplication::translate(
                                           "Loans", "The due date is before the day the item was lent."));
    if (lent.isValid() && returned.isValid() && returned < lent)
        out << Issue::error(
            l::kReturnedOn,
            QCoreApplication::translate("Loans", "The return date is before the day the item was lent."));
    if (!returned.isValid() && !r.isEmpty(l::kCondition))
        out << Issue::error(l::kCondition,
                            QCoreApplication::translate(
                                "Loans", "Note the condition on return together with the return date."));
    if (returned.isValid() && r.isEmpty(l::kCondition))
        out << Issue::error(l::kCondition, QCoreApplication::translate(
                                               "Loans", "A returned item needs its condition on return."));
}

RecordKind declare() {
    using Op = Condition::Op;
    RecordKind k;
    k.key = QStringLiteral("loans");
    k.table = QStringLiteral("loans");
    k.label = QT_TRANSLATE_NOOP("Fields", "Loans and returns");
    k.fields = {
        field::text(l::kAssetCode, QT_TRANSLATE_NOOP("Fields", "Asset code"))
            .maxLen(30)
            .suggest(QStringLiteral("assets"), asset::kCode)
            .alias({QStringLiteral("资产编号")}),
        field::text(l::kItem, QT_TRANSLATE_NOOP("Fields", "Item lent"))
            .req()
            .maxLen(100)
            .alias({QStringLiteral("物品名称"), QStringLiteral("教具名称")}),
        field::integer(l::kQuantity, QT_TRANSLATE_NOOP("Fields", "Quantity"))
            .req()
            .range(1, 10000)
            .def(QVariant::fromValue<qint64>(1)),
        field::campus(l::kCampus, QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::choice(
            l::kBorrowerType, QT_TRANSLATE_NOOP("Fields", "Borrower is"),
            {
                {QStringLiteral("person"),
                 QT_TRANSLATE_NOOP("Fields", "A person"),
                 {QStringLiteral("个人"), QStringLiteral("教师")}},
                {QStringLiteral("class"), QT_TRANSLATE_NOOP("Fields", "A class"), {QStringLiteral("班级")}},
            })
            .req()
            .def(QStringLiteral("person")),
        field::text(l::kBorrower, QT_TRANSLATE_NOOP("Fields", "Borrower"))
            .req()
            .maxLen(50)
            .alias({QStringLiteral("借用人"), QStringLiteral("借用班级")}),
        field::date(l::kLentOn, QT_TRANSLATE_NOOP("Fields", "Lent on"))
            .req()
            .alias({QStringLiteral("借出日期")}),
        field::date(l::kDueOn, QT_TRANSLATE_NOOP("Fields", "Due on"))
            .req()
            .alias({QStringLiteral("应还日期")}),
        field::date(l::kReturnedOn, QT_TRANSLATE_NOOP("Fields", "Returned on"))
            .alias({QStringLiteral("归还日期")}),
        field::choice(
            l::kCondition, QT_TRANSLATE_NOOP("Fields", "Condition on return"),
            {
                {QStringLiteral("good"), QT_TRANSLATE_NOOP("Fields", "Intact"), {QStringLiteral("完好")}},
                {QStringLiteral("damaged"),
                 QT_TRANSLATE_NOOP("Fields", "Damaged"),
                 {QStringLiteral("损坏"), QStringLiteral("破损")}},
                {QStringLiteral("incomplete"),
                 QT_TRANSLATE_NOOP("Fields", "Parts missing"),
                 {QStringLiteral("缺件"), QStringLiteral("不全")}},
                {QStringLiteral("lost"), QT_TRANSLATE_NOOP("Fields", "Lost"), {QStringLiteral("丢失")}},
            })
            .alias({QStringLiteral("归还情况")}),
        field::text(l::kNote, QT_TRANSLATE_NOOP("Fields", "Note")).maxLen(200),
    };
    k.derived = {
        {field::choice(
             l::kStatus, QT_TRANSLATE_NOOP("Fields", "Loan status"),
             {
                 {l::kOut, QT_TRANSLATE_NOOP("Fields", "On loan"), {QStringLiteral("借出中")}},
                 {l::kReturned, QT_TRANSLATE_NOOP("Fields", "Returned"), {QStringLiteral("已归还")}},
                 {l::kOverdue,
                  QT_TRANSLATE_NOOP("Fields", "Overdue, not returned"),
                  {QStringLiteral("逾期未还")}},
                 {l::kReturnedLate,
                  QT_TRANSLATE_NOOP("Fields", "Returned late"),
                  {QStringLiteral("逾期归还")}},
             }),
         [](const Record& r, const RuleContext& c) { return QVariant(loanStatus(r, c.now.date())); }},
    };
    k.listColumns = {l::kLentOn, l::kItem,       l::kAssetCode, l::kQuantity,  l::kBorrower,
                     l::kDueOn,  l::kReturnedOn, l::kStatus,    l::kCondition, l::kCampus};
    k.dateField = l::kLentOn;
    k.defaultSort = l::kLentOn;
    k.titleField = l::kItem;
    k.searchFields = {l::kItem, l::kAssetCode, l::kBorrower, l::kNote};
    const Condition notReturned{l::kReturnedOn, Op::IsNull};
    k.filters = {
        {QStringLiteral("out"), QT_TRANSLATE_NOOP("Fields", "Not returned"), {notReturned}},
        // Past the due date: the due date itself is still on time.
        {QStringLiteral("overdue"),
         QT_TRANSLATE_NOOP("Fields", "Overdue, not returned"),
         {notReturned, relativeToToday(l::kDueOn, Op::Lt, [](const RuleContext&) { return 0; })}},
        {QStringLiteral("returned"),
         QT_TRANSLATE_NOOP("Fields", "Returned"),
         {{l::kReturnedOn, Op::NotNull}}},
    };
    k.rules = rules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        const QDate today = c.now.date();
        r.set(l::kLentOn, today);
        r.set(l::kDueOn, today.addDays(7));
    };
    return k;
}

} // namespace

const RecordKind& loansKind() {
    static const RecordKind k = declare();
    return k;
}

} // namespace houqin::assets
