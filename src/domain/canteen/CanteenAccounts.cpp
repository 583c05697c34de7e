#include "CanteenAccounts.h"

#include "CanteenCommon.h"

#include <QCoreApplication>
#include <cmath>
#include <cstdlib>

namespace houqin::canteen {

namespace {

const QString kMonth = QStringLiteral("month");
const QString kIncome = QStringLiteral("income");
const QString kPublished = QStringLiteral("published_on");

FieldDef expense(const QString& key, const char* label) {
    return field::money(key, label).req().range(0, std::nullopt).def(QVariant::fromValue<qint64>(0));
}

void rules(const Record& r, const RuleContext&, Issues& out) {
    requireFirstOfMonth(r, kMonth, out);
    const QDate month = r.value(kMonth).toDate();
    if (!r.isEmpty(kPublished) && month.isValid() && r.value(kPublished).toDate() < firstOfMonth(month))
        out << Issue::error(
            kPublished, QCoreApplication::translate(
                            "CanteenAccounts", "The account cannot be published before its month begins."));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("canteen-accounts");
    k.table = QStringLiteral("canteen_accounts");
    k.label = QT_TRANSLATE_NOOP("Fields", "Canteen accounts");
    k.fields = {
        field::date(kMonth, QT_TRANSLATE_NOOP("Fields", "Month (first day)")).req(),
        field::money(kIncome, QT_TRANSLATE_NOOP("Fields", "Income")).req().range(0, std::nullopt),
        expense(QStringLiteral("staple_food"), QT_TRANSLATE_NOOP("Fields", "Staple food")),
        expense(QStringLiteral("vegetables"), QT_TRANSLATE_NOOP("Fields", "Vegetables")),
        expense(QStringLiteral("meat_eggs_fish"), QT_TRANSLATE_NOOP("Fields", "Meat, eggs and fish")),
        expense(QStringLiteral("dairy_fruit"), QT_TRANSLATE_NOOP("Fields", "Dairy and fruit")),
        expense(QStringLiteral("oil_seasoning"), QT_TRANSLATE_NOOP("Fields", "Oil and seasoning")),
        expense(QStringLiteral("fuel"), QT_TRANSLATE_NOOP("Fields", "Fuel")),
        expense(QStringLiteral("other_expenses"), QT_TRANSLATE_NOOP("Fields", "Other expenses")),
        field::date(kPublished, QT_TRANSLATE_NOOP("Fields", "Published on")),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {field::money(QStringLiteral("total_expenses"), QT_TRANSLATE_NOOP("Fields", "Total expenses")),
         [](const Record& r, const RuleContext&) { return QVariant::fromValue<qint64>(totalExpenses(r)); }},
        {field::money(QStringLiteral("balance"), QT_TRANSLATE_NOOP("Fields", "Balance")),
         [](const Record& r, const RuleContext&) { return QVariant::fromValue<qint64>(balance(r)); }},
        {field::decimal(QStringLiteral("balance_pct"), QT_TRANSLATE_NOOP("Fields", "Balance of income"), 2)
             .unitText(QStringLiteral("%")),
         [](const Record& r, const RuleContext&) {
             const auto bp = balanceBasisPoints(balance(r), r.value(kIncome).toLongLong());
             return bp ? QVariant(double(*bp) / 100.0) : QVariant();
         }},
    };
    k.listColumns = {kMonth,
                     kIncome,
                     QStringLiteral("total_expenses"),
                     QStringLiteral("balance"),
                     QStringLiteral("balance_pct"),
                     QStringLiteral("staple_food"),
                     QStringLiteral("vegetables"),
                     QStringLiteral("meat_eggs_fish"),
                     QStringLiteral("dairy_fruit"),
                     QStringLiteral("oil_seasoning"),
                     QStringLiteral("fuel"),
                     QStringLiteral("other_expenses"),
                     kPublished};
    k.dateField = kMonth;
    k.defaultSort = kMonth;
    k.titleField = kMonth;
    k.searchFields = {QStringLiteral("notes")};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("unpublished"),
         QT_TRANSLATE_NOOP("Fields", "Not published"),
         {{kPublished, Op::IsNull, {}}}},
        // Matches last month's account once it is published; the dashboard raises "not published" while
        // this matches nothing.
        {QStringLiteral("last-month-published"),
         QT_TRANSLATE_NOOP("Fields", "Last month's account, published"),
         {{kMonth, Op::Eq,
           [](const RuleContext& c) { return QVariant(firstOfMonth(c.now.date()).addMonths(-1)); }},
          {kPublished, Op::NotNull, {}}}},
    };
    k.constraints = {
        {QStringLiteral("The account of that month is already recorded"), kMonth,
         QT_TRANSLATE_NOOP("Constraints", "The account of that month is already recorded; edit it instead.")},
        {QStringLiteral("UNIQUE constraint failed: canteen_accounts.month"), kMonth,
         QT_TRANSLATE_NOOP("Constraints", "The account of that month is already recorded; edit it instead.")},
    };
    k.rules = rules;
    k.prefill = [](Record& r, const Record*, const RuleContext& c) {
        r.set(kMonth, firstOfMonth(c.now.date()).addMonths(-1)); // accounts are drawn up after the month
    };
    return k;
}

} // namespace

const RecordKind& canteenAccountsKind() {
    static const RecordKind k = declare();
    return k;
}

const QStringList& expenseFields() {
    static const QStringList keys{QStringLiteral("staple_food"),    QStringLiteral("vegetables"),
                                  QStringLiteral("meat_eggs_fish"), QStringLiteral("dairy_fruit"),
                                  QStringLiteral("oil_seasoning"),  QStringLiteral("fuel"),
                                  QStringLiteral("other_expenses")};
    return keys;
}

qint64 totalExpenses(const Record& account) {
    qint64 sum = 0;
    for (const QString& key : expenseFields())
        sum += account.value(key).toLongLong();
    return sum;
}

qint64 balance(const Record& account) {
    return account.value(kIncome).toLongLong() - totalExpenses(account);
}

std::optional<qint64> balanceBasisPoints(qint64 balanceFen, qint64 incomeFen) {
    if (incomeFen <= 0)
        return std::nullopt;
    // Integer arithmetic, so 2.00% is exactly 200 and never 199.99999.
    const qint64 scaled = balanceFen * 10000;
    const qint64 q = scaled / incomeFen, rem = scaled % incomeFen;
    const qint64 away = (2 * std::llabs(rem) >= incomeFen) ? (scaled < 0 ? -1 : 1) : 0;
    return q + away;
}

bool balanceWithinTolerance(qint64 balanceFen, qint64 incomeFen, double tolerancePct) {
    const auto bp = balanceBasisPoints(balanceFen, incomeFen);
    if (!bp)
        return balanceFen == 0;
    return std::llabs(*bp) <= std::llround(tolerancePct * 100.0);
}

AccountsSummary summariseAccounts(const QList<Record>& months, double tolerancePct) {
    AccountsSummary s;
    for (const Record& m : months) {
        ++s.months;
        s.income += m.value(kIncome).toLongLong();
        s.expenses += totalExpenses(m);
    }
    s.balance = s.income - s.expenses;
    s.basisPoints = balanceBasisPoints(s.balance, s.income);
    s.withinTolerance = balanceWithinTolerance(s.balance, s.income, tolerancePct);
    return s;
}

} // namespace houqin::canteen
