#include "MorningChecks.h"

#include "CanteenCommon.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kDate = QStringLiteral("date");
const QString kPerson = QStringLiteral("person");
const QString kTemp = QStringLiteral("temperature_c");
const QString kDiarrhoea = QStringLiteral("diarrhoea");
const QString kWound = QStringLiteral("skin_wound");
const QString kThroat = QStringLiteral("sore_throat");
const QString kNails = QStringLiteral("nails_ok");
const QString kRings = QStringLiteral("no_rings");
const QString kUniform = QStringLiteral("uniform_ok");
const QString kCheckedBy = QStringLiteral("checked_by");
const QString kAction = QStringLiteral("action");

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    if (!fitForDuty(r, ctx.settings) && r.isEmpty(kAction))
        out << Issue::warning(
            kAction,
            QCoreApplication::translate("MorningChecks",
                                        "%1 is not fit for duty (%2). Record the action taken.")
                .arg(r.value(kPerson).toString(),
                     unfitReasons(r, ctx.settings).join(QCoreApplication::translate("MorningChecks", "; "))));
    if (r.value(kPerson).toString() == r.value(kCheckedBy).toString())
        out << Issue::warning(kCheckedBy, QCoreApplication::translate(
                                              "MorningChecks", "Someone else should check this worker."));
}

void prefill(Record& r, const Record* previous, const RuleContext& ctx) {
    QDate date = ctx.now.date();
    if (previous && previous->createdAt.date() == ctx.now.date() && !previous->isEmpty(kDate))
        date = previous->value(kDate).toDate();
    r.set(kDate, date);
}

QString reasonsText(const QVariant& keys) {
    QStringList out;
    for (const QString& key : keys.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (key == QStringLiteral("fever"))
            out << QCoreApplication::translate("MorningChecks", "fever");
        else if (key == QStringLiteral("diarrhoea"))
            out << QCoreApplication::translate("MorningChecks", "diarrhoea");
        else if (key == QStringLiteral("wound"))
            out << QCoreApplication::translate("MorningChecks", "skin wound or infection");
        else if (key == QStringLiteral("sore_throat"))
            out << QCoreApplication::translate("MorningChecks", "sore throat");
        else if (key == QStringLiteral("nails"))
            out << QCoreApplication::translate("MorningChecks", "nails not short or painted");
        else if (key == QStringLiteral("rings"))
            out << QCoreApplication::translate("MorningChecks", "wearing a ring");
        else if (key == QStringLiteral("uniform"))
            out << QCoreApplication::translate("MorningChecks", "uniform or cap not clean");
        else
            out << key;
    }
    return out.join(QCoreApplication::translate("MorningChecks", "; "));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("morning-checks");
    k.table = QStringLiteral("morning_checks");
    k.label = QT_TRANSLATE_NOOP("Fields", "Morning checks");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::person(kPerson, QT_TRANSLATE_NOOP("Fields", "Staff member")).req(),
        field::decimal(kTemp, QT_TRANSLATE_NOOP("Fields", "Temperature"), 1)
            .req()
            .range(34, 43)
            .unitText(QStringLiteral("°C")),
        field::boolean(kDiarrhoea, QT_TRANSLATE_NOOP("Fields", "Diarrhoea")).req().def(false),
        field::boolean(kWound, QT_TRANSLATE_NOOP("Fields", "Skin wound or infection")).req().def(false),
        field::boolean(kThroat, QT_TRANSLATE_NOOP("Fields", "Sore throat")).req().def(false),
        field::boolean(kNails, QT_TRANSLATE_NOOP("Fields", "Nails short and unpainted")).req().def(true),
        field::boolean(kRings, QT_TRANSLATE_NOOP("Fields", "No rings")).req().def(true),
        field::boolean(kUniform, QT_TRANSLATE_NOOP("Fields", "Clean uniform and cap")).req().def(true),
        field::person(kCheckedBy, QT_TRANSLATE_NOOP("Fields", "Checked by")).req().carry(),
        field::longText(kAction, QT_TRANSLATE_NOOP("Fields", "Action taken")),
    };
    k.derived = {
        {field::choice(QStringLiteral("verdict"), QT_TRANSLATE_NOOP("Fields", "Verdict"),
                       {
                           {QStringLiteral("fit"),
                            QT_TRANSLATE_NOOP("Fields", "Fit for duty"),
                            {QStringLiteral("适岗"), QStringLiteral("合格")}},
                           {QStringLiteral("unfit"),
                            QT_TRANSLATE_NOOP("Fields", "Not fit for duty"),
                            {QStringLiteral("不适岗"), QStringLiteral("不合格")}},
                       }),
         [](const Record& r, const RuleContext& c) {
             return QVariant(fitForDuty(r, c.settings) ? QStringLiteral("fit") : QStringLiteral("unfit"));
         }},
        // The failed items' keys ("fever;sore_throat"), read as "fever; sore throat".
        {field::text(QStringLiteral("reasons"), QT_TRANSLATE_NOOP("Fields", "Reasons")).shownAs(reasonsText),
         [](const Record& r, const RuleContext& c) {
             const QStringList keys = unfitReasonKeys(r, c.settings);
             return keys.isEmpty() ? QVariant() : QVariant(keys.join(QLatin1Char(';')));
         }},
    };
    k.listColumns = {kDate,      kPerson, kTemp,  kDiarrhoea, kWound,
                     kThroat,    kNails,  kRings, kUniform,   QStringLiteral("verdict"),
                     kCheckedBy, kAction};
    k.dateField = kDate;
    k.defaultSort = kDate;
    k.titleField = kPerson;
    k.searchFields = {kPerson, kCheckedBy, kAction};
    using Op = Condition::Op;
    k.filters = {
        {QStringLiteral("today"), QT_TRANSLATE_NOOP("Fields", "Today"), {isToday(kDate)}},
        {QStringLiteral("fever"),
         QT_TRANSLATE_NOOP("Fields", "Fever"),
         {{kTemp, Op::Ge, [](const RuleContext& c) { return QVariant(c.settings.feverThresholdC); }}}},
        // Kept off the post (不宜上岗) and no measure recorded yet (sent home, moved off the post, seen by a
        // doctor): on the dashboard until the measure is written in `action`, as fitForDuty() decides.
        {QStringLiteral("unfit-without-measure"),
         QT_TRANSLATE_NOOP("Fields", "Unfit, no measure recorded"),
         {Condition::anyOf({
              {kTemp, Op::Ge, [](const RuleContext& c) { return QVariant(c.settings.feverThresholdC); }},
              {kDiarrhoea, Op::Eq, [](const RuleContext&) { return QVariant(true); }},
              {kWound, Op::Eq, [](const RuleContext&) { return QVariant(true); }},
              {kThroat, Op::Eq, [](const RuleContext&) { return QVariant(true); }},
              {kNails, Op::Eq, [](const RuleContext&) { return QVariant(false); }},
              {kRings, Op::Eq, [](const RuleContext&) { return QVariant(false); }},
              {kUniform, Op::Eq, [](const RuleContext&) { return QVariant(false); }},
          }),
          {kAction, Op::IsNull}}},
    };
    k.constraints = {
        {QStringLiteral("morning check for that day is already recorded"), kPerson,
         QT_TRANSLATE_NOOP("Constraints",
                           "This worker's morning check for that day is already recorded; edit it instead.")},
        {QStringLiteral("UNIQUE constraint failed: morning_checks.date, morning_checks.person"), kPerson,
         QT_TRANSLATE_NOOP("Constraints",
                           "This worker's morning check for that day is already recorded; edit it instead.")},
    };
    k.rules = rules;
    k.prefill = prefill;
    return k;
}

} // namespace

