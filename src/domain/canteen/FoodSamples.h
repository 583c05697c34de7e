#pragma once

#include "../RecordKind.h"

#include <QDateTime>
#include <QList>

namespace houqin::canteen {

// 留样: one sealed sample of one dish of one meal, held in the sample fridge for the hold time.
const RecordKind& foodSamplesKind();

enum class SampleStatus { Held, Disposable, Disposed, Overdue };

// Keys of the derived status, as stored in exports with --keys.
QString statusKey(SampleStatus s);

// When a sample may be disposed of: stored_at plus the hold time.
QDateTime disposalDueAt(const Record& sample, const KindergartenSettings& s);
SampleStatus sampleStatus(const Record& sample, const RuleContext& ctx);
// Whole minutes until the sample may be disposed of (negative once it may).
qint64 minutesLeft(const Record& sample, const RuleContext& ctx);

// The samples among `samples` of one date and meal that are due and not yet disposed of, each with
// disposed_at and disposed_by filled in. Used by "dispose of the meal's due samples".
QList<Record> disposeDue(const QList<Record>& samples, const QDateTime& at, const QString& by,
                         const RuleContext& ctx);

// Hours past due after which an undisposed sample counts as overdue.
inline constexpr int kOverdueGraceHours = 24;

} // namespace houqin::canteen
