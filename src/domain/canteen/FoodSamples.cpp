#include "FoodSamples.h"

#include <QCoreApplication>

#include "../ValueFormat.h"

namespace houqin::canteen {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("houqin::FoodSamples", s); }

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
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
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
        out << Issue::error(kWeight, tr("Each dish needs at least %1 g; this sample weighs %2 g.")
                                         .arg(QString::number(s.minSampleWeightG, 'f', weightField.decimals),
                                              QString::number(weight, 'f', weightField.decimals)));
    if (!r.isEmpty(kFridge)) {
        const double t = r.value(kFridge).toDouble();
        if (t < s.fridgeMinC || t > s.fridgeMaxC)
            out << Issue::warning(kFridge, tr("The fridge is at %1 °C, outside the %2–%3 °C range. Check the fridge.")
                                               .arg(QString::number(t, 'f', 1), QString::number(s.fridgeMinC),
                                                    QString::number(s.fridgeMaxC)));
    }
    const QDateTime stored = r.value(kStoredAt).toDateTime();
    if (stored.date() != r.value(kDate).toDate())
        out << Issue::warning(kStoredAt, tr("The sample was stored on another day than the meal's date."));

    const bool hasAt = !r.isEmpty(kDisposedAt), hasBy = !r.isEmpty(kDisposedBy);
    if (hasAt && !hasBy)
        out << Issue::error(kDisposedBy, tr("Enter who disposed of the sample."));
    if (hasBy && !hasAt)
        out << Issue::error(kDisposedAt, tr("Enter when the sample was disposed of."));
    if (hasAt) {
        const QDateTime at = r.value(kDisposedAt).toDateTime();
        const QDateTime due = disposalDueAt(r, s);
        if (at < stored)
            out << Issue::error(kDisposedAt, tr("The disposal time is before the time the sample was stored."));
        else if (at < due)
            out << Issue::error(kDisposedAt, tr("The sample must be kept for %1 hours. It may be disposed of from %2.")
                                                 .arg(s.sampleHoldHours)
                                                 .arg(due.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        else if (ctx.now.isValid() && at > ctx.now.addSecs(10 * 60))
            out << Issue::error(kDisposedAt, tr("The disposal time is in the future."));
    }
}

void prefill(Record& r, const Record* previous, const RuleContext& ctx) {
    const QDateTime now(ctx.now.date(), QTime(ctx.now.time().hour(), ctx.now.time().minute()));
    // The date carries over only within the same working day: yesterday's date on today's first sample
    // would put a food-safety record on the wrong day.
    QDate date = now.date();
    if (previous && previous->createdAt.date() == now.date() && !previous->isEmpty(kDate))
        date = previous->value(kDate).toDate();
    r.set(kDate, date);
    r.set(kStoredAt, date == now.date() ? now : QDateTime(date, now.time()));
}

RecordKind declare() {
    RecordKind k;
    k.key = QStringLiteral("food-samples");
    k.table = QStringLiteral("food_samples");
    k.label = HQ_LABEL("Food samples");
    k.fields = {
        field::date(kDate, HQ_LABEL("Date")).req(),
        field::choice(kMeal, HQ_LABEL("Meal"),
                      {
                          {QStringLiteral("breakfast"), HQ_LABEL("Breakfast"), {QStringLiteral("早餐")}},
                          {QStringLiteral("morning-snack"), HQ_LABEL("Morning snack"), {QStringLiteral("早点")}},
                          {QStringLiteral("lunch"), HQ_LABEL("Lunch"), {QStringLiteral("午餐")}},
                          {QStringLiteral("afternoon-snack"), HQ_LABEL("Afternoon snack"), {QStringLiteral("午点")}},
                          {QStringLiteral("dinner"), HQ_LABEL("Dinner"), {QStringLiteral("晚餐")}},
                      })
            .req()
            .carry(),
        field::text(kDish, HQ_LABEL("Dish")).req().maxLen(100),
        field::decimal(kWeight, HQ_LABEL("Weight"), 1).req().range(0.1, 5000).unitText(QStringLiteral("g")),
        field::dateTime(kStoredAt, HQ_LABEL("Stored at")).req(),
        field::decimal(kFridge, HQ_LABEL("Fridge temperature"), 1)
            .req()
            .range(-40, 40)
            .unitText(QStringLiteral("°C"))
            .carry(),
        field::person(kSampledBy, HQ_LABEL("Sampled by")).req().carry(),
        field::dateTime(kDisposedAt, HQ_LABEL("Disposed at")),
        field::person(kDisposedBy, HQ_LABEL("Disposed by")),
        field::longText(QStringLiteral("notes"), HQ_LABEL("Notes")),
    };
    k.derived = {
        {field::choice(QStringLiteral("status"), HQ_LABEL("Status"),
                       {
                           {QStringLiteral("held"), HQ_LABEL("Held"), {QStringLiteral("留样中")}},
                           {QStringLiteral("disposable"), HQ_LABEL("May be disposed of"), {QStringLiteral("可处置")}},
                           {QStringLiteral("disposed"), HQ_LABEL("Disposed of"), {QStringLiteral("已处置")}},
                           {QStringLiteral("overdue"), HQ_LABEL("Overdue for disposal"), {QStringLiteral("逾期未处置")}},
                       }),
         [](const Record& r, const RuleContext& c) { return QVariant(statusKey(sampleStatus(r, c))); }},
        {field::dateTime(QStringLiteral("due_at"), HQ_LABEL("Disposal allowed from")),
         [](const Record& r, const RuleContext& c) { return QVariant(disposalDueAt(r, c.settings)); }},
        {field::text(QStringLiteral("time_left"), HQ_LABEL("Time left")),
         [](const Record& r, const RuleContext& c) {
             const SampleStatus s = sampleStatus(r, c);
             if (s == SampleStatus::Disposed)
                 return QVariant();
             const qint64 m = minutesLeft(r, c);
             return QVariant(m > 0 ? tr("%1 left").arg(hoursMinutes(m)) : tr("due %1 ago").arg(hoursMinutes(-m)));
         }},
    };
    k.listColumns = {kDate, kMeal, kDish, kWeight, kStoredAt, kFridge, kSampledBy, QStringLiteral("status"),
                     QStringLiteral("time_left"), kDisposedAt, kDisposedBy};
    k.dateField = kDate;
    k.defaultSort = kStoredAt;
    k.titleField = kDish;
    k.searchFields = {kDish, kMeal, kSampledBy, kDisposedBy, QStringLiteral("notes")};
    using Op = Condition::Op;
    const Condition notDisposed{kDisposedAt, Op::IsNull, {}};
    k.filters = {
        {QStringLiteral("held"), HQ_LABEL("Held"),
         {notDisposed, {kStoredAt, Op::Gt, [](const RuleContext& c) { return holdCutoff(c, 0); }}}},
        {QStringLiteral("due"), HQ_LABEL("Due for disposal"),
         {notDisposed, {kStoredAt, Op::Le, [](const RuleContext& c) { return holdCutoff(c, 0); }}}},
        {QStringLiteral("overdue"), HQ_LABEL("Overdue for disposal"),
         {notDisposed,
          {kStoredAt, Op::Lt, [](const RuleContext& c) { return holdCutoff(c, kOverdueGraceHours); }}}},
        {QStringLiteral("disposed"), HQ_LABEL("Disposed of"), {{kDisposedAt, Op::NotNull, {}}}},
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
