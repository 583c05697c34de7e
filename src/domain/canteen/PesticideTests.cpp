#include "PesticideTests.h"

#include "CanteenCommon.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kDate = QStringLiteral("date");
const QString kSample = QStringLiteral("sample");
const QString kSupplier = QStringLiteral("supplier");
const QString kRate = QStringLiteral("inhibition_pct");
const QString kTester = QStringLiteral("tester");
const QString kHandling = QStringLiteral("handling");
const QString kRetest = QStringLiteral("retest_pct");
const QString kRetested = QStringLiteral("retested");

QString pct(double v) {
    return QString::number(v, 'f', 1);
}

FieldDef resultField(const QString& key, const char* label) {
    return field::choice(
        key, label,
        {
            {QStringLiteral("pass"), QT_TRANSLATE_NOOP("Fields", "Pass"), {QStringLiteral("合格")}},
            {QStringLiteral("fail"), QT_TRANSLATE_NOOP("Fields", "Fail"), {QStringLiteral("不合格")}},
        });
}

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    const KindergartenSettings& s = ctx.settings;
    const bool positive = isPositive(r.value(kRate).toDouble(), s);
    const QString handling = r.value(kHandling).toString();
    const bool hasRetest = !r.isEmpty(kRetest);
    if (positive && handling.isEmpty())
        out << Issue::warning(
            kHandling,
            QCoreApplication::translate("PesticideTests",
                                        "%1% is at or above the %2% limit: the batch is positive. Record how "
                                        "it was handled (withheld, retested, sent to a lab or returned).")
                .arg(pct(r.value(kRate).toDouble()), pct(s.pesticideThresholdPct)));
    if (!positive && !handling.isEmpty())
        out << Issue::warning(kHandling, QCoreApplication::translate(
                                             "PesticideTests", "The sample passed; it needs no handling."));
    if (handling == kRetested && !hasRetest)
        out << Issue::error(
            kRetest, QCoreApplication::translate("PesticideTests", "Enter the retest's inhibition rate."));
    if (hasRetest && handling.isEmpty())
        out << Issue::error(
            kHandling, QCoreApplication::translate("PesticideTests",
                                                   "A retest is part of the handling: choose the handling."));
    // A vegetable tested on a day with deliveries came from one of them: without its supplier a positive
    // cannot be traced back or returned (domain-rules: 索证索票, traceability).
    if (r.isEmpty(kSupplier) && ctx.findRecord && !r.isEmpty(kDate) &&
        ctx.findRecord(QStringLiteral("deliveries"), kDate, r.value(kDate)))
        out << Issue::error(kSupplier,
                            QCoreApplication::translate("PesticideTests",
                                                        "Deliveries came in on this day: name the supplier "
                                                        "this vegetable came from."));
    // "Retested" closes a positive only when the retest passes (leeks and water bamboo give false
    // positives). A positive retest needs the batch withheld, sent to a lab or returned.
    if (handling == kRetested && hasRetest && isPositive(r.value(kRetest).toDouble(), s))
        out << Issue::error(kHandling, QCoreApplication::translate(
                                           "PesticideTests",
                                           "The retest is positive too (%1%): record the final handling "
                                           "(withheld, sent to a lab or returned) and keep the retest rate.")
                                           .arg(pct(r.value(kRetest).toDouble())));
}

