#pragma once

#include "SchoolCalendar.h"
#include "Settings.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace houqin {

// Something the dashboard (总览) shows with a count and a severity: the number of records of one kind that
// match one of its named filters (FilterDef), such as "food samples overdue for disposal". Clicking it
// opens that kind's list with that filter.
//
// Each module lists its own items in its folder (canteen::attentionItems(), plan::attentionItems(), ...);
// allAttentionItems() collects the modules' lists, so adding an item is a change in the module only and
// the dashboard never names one.
struct AttentionItem {
    enum class Severity { Info, Warning, Critical };
    // WhenAny: raised while the filter matches something ("3 overdue tasks"). WhenNone: raised while it
    // matches nothing ("no pesticide test today").
    enum class Trigger { WhenAny, WhenNone };
    // Passed instead of a day rule: the item applies on school days only (SchoolCalendar).
    struct SchoolDays {};

    AttentionItem() = default;
    AttentionItem(QString k, const char* l, Severity s, QString kind, QString filter,
                  Trigger t = Trigger::WhenAny, std::function<bool(QDate)> active = {})
        : key(std::move(k)), label(l), severity(s), kindKey(std::move(kind)), filterKey(std::move(filter)),
          trigger(t), activeOn(std::move(active)) {}
    AttentionItem(QString k, const char* l, Severity s, QString kind, QString filter, Trigger t, SchoolDays)
        : key(std::move(k)), label(l), severity(s), kindKey(std::move(kind)), filterKey(std::move(filter)),
          trigger(t), schoolDaysOnly(true) {}

    QString key;            // unique across modules: "canteen.samples-overdue"
    const char* label = ""; // English source, translated in the context "Attention" (displayLabel())
    // The number a label names when it is a setting ("No study session in the last %1 days"): the label
    // holds %1 and this gives its value. Null = a label without a number.
    std::function<int(const KindergartenSettings&)> labelNumber;
    Severity severity = Severity::Warning;
    QString kindKey;   // the record kind counted
    QString filterKey; // a FilterDef key of that kind
    Trigger trigger = Trigger::WhenAny;
    // Applies on school days only: "no pesticide test today" means nothing on a Sunday, a holiday or in
    // the summer break, and something on a make-up working Saturday.
    bool schoolDaysOnly = false;
    // Further days the item applies on (a calendar rule such as "from Thursday"); empty = every day.
    std::function<bool(QDate)> activeOn;
    // Like activeOn, for rules that need the kindergarten's settings ("from week 2 of the semester").
    std::function<bool(QDate, const KindergartenSettings&)> activeWith;
    // The dates of the kind's dateField counted, given the day and the school calendar ("the last school
    // day before today"); empty = every date. A day whose period is invalid raises nothing.
    std::function<QPair<QDate, QDate>(QDate, const SchoolCalendar&)> period;

    // Counted per campus: a campus field of the kind. The trigger is then applied to each campus of the
    // settings on its own (its records only), and the count is the number of campuses that raise it ("no
    // stocktake this week" on 新港 while 滨豪 has one). Empty = all records together.
    QString campusField;

    // Like activeWith, for rules that need the time of day as well ("the first round after 10:00").
    std::function<bool(const QDateTime& now, const KindergartenSettings&)> activeAt;

    // The label in the reader's language, with the number the settings give it.
    QString displayLabel(const KindergartenSettings& settings) const;
    bool isActiveAt(const QDateTime& now, const SchoolCalendar& calendar,
                    const KindergartenSettings& settings) const {
        const QDate day = now.date();
        return (!schoolDaysOnly || calendar.isSchoolDay(day)) && (!activeOn || activeOn(day)) &&
               (!activeWith || activeWith(day, settings)) && (!activeAt || activeAt(now, settings));
    }
    bool raisedBy(qint64 count) const { return trigger == Trigger::WhenAny ? count > 0 : count == 0; }
};

// Every module's items, in module order (canteen, plan, ...).
const QList<AttentionItem>& allAttentionItems();
// nullptr when no item has that key.
const AttentionItem* findAttentionItem(const QString& key);

} // namespace houqin
