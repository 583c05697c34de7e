#include "CanteenWeekly.h"

#include "../RecordCells.h"
#include "domain/ValueFormat.h"
#include "domain/canteen/Deliveries.h"
#include "domain/canteen/Menus.h"
#include "storage/Database.h"
#include "storage/RecordRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace houqin::reports::canteen {

namespace {
using namespace houqin::canteen;

Error needsPeriod(const QString& message, const char* where) {
    return Error::make(Error::Code::Usage, message, QString::fromLatin1(where));
}

QString yuan(qint64 fen) {
    return valuefmt::display(field::money(QStringLiteral("x"), ""), QVariant::fromValue(fen));
}
} // namespace

ReportDef deliveriesRegisterReport() {
    ReportDef r;
    r.key = QStringLiteral("deliveries-register");
    r.kinds = {QStringLiteral("deliveries")};
    r.label = QT_TRANSLATE_NOOP("Reports", "Delivery acceptance register");
    r.period = Period::Kind::Day;
    r.alsoFor = {Period::Kind::Week};
    r.build = buildDeliveriesRegister;
    return r;
}

Result<TableDocument> buildDeliveriesRegister(Database& db, const Period& period) {
    if (period.kind == Period::Kind::None || !period.from.isValid())
        return needsPeriod(QCoreApplication::translate(
                               "Reports", "The delivery register needs a day or a week, such as 2026-09-08."),
                           "buildDeliveriesRegister");
    const RecordKind& kind = deliveriesKind();
    ListQuery q;
    q.from = period.from;
    q.to = period.to;
    q.sortField = kind.dateField;
    q.sortDescending = false;
    const auto deliveries = RecordRepository(db, kind).list(q);
    if (!deliveries)
        return deliveries.error();
    const RuleContext ctx = db.ruleContext();
    const QStringList own{QStringLiteral("date"), QStringLiteral("direction"), QStringLiteral("supplier")};
    const QStringList lineKeys{QStringLiteral("item"),       QStringLiteral("quantity"),
                               QStringLiteral("unit"),       QStringLiteral("unit_price_fen"),
                               QStringLiteral("amount_fen"), QStringLiteral("shelf_life_date")};
    const QStringList signers{QStringLiteral("documents_checked"), QStringLiteral("received_by"),
                              QStringLiteral("checked_by")};
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "食堂出入库验收登记表"
    doc.title = QCoreApplication::translate("Reports", "Canteen delivery acceptance register");
    doc.subtitleLines << period.label();
    doc.columns = columnsFor(kind, own) + columnsFor(*kind.lines, lineKeys) + columnsFor(kind, signers);
    doc.columns[2].stretch = 3; // supplier
    doc.columns[3].stretch = 3; // item
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Signatures"), 3};
    qint64 total = 0;
    int lines = 0, unchecked = 0;
    for (const Record& d : *deliveries) {
        const QStringList head = rowCells(kind, d, own, ctx);
        const QStringList tail = rowCells(kind, d, signers, ctx);
        const QList<Record> items = d.lines.isEmpty() ? QList<Record>{Record()} : d.lines;
        for (qsizetype i = 0; i < items.size(); ++i) {
            // The delivery's own cells once, on its first line, so each delivery reads as one block.
            const bool first = i == 0;
            QStringList row = first ? head : QStringList(head.size(), QString());
            row << rowCells(*kind.lines, items.at(i), lineKeys, ctx);
            row << (first ? tail : QStringList(tail.size(), QString())) << QString();
            doc.rows << row;
        }
        total += deliveryTotalFen(d);
        lines += int(d.lines.size());
        unchecked += d.value(QStringLiteral("direction")).toString() == QStringLiteral("in") &&
                             !d.value(QStringLiteral("documents_checked")).toBool()
                         ? 1
                         : 0;
    }
    if (deliveries->isEmpty()) {
        doc.footnote = QCoreApplication::translate("Reports", "No deliveries were recorded in this period.");
    } else {
        doc.footnote =
            QCoreApplication::translate("Reports", "Deliveries: %1; item lines: %2; amount: %3 yuan.")
                .arg(deliveries->size())
                .arg(lines)
                .arg(yuan(total));
        if (unchecked > 0)
            doc.footnote +=
                QLatin1Char(' ') +
                QCoreApplication::translate("Reports", "Incoming deliveries without 索证索票 checked: %1.")
                    .arg(unchecked);
    }
    doc.signatureLines << QCoreApplication::translate("Reports", "Canteen leader (signature):")
                       << QCoreApplication::translate("Reports", "Reviewer (signature):");
    doc.orientation = QPageLayout::Landscape;
    return doc;
}

