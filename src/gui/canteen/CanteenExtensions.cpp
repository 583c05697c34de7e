#include "CanteenExtensions.h"

#include "MorningCheckDayDialog.h"
#include "MutedRowDelegate.h"
#include "PesticideDayDialog.h"
#include "domain/canteen/HealthCertificates.h"
#include "domain/canteen/MealCommittee.h"
#include "domain/canteen/MorningChecks.h"
#include "domain/canteen/PesticideTests.h"
#include "domain/canteen/Suppliers.h"
#include "gui/Icons.h"
#include "gui/KindExtensions.h"
#include "gui/RecordListPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTableView>
#include <QToolBar>

namespace houqin::gui::canteen {

namespace {

const RowStyle kAlarm{QColor(0xb0, 0x00, 0x20), QColor(0xfd, 0xe2, 0xe1)};
const RowStyle kWarning{QColor(0x7a, 0x4f, 0x00), QColor(0xff, 0xf1, 0xc7)};
const RowStyle kHandled{QColor(0x8d, 0x3b, 0x3b), QColor()}; // positive, dealt with: muted, no alarm
const RowStyle kPlain{};

QAction* addDayAction(RecordListPage& page, const QString& objectName, const QString& label,
                      const QString& toolTip) {
    auto* action = new QAction(icon(QStringLiteral("new")), label, &page);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    page.toolBar()->addSeparator();
    page.toolBar()->addAction(action);
    return action;
}

void extendPesticidePage(RecordListPage& page) {
    QAction* today =
        addDayAction(page, QStringLiteral("pesticideDayAction"),
                     QCoreApplication::translate("CanteenExtensions", "Today's tests…"),
                     QCoreApplication::translate(
                         "CanteenExtensions",
                         "Types the day's tests one vegetable after another, with the keyboard alone"));
    QObject::connect(today, &QAction::triggered, &page, [&page] {
        PesticideDayDialog dialog(page.database(), page.database().now().date(), &page);
        if (dialog.exec() != QDialog::Accepted)
            return;
        page.reload();
        Q_EMIT page.recordsChanged();
        QString message = QCoreApplication::translate("CanteenExtensions", "%1 pesticide tests saved.")
                              .arg(dialog.savedCount());
        if (dialog.positiveCount() > 0)
            message +=
                QLatin1Char(' ') +
                QCoreApplication::translate("CanteenExtensions",
                                            "%1 positive: record how each was handled (open it in the list).")
                    .arg(dialog.positiveCount());
        Q_EMIT page.statusMessage(message);
    });
}

void extendMorningCheckPage(RecordListPage& page) {
    QAction* today =
        addDayAction(page, QStringLiteral("morningCheckDayAction"),
                     QCoreApplication::translate("CanteenExtensions", "Today's morning check…"),
                     QCoreApplication::translate("CanteenExtensions",
                                                 "Checks all canteen staff of the day on one screen"));
    QObject::connect(today, &QAction::triggered, &page, [&page] {
        MorningCheckDayDialog dialog(page.database(), page.database().now().date(), &page);
        if (dialog.exec() != QDialog::Accepted)
            return;
        page.reload();
        Q_EMIT page.recordsChanged();
        QString message = QCoreApplication::translate("CanteenExtensions", "%1 morning checks saved.")
                              .arg(dialog.savedCount());
        if (dialog.unfitCount() > 0)
            message += QLatin1Char(' ') +
                       QCoreApplication::translate(
                           "CanteenExtensions", "%1 not fit for duty: record the action taken in the list.")
                           .arg(dialog.unfitCount());
        Q_EMIT page.statusMessage(message);
    });
}

void extendVisitsPage(RecordListPage& page) {
    auto* copy = new QAction(icon(QStringLiteral("export")),
                             QCoreApplication::translate("CanteenExtensions", "Copy summary"), &page);
    copy->setObjectName(QStringLiteral("copyVisitSummaryAction"));
    copy->setToolTip(QCoreApplication::translate(
        "CanteenExtensions",
        "Copies a short summary of the selected visit, to paste into the parents' groups"));
    page.toolBar()->addSeparator();
    page.toolBar()->addAction(copy);
    QObject::connect(copy, &QAction::triggered, &page, [&page] {
        const std::optional<Record> visit = page.currentRecord();
        if (!visit) {
            Q_EMIT page.statusMessage(
                QCoreApplication::translate("CanteenExtensions", "Select a visit first."));
            return;
        }
        QGuiApplication::clipboard()->setText(
            houqin::canteen::visitSummary(*visit, page.database().settings().name));
        Q_EMIT page.statusMessage(QCoreApplication::translate(
            "CanteenExtensions",
            "The visit's summary is on the clipboard: paste it into the parents' groups."));
    });
}

// Grey rows where `fieldKey` holds `value` (see MutedRowDelegate).
std::function<void(RecordListPage&)> muteRows(const QString& fieldKey, const QVariant& value) {
    return [fieldKey, value](RecordListPage& page) {
        page.tableView()->setItemDelegate(new MutedRowDelegate(fieldKey, value, page.tableView()));
    };
}

} // namespace

void registerCanteenKindExtensions() {
    {
        // The first column (in list order) with a style decides. "result" comes before "handling": a pass
        // stops there with the plain style, so "handling" only colours positives, red while unhandled.
        KindExtension ext;
        ext.rowStyles.insert(QStringLiteral("result"), {{QStringLiteral("pass"), kPlain}});
        QHash<QString, RowStyle> handling{{QString(), kAlarm}};
        for (const ChoiceDef& c :
             houqin::canteen::pesticideTestsKind().field(QStringLiteral("handling"))->choices)
            handling.insert(c.key, kHandled);
        ext.rowStyles.insert(QStringLiteral("handling"), handling);
        ext.extendPage = extendPesticidePage;
        registerKindExtension(houqin::canteen::pesticideTestsKind().key, std::move(ext));
    }
    {
        KindExtension ext;
        ext.rowStyles.insert(QStringLiteral("verdict"), {{QStringLiteral("unfit"), kAlarm}});
        ext.extendPage = extendMorningCheckPage;
        registerKindExtension(houqin::canteen::morningChecksKind().key, std::move(ext));
    }
    const QHash<QString, RowStyle> validity{
        {houqin::canteen::validityKey(houqin::canteen::Validity::Expired), kAlarm},
        {houqin::canteen::validityKey(houqin::canteen::Validity::Expiring), kWarning},
    };
    {
        KindExtension ext;
        ext.rowStyles.insert(QStringLiteral("validity"), validity);
        ext.extendPage = muteRows(QStringLiteral("superseded"), true);
        registerKindExtension(houqin::canteen::healthCertificatesKind().key, std::move(ext));
    }
    {
        KindExtension ext;
        ext.rowStyles.insert(QStringLiteral("licence_status"), validity);
        ext.extendPage = muteRows(QStringLiteral("in_use"), false);
        registerKindExtension(houqin::canteen::suppliersKind().key, std::move(ext));
    }
    {
        KindExtension ext;
        ext.extendPage = extendVisitsPage;
        registerKindExtension(houqin::canteen::mealCommitteeVisitsKind().key, std::move(ext));
    }
}

} // namespace houqin::gui::canteen
