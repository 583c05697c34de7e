#include "FoodSamples.h"

#include "../ValueFormat.h"

#include <QCoreApplication>

namespace houqin::canteen {

namespace {

const QString kDate = QStringLiteral("date");
const QString kMeal = QStringLiteral("meal");
const QString kDish = QStringLiteral("dish");
const QString kWeight = QStringLiteral("weight_g");
const QString kStoredAt = QStringLiteral("stored_at");
const QString kFridge = QStringLiteral("fridge_temp_c");
const QString kSampledBy = QStringLiteral("sampled_by");
const QString kDisposedAt = QStringLiteral("disposed_at");
const QString kDisposedBy = QStringLiteral("disposed_by");

QString hoursMinutes(qint64 minutes) {
    return QCoreApplication::translate("FoodSamples", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString timeLeftText(const QVariant& minutes) {
    const qint64 m = minutes.toLongLong();
    return m > 0 ? QCoreApplication::translate("FoodSamples", "%1 left").arg(hoursMinutes(m))
                 : QCoreApplication::translate("FoodSamples", "due %1 ago").arg(hoursMinutes(-m));
}

// Disposal is allowed from stored_at + hold; "overdue" starts kOverdueGraceHours after that.
QVariant holdCutoff(const RuleContext& c, int extraHours) {
    return c.now.addSecs(-qint64(c.settings.sampleHoldHours + extraHours) * 3600);
}

void rules(const Record& r, const RuleContext& ctx, Issues& out) {
    const KindergartenSettings& s = ctx.settings;
    const FieldDef& weightField = *foodSamplesKind().field(kWeight);
    const double weight = r.value(kWeight).toDouble();
    if (weight < s.minSampleWeightG)
        out << Issue::error(
            kWeight, QCoreApplication::translate("FoodSamples",
                                                 "Each dish needs at least %1 g; this sample weighs %2 g.")
                         .arg(QString::number(s.minSampleWeightG, 'f', weightField.decimals),
                              QString::number(weight, 'f', weightField.decimals)));
    if (!r.isEmpty(kFridge)) {
        const double t = r.value(kFridge).toDouble();
        if (t < s.fridgeMinC || t > s.fridgeMaxC)
            out << Issue::warning(
                kFridge,
                QCoreApplication::translate(
                    "FoodSamples", "The fridge is at %1 °C, outside the %2–%3 °C range. Check the fridge.")
                    .arg(QString::number(t, 'f', 1), QString::number(s.fridgeMinC),
                         QString::number(s.fridgeMaxC)));
    }
    // A sample is sealed right after its meal is served: the next day is odd (a warning), before the meal's
    // day or later than the next day is a typing error, refused rather than kept as evidence of nothing.
    const QDateTime stored = r.value(kStoredAt).toDateTime();
    const qint64 daysAfter = r.value(kDate).toDate().daysTo(stored.date());
    if (daysAfter < 0)
        out << Issue::error(
            kStoredAt, QCoreApplication::translate("FoodSamples",
                                                   "The sample cannot be stored before the meal's date."));
    else if (daysAfter > 1)
        out << Issue::error(kStoredAt, QCoreApplication::translate(
                                           "FoodSamples",
                                           "The sample was stored %1 days after the meal's date; a sample is "
                                           "stored on the meal's day. Check the date and the time.")
                                           .arg(daysAfter));
    else if (daysAfter == 1)
        out << Issue::warning(
            kStoredAt, QCoreApplication::translate(
                           "FoodSamples", "The sample was stored on another day than the meal's date."));

    const bool hasAt = !r.isEmpty(kDisposedAt), hasBy = !r.isEmpty(kDisposedBy);
    if (hasAt && !hasBy)
        out << Issue::error(kDisposedBy,
                            QCoreApplication::translate("FoodSamples", "Enter who disposed of the sample."));
    if (hasBy && !hasAt)
        out << Issue::error(kDisposedAt, QCoreApplication::translate(
                                             "FoodSamples", "Enter when the sample was disposed of."));
    if (hasAt) {
        const QDateTime at = r.value(kDisposedAt).toDateTime();
        const QDateTime due = disposalDueAt(r, s);
        if (at < stored)
            out << Issue::error(
                kDisposedAt,
                QCoreApplication::translate("FoodSamples",
                                            "The disposal time is before the time the sample was stored."));
        else if (at < due)
            out << Issue::error(
                kDisposedAt,
                QCoreApplication::translate(
                    "FoodSamples", "The sample must be kept for %1 hours. It may be disposed of from %2.")
                    .arg(s.sampleHoldHours)
                    .arg(due.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        else if (ctx.now.isValid() && at > ctx.now.addSecs(10 * 60))
            out << Issue::error(kDisposedAt, QCoreApplication::translate(
                                                 "FoodSamples", "The disposal time is in the future."));
    }
}

void prefill(Record& r, const Record* previous, const RuleContext& ctx) {
    const QDateTime now(ctx.now.date(), QTime(ctx.now.time().hour(), ctx.now.time().minute()));
    // A new sample is today's, stored now: yesterday's date (or yesterday's 21:36) on today's first sample
    // would put a food-safety record on the wrong day. Only the next dish of a meal sampled today keeps
    // that meal's time, since the dishes of one meal are sealed together. The meal, the sampler and the
    // fridge reading carry over (FieldDef::carry). "Save and next dish" keeps the meal's date and time even
    // when an earlier day is being filled in (gui/canteen/FoodSampleExtension).
    r.set(kDate, now.date());
    const bool mealOfToday = previous && previous->value(kDate).toDate() == now.date() &&
                             previous->value(kStoredAt).toDateTime().isValid();
    r.set(kStoredAt, mealOfToday ? previous->value(kStoredAt) : QVariant(now));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("food-samples");
    k.table = QStringLiteral("food_samples");
    k.label = QT_TRANSLATE_NOOP("Fields", "Food samples");
    k.fields = {
        field::date(kDate, QT_TRANSLATE_NOOP("Fields", "Date")).req(),
        field::choice(
            kMeal, QT_TRANSLATE_NOOP("Fields", "Meal"),
            {
                {QStringLiteral("breakfast"),
                 QT_TRANSLATE_NOOP("Fields", "Breakfast"),
                 {QStringLiteral("早餐")}},
                {QStringLiteral("morning-snack"),
                 QT_TRANSLATE_NOOP("Fields", "Morning snack"),
                 {QStringLiteral("早点")}},
                {QStringLiteral("lunch"),
                 QT_TRANSLATE_NOOP("Fields", "Lunch"),
                 {QStringLiteral("午餐"), QStringLiteral("中餐")}},
                {QStringLiteral("afternoon-snack"),
                 QT_TRANSLATE_NOOP("Fields", "Afternoon snack"),
                 {QStringLiteral("午点")}},
                {QStringLiteral("dinner"), QT_TRANSLATE_NOOP("Fields", "Dinner"), {QStringLiteral("晚餐")}},
            })
            .req()
            .carry(),
        field::text(kDish, QT_TRANSLATE_NOOP("Fields", "Dish")).req().maxLen(100),
        field::decimal(kWeight, QT_TRANSLATE_NOOP("Fields", "Weight"), 1)
            .req()
            .range(0.1, 5000)
            .unitText(QStringLiteral("g")),
        field::dateTime(kStoredAt, QT_TRANSLATE_NOOP("Fields", "Stored at")).req(),
        field::decimal(kFridge, QT_TRANSLATE_NOOP("Fields", "Fridge temperature"), 1)
            .req()
            .range(-40, 40)
            .unitText(QStringLiteral("°C"))
            .carry(),
        field::person(kSampledBy, QT_TRANSLATE_NOOP("Fields", "Sampled by")).req().carry(),
        field::dateTime(kDisposedAt, QT_TRANSLATE_NOOP("Fields", "Disposed at")),
        field::person(kDisposedBy, QT_TRANSLATE_NOOP("Fields", "Disposed by")),
        // The kitchen the sample comes from; empty on rows of a multi-campus kindergarten from before
        // schema version 5 (shown as "unspecified").
        field::campus(QStringLiteral("campus"), QT_TRANSLATE_NOOP("Fields", "Campus")).carry(),
        field::longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("Fields", "Notes")),
    };
    k.derived = {
        {field::choice(
             QStringLiteral("status"), QT_TRANSLATE_NOOP("Fields", "Status"),
             {
                 {QStringLiteral("held"), QT_TRANSLATE_NOOP("Fields", "Held"), {QStringLiteral("留样中")}},
                 {QStringLiteral("disposable"),
                  QT_TRANSLATE_NOOP("Fields", "May be disposed of"),
                  {QStringLiteral("可处置")}},
                 {QStringLiteral("disposed"),
                  QT_TRANSLATE_NOOP("Fields", "Disposed of"),
                  {QStringLiteral("已处置")}},
                 {QStringLiteral("overdue"),
                  QT_TRANSLATE_NOOP("Fields", "Overdue for disposal"),
                  {QStringLiteral("逾期未处置")}},
             }),
         [](const Record& r, const RuleContext& c) { return QVariant(statusKey(sampleStatus(r, c))); }},
        {field::dateTime(QStringLiteral("due_at"), QT_TRANSLATE_NOOP("Fields", "Disposal allowed from")),
         [](const Record& r, const RuleContext& c) { return QVariant(disposalDueAt(r, c.settings)); }},
        // Minutes until disposal is allowed, negative once it is due; shown as "47 h 00 min left".
        {field::integer(QStringLiteral("time_left"), QT_TRANSLATE_NOOP("Fields", "Time left"))
             .shownAs(timeLeftText),
         [](const Record& r, const RuleContext& c) {
             if (sampleStatus(r, c) == SampleStatus::Disposed)
                 return QVariant();
             return QVariant(minutesLeft(r, c));
         }},
    };
    k.listColumns = {kDate,
                     kMeal,
                     kDish,
                     kWeight,
                     kStoredAt,
                     kFridge,
                     kSampledBy,
                     QStringLiteral("status"),
                     QStringLiteral("time_left"),
                     kDisposedAt,
                     kDisposedBy,
                     QStringLiteral("campus")};
    k.dateField = kDate;
    k.defaultSort = kStoredAt;
    k.titleField = kDish;
    k.searchFields = {kDish, kMeal, kSampledBy, kDisposedBy, QStringLiteral("notes")};
    using Op = Condition::Op;
    const Condition notDisposed{kDisposedAt, Op::IsNull, {}};
    k.filters = {
        {QStringLiteral("held"),
         QT_TRANSLATE_NOOP("Fields", "Held"),
         {notDisposed, {kStoredAt, Op::Gt, [](const RuleContext& c) { return holdCutoff(c, 0); }}}},
        {QStringLiteral("due"),
         QT_TRANSLATE_NOOP("Fields", "Due for disposal"),
         {notDisposed, {kStoredAt, Op::Le, [](const RuleContext& c) { return holdCutoff(c, 0); }}}},
        {QStringLiteral("overdue"),
         QT_TRANSLATE_NOOP("Fields", "Overdue for disposal"),
         {notDisposed,
          {kStoredAt, Op::Lt, [](const RuleContext& c) { return holdCutoff(c, kOverdueGraceHours); }}}},
        {QStringLiteral("disposed"),
         QT_TRANSLATE_NOOP("Fields", "Disposed of"),
         {{kDisposedAt, Op::NotNull, {}}}},
    };
    k.rules = rules;
    k.prefill = prefill;
    return k;
}
} // namespace

const RecordKind& foodSamplesKind() {
    static const RecordKind k = declare();
    return k;
}

QString statusKey(SampleStatus s) {
    switch (s) {
    case SampleStatus::Held:
        return QStringLiteral("held");
    case SampleStatus::Disposable:
        return QStringLiteral("disposable");
    case SampleStatus::Disposed:
        return QStringLiteral("disposed");
    case SampleStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QDateTime disposalDueAt(const Record& sample, const KindergartenSettings& s) {
    const QDateTime stored = sample.value(kStoredAt).toDateTime();
    return stored.isValid() ? stored.addSecs(qint64(s.sampleHoldHours) * 3600) : QDateTime();
}

SampleStatus sampleStatus(const Record& sample, const RuleContext& ctx) {
    if (!sample.isEmpty(kDisposedAt))
        return SampleStatus::Disposed;
    const QDateTime due = disposalDueAt(sample, ctx.settings);
    if (ctx.now < due)
        return SampleStatus::Held;
    if (ctx.now > due.addSecs(qint64(kOverdueGraceHours) * 3600))
        return SampleStatus::Overdue;
    return SampleStatus::Disposable;
}

qint64 minutesLeft(const Record& sample, const RuleContext& ctx) {
    const qint64 secs = ctx.now.secsTo(disposalDueAt(sample, ctx.settings));
    return secs >= 0 ? (secs + 59) / 60 : -((-secs) / 60);
}

QList<Record> disposeDue(const QList<Record>& samples, const QDateTime& at, const QString& by,
                         const RuleContext& ctx) {
    QList<Record> out;
    for (Record r : samples) {
        if (!r.isEmpty(kDisposedAt) || at < disposalDueAt(r, ctx.settings))
            continue;
        r.set(kDisposedAt, at);
        r.set(kDisposedBy, by);
        out << r;
    }
    return out;
}

} // namespace houqin::canteen