const RecordKind& morningChecksKind() {
    static const RecordKind k = declare();
    return k;
}

bool hasFever(double temperatureC, const KindergartenSettings& s) {
    // Readings have one decimal; the tolerance keeps 37.3 entered from counting as 37.29999.
    return temperatureC >= s.feverThresholdC - 1e-9;
}

QStringList unfitReasonKeys(const Record& r, const KindergartenSettings& s) {
    QStringList out;
    if (!r.isEmpty(kTemp) && hasFever(r.value(kTemp).toDouble(), s))
        out << QStringLiteral("fever");
    if (r.value(kDiarrhoea).toBool())
        out << QStringLiteral("diarrhoea");
    if (r.value(kWound).toBool())
        out << QStringLiteral("wound");
    if (r.value(kThroat).toBool())
        out << QStringLiteral("sore_throat");
    if (!r.value(kNails).toBool())
        out << QStringLiteral("nails");
    if (!r.value(kRings).toBool())
        out << QStringLiteral("rings");
    if (!r.value(kUniform).toBool())
        out << QStringLiteral("uniform");
    return out;
}

QStringList unfitReasons(const Record& r, const KindergartenSettings& s) {
    QStringList out;
    if (!r.isEmpty(kTemp) && hasFever(r.value(kTemp).toDouble(), s))
        out << QCoreApplication::translate("MorningChecks", "fever %1 °C")
                   .arg(QString::number(r.value(kTemp).toDouble(), 'f', 1));
    if (r.value(kDiarrhoea).toBool())
        out << QCoreApplication::translate("MorningChecks", "diarrhoea");
    if (r.value(kWound).toBool())
        out << QCoreApplication::translate("MorningChecks", "skin wound or infection");
    if (r.value(kThroat).toBool())
        out << QCoreApplication::translate("MorningChecks", "sore throat");
    // A missing tick is a failed item: the form starts with them ticked.
    if (!r.value(kNails).toBool())
        out << QCoreApplication::translate("MorningChecks", "nails not short or painted");
    if (!r.value(kRings).toBool())
        out << QCoreApplication::translate("MorningChecks", "wearing a ring");
    if (!r.value(kUniform).toBool())
        out << QCoreApplication::translate("MorningChecks", "uniform or cap not clean");
    return out;
}

bool fitForDuty(const Record& check, const KindergartenSettings& s) {
    return unfitReasons(check, s).isEmpty();
}

} // namespace houqin::canteen
