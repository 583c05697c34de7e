#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace houqin {

// Teaching weeks run Monday to Sunday; week 1 is the week that contains the semester's start date. Weeks
// before it are "before term" (开学前); week 0 is the one just before week 1, and plans file everything
// done before term under it.
class SemesterCalendar {
public:
    // Without an end date a semester has kDefaultWeeks weeks.
    static constexpr int kDefaultWeeks = 20;

    explicit SemesterCalendar(QDate start, QDate end = {}) : m_start(start), m_end(end) {}
    bool isValid() const { return m_start.isValid(); }
    // 1 for the first week, 0 or less before term (0 = the week before week 1). 0 when no start is set.
    int weekOf(QDate date) const;
    // The Monday that begins teaching week n (n = 0: the Monday of the week before term).
    QDate mondayOfWeek(int n) const;
    // The Sunday that ends teaching week n; for n = 0 the Sunday just before week 1. A plan task of week n
    // is due by this day.
    QDate sundayOfWeek(int n) const;
    QDate start() const { return m_start; }
    // The end date given, or the Sunday of week kDefaultWeeks.
    QDate end() const;
    // The number of teaching weeks: the week the end date falls in.
    int weekCount() const;
    // The teaching weeks wholly over on `today` (those whose Sunday is before it), up to weekCount().
    int weeksOver(QDate today) const;
    bool isBeforeTerm(QDate date) const { return isValid() && date.isValid() && weekOf(date) < 1; }
    bool isAfterTerm(QDate date) const { return isValid() && date.isValid() && date > end(); }
    // The month most of week n's days fall in (the month of its Thursday); for n <= 0 the month of the
    // Sunday before week 1, when the before-term work is finished.
    int monthOfWeek(int n) const;

    // The default end of a semester starting on `start`: the Sunday of week kDefaultWeeks.
    static QDate defaultEnd(QDate start);
    // "Week 3" / "第3周", and "Before term" / "开学前" for week 0 or less (translated, context "Calendar").
    static QString weekLabel(int week);
    // A week as people write it: "3", "第3周", "第十四周", "week 3", "W3", full-width digits; "0",
    // "开学前" or "before term" give 0. Empty when the text is not a week.
    static std::optional<int> parseWeek(const QString& text);
    // 一 .. 九十九 (also 两, 〇/零 and Arabic digits) as a number; empty when the text is not one.
    static std::optional<int> parseChineseNumber(const QString& text);

private:
    QDate m_start;
    QDate m_end;
};

} // namespace houqin