void prefill(Record& r, const Record* previous, const RuleContext& ctx) {
    // Quick entry types vegetable after vegetable on the day's screen: the date carries over only within
    // the same working day, like food samples.
    QDate date = ctx.now.date();
    if (previous && previous->createdAt.date() == ctx.now.date() && !previous->isEmpty(kDate))
        date = previous->value(kDate).toDate();
    r.set(kDate, date);
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("pesticide-tests");
    k.table = QStringLiteral("pesticide_tests");
    k.label = QT_TRANSLATE_NOOP("Fields", "Pesticide residue tests");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::text(kSample, QT_TRANSLATE_NOOP("Fields", "Sample (vegetable)")).req().maxLen(50),
        field::text(kSupplier, QT_TRANSLATE_NOOP("Fields", "Supplier"))
            .maxLen(100)
            .carry()
            .suggest(QStringLiteral("suppliers"), QStringLiteral("name")),
        field::text(QStringLiteral("batch"), QT_TRANSLATE_NOOP("Fields", "Batch")).maxLen(50),
        // Rapid-test instruments print rates with two decimals; 49.99 must stay 合格, so it is stored as
        // typed.
        field::decimal(kRate, QT_TRANSLATE_NOOP("Fields", "Inhibition rate"), 2)
            .req()
            .range(0, 100)
            .unitText(QStringLiteral("%")),
        field::person(kTester, QT_TRANSLATE_NOOP("Fields", "Tester")).req().carry(),
        field::choice(kHandling, QT_TRANSLATE_NOOP("Fields", "Handling"),
                      {
                          {QStringLiteral("withheld"),
                           QT_TRANSLATE_NOOP("Fields", "Withheld, not used"),
                           {QStringLiteral("暂扣不用"), QStringLiteral("暂扣")}},
                          {kRetested, QT_TRANSLATE_NOOP("Fields", "Retested"), {QStringLiteral("复检")}},
                          {QStringLiteral("sent-to-lab"),
                           QT_TRANSLATE_NOOP("Fields", "Sent to a lab"),
                           {QStringLiteral("送检")}},
                          {QStringLiteral("returned"),
                           QT_TRANSLATE_NOOP("Fields", "Returned to the supplier"),
                           {QStringLiteral("退货")}},
                      }),
        field::decimal(kRetest, QT_TRANSLATE_NOOP("Fields", "Retest inhibition rate"), 2)
            .range(0, 100)
            .unitText(QStringLiteral("%")),
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {resultField(QStringLiteral("result"), QT_TRANSLATE_NOOP("Fields", "Result")),
         [](const Record& r, const RuleContext& c) {
             const QString key = resultKey(r, c.settings);
             return key.isEmpty() ? QVariant() : QVariant(key);
         }},
        {resultField(QStringLiteral("retest_result"), QT_TRANSLATE_NOOP("Fields", "Retest result")),
         [](const Record& r, const RuleContext& c) {
             const QString key = retestResultKey(r, c.settings);
             return key.isEmpty() ? QVariant() : QVariant(key);
         }},
    };
    k.listColumns = {kDate,
                     kSample,
                     kSupplier,
                     QStringLiteral("batch"),
                     kRate,
                     QStringLiteral("result"),
                     kTester,
                     kHandling,
                     kRetest,
                     QStringLiteral("retest_result"),
                     QStringLiteral("campus")};
    k.dateField = kDate;
    k.defaultSort = kDate;
    k.titleField = kSample;
    k.searchFields = {kSample, kSupplier, QStringLiteral("batch"), kTester, QStringLiteral("notes")};
    using Op = Condition::Op;
    const Condition positive{kRate, Op::Ge,
                             [](const RuleContext& c) { return QVariant(c.settings.pesticideThresholdPct); }};
    k.filters = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(kDate)}},
        {QStringLiteral("positive"), QT_TRANSLATE_NOOP("Fields", "Positive (fail)"), {positive}},
        {QStringLiteral("unhandled"),
         QT_TRANSLATE_NOOP("Fields", "Positive, not yet handled"),
         {positive, {kHandling, Op::IsNull, {}}}},
    };
    k.rules = rules;
    k.prefill = prefill;
    return k;
}

} // namespace

const RecordKind& pesticideTestsKind() {
    static const RecordKind k = declare();
    return k;
}

bool isPositive(double inhibitionPct, const KindergartenSettings& s) {
    return inhibitionPct >= s.pesticideThresholdPct;
}

QString resultKey(const Record& test, const KindergartenSettings& s) {
    if (test.isEmpty(kRate))
        return {};
    return isPositive(test.value(kRate).toDouble(), s) ? QStringLiteral("fail") : QStringLiteral("pass");
}

QString retestResultKey(const Record& test, const KindergartenSettings& s) {
    if (test.isEmpty(kRetest))
        return {};
    return isPositive(test.value(kRetest).toDouble(), s) ? QStringLiteral("fail") : QStringLiteral("pass");
}

bool needsHandling(const Record& test, const KindergartenSettings& s) {
    return !test.isEmpty(kRate) && isPositive(test.value(kRate).toDouble(), s) && test.isEmpty(kHandling);
}

} // namespace houqin::canteen