ReportDef weeklyMenuReport() {
    ReportDef r;
    r.key = QStringLiteral("weekly-menu");
    r.kinds = {QStringLiteral("menus")};
    r.label = QT_TRANSLATE_NOOP("Reports", "Weekly menu");
    r.period = Period::Kind::Week;
    r.build = buildWeeklyMenu;
    return r;
}

Result<TableDocument> buildWeeklyMenu(Database& db, const Period& period) {
    if (period.kind == Period::Kind::None || !period.from.isValid())
        return needsPeriod(
            QCoreApplication::translate("Reports", "The weekly menu needs a week, such as 2026-W37."),
            "buildWeeklyMenu");
    const RecordKind& kind = menusKind();
    const QDate monday = weekMonday(period.from);
    ListQuery q;
    q.equals = {{QStringLiteral("week_start"), monday}};
    q.sortField = QStringLiteral("campus");
    q.sortDescending = false;
    const auto menus = RecordRepository(db, kind).list(q);
    if (!menus)
        return menus.error();

    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "幼儿一周食谱"
    doc.title = QCoreApplication::translate("Reports", "This week's menu");
    doc.subtitleLines << Period::isoWeek(monday).label();
    doc.orientation = QPageLayout::Landscape;
    doc.fontScale = 1.3;
    if (menus->isEmpty()) {
        doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Meal"), 1};
        doc.footnote = QCoreApplication::translate("Reports", "No menu has been entered for this week.");
        return doc;
    }
    // Saturday and Sunday only when some menu of the week has them.
    int lastDay = 5;
    for (const Record& m : *menus)
        for (const Record& line : m.lines)
            lastDay = qMax(lastDay, line.value(QStringLiteral("weekday")).toString().toInt());
    const QLocale locale;
    doc.columns << TableDocument::Column{QCoreApplication::translate("Reports", "Meal"), 2};
    for (int d = 1; d <= lastDay; ++d)
        doc.columns << TableDocument::Column{
            QStringLiteral("%1\n%2").arg(locale.dayName(d, QLocale::LongFormat),
                                         monday.addDays(d - 1).toString(QStringLiteral("M/d"))),
            3, Qt::AlignHCenter};
    const FieldDef& meal = *kind.lines->field(QStringLiteral("meal"));
    QStringList published;
    for (const Record& m : *menus) {
        const QString campus = m.value(QStringLiteral("campus")).toString();
        for (const ChoiceDef& c : meal.choices) {
            QStringList row{campus.isEmpty() || menus->size() == 1
                                ? trLabel(c.label)
                                : QStringLiteral("%1\n%2").arg(campus, trLabel(c.label))};
            bool any = false;
            for (int d = 1; d <= lastDay; ++d) {
                const QStringList dishes = splitDishes(menuDishes(m, d, c.key));
                any = any || !dishes.isEmpty();
                row << dishes.join(QLatin1Char('\n'));
            }
            if (any) // meals the kindergarten does not serve (dinner) leave no empty row
                doc.rows << row;
        }
        const QDate on = m.value(QStringLiteral("published_on")).toDate();
        if (on.isValid())
            published
                << (campus.isEmpty() ? QString() : campus + QLatin1Char(' ')) +
                       QCoreApplication::translate("Reports", "published %1").arg(on.toString(Qt::ISODate));
        if (!m.isEmpty(QStringLiteral("notes")))
            doc.footnote += m.value(QStringLiteral("notes")).toString() + QLatin1Char(' ');
    }
    if (!published.isEmpty())
        doc.subtitleLines << published.join(QStringLiteral("；"));
    return doc;
}

} // namespace houqin::reports::canteen
