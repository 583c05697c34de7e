#include "ReportRegistry.h"
#include "domain/ValueFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace houqin::reports {

namespace {

Error usage(const QString& message) {
    return Error::make(Error::Code::Usage, message, QStringLiteral("Period::parse"));
}

QDate mondayOf(QDate d) {
    return d.addDays(1 - d.dayOfWeek());
}

// ISO 8601: week 1 is the week with the year's first Thursday, so 4 January is always in it, and
// 28 December is always in the year's last week.
QDate isoWeekMonday(int year, int week) {
    return mondayOf(QDate(year, 1, 4)).addDays(qint64(week - 1) * 7);
}
int isoWeeksIn(int year) {
    return QDate(year, 12, 28).weekNumber();
}

QString shortDate(QDate d) {
    //: Day and month inside a week's label, as a QDate format: zh_CN "M月d日"
    return d.toString(QCoreApplication::translate("Reports", "MM-dd"));
}

Result<Period> parseDay(const QString& text) {
    // The same lenient date reading as imports: 2026-09-01, 2026/9/1, 2026年9月1日, full-width digits.
    const FieldDef dateField = field::date(QStringLiteral("date"), "Date");
    const valuefmt::Parsed p = valuefmt::parse(dateField, text);
    if (!p.ok() || !p.value.toDate().isValid())
        return usage(
            QCoreApplication::translate("Reports", "\"%1\" is not a date. Write a day as 2026-09-01.")
                .arg(text));
    return Period::day(p.value.toDate());
}

Result<Period> parseWeek(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-?W(\d{1,2})$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(valuefmt::normalise(text));
    if (!m.hasMatch())
        return usage(
            QCoreApplication::translate(
                "Reports", "\"%1\" is not a week. Write an ISO week as 2026-W36 (year, W, week number).")
                .arg(text));
    const int year = m.captured(1).toInt(), week = m.captured(2).toInt();
    const int weeks = isoWeeksIn(year);
    if (week < 1 || week > weeks)
        return usage(QCoreApplication::translate("Reports", "%1 has ISO weeks 1 to %2; there is no week %3.")
                         .arg(year)
                         .arg(weeks)
                         .arg(week));
    return Period::isoWeek(isoWeekMonday(year, week));
}

Result<Period> parseMonth(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$)"));
    const auto m = re.match(valuefmt::normalise(text));
    if (!m.hasMatch())
        return usage(
            QCoreApplication::translate("Reports", "\"%1\" is not a month. Write a month as 2026-09.")
                .arg(text));
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return usage(QCoreApplication::translate("Reports", "\"%1\" is not a month: months run from 1 to 12.")
                         .arg(text));
    return Period::month(m.captured(1).toInt(), month);
}

} // namespace

Result<Period> Period::parse(Kind kind, const QString& text) {
    switch (kind) {
    case Kind::Day:
        return parseDay(text);
    case Kind::Week:
        return parseWeek(text);
    case Kind::Month:
        return parseMonth(text);
    case Kind::None:
        break;
    }
    if (text.trimmed().isEmpty())
        return Period{};
    return usage(
        QCoreApplication::translate("Reports", "This report covers no period; leave out \"%1\".").arg(text));
}

Period Period::day(QDate d) {
    Period p;
    p.kind = Kind::Day;
    p.from = p.to = d;
    return p;
}

Period Period::isoWeek(QDate anyDayInWeek) {
    Period p;
    p.kind = Kind::Week;
    p.from = mondayOf(anyDayInWeek);
    p.to = p.from.addDays(6);
    return p;
}

Period Period::month(int year, int month) {
    Period p;
    p.kind = Kind::Month;
    p.from = QDate(year, month, 1);
    p.to = p.from.addMonths(1).addDays(-1);
    return p;
}

QString Period::label() const {
    switch (kind) {
    case Kind::Day:
        //: A whole date as a QDate format: zh_CN "yyyy年M月d日"
        return from.toString(QCoreApplication::translate("Reports", "yyyy-MM-dd"));
    case Kind::Week: {
        int isoYear = 0;
        const int week = from.weekNumber(&isoYear);
        //: %1 ISO year, %2 week number, %3 Monday, %4 Sunday: zh_CN "%1年第%2周（%3—%4）"
        return QCoreApplication::translate("Reports", "%1 week %2 (%3 to %4)")
            .arg(QString::number(isoYear), QString::number(week), shortDate(from), shortDate(to));
    }
    case Kind::Month:
        //: A month as a QDate format: zh_CN "yyyy年M月"
        return from.toString(QCoreApplication::translate("Reports", "MMMM yyyy"));
    case Kind::None:
        break;
    }
    return {};
}

} // namespace houqin::reports
